/* KMU-2010 backwards. The forward table (translit.c) is the law; this reads it right to left, longest
 * Latin sequence first, with the position rules of є ї й ю я: at the start of a word they are written
 * ye yi y yu ya, elsewhere ie i i iu ia. Where the table lost a distinction (і/ї/й all become i inside a
 * word, ь and the apostrophe vanish) the commoner letter is chosen: the result is stemmed before it is
 * compared, so it only has to meet the stem of the real word, not the word. */
#include "stemmers/untranslit.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *latin;
    const char *cyrillic;
} rule;

/* Only at the start of a word. */
static const rule initial_rules[] = {
    {"ye", "є"}, {"yi", "ї"}, {"yu", "ю"}, {"ya", "я"}, {"y", "й"},
};

/* Anywhere, tried in this order: longer sequences first so that shch is not read as s+h+ch. */
static const rule rules[] = {
    {"shch", "щ"}, {"zgh", "зг"}, {"kh", "х"}, {"zh", "ж"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"},
    {"ie", "є"},   {"iu", "ю"},   {"ia", "я"}, {"a", "а"},  {"b", "б"},  {"v", "в"},  {"h", "г"},
    {"g", "ґ"},    {"d", "д"},    {"e", "е"},  {"z", "з"},  {"y", "и"},  {"i", "і"},  {"k", "к"},
    {"l", "л"},    {"m", "м"},    {"n", "н"},  {"o", "о"},  {"p", "п"},  {"r", "р"},  {"s", "с"},
    {"t", "т"},    {"u", "у"},    {"f", "ф"},
};

/* Word endings where the table wrote й as i after a vowel: Юрій → yurii, Хмельницький → khmelnytskyi. */
static const rule final_rules[] = {
    {"ii", "ій"},
    {"yi", "ий"},
};

static const rule *match(const rule *table, size_t n, const char *s, size_t left) {
    for (size_t i = 0; i < n; ++i) {
        size_t l = strlen(table[i].latin);
        if (l <= left && memcmp(s, table[i].latin, l) == 0)
            return &table[i];
    }
    return NULL;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

char *poshuk_untranslit(const char *latin, size_t len, size_t *out_len) {
    /* Every Latin byte becomes at most one two-byte Cyrillic letter (зг: 2 for 3, ій: 4 for 2). */
    char *out = malloc(2 * len + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        const rule *r = NULL;
        if (i == 0)
            r = match(initial_rules, COUNT(initial_rules), latin, len);
        if (!r && len - i == 2)
            r = match(final_rules, COUNT(final_rules), latin + i, len - i);
        if (!r)
            r = match(rules, COUNT(rules), latin + i, len - i);
        if (!r) {
            o = 0; /* a letter KMU-2010 never writes: not a transliteration */
            break;
        }
        size_t c = strlen(r->cyrillic);
        memcpy(out + o, r->cyrillic, c);
        o += c;
        i += strlen(r->latin);
    }
    out[o] = '\0';
    if (out_len)
        *out_len = o;
    return out;
}
