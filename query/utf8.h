/* UTF-8 for query/: strict decoding (the checker reports bad bytes by offset) and counting the
 * characters and terminal columns that error carets and 80-column output are measured in. */
#ifndef POSHUK_QUERY_UTF8_H
#define POSHUK_QUERY_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[0..len), len >= 1. Returns its length in bytes and sets *cp, or
 * returns 0 when the bytes there are not valid UTF-8 (overlong forms, surrogates and code points
 * past U+10FFFF included). */
size_t poshuk_utf8_decode(const char *s, size_t len, int32_t *cp);

/* The byte offset of the first invalid sequence in s[0..len), or len when it is all valid. */
size_t poshuk_utf8_invalid_at(const char *s, size_t len);

/* The length in bytes of the character starting at s[0] (1 for a byte that starts no valid
 * character, so that broken text still advances). len >= 1. */
size_t poshuk_utf8_char_len(const char *s, size_t len);

/* Columns a code point takes on a terminal: 0 for combining marks and zero-width characters, 2
 * for East Asian wide characters, 1 for the rest. */
int poshuk_utf8_columns(int32_t cp);

/* Characters in s[0..len), each invalid byte counting as one. */
size_t poshuk_utf8_count(const char *s, size_t len);

#endif
