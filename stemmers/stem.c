/* poshuk_stemmer: one word in, its stem out, the language chosen by the word's script. Cyrillic
 * words are Ukrainian (the portal's Russian quotes are rare enough to share the Ukrainian rules),
 * Latin words English; words with digits or mixed scripts (COVID-19 parts, "5G", "Ф1") stay as
 * they are, because no stemmer knows what their endings mean. */
#include "stemmers/analysis.h"
#include "stemmers/stem_internal.h"
#include "stemmers/utf8.h"

#include <stdlib.h>

struct poshuk_stemmer {
    poshuk_en_stemmer *en;
    char *buf; /* the Ukrainian stem of the last word */
    size_t cap;
};

poshuk_stemmer *poshuk_stemmer_new(void) {
    poshuk_stemmer *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    st->en = poshuk_en_stemmer_new();
    st->cap = 256;
    st->buf = malloc(st->cap);
    if (!st->en || !st->buf) {
        poshuk_stemmer_delete(st);
        return NULL;
    }
    return st;
}

enum script { SCRIPT_OTHER, SCRIPT_CYRILLIC, SCRIPT_LATIN };

/* Apostrophes belong to words of both scripts (п'ять, don't) and do not decide the script; nor do
 * hyphens, which Xapian's splitter cuts words at but a caller with whole compounds
 * (аварійно-ремонтна, as the dictionary lists them) may hand over. Latin means ASCII letters and
 * the letters of Latin-1 and Latin Extended-A/B (café, Łódź); Cyrillic the block U+0400..U+04FF.
 * The scan reads bytes: this runs for every word indexed or searched. */
static enum script word_script(const char *word, size_t len) {
    const unsigned char *s = (const unsigned char *)word;
    int cyr = 0, lat = 0;
    for (size_t i = 0; i < len;) {
        unsigned c = s[i];
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                lat = 1;
            else if (c != '\'' && c != '-')
                return SCRIPT_OTHER;
            i++;
            continue;
        }
        if (c >= 0xD0 && c <= 0xD3 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
            cyr = 1; /* U+0400..U+04FF */
            i += 2;
            continue;
        }
        int32_t cp;
        i += utf8_decode(s + i, len - i, &cp);
        if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
            lat = 1;
        else
            return SCRIPT_OTHER;
    }
    if (cyr && !lat)
        return SCRIPT_CYRILLIC;
    if (lat && !cyr)
        return SCRIPT_LATIN;
    return SCRIPT_OTHER;
}

const char *poshuk_stemmer_stem(poshuk_stemmer *st, const char *word, size_t len, size_t *out_len) {
    switch (word_script(word, len)) {
    case SCRIPT_CYRILLIC:
        if (len + POSHUK_UK_STEM_SLACK > st->cap) {
            char *bigger = realloc(st->buf, len + POSHUK_UK_STEM_SLACK);
            if (!bigger)
                break;
            st->buf = bigger;
            st->cap = len + POSHUK_UK_STEM_SLACK;
        }
        *out_len = poshuk_uk_stem(word, len, st->buf);
        return st->buf;
    case SCRIPT_LATIN:
        return poshuk_en_stem(st->en, word, len, out_len);
    case SCRIPT_OTHER:
        break;
    }
    *out_len = len;
    return word;
}

void poshuk_stemmer_delete(poshuk_stemmer *st) {
    if (!st)
        return;
    poshuk_en_stemmer_delete(st->en);
    free(st->buf);
    free(st);
}

const char *poshuk_analysis_description(void) {
    return "uk: suffix table learned from hunspell-uk, with exceptions; en: snowball english, -ise as -ize";
}
