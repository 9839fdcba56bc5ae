/* UTF-8 of input text, checked with the library's validator (poshuk_utf8_decode,
 * poshuk_utf8_invalid_at): poshuk rejects invalid UTF-8 with its byte offset rather than letting
 * jansson say "unable to decode byte" or letting mangled text reach the index. */
#ifndef POSHUK_INDEXER_UTF8_H
#define POSHUK_INDEXER_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "poshuk.h"

/* poshuk_utf8_decode for the readers, which walk bytes with an end pointer: the character at p
 * (p < end). Returns its length in bytes and sets *cp, or 0 when the bytes at p are not a well-formed
 * UTF-8 character. */
static inline size_t poshuk_input_utf8_decode(const unsigned char *p, const unsigned char *end,
                                              uint32_t *cp) {
    int32_t v;
    size_t n = poshuk_utf8_decode((const char *)p, (size_t)(end - p), &v);
    if (n)
        *cp = (uint32_t)v;
    return n;
}

#endif
