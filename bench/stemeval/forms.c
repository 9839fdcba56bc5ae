/* One group's forms. A flat buffer and an offset array, reused from entry to entry, keep the
 * expander of ~330,000 entries from allocating per form. */
#include "forms.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

void se_forms_clear(se_forms *f) {
    f->used = 0;
    f->n = 0;
}

void se_forms_free(se_forms *f) {
    free(f->buf);
    free(f->at);
    *f = (se_forms){0};
}

/* Makes room for one more string of up to bytes bytes (NUL included). */
static int reserve(se_forms *f, size_t bytes) {
    if (f->used + bytes > f->cap) {
        size_t cap = f->cap ? f->cap : 1024;
        while (f->used + bytes > cap)
            cap *= 2;
        char *more = realloc(f->buf, cap);
        if (!more)
            return -1;
        f->buf = more;
        f->cap = cap;
    }
    if (f->n == f->at_cap) {
        size_t cap = f->at_cap ? 2 * f->at_cap : 64;
        size_t *more = realloc(f->at, cap * sizeof *more);
        if (!more)
            return -1;
        f->at = more;
        f->at_cap = cap;
    }
    return 0;
}

void se_forms_add_cps(se_forms *f, const uint32_t *cps, size_t n) {
    if (reserve(f, 4 * n + 1) < 0) {
        f->oom = 1;
        return;
    }
    char *out = f->buf + f->used;
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = se_lower(cps[i]);
        len += se_cps_to_utf8(&c, 1, out + len);
    }
    out[len] = '\0';
    f->at[f->n++] = f->used;
    f->used += len + 1;
}

void se_forms_add(se_forms *f, const char *s, size_t len) {
    if (reserve(f, len + 1) < 0) {
        f->oom = 1;
        return;
    }
    memcpy(f->buf + f->used, s, len);
    f->buf[f->used + len] = '\0';
    f->at[f->n++] = f->used;
    f->used += len + 1;
}

/* qsort has no context argument in C11, so the strings are compared through a pointer pair. */
typedef struct {
    const char *s;
    size_t at;
} keyed;

static int keyed_order(const void *a, const void *b) {
    return strcmp(((const keyed *)a)->s, ((const keyed *)b)->s);
}

void se_forms_unique(se_forms *f) {
    if (f->n < 2)
        return;
    keyed *k = malloc((f->n - 1) * sizeof *k);
    if (!k) {
        f->oom = 1;
        return;
    }
    for (size_t i = 1; i < f->n; i++)
        k[i - 1] = (keyed){f->buf + f->at[i], f->at[i]};
    qsort(k, f->n - 1, sizeof *k, keyed_order);
    const char *first = f->buf + f->at[0];
    size_t n = 1;
    for (size_t i = 0; i < f->n - 1; i++) {
        if (strcmp(k[i].s, first) == 0 || (i > 0 && strcmp(k[i].s, k[i - 1].s) == 0))
            continue;
        f->at[n++] = k[i].at;
    }
    f->n = n;
    free(k);
}

int se_forms_write(const se_forms *f, FILE *out) {
    for (size_t i = 0; i < f->n; i++) {
        if (i && fputc('\t', out) == EOF)
            return -1;
        if (fputs(se_forms_get(f, i), out) == EOF)
            return -1;
    }
    return fputc('\n', out) == EOF ? -1 : 0;
}
