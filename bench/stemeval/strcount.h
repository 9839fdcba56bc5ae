/* A hash table from strings to two counters, for counting stems and forms across all groups
 * without ever listing pairs. */
#ifndef STEMEVAL_STRCOUNT_H
#define STEMEVAL_STRCOUNT_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t a, b;
} se_counts;

typedef struct se_strcount se_strcount;

se_strcount *se_strcount_new(void); /* NULL when memory ran out */
void se_strcount_free(se_strcount *t);

/* The counters of s[0..len), zero the first time s is seen; NULL when memory ran out. Valid until
 * the next se_strcount_get. */
se_counts *se_strcount_get(se_strcount *t, const char *s, size_t len);

/* Calls fn for every string's counters, in no particular order. */
void se_strcount_each(const se_strcount *t, void (*fn)(void *ctx, const se_counts *c), void *ctx);

size_t se_strcount_size(const se_strcount *t);

#endif
