/* stemeval-expand: writes the lemma groups of a hunspell dictionary, one line per .dic entry: the
 * entry's word, then every form its affix flags generate, tab-separated, lower-cased, each once. */
#define _POSIX_C_SOURCE 200809L
#include "aff.h"
#include "dic.h"
#include "expand.h"
#include "forms.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

#define MAX_FLAGS 1024

static void collect(void *ctx, const uint32_t *form, size_t len) {
    se_forms_add_cps(ctx, form, len);
}

static FILE *open_or_die(const char *path, const char *mode) {
    FILE *f = fopen(path, mode);
    if (!f) {
        fprintf(stderr, "stemeval-expand: cannot open %s\n", path);
        exit(2);
    }
    return f;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: stemeval-expand AFF DIC [OUT]   (OUT: standard output when missing)\n");
        return 2;
    }
    FILE *affin = open_or_die(argv[1], "r");
    char err[512];
    se_aff *aff = se_aff_load(affin, argv[1], err, sizeof err);
    fclose(affin);
    if (!aff) {
        fprintf(stderr, "stemeval-expand: %s\n", err);
        return 2;
    }
    if (aff->unsupported[0])
        fprintf(stderr, "stemeval-expand: %s: forms of %s are not generated\n", argv[1], aff->unsupported);
    FILE *dic = open_or_die(argv[2], "r");
    FILE *out = argc == 4 ? open_or_die(argv[3], "w") : stdout;

    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t got;
    unsigned long long entries = 0, forms = 0, bad = 0, forbidden = 0;
    se_forms group = {0};
    uint32_t *root = NULL;
    size_t root_cap = 0;
    se_flag flags[MAX_FLAGS];
    int status = 0;
    while ((got = getline(&line, &cap, dic)) >= 0) {
        if (++lineno == 1)
            continue; /* the approximate entry count */
        se_dic_entry e;
        if (se_dic_parse_line(line, (size_t)got, &e) < 0)
            continue;
        if (root_cap < e.word_len) {
            free(root);
            root_cap = e.word_len;
            root = malloc(root_cap * sizeof *root);
            if (!root) {
                fprintf(stderr, "stemeval-expand: out of memory\n");
                return 3;
            }
        }
        size_t n = se_utf8_to_cps(e.word, e.word_len, root);
        int n_flags = se_aff_parse_flags(aff, e.flags, e.flags_len, flags, MAX_FLAGS);
        if (n == (size_t)-1 || n_flags < 0) {
            fprintf(stderr, "stemeval-expand: %s:%zu: %s, skipped\n", argv[2], lineno,
                    n == (size_t)-1 ? "the word is not UTF-8" : "bad flags");
            bad++;
            continue;
        }
        size_t kept = 0; /* hunspell drops IGNORE characters from the roots it loads */
        for (size_t i = 0; i < n; i++)
            if (!se_flag_in(root[i], aff->ignore, aff->n_ignore))
                root[kept++] = root[i];
        if (aff->forbidden && se_flag_in(aff->forbidden, flags, (size_t)n_flags)) {
            forbidden++;
            continue;
        }
        se_forms_clear(&group);
        se_forms_add_cps(&group, root, kept); /* the lemma, even under NEEDAFFIX: it names the group */
        if (se_expand(aff, root, kept, flags, (size_t)n_flags, collect, &group) < 0) {
            fprintf(stderr, "stemeval-expand: %s:%zu: a form longer than %d characters, skipped\n", argv[2],
                    lineno, SE_MAX_WORD);
            bad++;
            continue;
        }
        se_forms_unique(&group);
        if (group.oom) {
            fprintf(stderr, "stemeval-expand: out of memory\n");
            return 3;
        }
        if (se_forms_write(&group, out) < 0) {
            fprintf(stderr, "stemeval-expand: write error\n");
            return 3;
        }
        entries++;
        forms += group.n;
    }
    if (fflush(out) == EOF || ferror(out)) {
        fprintf(stderr, "stemeval-expand: write error\n");
        status = 3;
    }
    fprintf(stderr,
            "stemeval-expand: %llu groups, %llu forms (lemmas included, each once a group), %llu entries "
            "skipped as bad, %llu forbidden\n",
            entries, forms, bad, forbidden);
    free(line);
    free(root);
    se_forms_free(&group);
    se_aff_free(aff);
    fclose(dic);
    if (out != stdout)
        fclose(out);
    return status ? status : bad ? 1 : 0;
}
