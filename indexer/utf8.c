/* Well-formed UTF-8 as RFC 3629 defines it: the shortest form only, no surrogates, nothing past
 * U+10FFFF. Those are the sequences jansson accepts too, so a line that passes here never fails in
 * jansson for its encoding. */
#include "indexer/utf8.h"

size_t poshuk_input_utf8_decode(const unsigned char *p, const unsigned char *end, uint32_t *cp) {
    size_t len;
    uint32_t c = p[0], min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, c &= 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, c &= 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, c &= 0x07, min = 0x10000;
    } else {
        return 0; /* a continuation byte, C0/C1 (always overlong) or F5..FF */
    }
    if ((size_t)(end - p) < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
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
