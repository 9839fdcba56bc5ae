/* stemeval-split: divides a groups file into a train part and a test part by a seeded hash of each
 * line's lemma (its first field), keeping the lines as they are. */
#define _POSIX_C_SOURCE 200809L
#include "split.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int usage(void) {
    fprintf(stderr,
            "usage: stemeval-split [--seed N] [--test-percent P] GROUPS TRAIN_OUT TEST_OUT\n"
            "  defaults: --seed %u --test-percent %u\n",
            SE_SPLIT_SEED, SE_SPLIT_PERCENT);
    return 2;
}

/* Reads a whole decimal number, or returns -1. */
static long long number(const char *s) {
    char *end;
    long long v = strtoll(s, &end, 10);
    return (*s && !*end && v >= 0) ? v : -1;
}

int main(int argc, char **argv) {
    long long seed = SE_SPLIT_SEED, percent = SE_SPLIT_PERCENT;
    int i = 1;
    for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
        if (strcmp(argv[i], "--seed") == 0)
            seed = number(argv[i + 1]);
        else if (strcmp(argv[i], "--test-percent") == 0)
            percent = number(argv[i + 1]);
        else
            return usage();
    }
    if (argc - i != 3 || seed < 0 || percent < 0 || percent > 100)
        return usage();
    FILE *in = fopen(argv[i], "r");
    FILE *train = fopen(argv[i + 1], "w");
    FILE *test = fopen(argv[i + 2], "w");
    if (!in || !train || !test) {
        fprintf(stderr, "stemeval-split: cannot open %s\n",
                !in      ? argv[i]
                : !train ? argv[i + 1]
                         : argv[i + 2]);
        return 2;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    unsigned long long n_train = 0, n_test = 0;
    while ((got = getline(&line, &cap, in)) >= 0) {
        size_t lemma = strcspn(line, "\t\n");
        int to_test = se_split_is_test(line, lemma, (uint64_t)seed, (unsigned)percent);
        if (fwrite(line, 1, (size_t)got, to_test ? test : train) != (size_t)got) {
            fprintf(stderr, "stemeval-split: write error\n");
            return 3;
        }
        ++*(to_test ? &n_test : &n_train);
    }
    free(line);
    fclose(in);
    if (fclose(train) == EOF || fclose(test) == EOF) {
        fprintf(stderr, "stemeval-split: write error\n");
        return 3;
    }
    fprintf(stderr, "stemeval-split: %llu groups to train, %llu to test (seed %lld, %lld%% test)\n", n_train,
            n_test, seed, percent);
    return 0;
}
