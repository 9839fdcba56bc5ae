/* Pieces of the normaliser that fold_key and the stemmers share. Internal to stemmers/. */
#ifndef POSHUK_STEMMERS_NORMALISE_INTERNAL_H
#define POSHUK_STEMMERS_NORMALISE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* The normalised text as code points (malloc'd, *n_out of them); bytes that were not valid UTF-8
 * are stored as -1 - byte. NULL when memory ran out. */
int32_t *poshuk_normalise_cps(const char *text, size_t len, size_t *n_out);

/* Composes й/ї, unifies apostrophes and turns look-alike Latin letters Cyrillic, in place; returns
 * the new count. fold_key runs it again after lower-casing, which can make new look-alikes (a
 * Latin Y is not one, its y is). */
size_t poshuk_cleanup_cps(int32_t *cps, size_t n);

/* Encodes code points from poshuk_normalise_cps back to a malloc'd NUL-terminated string. */
char *poshuk_encode_cps(const int32_t *cps, size_t n, size_t *out_len);

#endif
