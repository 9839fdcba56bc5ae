/* The Ukrainian stemmer: a few hand-written whole-word exceptions, then the learned suffix table
 * (uk_table.c, made by uk_learn.py from hunspell-uk's training groups).
 *
 * The stem is a key, not a word: all forms of громада give "громад", and a reflexive verb keeps a
 * "ся" mark (робилася → "робися": робитися and робити stay apart, as the dictionary keeps them).
 *
 * ґ is folded to г first. The letter was out of the alphabet from 1933 to 1990, and news still writes many
 * words both ways: ґрунт and грунт, ґудзик and гудзик, Ґорґани and Горгани, names copied from old registers.
 * The words that ґ alone tells apart (ґніт "wick" / гніт "oppression", ґрати "bars" / грати "to play", ґулі /
 * гулі) are rare in news, so a search that finds both spellings loses less than one that misses half of them.
 * Only the stem is folded; the text and the transliteration key keep ґ. */
#include "stemmers/stem_internal.h"
#include "stemmers/uk_table.h"

#include <string.h>

/* Fewer letters than this and a stem says nothing about the word: such a word stays whole. */
#define MIN_STEM_LETTERS 2

/* The letter code (uk_table.h) of the character that ends at s[end), end > 0, and where that
 * character starts. The stemmer's words are almost all two-byte Cyrillic, so this reads the two
 * bytes directly instead of decoding UTF-8 in general; anything else has code 0 and stops the walk. */
static unsigned letter_before(const unsigned char *s, size_t end, size_t *start) {
    unsigned b = s[end - 1];
    if (b < 0x80) {
        *start = end - 1;
        return b == '\'' ? 37 : b == '-' ? 38 : 0;
    }
    if (end < 2 || (b & 0xC0) != 0x80)
        return 0;
    *start = end - 2;
    switch (s[end - 2]) {
    case 0xD0: /* U+0400..U+043F: а..п are B0..BF */
        return b >= 0xB0 ? b - 0xAF : 0;
    case 0xD1: /* U+0440..U+047F: р..я are 80..8F, then є і ї */
        if (b <= 0x8F)
            return b - 0x80 + 17;
        return b == 0x94 ? 33 : b == 0x96 ? 34 : b == 0x97 ? 35 : 0;
    case 0xD2:
        return b == 0x91 ? 36 : 0; /* ґ */
    default:
        return 0;
    }
}

/* The start of the character that ends at s[end), end > 0. */
static size_t char_start(const unsigned char *s, size_t end) {
    size_t i = end - 1;
    while (i > 0 && end - i < 4 && (s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* ґ (D2 91) and Ґ (D2 90) become г (D0 B3) in place. */
static void fold_ge(char *s, size_t len) {
    for (char *p = memchr(s, 0xD2, len); p && p + 1 < s + len;
         p = memchr(p + 1, 0xD2, (size_t)(s + len - p - 1))) {
        if ((unsigned char)p[1] == 0x91 || (unsigned char)p[1] == 0x90) {
            p[0] = (char)0xD0;
            p[1] = (char)0xB3;
        }
    }
}

static unsigned popcount64(uint64_t x) {
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_popcountll(x);
#else
    unsigned n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
#endif
}

/* The label of the longest ending of s[0..len) that the table knows. */
static const struct poshuk_uk_label *find_label(const unsigned char *s, size_t len) {
    const struct poshuk_uk_node *nodes = poshuk_uk_nodes;
    const struct poshuk_uk_node *node = &nodes[0];
    uint16_t label = node->label;
    size_t end = len;
    for (unsigned depth = 0; depth < poshuk_uk_table_depth && end > 0; depth++) {
        size_t start;
        unsigned code = letter_before(s, end, &start);
        if (code == 0)
            break;
        uint64_t bit = (uint64_t)1 << code;
        if (!(node->children & bit))
            break;
        const struct poshuk_uk_node *child =
            &nodes[node->first_child + popcount64(node->children & (bit - 1))];
        node = child;
        if (node->label != POSHUK_UK_NO_LABEL)
            label = node->label;
        end = start;
    }
    return &poshuk_uk_labels[label];
}

size_t poshuk_uk_stem(const char *word, size_t len, char *out) {
    size_t alias_len;
    const char *alias = poshuk_uk_exception(word, len, &alias_len);
    if (alias) {
        word = alias;
        len = alias_len;
    }
    memcpy(out, word, len);
    fold_ge(out, len);
    const unsigned char *s = (const unsigned char *)out;
    const struct poshuk_uk_label *label = find_label(s, len);
    size_t end = len;
    for (unsigned i = 0; i < label->cut && end > 0; i++)
        end = char_start(s, end);
    size_t kept = end;
    for (int i = 0; i < MIN_STEM_LETTERS; i++) {
        if (kept == 0)
            return len;
        kept = char_start(s, kept);
    }
    memcpy(out + end, label->add, label->add_len);
    return end + label->add_len;
}
