/* Reading and merging lemma groups. The file is read whole into one buffer of lines; merging sorts
 * the lines by lemma and copies each run of equal lemmas through se_forms, which sorts and removes
 * repeats. */
#define _POSIX_C_SOURCE 200809L
#include "groups.h"
#include "forms.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    char *line; /* tab-separated, NUL-terminated, no newline */
    size_t lemma_len;
} raw_line;

static int by_lemma(const void *a, const void *b) {
    const raw_line *x = a, *y = b;
    size_t n = x->lemma_len < y->lemma_len ? x->lemma_len : y->lemma_len;
    int c = memcmp(x->line, y->line, n);
    if (c)
        return c;
    if (x->lemma_len != y->lemma_len)
        return x->lemma_len < y->lemma_len ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line; /* stable: file order */
}

/* Appends the group in f to g. */
static int append_group(se_groups *g, const se_forms *f, size_t *text_cap, size_t *form_cap,
                        size_t *start_cap) {
    if (g->n_groups + 2 > *start_cap) {
        *start_cap = *start_cap ? 2 * *start_cap : 1024;
        size_t *more = realloc(g->start, *start_cap * sizeof *more);
        if (!more)
            return -1;
        g->start = more;
    }
    if (g->n_forms + f->n > *form_cap) {
        while (g->n_forms + f->n > *form_cap)
            *form_cap = *form_cap ? 2 * *form_cap : 4096;
        size_t *more = realloc(g->form, *form_cap * sizeof *more);
        if (!more)
            return -1;
        g->form = more;
    }
    size_t used = g->n_forms ? g->form[g->n_forms - 1] + strlen(se_groups_form(g, g->n_forms - 1)) + 1 : 0;
    g->start[g->n_groups] = g->n_forms;
    for (size_t i = 0; i < f->n; i++) {
        const char *s = se_forms_get(f, i);
        size_t len = strlen(s) + 1;
        if (used + len > *text_cap) {
            while (used + len > *text_cap)
                *text_cap = *text_cap ? 2 * *text_cap : 65536;
            char *more = realloc(g->text, *text_cap);
            if (!more)
                return -1;
            g->text = more;
        }
        memcpy(g->text + used, s, len);
        g->form[g->n_forms++] = used;
        used += len;
    }
    g->n_groups++;
    g->start[g->n_groups] = g->n_forms;
    return 0;
}

int se_groups_read(FILE *in, const char *name, se_groups *out, char *err, size_t errlen) {
    *out = (se_groups){0};
    raw_line *lines = NULL;
    size_t n = 0, cap = 0, lineno = 0;
    char *buf = NULL;
    size_t bufcap = 0;
    ssize_t got;
    int status = -1;
    se_forms f = {0};
    while ((got = getline(&buf, &bufcap, in)) >= 0) {
        lineno++;
        while (got > 0 && (buf[got - 1] == '\n' || buf[got - 1] == '\r'))
            buf[--got] = '\0';
        if (got == 0)
            continue;
        size_t lemma_len = strcspn(buf, "\t");
        if (lemma_len == 0) {
            snprintf(err, errlen, "%s:%zu: a line without a lemma", name, lineno);
            goto done;
        }
        if (n == cap) {
            cap = cap ? 2 * cap : 4096;
            raw_line *more = realloc(lines, cap * sizeof *more);
            if (!more)
                goto oom;
            lines = more;
        }
        lines[n].line = strndup(buf, (size_t)got);
        if (!lines[n].line)
            goto oom;
        lines[n++].lemma_len = lemma_len;
    }
    if (n > 1) /* qsort must not see the NULL of an empty list */
        qsort(lines, n, sizeof *lines, by_lemma);
    size_t text_cap = 0, form_cap = 0, start_cap = 0;
    for (size_t i = 0; i < n;) {
        se_forms_clear(&f);
        size_t j = i;
        for (; j < n && lines[j].lemma_len == lines[i].lemma_len &&
               memcmp(lines[i].line, lines[j].line, lines[i].lemma_len) == 0;
             j++) {
            char *p = lines[j].line;
            if (j > i) /* the lemma is already first */
                p += lines[j].lemma_len + (p[lines[j].lemma_len] == '\t');
            while (*p) {
                size_t len = strcspn(p, "\t");
                if (len)
                    se_forms_add(&f, p, len);
                p += len + (p[len] == '\t');
            }
        }
        se_forms_unique(&f);
        if (f.oom || append_group(out, &f, &text_cap, &form_cap, &start_cap) < 0)
            goto oom;
        i = j;
    }
    out->entries = n;
    status = 0;
    goto done;
oom:
    snprintf(err, errlen, "%s: out of memory", name);
done:
    for (size_t i = 0; i < n; i++)
        free(lines[i].line);
    free(lines);
    free(buf);
    se_forms_free(&f);
    if (status < 0)
        se_groups_free(out);
    return status;
}

void se_groups_free(se_groups *g) {
    free(g->text);
    free(g->form);
    free(g->start);
    *g = (se_groups){0};
}
