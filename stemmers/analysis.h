/* Text analysis shared by indexing and querying: one normaliser and one stemmer dispatch, so that a
 * word typed in any form, apostrophe or case meets the term the article produced.
 *
 * Xapian's TermGenerator and QueryParser split words and lower-case them; poshuk normalises the text
 * before they see it and stems each word they hand back (through a Xapian::StemImplementation in
 * xapian/). Plain C: nothing here knows Xapian. */
#ifndef POSHUK_ANALYSIS_H
#define POSHUK_ANALYSIS_H

#include <stddef.h>
#include <stdint.h>

#include "poshuk.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Normalises UTF-8 text for indexing or querying. Case is kept: Xapian lower-cases words itself, and
 * query operators (AND, OR, NOT) must survive. Returns a malloc'd NUL-terminated string (its length
 * in *out_len when out_len is not NULL), or NULL when memory ran out. Invalid UTF-8 bytes are copied
 * as they are (input is validated before it gets here). */
char *poshuk_normalise(const char *text, size_t len, size_t *out_len);

/* What poshuk_normalise makes of text, as code points in cps, with offsets[i] the byte offset in text
 * of the character cps[i] comes from (a composed й or ї: its base letter): how the query checker
 * reads the text Xapian will see while reporting offsets into the text as typed. cps and offsets need
 * room for one entry per character of text; returns how many were written. For valid UTF-8 (bytes
 * that are not are stored as -1 - byte). */
size_t poshuk_normalise_cps_at(const char *text, size_t len, int32_t *cps, size_t *offsets);

/* The comparison key of a facet value (tag, oblast, hromada, source, lang): normalised, lower-cased,
 * surrounding white space trimmed and inner runs of white space made one space. Same ownership as
 * poshuk_normalise. */
char *poshuk_fold_key(const char *text, size_t len, size_t *out_len);

/* A stemmer dispatching by script: Cyrillic words get the Ukrainian stemmer, Latin words the English
 * one, digits and mixed words stay as they are. Not thread-safe: one per thread. */
typedef struct poshuk_stemmer poshuk_stemmer;

poshuk_stemmer *poshuk_stemmer_new(void); /* NULL when memory ran out */

/* Stems one lower-case word (as Xapian hands it over). The result is valid until the next call on
 * this stemmer; its length in *out_len. Never fails: a word it cannot stem comes back unchanged. */
const char *poshuk_stemmer_stem(poshuk_stemmer *stemmer, const char *word, size_t len, size_t *out_len);

void poshuk_stemmer_delete(poshuk_stemmer *stemmer);

/* poshuk_analysis_description(), which says which analysis this build uses, is public: poshuk.h. */

/* 1 if the word is a stopword of Ukrainian or English (the script picks the list), else 0. The word
 * is lower-case and normalised, as Xapian hands it to a Stopper. */
int poshuk_is_stopword(const char *word, size_t len);

/* The stopword list of one language (english != 0: English, else Ukrainian), sorted by bytes; *out
 * points at static strings. Returns the number of words. */
size_t poshuk_stopword_list(int english, const char *const **out);

/* The KMU-2010 romanisation of a word (Харків → kharkiv, Запоріжжя → zaporizhzhia): lower-case
 * Cyrillic in, lower-case Latin out; characters that are not Cyrillic are copied. Returns a
 * malloc'd NUL-terminated string (its length in *out_len when not NULL), NULL when memory ran
 * out. */
char *poshuk_translit(const char *word, size_t len, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
