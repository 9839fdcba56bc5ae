/* The stemmers the evaluation compares: none at all, truncation, and poshuk's. */
#ifndef STEMEVAL_BASELINES_H
#define STEMEVAL_BASELINES_H

#include "paice.h"

/* Every word is its own stem: no understemming avoided, no overstemming made (UI of the lexicon
 * itself, OI 0). */
se_stemmer se_stemmer_identity(void);

/* The first *chars characters of the word (the whole word when shorter): Paice's reference line;
 * chars must outlive the stemmer. */
se_stemmer se_stemmer_truncate(const size_t *chars, const char *name);

/* poshuk_stemmer_stem from stemmers/ (the library's own dispatch: Cyrillic to the Ukrainian
 * stemmer). NULL state when memory ran out; free with se_stemmer_poshuk_free. */
se_stemmer se_stemmer_poshuk(void);
void se_stemmer_poshuk_free(se_stemmer *st);

#endif
