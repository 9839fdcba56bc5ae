/* Fuzzes the stemmer dispatch (stemmers/analysis.h) with single words: Xapian hands it every word of
 * every article and query, so it must take any bytes, and give the same stem for the same word
 * whatever came before, or a word indexed in one batch would not be found by a query in another.
 *
 * Invariants:
 * - the stem is readable for the reported length (ASan checks the copy);
 * - it does not depend on the stemmer's history: the same word through a stemmer that has just
 *   stemmed other words, and through a fresh one, gives the same bytes;
 * - a word as Xapian hands it over (not empty, not starting with an apostrophe) never stems to an
 *   empty one (the term would be the bare prefix "Z");
 * - valid UTF-8 in, valid UTF-8 out;
 * - a word with a digit, or with both Cyrillic and ASCII Latin letters, comes back unchanged
 *   ("digits and mixed words stay as they are"). */
#include "stemmers/analysis.h"

#include "fuzz/check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Stems word and returns a malloc'd copy of the stem (length in *out_len). */
static char *stem_copy(poshuk_stemmer *stemmer, const char *word, size_t len, size_t *out_len) {
    *out_len = (size_t)-1;
    const char *stem = poshuk_stemmer_stem(stemmer, word, len, out_len);
    FUZZ_CHECK(stem != NULL, "NULL stem for a %zu-byte word", len);
    FUZZ_INVARIANT("out-len", *out_len != (size_t)-1, "out_len not set");
    char *copy = malloc(*out_len + 1);
    if (copy == NULL)
        abort();
    memcpy(copy, stem, *out_len);
    copy[*out_len] = '\0';
    return copy;
}

static int has_digit(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

static int is_mixed(const char *s, size_t len) {
    const unsigned char *u = (const unsigned char *)s;
    int cyrillic = 0, latin = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = fuzz_utf8_char(u + i, len - i, &cp);
        if (n == 0)
            return 0;
        cyrillic |= cp >= 0x0400 && cp <= 0x04FF;
        latin |= (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        i += n;
    }
    return cyrillic && latin;
}

/* Words the harness stems in between, to stir the stemmer's buffers: a long Ukrainian word (grows
 * the Ukrainian buffer), an English one and a short one. */
static const char *const stir[] = {"адміністративно-територіальними", "internationalisation", "ні"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *word = (const char *)data;
    poshuk_stemmer *used = poshuk_stemmer_new();
    poshuk_stemmer *fresh = poshuk_stemmer_new();
    FUZZ_CHECK(used != NULL && fresh != NULL, "poshuk_stemmer_new failed");

    size_t first_len, again_len, fresh_len, other_len;
    char *first = stem_copy(used, word, size, &first_len);
    for (size_t i = 0; i < sizeof stir / sizeof stir[0]; i++)
        free(stem_copy(used, stir[i], strlen(stir[i]), &other_len));
    char *again = stem_copy(used, word, size, &again_len);
    char *from_fresh = stem_copy(fresh, word, size, &fresh_len);

    FUZZ_INVARIANT("stem-history", again_len == first_len && memcmp(again, first, first_len) == 0,
                   "\"%.*s\" stems to \"%s\", then after other words to \"%s\"", (int)size, word, first,
                   again);
    FUZZ_INVARIANT("stem-history", fresh_len == first_len && memcmp(from_fresh, first, first_len) == 0,
                   "\"%.*s\" stems to \"%s\", with a fresh stemmer to \"%s\"", (int)size, word, first,
                   from_fresh);
    /* Xapian hands over words that begin with a letter or digit ("''s" stems to nothing, but no
     * text makes Xapian pass it on). */
    if (size > 0 && word[0] != '\'')
        FUZZ_INVARIANT("stem-nonempty", first_len > 0, "\"%.*s\" stems to nothing", (int)size, word);
    if (fuzz_utf8_valid(word, size))
        FUZZ_INVARIANT("stem-utf8", fuzz_utf8_valid(first, first_len),
                       "\"%.*s\" stems to invalid UTF-8 at byte %zu", (int)size, word,
                       fuzz_utf8_invalid_at(first, first_len));
    if (has_digit(word, size) || is_mixed(word, size))
        FUZZ_INVARIANT("stem-unchanged", first_len == size && memcmp(first, word, size) == 0,
                       "\"%.*s\" has a digit or mixed scripts but stems to \"%s\"", (int)size, word, first);

    free(first);
    free(again);
    free(from_fresh);
    poshuk_stemmer_delete(used);
    poshuk_stemmer_delete(fresh);
    return 0;
}
