/* The generator's only source of randomness: xoshiro256** seeded through splitmix64, so a corpus is a
 * pure function of (seed, word lists, size) on every machine and libc (rand() differs between them). */
#ifndef BENCH_GEN_RNG_H
#define BENCH_GEN_RNG_H

#include <math.h>
#include <stdint.h>

typedef struct rng {
    uint64_t s[4];
} rng;

static inline uint64_t rng_splitmix(uint64_t *x) {
    uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Streams with different ids never overlap in practice, so the vocabulary order, the world (tags,
 * hromadas) and the articles each get their own stream: a change in how articles are drawn does not
 * reshuffle the vocabulary. */
static inline void rng_seed(rng *r, uint64_t seed, uint64_t stream) {
    uint64_t x = seed ^ (stream * 0xd1342543de82ef95ull);
    for (int i = 0; i < 4; i++)
        r->s[i] = rng_splitmix(&x);
}

static inline uint64_t rng_rotl(uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

static inline uint64_t rng_next(rng *r) {
    uint64_t *s = r->s;
    uint64_t result = rng_rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rng_rotl(s[3], 45);
    return result;
}

/* Uniform in [0, 1) with 53 random bits. */
static inline double rng_unit(rng *r) {
    return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

/* Uniform integer in [0, n); the modulo bias is below 2^-40 for any n we use. */
static inline uint64_t rng_below(rng *r, uint64_t n) {
    return rng_next(r) % n;
}

/* Standard normal by Box-Muller; one of the pair is thrown away to keep the state simple. */
static inline double rng_normal(rng *r) {
    double u = 1.0 - rng_unit(r); /* (0, 1]: log(0) is never taken */
    double v = rng_unit(r);
    return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}

#endif
