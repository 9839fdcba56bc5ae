/* The Ukrainian stemmer: strips the longest inflectional ending, keeping at least two letters. */
#include "stemmers/stem_internal.h"

#include <string.h>

/* Endings of nouns, adjectives and verbs, longest first so the first match is the longest. */
static const char *const endings[] = {
    "ськими", "ськиї",  "ського", "ськими", "ськи", "ська", "ське", "ську", "ській", "ських", "ським",
    "ується", "уються", "ували",  "ування", "ими",  "ого",  "ому",  "ими",  "ій",    "их",    "им",
    "ої",     "ою",     "ий",     "ів",     "ям",   "ями",  "ях",   "ам",   "ами",   "ах",    "ом",
    "ов",     "ей",     "ею",     "ти",     "ть",   "ла",   "ли",   "ло",   "ся",    "сь",    "а",
    "я",      "и",      "і",      "ї",      "е",    "є",    "у",    "ю",    "о",     "ь",     "й",
};

static size_t letters(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

size_t poshuk_uk_stem(const char *word, size_t len, char *out) {
    size_t keep = len;
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t el = strlen(endings[i]);
        if (el < len && memcmp(word + len - el, endings[i], el) == 0 && letters(word, len - el) >= 2) {
            keep = len - el;
            break;
        }
    }
    memcpy(out, word, keep);
    return keep;
}
