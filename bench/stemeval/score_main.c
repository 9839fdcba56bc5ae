/* stemeval-score: Paice's UI and OI and pairwise P, R, F1 of each stemmer over a groups file (the
 * test part of the split), then whether each stemmer merges given word pairs. */
#define _POSIX_C_SOURCE 200809L
#include "baselines.h"
#include "groups.h"
#include "paice.h"
#include "stemmers/analysis.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

#define N_STEMMERS 3

static int usage(void) {
    fprintf(stderr, "usage: stemeval-score [--truncate N] [--pairs PAIRS] GROUPS.tsv\n"
                    "  --truncate N   the truncation baseline keeps N characters (default 5)\n"
                    "  --pairs FILE   word pairs to check: WORD<tab>WORD<tab>apart|merge a line\n");
    return 2;
}

/* Prints s left-aligned in width characters (printf pads by bytes, and Cyrillic takes two). */
static void cell(const char *s, size_t width) {
    size_t n = se_utf8_length(s, strlen(s));
    fputs(s, stdout);
    for (; n < width; n++)
        putchar(' ');
}

/* Whether st gives a and b one stem; their stems in sa and sb (room for cap bytes). */
static int merges(const se_stemmer *st, const char *a, const char *b, char *sa, char *sb, size_t cap) {
    size_t la, lb;
    const char *s = st->stem(st->state, a, strlen(a), &la);
    snprintf(sa, cap, "%.*s", (int)la, s);
    s = st->stem(st->state, b, strlen(b), &lb);
    snprintf(sb, cap, "%.*s", (int)lb, s);
    return strcmp(sa, sb) == 0;
}

/* Reads the pairs file and prints one row a pair. Returns 0, or -1 when it cannot be read. */
static int check_pairs(const char *path, se_stemmer *st, size_t n_st) {
    FILE *in = fopen(path, "r");
    if (!in) {
        fprintf(stderr, "stemeval-score: cannot open %s\n", path);
        return -1;
    }
    printf("\nword pairs (apart: different words, a merge is harmful; merge: one word; "
           "! marks a wrong call)\n");
    cell("pair", 28);
    cell("should", 8);
    for (size_t k = 0; k < n_st; k++)
        cell(st[k].name, 13);
    printf("%s's stems\n", st[n_st - 1].name);
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t got;
    int status = 0;
    while ((got = getline(&line, &cap, in)) >= 0) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *a = strtok(line, "\t"), *b = strtok(NULL, "\t"), *want = strtok(NULL, "\t");
        if (!a || !b || !want || (strcmp(want, "apart") && strcmp(want, "merge"))) {
            fprintf(stderr, "stemeval-score: %s:%zu: want WORD<tab>WORD<tab>apart|merge\n", path, lineno);
            status = -1;
            break;
        }
        char pair[256], sa[128], sb[128];
        snprintf(pair, sizeof pair, "%s / %s", a, b);
        cell(pair, 28);
        cell(want, 8);
        int want_merge = strcmp(want, "merge") == 0;
        for (size_t k = 0; k < n_st; k++) {
            int m = merges(&st[k], a, b, sa, sb, sizeof sa);
            cell(m == want_merge ? (m ? "merged" : "apart") : (m ? "merged!" : "apart!"), 13);
        }
        printf("%s | %s\n", sa, sb);
    }
    free(line);
    fclose(in);
    return status;
}

int main(int argc, char **argv) {
    const char *pairs = NULL;
    size_t chars = 5;
    int i = 1;
    for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
        if (strcmp(argv[i], "--pairs") == 0) {
            pairs = argv[i + 1];
        } else if (strcmp(argv[i], "--truncate") == 0) {
            char *end;
            long v = strtol(argv[i + 1], &end, 10);
            if (*end || v < 1 || v > 100)
                return usage();
            chars = (size_t)v;
        } else {
            return usage();
        }
    }
    if (argc - i != 1)
        return usage();
    FILE *in = fopen(argv[i], "r");
    if (!in) {
        fprintf(stderr, "stemeval-score: cannot open %s\n", argv[i]);
        return 2;
    }
    se_groups g;
    char err[512];
    int rc = se_groups_read(in, argv[i], &g, err, sizeof err);
    fclose(in);
    if (rc < 0) {
        fprintf(stderr, "stemeval-score: %s\n", err);
        return 3;
    }
    char trunc_name[32];
    snprintf(trunc_name, sizeof trunc_name, "truncate-%zu", chars);
    se_stemmer st[N_STEMMERS] = {se_stemmer_identity(), se_stemmer_truncate(&chars, trunc_name),
                                 se_stemmer_poshuk()};
    if (!st[2].state) {
        fprintf(stderr, "stemeval-score: out of memory\n");
        return 3;
    }
    printf("%s: %zu groups (%zu lines, lemmas merged), %zu forms\n", argv[i], g.n_groups, g.entries,
           g.n_forms);
    printf("%s = poshuk_stemmer_stem (%s)\n\n", st[2].name, poshuk_analysis_description());
    printf("%-12s %8s %11s %8s %8s %8s %9s\n", "stemmer", "UI", "OI", "P", "R", "F1", "stems");
    se_paice p;
    for (size_t k = 0; k < N_STEMMERS; k++) {
        if (se_paice_eval(&g, &st[k], &p) < 0) {
            fprintf(stderr, "stemeval-score: out of memory\n");
            return 3;
        }
        /* With no pair given one stem, precision is 0/0: shown as "-", not as a score of 0. */
        char precision[16] = "-";
        if (p.gdmt - p.gumt + p.gwmt)
            snprintf(precision, sizeof precision, "%.4f", p.precision);
        printf("%-12s %8.4f %11.3e %8s %8.4f %8.4f %9llu\n", st[k].name, p.ui, p.oi, precision, p.recall,
               p.f1, (unsigned long long)p.stems);
    }
    printf("\npairs: %llu within groups (GDMT), %llu between groups (GDNT); %llu between-group pairs of one "
           "spelling in two groups left out\n",
           (unsigned long long)p.gdmt, (unsigned long long)p.gdnt, (unsigned long long)p.shared_pairs);
    int status = 0;
    if (pairs && check_pairs(pairs, st, N_STEMMERS) < 0)
        status = 3;
    se_stemmer_poshuk_free(&st[2]);
    se_groups_free(&g);
    return status;
}
