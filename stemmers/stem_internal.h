/* The per-language stemmers behind poshuk_stemmer. Internal to stemmers/. */
#ifndef POSHUK_STEMMERS_STEM_INTERNAL_H
#define POSHUK_STEMMERS_STEM_INTERNAL_H

#include <stddef.h>

/* How many bytes the Ukrainian stemmer may write beyond the word's own length: an exception's alias
 * may be up to 16 bytes longer than its word (tests/test_stem_uk.c checks), and a label appends at
 * most 32 bytes (uk_learn.py checks). */
#define POSHUK_UK_STEM_SLACK 48

/* Stems a lower-case Ukrainian word (UTF-8, apostrophe U+0027) into out, which has room for
 * len + POSHUK_UK_STEM_SLACK bytes. Returns the stem's length. */
size_t poshuk_uk_stem(const char *word, size_t len, char *out);

/* If the word is one of the Ukrainian stemmer's whole-word exceptions, the form of the same word
 * to stem instead (static, its length in *alias_len); else NULL. */
const char *poshuk_uk_exception(const char *word, size_t len, size_t *alias_len);

/* No exception word is longer than this many bytes (tests/test_stem_uk.c checks). */
#define POSHUK_UK_EXCEPTION_MAX_BYTES 20

/* The exceptions, for tests: entry i maps word i to alias i. Returns the count. */
size_t poshuk_uk_exception_count(void);
const char *poshuk_uk_exception_word(size_t i);
const char *poshuk_uk_exception_alias(size_t i);

/* English: Snowball's stemmer plus poshuk's folding of -ise/-ize and possessive 's. */
typedef struct poshuk_en_stemmer poshuk_en_stemmer;
poshuk_en_stemmer *poshuk_en_stemmer_new(void);
/* The result is valid until the next call; its length in *out_len. */
const char *poshuk_en_stem(poshuk_en_stemmer *en, const char *word, size_t len, size_t *out_len);
void poshuk_en_stemmer_delete(poshuk_en_stemmer *en);

#endif
