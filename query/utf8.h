/* UTF-8 for poshuk-query's output: counting the characters and terminal columns that error carets and
 * 80-column output are measured in, over the library's decoder (poshuk_utf8_decode). */
#ifndef POSHUK_QUERY_UTF8_H
#define POSHUK_QUERY_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "poshuk.h"

/* Decoding and finding invalid bytes are the library's: poshuk_utf8_decode, poshuk_utf8_invalid_at. */
/* The length in bytes of the character starting at s[0] (1 for a byte that starts no valid
 * character, so that broken text still advances). len >= 1. */
size_t poshuk_utf8_char_len(const char *s, size_t len);

/* Columns a code point takes on a terminal: 0 for combining marks and zero-width characters, 2
 * for East Asian wide characters, 1 for the rest. */
int poshuk_utf8_columns(int32_t cp);

/* Characters in s[0..len), each invalid byte counting as one. */
size_t poshuk_utf8_count(const char *s, size_t len);

#endif
