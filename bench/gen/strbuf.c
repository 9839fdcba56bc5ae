#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void sb_reserve(strbuf *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        fputs("gen: out of memory\n", stderr);
        exit(1);
    }
    b->p = p;
    b->cap = cap;
}

void sb_add(strbuf *b, const char *s, size_t n) {
    sb_reserve(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void sb_adds(strbuf *b, const char *s) {
    sb_add(b, s, strlen(s));
}

void sb_addc(strbuf *b, char c) {
    sb_add(b, &c, 1);
}

void sb_clear(strbuf *b) {
    b->len = 0;
    if (b->p)
        b->p[0] = '\0';
}

void sb_free(strbuf *b) {
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

/* The two-byte UTF-8 lower-case letters of Ukrainian and their capitals: а..я (U+0430..U+044F) map
 * 32 code points down, і ї є (U+0456, U+0457, U+0454) and ґ (U+0491) have their own capitals. */
static unsigned cyrillic_upper(unsigned cp) {
    if (cp >= 0x430 && cp <= 0x44F)
        return cp - 0x20;
    if (cp >= 0x450 && cp <= 0x45F)
        return cp - 0x50;
    if (cp == 0x491)
        return 0x490;
    return cp;
}

void sb_add_capitalised(strbuf *b, const char *word, size_t n) {
    const unsigned char *w = (const unsigned char *)word;
    if (n >= 1 && w[0] >= 'a' && w[0] <= 'z') {
        sb_addc(b, (char)(w[0] - 32));
        sb_add(b, word + 1, n - 1);
    } else if (n >= 2 && (w[0] & 0xE0) == 0xC0) {
        unsigned cp = cyrillic_upper(((w[0] & 0x1Fu) << 6) | (w[1] & 0x3Fu));
        char out[2] = {(char)(0xC0 | (cp >> 6)), (char)(0x80 | (cp & 0x3F))};
        sb_add(b, out, 2);
        sb_add(b, word + 2, n - 2);
    } else {
        sb_add(b, word, n);
    }
}
