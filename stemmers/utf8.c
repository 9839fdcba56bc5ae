/* The public UTF-8 calls of poshuk.h, over utf8_decode_valid: the one validator of poshuk's C code, so
 * the indexer's input check, the query checker and the library agree on what is UTF-8. */
#include "poshuk.h"

#include "stemmers/utf8.h"

size_t poshuk_utf8_decode(const char *s, size_t len, int32_t *cp) {
    return utf8_decode_valid((const unsigned char *)s, len, cp);
}

size_t poshuk_utf8_invalid_at(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (p[i] < 0x80) { /* most text is ASCII markup around the words */
            i++;
            continue;
        }
        int32_t cp;
        size_t n = utf8_decode_valid(p + i, len - i, &cp);
        if (n == 0)
            return i;
        i += n;
    }
    return len;
}
