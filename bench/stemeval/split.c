/* The split hash. Fixed arithmetic (no rand(), no pointer values), so a split written today is the
 * split of every later run and on every machine. */
#include "split.h"

uint64_t se_split_hash(const char *s, size_t len, uint64_t seed) {
    uint64_t h = 0xcbf29ce484222325u ^ (seed * 0x9e3779b97f4a7c15u);
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3u;
    }
    /* FNV's last multiply leaves the low bits weak; this is splitmix64's finaliser. */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9u;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebu;
    h ^= h >> 31;
    return h;
}

int se_split_is_test(const char *lemma, size_t len, uint64_t seed, unsigned percent) {
    return se_split_hash(lemma, len, seed) % 100u < percent;
}
