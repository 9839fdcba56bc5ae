/* UTF-8 and case for the stem evaluation tools. Written for the handful of scripts hunspell
 * dictionaries of Ukrainian and English use, so it needs no locale (setlocale is process-global). */
#include "text.h"

size_t se_utf8_to_cps(const char *s, size_t len, uint32_t *out) {
    const unsigned char *u = (const unsigned char *)s;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned c = u[i];
        size_t more;
        uint32_t v, min;
        if (c < 0x80) {
            out[n++] = c;
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            more = 1, v = c & 0x1F, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2, v = c & 0x0F, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3, v = c & 0x07, min = 0x10000;
        } else {
            return (size_t)-1;
        }
        if (i + more >= len) /* the sequence runs past the end */
            return (size_t)-1;
        for (size_t k = 1; k <= more; k++) {
            if ((u[i + k] & 0xC0) != 0x80)
                return (size_t)-1;
            v = (v << 6) | (u[i + k] & 0x3F);
        }
        if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return (size_t)-1;
        out[n++] = v;
        i += more + 1;
    }
    return n;
}

size_t se_cps_to_utf8(const uint32_t *cps, size_t n, char *out) {
    unsigned char *o = (unsigned char *)out;
    size_t b = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = cps[i];
        if (cp < 0x80) {
            o[b++] = (unsigned char)cp;
        } else if (cp < 0x800) {
            o[b++] = (unsigned char)(0xC0 | (cp >> 6));
            o[b++] = (unsigned char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            o[b++] = (unsigned char)(0xE0 | (cp >> 12));
            o[b++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            o[b++] = (unsigned char)(0x80 | (cp & 0x3F));
        } else {
            o[b++] = (unsigned char)(0xF0 | (cp >> 18));
            o[b++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
            o[b++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            o[b++] = (unsigned char)(0x80 | (cp & 0x3F));
        }
    }
    return b;
}

uint32_t se_lower(uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) /* Latin-1 capitals, not the multiplication sign */
        return cp + 32;
    if (cp >= 0x100 && cp <= 0x137) /* Latin Extended-A: capital even, small odd ... */
        return cp | 1;
    if (cp >= 0x139 && cp <= 0x148) /* ... then capital odd, small even, ... */
        return (cp & 1) ? cp + 1 : cp;
    if (cp >= 0x14A && cp <= 0x177) /* ... then even/odd again */
        return cp | 1;
    if (cp == 0x178)
        return 0xFF;
    if (cp >= 0x179 && cp <= 0x17E)
        return (cp & 1) ? cp + 1 : cp;
    if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) /* Greek capitals */
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F) /* Ѐ..Џ, among them Є І Ї */
        return cp + 80;
    if (cp >= 0x410 && cp <= 0x42F) /* А..Я */
        return cp + 32;
    if (cp >= 0x460 && cp <= 0x481) /* historic letters in capital/small pairs */
        return cp | 1;
    if (cp >= 0x48A && cp <= 0x4BF) /* Ґ and the other extended letters in pairs */
        return cp | 1;
    if (cp >= 0x4C1 && cp <= 0x4CE) /* pairs that start on an odd code point */
        return (cp & 1) ? cp + 1 : cp;
    if (cp >= 0x4D0 && cp <= 0x52F)
        return cp | 1;
    return cp;
}

size_t se_utf8_length(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

size_t se_utf8_prefix_bytes(const char *s, size_t len, size_t n) {
    size_t chars = 0;
    for (size_t i = 0; i < len; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (chars == n)
                return i;
            chars++;
        }
    }
    return len;
}
