/* A set of article ids with where each was last seen: how a job notices an id that comes twice in
 * its input (the last one counts, and the job says so). Internal to indexer/. */
#ifndef POSHUK_INDEXER_IDSET_H
#define POSHUK_INDEXER_IDSET_H

#include <stddef.h>

typedef struct poshuk_idset poshuk_idset;

/* Where an id was seen: the job's number for the input, and the line in it. */
typedef struct {
    unsigned input;
    unsigned long line;
} poshuk_id_place;

/* NULL when memory ran out. */
poshuk_idset *poshuk_idset_new(void);

/* Adds id, seen at place. Returns 1 when it is new, 0 when it was there (then *before is where it
 * was last seen, and place replaces it), -1 when memory ran out. */
int poshuk_idset_add(poshuk_idset *set, const char *id, poshuk_id_place place, poshuk_id_place *before);

size_t poshuk_idset_size(const poshuk_idset *set);

void poshuk_idset_free(poshuk_idset *set);

#endif
