/* Well-formed UTF-8 of input text, decoded by stemmers/utf8.h's utf8_decode_valid: the sequences
 * jansson accepts too, so a line that passes here never fails in jansson for its encoding. */
#include "indexer/utf8.h"

#include "stemmers/utf8.h"

size_t poshuk_input_utf8_decode(const unsigned char *p, const unsigned char *end, uint32_t *cp) {
    int32_t v;
    size_t n = utf8_decode_valid(p, (size_t)(end - p), &v);
    if (n)
        *cp = (uint32_t)v;
    return n;
}

size_t poshuk_input_utf8_invalid_at(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    uint32_t cp;
    while (p < end) {
        if (*p < 0x80) { /* most input is ASCII markup around the text */
            p++;
            continue;
        }
        size_t n = poshuk_input_utf8_decode(p, end, &cp);
        if (n == 0)
            return (size_t)(p - (const unsigned char *)s);
        p += n;
    }
    return len;
}
