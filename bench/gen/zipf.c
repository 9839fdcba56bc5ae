#include "zipf.h"

#include <math.h>
#include <stdlib.h>

int zipf_init(zipf *z, size_t n, double s) {
    z->n = n;
    z->cdf = n ? malloc(n * sizeof *z->cdf) : NULL;
    if (!z->cdf)
        return -1;
    double sum = 0;
    for (size_t k = 0; k < n; k++) {
        sum += pow((double)(k + 1), -s);
        z->cdf[k] = sum;
    }
    return 0;
}

/* A binary search over the cumulative weights: 21 steps for the 1.5 M Ukrainian forms, cheap next to
 * writing the word out, and exact (an alias table would need twice the memory for no gain here). */
size_t zipf_draw(const zipf *z, rng *r) {
    double u = rng_unit(r) * z->cdf[z->n - 1];
    size_t lo = 0, hi = z->n - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (z->cdf[mid] > u)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

void zipf_free(zipf *z) {
    free(z->cdf);
    z->cdf = NULL;
    z->n = 0;
}
