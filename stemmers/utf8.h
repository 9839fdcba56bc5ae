/* Small UTF-8 helpers: decode one code point (for every stage: the indexer's input check and the
 * query checker decode with utf8_decode_valid too), encode one, and the few character classes the
 * normaliser and the stemmers need. */
#ifndef POSHUK_STEMMERS_UTF8_H
#define POSHUK_STEMMERS_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the well-formed UTF-8 character at s[0..len), len >= 1, as RFC 3629 defines it: the
 * shortest form only, no surrogates, nothing past U+10FFFF (what jansson accepts too). Returns its
 * length in bytes (1..4) and sets *cp, or returns 0 and leaves *cp alone when the bytes there are not
 * one. The one decoder of poshuk's C code: the indexer's input check and the query checker report
 * where it returns 0; the analysis code below passes such a byte through. */
static inline size_t utf8_decode_valid(const unsigned char *s, size_t len, int32_t *cp) {
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    size_t n;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0; /* a continuation byte, C0/C1 (always overlong) or F5..FF */
    }
    if (n > len)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* As utf8_decode_valid, but a byte that does not start a valid sequence comes back as one byte with
 * *cp = -1, so that the analysis code can copy it through unchanged. */
static inline size_t utf8_decode(const unsigned char *s, size_t len, int32_t *cp) {
    size_t n = utf8_decode_valid(s, len, cp);
    if (n == 0) {
        *cp = -1;
        return 1;
    }
    return n;
}

/* Characters in s[0..len), each byte that starts no valid character counting as one. */
static inline size_t utf8_count(const unsigned char *s, size_t len) {
    size_t n = 0;
    int32_t cp;
    for (size_t i = 0; i < len; n++)
        i += utf8_decode(s + i, len - i, &cp);
    return n;
}

/* Writes cp as UTF-8 at out (room for 4 bytes) and returns the byte count. */
static inline size_t utf8_encode(int32_t cp, unsigned char *out) {
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xC0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (cp >> 18));
    out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The Cyrillic block proper (U+0400..U+04FF): Ukrainian, Russian and the rest of the alphabets
 * news text may quote. */
static inline int utf8_is_cyrillic(int32_t cp) {
    return cp >= 0x0400 && cp <= 0x04FF;
}

static inline int utf8_is_ascii_letter(int32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* Lower-cases the letters poshuk's text holds: ASCII, Latin-1, Latin Extended-A and Cyrillic
 * (all of Ukrainian, Ґ Є І Ї included). Anything else comes back unchanged. */
static inline int32_t utf8_lower(int32_t cp) {
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 32;
    if (cp >= 0x0100 && cp <= 0x0137)
        return cp | 1;
    if (cp >= 0x0139 && cp <= 0x0148)
        return (cp & 1) ? cp + 1 : cp;
    if (cp >= 0x014A && cp <= 0x0177)
        return cp | 1;
    if (cp == 0x0178)
        return 0xFF;
    if (cp >= 0x0179 && cp <= 0x017E)
        return (cp & 1) ? cp + 1 : cp;
    if (cp >= 0x0410 && cp <= 0x042F)
        return cp + 0x20;
    if (cp >= 0x0400 && cp <= 0x040F)
        return cp + 0x50;
    /* From Ѡ on, Cyrillic capitals and small letters alternate (Ґ U+0490, ґ U+0491). */
    if ((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) || (cp >= 0x04D0 && cp <= 0x04FF))
        return cp | 1;
    if (cp >= 0x04C1 && cp <= 0x04CE)
        return (cp & 1) ? cp + 1 : cp;
    if (cp == 0x04C0)
        return 0x04CF;
    return cp;
}

#endif
