/* Open addressing with linear probing over FNV-1a hashes; the table doubles at half full, so a probe
 * stays short. Each id is copied once, with its place, into a block of its own. */
#include "indexer/idset.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint64_t hash;
    poshuk_id_place place;
    char id[]; /* NUL-terminated */
} entry;

struct poshuk_idset {
    entry **slots; /* NULL: empty */
    size_t cap;    /* a power of two */
    size_t size;
};

static uint64_t fnv1a(const char *s) {
    uint64_t h = 14695981039346656037ull;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = (h ^ *p) * 1099511628211ull;
    return h;
}

poshuk_idset *poshuk_idset_new(void) {
    poshuk_idset *set = calloc(1, sizeof *set);
    if (set == NULL)
        return NULL;
    set->cap = 1024;
    set->slots = calloc(set->cap, sizeof *set->slots);
    if (set->slots == NULL) {
        free(set);
        return NULL;
    }
    return set;
}

void poshuk_idset_free(poshuk_idset *set) {
    if (set == NULL)
        return;
    for (size_t i = 0; i < set->cap; i++)
        free(set->slots[i]);
    free(set->slots);
    free(set);
}

size_t poshuk_idset_size(const poshuk_idset *set) {
    return set->size;
}

static int grow(poshuk_idset *set) {
    size_t cap = set->cap * 2;
    entry **slots = calloc(cap, sizeof *slots);
    if (slots == NULL)
        return 0;
    for (size_t i = 0; i < set->cap; i++) {
        entry *e = set->slots[i];
        if (e == NULL)
            continue;
        size_t j = (size_t)e->hash & (cap - 1);
        while (slots[j] != NULL)
            j = (j + 1) & (cap - 1);
        slots[j] = e;
    }
    free(set->slots);
    set->slots = slots;
    set->cap = cap;
    return 1;
}

int poshuk_idset_add(poshuk_idset *set, const char *id, poshuk_id_place place, poshuk_id_place *before) {
    uint64_t hash = fnv1a(id);
    size_t i = (size_t)hash & (set->cap - 1);
    for (entry *e; (e = set->slots[i]) != NULL; i = (i + 1) & (set->cap - 1)) {
        if (e->hash == hash && strcmp(e->id, id) == 0) {
            *before = e->place;
            e->place = place;
            return 0;
        }
    }
    size_t len = strlen(id);
    entry *e = malloc(sizeof *e + len + 1);
    if (e == NULL)
        return -1;
    e->hash = hash;
    e->place = place;
    memcpy(e->id, id, len + 1);
    set->slots[i] = e;
    set->size++;
    if (set->size * 2 > set->cap && !grow(set))
        return -1; /* the id is in; only the next additions would probe long */
    return 1;
}
