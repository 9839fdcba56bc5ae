/* Paice's (1994) evaluation of a stemmer against groups of words that should conflate, and the
 * pairwise precision and recall over the same pair counts.
 *
 * Every form of every group is an item. Within a group, every pair of forms should get one stem:
 * GDMT pairs in all, GUMT of them do not (understemming). Between groups, no pair should: GDNT pairs
 * in all, GWMT of them do (overstemming). UI = GUMT / GDMT, OI = GWMT / GDNT. As a retrieval of
 * pairs: a true positive is a within-group pair with one stem (GDMT - GUMT), a false positive a
 * between-group pair with one stem (GWMT), so P = TP / (TP + GWMT), R = TP / GDMT = 1 - UI.
 *
 * A spelling in several groups (мала: of малий and of мала) gives between-group pairs of two
 * identical strings. No stemmer can tell them apart, so those pairs are neither counted as errors
 * nor as pairs: they are taken out of both GWMT and GDNT. Pairs of different strings are counted as
 * Paice counts them, even when the two strings also share some third group. */
#ifndef STEMEVAL_PAICE_H
#define STEMEVAL_PAICE_H

#include "groups.h"

#include <stdint.h>

/* A stemmer as the evaluation sees it: one word (lower-case UTF-8) in, its stem out, valid until
 * the next call. */
typedef struct {
    const char *name;
    void *state;
    const char *(*stem)(void *state, const char *word, size_t len, size_t *out_len);
} se_stemmer;

typedef struct {
    uint64_t gdmt, gumt, gdnt, gwmt;
    uint64_t shared_pairs; /* identical-string between-group pairs taken out of GDNT and GWMT */
    uint64_t stems;        /* distinct stems over all forms */
    double ui, oi, precision, recall, f1;
} se_paice;

/* Stems every form of g and counts. Returns 0, or -1 when memory ran out. */
int se_paice_eval(const se_groups *g, const se_stemmer *st, se_paice *out);

#endif
