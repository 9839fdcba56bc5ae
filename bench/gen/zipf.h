/* Draws ranks 0..n-1 with P(k) proportional to 1/(k+1)^s: the law word, tag and source frequencies
 * follow in real text. */
#ifndef BENCH_GEN_ZIPF_H
#define BENCH_GEN_ZIPF_H

#include "rng.h"

#include <stddef.h>

typedef struct zipf {
    double *cdf; /* cdf[k] = sum of weights of ranks 0..k, not normalised */
    size_t n;
} zipf;

/* Returns 0 on success, -1 when memory ran out or n is 0. */
int zipf_init(zipf *z, size_t n, double s);
size_t zipf_draw(const zipf *z, rng *r);
void zipf_free(zipf *z);

#endif
