/* The fixed facts every article draws from: the 27 oblasts, about 1,400 hromadas (each in one oblast),
 * about 500 tags, the sources and the ten-year date range. Drawn once from the seed, so a corpus of any
 * size shares them, and the queries can name them. */
#ifndef BENCH_GEN_WORLD_H
#define BENCH_GEN_WORLD_H

#include "rng.h"
#include "vocab.h"
#include "zipf.h"

#include <stddef.h>
#include <stdint.h>

#define WORLD_OBLASTS 27

typedef struct world {
    const char *oblasts[WORLD_OBLASTS]; /* the site's forms ("Харківська область") */
    size_t oblast_by_rank[WORLD_OBLASTS];
    zipf oblast_law;

    char **tags;
    size_t n_tags;
    zipf tag_law;

    char **hromadas;
    size_t n_hromadas;
    size_t *hromada_oblast; /* oblast index of each hromada */
    size_t *oblast_first;   /* hromadas sorted by oblast: oblast o owns */
    size_t *oblast_count;   /*   sorted_hromadas[oblast_first[o] .. + oblast_count[o]) */
    size_t *sorted_hromadas;

    char **sources;
    size_t n_sources;
    zipf source_law;

    int32_t first_day, n_days; /* days since 1970-01-01 */
} world;

/* Returns 0, or -1 when memory ran out. uk_common and uk_names provide the words tags, hromadas and
 * sources are made of. */
int world_init(world *w, const vocab *uk_common, const vocab *uk_names, size_t n_tags, size_t n_hromadas,
               rng *r);
void world_free(world *w);

/* Calendar conversions (proleptic Gregorian). */
int32_t days_from_civil(int y, int m, int d);
void civil_from_days(int32_t days, int *y, int *m, int *d);

#endif
