/* The normaliser: one function that index and query text both pass through, so that the many ways
 * a scraped page or a person types a Ukrainian word come out as one string before Xapian splits it.
 *
 * Rules (each one because news text really contains it):
 * - every apostrophe look-alike between two letters (’ ‘ ʼ ' ` ´ ′) becomes U+0027. Xapian 1.4's
 *   word splitter joins a word across U+0027 and U+2019 (storing U+0027), treats U+02BC as a
 *   letter (a different term) and splits at the rest, so only U+0027 puts п’ять, пʼять, п'ять and
 *   П'ЯТЬ into one term;
 * - the stress mark U+0301 and the soft hyphen U+00AD are deleted (за́мок = замок, hyphenated
 *   copy-paste from PDFs);
 * - и/І followed by a combining breve/diaeresis become й/ї (text from macOS and some CMSs is
 *   decomposed);
 * - Latin letters that look like Cyrillic ones, inside a word that has Cyrillic letters and no
 *   other Latin letters, become Cyrillic (scraped news types "мiсто" with a Latin i).
 * Case is kept: Xapian lower-cases words itself, and query operators (AND, OR) must survive. */
#include "stemmers/analysis.h"
#include "stemmers/normalise_internal.h"
#include "stemmers/utf8.h"

#include <stdlib.h>
#include <string.h>

/* Invalid bytes travel through the code-point array as negative numbers so they can be written
 * back exactly as they came. */
#define RAW_BYTE(b) (-1 - (int32_t)(b))

static int is_apostrophe_like(int32_t cp) {
    return cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x0027 || cp == 0x0060 || cp == 0x00B4 ||
           cp == 0x2032;
}

static int is_letter(int32_t cp) {
    return utf8_is_ascii_letter(cp) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           utf8_is_cyrillic(cp);
}

static int is_combining(int32_t cp) {
    return cp >= 0x0300 && cp <= 0x036F;
}

/* The Cyrillic twin of a Latin look-alike, or 0. Only shapes that are the same in print count:
 * lower-case i a e o c p x y k, capitals A B C E H I K M O P T X (and ï/Ï, which the keyboard
 * trick for ї produces). */
static int32_t cyrillic_twin(int32_t cp) {
    switch (cp) {
    case 'a':
        return 0x0430;
    case 'c':
        return 0x0441;
    case 'e':
        return 0x0435;
    case 'i':
        return 0x0456;
    case 'k':
        return 0x043A;
    case 'o':
        return 0x043E;
    case 'p':
        return 0x0440;
    case 'x':
        return 0x0445;
    case 'y':
        return 0x0443;
    case 'A':
        return 0x0410;
    case 'B':
        return 0x0412;
    case 'C':
        return 0x0421;
    case 'E':
        return 0x0415;
    case 'H':
        return 0x041D;
    case 'I':
        return 0x0406;
    case 'K':
        return 0x041A;
    case 'M':
        return 0x041C;
    case 'O':
        return 0x041E;
    case 'P':
        return 0x0420;
    case 'T':
        return 0x0422;
    case 'X':
        return 0x0425;
    case 0xEF:
        return 0x0457;
    case 0xCF:
        return 0x0407;
    default:
        return 0;
    }
}

/* Decodes text into cps (room for len entries), dropping stress marks and soft hyphens; with offsets
 * (not NULL), the byte offset in text of each character kept. */
static size_t decode_dropping(const char *text, size_t len, int32_t *cps, size_t *offsets) {
    const unsigned char *s = (const unsigned char *)text;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = utf8_decode(s + i, len - i, &cp);
        if (cp < 0)
            cp = RAW_BYTE(s[i]);
        const size_t at = i;
        i += k;
        if (cp == 0x0301 || cp == 0x00AD)
            continue;
        if (offsets)
            offsets[n] = at;
        cps[n++] = cp;
    }
    return n;
}

/* A letter before the apostrophe may carry combining marks that stay uncomposed (a Latin i with a
 * diaeresis), so the look back skips them; otherwise the result would change once a later step
 * composes the mark away, and normalising twice would not give what normalising once did. */
static void unify_apostrophes(int32_t *cps, size_t n) {
    for (size_t i = 1; i + 1 < n; i++) {
        if (!is_apostrophe_like(cps[i]) || !is_letter(cps[i + 1]))
            continue;
        size_t j = i - 1;
        while (j > 0 && is_combining(cps[j]))
            j--;
        if (is_letter(cps[j]))
            cps[i] = '\'';
    }
}

/* A word here: letters, combining marks and apostrophes (already unified) between letters. */
static void fix_lookalikes(int32_t *cps, size_t n) {
    size_t i = 0;
    while (i < n) {
        if (!is_letter(cps[i])) {
            i++;
            continue;
        }
        size_t start = i;
        int cyrillic = 0, foreign_latin = 0, twins = 0;
        for (; i < n && (is_letter(cps[i]) || is_combining(cps[i]) || cps[i] == '\''); i++) {
            if (utf8_is_cyrillic(cps[i]))
                cyrillic = 1;
            else if (cyrillic_twin(cps[i]))
                twins = 1;
            else if (is_letter(cps[i]))
                foreign_latin = 1;
        }
        if (cyrillic && twins && !foreign_latin)
            for (size_t j = start; j < i; j++) {
                int32_t t = is_letter(cps[j]) && !utf8_is_cyrillic(cps[j]) ? cyrillic_twin(cps[j]) : 0;
                if (t)
                    cps[j] = t;
            }
    }
}

/* Composes и+breve, і+diaeresis (either case); returns the new length. A composed letter keeps the
 * offset of its base letter (offsets may be NULL). */
static size_t compose(int32_t *cps, size_t *offsets, size_t n) {
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t cp = cps[i];
        if (out > 0 && cp == 0x0306 && (cps[out - 1] == 0x0438 || cps[out - 1] == 0x0418)) {
            cps[out - 1] += 1; /* и→й, И→Й */
            continue;
        }
        if (out > 0 && cp == 0x0308 && (cps[out - 1] == 0x0456 || cps[out - 1] == 0x0406)) {
            cps[out - 1] += 1; /* і→ї, І→Ї */
            continue;
        }
        if (offsets)
            offsets[out] = offsets[i];
        cps[out++] = cp;
    }
    return out;
}

/* Composing comes first so that the apostrophe and look-alike rules see whole letters, and again
 * last for the і+diaeresis that a Latin i became. */
static size_t cleanup(int32_t *cps, size_t *offsets, size_t n) {
    n = compose(cps, offsets, n);
    unify_apostrophes(cps, n);
    fix_lookalikes(cps, n);
    return compose(cps, offsets, n);
}

size_t poshuk_cleanup_cps(int32_t *cps, size_t n) {
    return cleanup(cps, NULL, n);
}

int32_t *poshuk_normalise_cps(const char *text, size_t len, size_t *n_out) {
    int32_t *cps = malloc((len ? len : 1) * sizeof *cps);
    if (!cps)
        return NULL;
    *n_out = cleanup(cps, NULL, decode_dropping(text, len, cps, NULL));
    return cps;
}

size_t poshuk_normalise_cps_at(const char *text, size_t len, int32_t *cps, size_t *offsets) {
    return cleanup(cps, offsets, decode_dropping(text, len, cps, offsets));
}

char *poshuk_encode_cps(const int32_t *cps, size_t n, size_t *out_len) {
    /* Every code point takes at most 4 bytes; a raw byte takes one. */
    unsigned char *out = malloc(n * 4 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (cps[i] < 0)
            out[o++] = (unsigned char)(-1 - cps[i]);
        else
            o += utf8_encode(cps[i], out + o);
    }
    out[o] = '\0';
    if (out_len)
        *out_len = o;
    return (char *)out;
}

char *poshuk_normalise(const char *text, size_t len, size_t *out_len) {
    size_t n;
    int32_t *cps = poshuk_normalise_cps(text, len, &n);
    if (!cps)
        return NULL;
    char *out = poshuk_encode_cps(cps, n, out_len);
    free(cps);
    return out;
}
