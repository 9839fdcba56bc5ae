/* The held-out split: which lemma groups are "test". A learned stemmer may look only at "train". */
#ifndef STEMEVAL_SPLIT_H
#define STEMEVAL_SPLIT_H

#include <stddef.h>
#include <stdint.h>

#define SE_SPLIT_SEED    1994u /* Paice's year; any fixed number would do */
#define SE_SPLIT_PERCENT 20u

/* A 64-bit hash of s[0..len) under seed: FNV-1a from a seeded start, then a finishing mix so the
 * low bits (taken modulo 100) depend on every byte. The same on every platform. */
uint64_t se_split_hash(const char *s, size_t len, uint64_t seed);

/* Whether the group whose lemma is s[0..len) belongs to the test part: hash modulo 100 below percent.
 * By lemma, not by line, so entries that share a lemma land on the same side. */
int se_split_is_test(const char *lemma, size_t len, uint64_t seed, unsigned percent);

#endif
