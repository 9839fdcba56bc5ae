/* KMU-2010 romanisation read backwards: kharkiv → харків, zaporizhzhia → запоріжжя. */
#ifndef POSHUK_UNTRANSLIT_H
#define POSHUK_UNTRANSLIT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The Cyrillic spelling a lower-case Latin word would have if it were a KMU-2010 transliteration of a
 * Ukrainian word. The table is not one-to-one (i is і or ї, ia is я or ія), so the answer is the most
 * likely spelling; it is meant to be stemmed, which hides most of the difference. A word with letters
 * KMU-2010 never writes (c, j, q, w, x), digits or anything else gets "" back: it is no transliteration.
 * Returns a malloc'd NUL-terminated string (its length in *out_len when not NULL), NULL when memory ran
 * out. */
char *poshuk_untranslit(const char *latin, size_t len, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
