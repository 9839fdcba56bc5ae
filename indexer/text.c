/* Value tidying for feed input. Feeds copy titles and tags out of HTML, so they carry newlines, tabs
 * and no-break spaces at the edges; none of that is meaningful in a one-line value, and rejecting
 * the article for it would lose real news over layout. Identifiers (id, url) are not tidied here:
 * the reader rejects control characters in them, since changing an id silently makes another id. */
#include "indexer/text.h"
#include "indexer/utf8.h"

#include <string.h>

static int is_control(uint32_t cp) {
    return (cp >= 0x01 && cp <= 0x1F) || (cp >= 0x7F && cp <= 0x9F);
}

/* White space that may surround a value: what Unicode calls spaces, plus the zero-width space and
 * the byte order mark, which editors and scrapers leave at the edges of text. */
static int is_edge_space(uint32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF;
}

size_t poshuk_input_trim(char *s, size_t len) {
    const unsigned char *u = (const unsigned char *)s, *end = u + len;
    size_t start = 0, stop = 0, n;
    uint32_t cp;
    int seen_text = 0;
    /* One pass: start is the first byte of text, stop the end of the last character of text. */
    for (size_t i = 0; i < len; i += n) {
        n = poshuk_input_utf8_decode(u + i, end, &cp);
        if (n == 0) /* not expected (input is validated); keep the byte as text */
            n = 1, cp = 'x';
        if (!is_edge_space(cp)) {
            if (!seen_text)
                start = i, seen_text = 1;
            stop = i + n;
        }
    }
    if (!seen_text) {
        s[0] = '\0';
        return 0;
    }
    memmove(s, s + start, stop - start);
    s[stop - start] = '\0';
    return stop - start;
}

size_t poshuk_input_tidy(char *s, size_t len, poshuk_tidy_mode mode) {
    const unsigned char *u = (const unsigned char *)s, *end = u + len;
    size_t out = 0, n;
    uint32_t cp;
    /* Writing never overtakes reading: a control character of one or two bytes becomes one space. */
    for (size_t i = 0; i < len; i += n) {
        n = poshuk_input_utf8_decode(u + i, end, &cp);
        if (n == 0)
            n = 1, cp = 'x';
        if (is_control(cp) && !(mode == POSHUK_TIDY_TEXT && (cp == '\n' || cp == '\t'))) {
            s[out++] = ' ';
        } else {
            memmove(s + out, s + i, n);
            out += n;
        }
    }
    return poshuk_input_trim(s, out);
}

uint32_t poshuk_input_first_control(const char *s, size_t len) {
    const unsigned char *u = (const unsigned char *)s, *end = u + len;
    size_t n;
    uint32_t cp;
    for (size_t i = 0; i < len; i += n) {
        n = poshuk_input_utf8_decode(u + i, end, &cp);
        if (n == 0)
            n = 1, cp = 'x';
        if (is_control(cp))
            return cp;
    }
    return 0;
}

static void count_letters(const char *s, size_t *cyrillic, size_t *latin) {
    if (s == NULL)
        return;
    const unsigned char *u = (const unsigned char *)s, *end = u + strlen(s);
    size_t n;
    uint32_t cp;
    for (; u < end; u += n) {
        n = poshuk_input_utf8_decode(u, end, &cp);
        if (n == 0)
            n = 1, cp = 0;
        /* Cyrillic letters of living alphabets; the historic ones (U+0460..U+048F) do not occur. */
        if ((cp >= 0x0400 && cp <= 0x045F) || (cp >= 0x0490 && cp <= 0x04FF))
            (*cyrillic)++;
        else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                 (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7))
            (*latin)++;
    }
}

const char *poshuk_input_guess_lang(const char *title, const char *body) {
    size_t cyrillic = 0, latin = 0;
    count_letters(title, &cyrillic, &latin);
    count_letters(body, &cyrillic, &latin);
    return cyrillic > latin ? "uk" : "en";
}
