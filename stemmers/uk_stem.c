/* The Ukrainian stemmer: a few hand-written whole-word exceptions, then the learned suffix table
 * (uk_table.c, made by uk_learn.py from hunspell-uk's training groups).
 *
 * The stem is a key, not a word: all forms of громада give "громад", and a reflexive verb keeps a
 * "ся" mark (робилася → "робся"?, робитися and робити stay apart as the dictionary keeps them).
 *
 * ґ is folded to г first. The letter was banned from 1933 to 1990 and news still writes many words
 * both ways: ґрунт and грунт, ґудзик and гудзик, Ґорґани and Горгани, names copied from old
 * registers. The words that ґ alone tells apart (ґніт "wick" / гніт "oppression", ґрати "bars" /
 * грати "to play", ґулі / гулі) are rare in news, so a search that finds both spellings loses less
 * than one that misses half of them. Only the stem is folded; the text and the transliteration
 * key keep ґ. */
#include "stemmers/stem_internal.h"
#include "stemmers/uk_table.h"
#include "stemmers/utf8.h"

#include <string.h>

/* Fewer letters than this and a stem says nothing about the word: such a word stays whole. */
#define MIN_STEM_LETTERS 2

static unsigned letter_code(int32_t cp) {
    if (cp >= 0x0430 && cp <= 0x044F)
        return (unsigned)(cp - 0x042F);
    switch (cp) {
    case 0x0454:
        return 33; /* є */
    case 0x0456:
        return 34; /* і */
    case 0x0457:
        return 35; /* ї */
    case 0x0491:
        return 36; /* ґ */
    case '\'':
        return 37;
    case '-':
        return 38;
    default:
        return 0;
    }
}

/* The start of the character that ends at s[end) (end > 0). */
static size_t char_start(const unsigned char *s, size_t end) {
    size_t i = end - 1;
    while (i > 0 && end - i < 4 && (s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* Copies word to out with ґ (D2 91) and Ґ (D2 90) as г (D0 B3). */
static void copy_folding_ge(const char *word, size_t len, char *out) {
    memcpy(out, word, len);
    for (size_t i = 0; i + 1 < len; i++) {
        if ((unsigned char)out[i] == 0xD2 &&
            ((unsigned char)out[i + 1] == 0x91 || (unsigned char)out[i + 1] == 0x90)) {
            out[i] = (char)0xD0;
            out[i + 1] = (char)0xB3;
            i++;
        }
    }
}

/* The label of the longest ending of s[0..len) that the table knows. */
static const struct poshuk_uk_label *find_label(const unsigned char *s, size_t len) {
    const struct poshuk_uk_node *nodes = poshuk_uk_nodes;
    uint32_t node = 0;
    uint16_t label = nodes[0].label;
    size_t end = len;
    for (unsigned depth = 0; depth < poshuk_uk_table_depth && end > 0; depth++) {
        size_t start = char_start(s, end);
        int32_t cp;
        if (utf8_decode(s + start, end - start, &cp) != end - start)
            break;
        unsigned code = letter_code(cp);
        if (code == 0)
            break;
        const struct poshuk_uk_node *n = &nodes[node];
        uint32_t child = n->first_child, last = n->first_child + n->n_children;
        while (child < last && nodes[child].letter < code)
            child++;
        if (child == last || nodes[child].letter != code)
            break;
        node = child;
        if (nodes[node].label != POSHUK_UK_NO_LABEL)
            label = nodes[node].label;
        end = start;
    }
    return &poshuk_uk_labels[label];
}

static size_t count_letters(const unsigned char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += (s[i] & 0xC0) != 0x80;
    return n;
}

size_t poshuk_uk_stem(const char *word, size_t len, char *out) {
    size_t alias_len;
    const char *alias = poshuk_uk_exception(word, len, &alias_len);
    if (alias) {
        word = alias;
        len = alias_len;
    }
    copy_folding_ge(word, len, out);
    const unsigned char *s = (const unsigned char *)out;
    const struct poshuk_uk_label *label = find_label(s, len);
    if (count_letters(s, len) < (size_t)label->cut + MIN_STEM_LETTERS)
        return len;
    size_t end = len;
    for (unsigned i = 0; i < label->cut; i++)
        end = char_start(s, end);
    memcpy(out + end, label->add, label->add_len);
    return end + label->add_len;
}
