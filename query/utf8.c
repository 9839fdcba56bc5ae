/* UTF-8 decoding and measuring for query/ (see utf8.h). */
#include "query/utf8.h"

size_t poshuk_utf8_char_len(const char *s, size_t len) {
    int32_t cp;
    size_t k = poshuk_utf8_decode(s, len, &cp);
    return k ? k : 1;
}

int poshuk_utf8_columns(int32_t cp) {
    /* Combining marks and zero-width characters join the character before them. */
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
        (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x20D0 && cp <= 0x20FF) ||
        cp == 0x00AD || cp == 0x2060 || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) ||
        cp == 0xFEFF)
        return 0;
    /* The wide blocks: Hangul Jamo, CJK, Hangul syllables, fullwidth forms, emoji. */
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
        (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
        (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF) ||
        (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

size_t poshuk_utf8_count(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; n++)
        i += poshuk_utf8_char_len(s + i, len - i);
    return n;
}
