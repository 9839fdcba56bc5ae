/* KMU-2010 romanisation of a Ukrainian word (Cabinet of Ministers resolution 55 of 2010), the
 * spelling Ukraine's official English uses: the shim indexes it as a key, so "Kharkiv" finds
 * Харків and "Zaporizhzhia" finds Запоріжжя.
 *
 * The rules beyond one letter → one string: є ї й ю я are ye yi y yu ya at the start of a word and
 * ie i i iu ia elsewhere, and a letter after an apostrophe is "elsewhere" (п'ять → piat); зг is zgh
 * so it stays apart from ж (zh); ь and the apostrophe are dropped. Russian letters that KMU does
 * not cover (ё ы э ъ) get their usual Latin so that quoted Russian names still give a key. Anything
 * that is not Cyrillic (digits, Latin, a hyphen) is copied; after a hyphen a new word starts
 * (Івано-Франківськ → ivano-frankivsk). */
#include "stemmers/analysis.h"
#include "stemmers/utf8.h"

#include <stdlib.h>
#include <string.h>

/* Latin for а..я (U+0430..U+044F), in the alphabet's code point order. */
static const char *const basic[32] = {
    "a", "b", "v", "h", "d", "e",  "zh", "z",  "y",  "i",    "k", "l", "m", "n", "o",  "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "iu", "ia",
};

/* Position-dependent letters: the form at a word's start, then elsewhere. */
static int positional(int32_t cp, const char **start, const char **elsewhere) {
    switch (cp) {
    case 0x0454:
        *start = "ye", *elsewhere = "ie";
        return 1; /* є */
    case 0x0457:
        *start = "yi", *elsewhere = "i";
        return 1; /* ї */
    case 0x0439:
        *start = "y", *elsewhere = "i";
        return 1; /* й */
    case 0x044E:
        *start = "yu", *elsewhere = "iu";
        return 1; /* ю */
    case 0x044F:
        *start = "ya", *elsewhere = "ia";
        return 1; /* я */
    default:
        return 0;
    }
}

static const char *latin_of(int32_t cp) {
    if (cp >= 0x0430 && cp <= 0x044F)
        return basic[cp - 0x0430];
    switch (cp) {
    case 0x0456:
        return "i"; /* і */
    case 0x0491:
        return "g"; /* ґ */
    case 0x0451:
        return "io"; /* ё */
    case '\'':
    case 0x2019:
    case 0x02BC:
        return "";
    default:
        return NULL;
    }
}

char *poshuk_translit(const char *word, size_t len, size_t *out_len) {
    /* The longest output per input byte: щ (2 bytes) → "shch", that is 2 per byte; raw bytes 1:1. */
    char *out = malloc(2 * len + 1);
    if (!out)
        return NULL;
    const unsigned char *s = (const unsigned char *)word;
    size_t o = 0;
    int at_start = 1;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = utf8_decode(s + i, len - i, &cp);
        cp = cp < 0 ? cp : utf8_lower(cp);
        const char *start, *elsewhere, *latin;
        if (cp >= 0 && positional(cp, &start, &elsewhere)) {
            latin = at_start ? start : elsewhere;
        } else if (cp == 0x0437 && i + k < len) {
            /* з: before г it is "z" and the г becomes "gh" */
            int32_t next;
            utf8_decode(s + i + k, len - i - k, &next);
            latin = "z";
            if (next >= 0 && utf8_lower(next) == 0x0433) {
                memcpy(out + o, "zgh", 3);
                o += 3;
                i += k + 2; /* г is two bytes */
                at_start = 0;
                continue;
            }
        } else {
            latin = cp >= 0 ? latin_of(cp) : NULL;
        }
        if (latin) {
            size_t n = strlen(latin);
            memcpy(out + o, latin, n);
            o += n;
            at_start = 0;
        } else {
            memcpy(out + o, s + i, k);
            o += k;
            /* a hyphen or any other non-letter ends the word; a Latin letter or digit does not */
            at_start = !(cp >= 0 && (utf8_is_ascii_letter(cp) || (cp >= '0' && cp <= '9')));
        }
        i += k;
    }
    out[o] = '\0';
    if (out_len)
        *out_len = o;
    return out;
}
