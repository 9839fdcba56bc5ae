/* UTF-8 checks for input text: poshuk rejects invalid UTF-8 with its byte offset rather than
 * letting jansson say "unable to decode byte" or letting mangled text reach the index. */
#ifndef POSHUK_INDEXER_UTF8_H
#define POSHUK_INDEXER_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the character at p (p < end). Returns its length in bytes and sets *cp, or 0 when the bytes
 * at p are not a well-formed UTF-8 character (stray continuation byte, truncated sequence, overlong
 * form, surrogate, or beyond U+10FFFF). */
size_t poshuk_input_utf8_decode(const unsigned char *p, const unsigned char *end, uint32_t *cp);

/* The byte offset of the first ill-formed character in s[0..len), or len when all of it is valid. */
size_t poshuk_input_utf8_invalid_at(const char *s, size_t len);

#endif
