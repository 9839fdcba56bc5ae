/* Open addressing with linear probing over a power-of-two table, the keys copied into one growing
 * arena (strings here are short and never removed). */
#include "strcount.h"
#include "split.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t key; /* offset in the arena, + 1 (0: an empty slot) */
    size_t len;
    uint64_t hash;
    se_counts counts;
} slot;

struct se_strcount {
    slot *slots;
    size_t cap, used;
    char *arena;
    size_t arena_used, arena_cap;
};

se_strcount *se_strcount_new(void) {
    se_strcount *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->cap = 1024;
    t->slots = calloc(t->cap, sizeof *t->slots);
    t->arena_cap = 65536; /* allocated up front: keys point into it even when empty */
    t->arena = malloc(t->arena_cap);
    if (!t->slots || !t->arena) {
        free(t->slots);
        free(t->arena);
        free(t);
        return NULL;
    }
    return t;
}

void se_strcount_free(se_strcount *t) {
    if (!t)
        return;
    free(t->slots);
    free(t->arena);
    free(t);
}

static int grow(se_strcount *t) {
    size_t cap = t->cap * 2;
    slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slots[i].key)
            continue;
        size_t j = t->slots[i].hash & (cap - 1);
        while (slots[j].key)
            j = (j + 1) & (cap - 1);
        slots[j] = t->slots[i];
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    return 0;
}

se_counts *se_strcount_get(se_strcount *t, const char *s, size_t len) {
    if (2 * (t->used + 1) > t->cap && grow(t) < 0) /* at most half full keeps probes short */
        return NULL;
    uint64_t h = se_split_hash(s, len, 0);
    size_t j = h & (t->cap - 1);
    for (; t->slots[j].key; j = (j + 1) & (t->cap - 1)) {
        slot *sl = &t->slots[j];
        if (sl->hash == h && sl->len == len && memcmp(t->arena + sl->key - 1, s, len) == 0)
            return &sl->counts;
    }
    if (t->arena_used + len > t->arena_cap) {
        size_t cap = t->arena_cap;
        while (t->arena_used + len > cap)
            cap *= 2;
        char *more = realloc(t->arena, cap);
        if (!more)
            return NULL;
        t->arena = more;
        t->arena_cap = cap;
    }
    if (len)
        memcpy(t->arena + t->arena_used, s, len);
    t->slots[j] = (slot){.key = t->arena_used + 1, .len = len, .hash = h};
    t->arena_used += len;
    t->used++;
    return &t->slots[j].counts;
}

void se_strcount_each(const se_strcount *t, void (*fn)(void *ctx, const se_counts *c), void *ctx) {
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].key)
            fn(ctx, &t->slots[i].counts);
}

size_t se_strcount_size(const se_strcount *t) {
    return t->used;
}
