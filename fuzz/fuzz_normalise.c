/* Fuzzes the normaliser and the facet key (stemmers/analysis.h), which every article text, query and
 * facet value passes through: a crash here stops indexing, and an unstable result makes an indexed
 * word or facet value that its own query text cannot meet again.
 *
 * Invariants, for input that is valid UTF-8 (analysis.h says invalid bytes are only copied through,
 * the readers having rejected them, so for other input the check is only that nothing breaks):
 * - the output is valid UTF-8, its length is the reported one, and it is NUL-terminated there;
 * - normalising is idempotent: normalise(normalise(x)) == normalise(x);
 * - the fold key is idempotent, has no white space at either end, and inside holds no white space
 *   other than single ASCII spaces;
 * - the fold key of the normalised text is the fold key of the text (the key includes normalising). */
#include "stemmers/analysis.h"

#include "fuzz/check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The white space fold_key promises to trim and squeeze (analysis.h: "surrounding white space"): ASCII
 * and the spaces web pages carry (no-break, typographic, ideographic). */
static int is_space(uint32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static void check_output(const char *what, const char *out, size_t out_len, int input_valid) {
    FUZZ_CHECK(out != NULL, "%s returned NULL", what);
    FUZZ_INVARIANT("output-nul", out[out_len] == '\0', "%s: no NUL at the reported length %zu", what,
                   out_len);
    if (input_valid)
        FUZZ_INVARIANT("output-utf8", fuzz_utf8_valid(out, out_len),
                       "%s: invalid UTF-8 at byte %zu of valid input's output", what,
                       fuzz_utf8_invalid_at(out, out_len));
}

/* name is the invariant's name for POSHUK_FUZZ_SKIP. */
static void check_same(const char *name, const char *a, size_t a_len, const char *b, size_t b_len) {
    if (fuzz_skipped(name))
        return;
    FUZZ_CHECK(a_len == b_len && memcmp(a, b, a_len) == 0,
               "(%s) %zu bytes \"%.*s\" against %zu bytes \"%.*s\"", name, a_len, (int)a_len, a, b_len,
               (int)b_len, b);
}

static void check_key_spaces(const char *key, size_t len) {
    const unsigned char *u = (const unsigned char *)key;
    uint32_t cp = 0, before = 0;
    for (size_t i = 0; i < len;) {
        size_t n = fuzz_utf8_char(u + i, len - i, &cp);
        FUZZ_INVARIANT("fold-spaces", !is_space(cp) || cp == ' ', "the key holds U+%04X at byte %zu",
                       (unsigned)cp, i);
        FUZZ_INVARIANT("fold-spaces", !(cp == ' ' && (i == 0 || i + n == len)),
                       "the key has a space at its %s", i == 0 ? "start" : "end");
        FUZZ_INVARIANT("fold-spaces", !(cp == ' ' && before == ' '), "the key has two spaces at byte %zu", i);
        before = cp;
        i += n;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *text = (const char *)data;
    int valid = fuzz_utf8_valid(text, size);

    size_t once_len = (size_t)-1;
    char *once = poshuk_normalise(text, size, &once_len);
    check_output("normalise", once, once_len, valid);
    size_t key_len = (size_t)-1;
    char *key = poshuk_fold_key(text, size, &key_len);
    check_output("fold_key", key, key_len, valid);
    /* out_len is optional: NULL must work and give the same text. */
    char *no_len = poshuk_normalise(text, size, NULL);
    FUZZ_INVARIANT("normalise-no-len",
                   no_len != NULL && strlen(no_len) <= once_len && memcmp(no_len, once, once_len) == 0,
                   "normalise without out_len differs");
    free(no_len);

    if (valid) {
        size_t twice_len = (size_t)-1;
        char *twice = poshuk_normalise(once, once_len, &twice_len);
        check_output("normalise of normalised", twice, twice_len, 1);
        check_same("normalise-idempotent", twice, twice_len, once, once_len);
        free(twice);

        check_key_spaces(key, key_len);
        size_t key2_len = (size_t)-1;
        char *key2 = poshuk_fold_key(key, key_len, &key2_len);
        check_output("fold_key of a key", key2, key2_len, 1);
        check_same("fold-idempotent", key2, key2_len, key, key_len);
        free(key2);

        size_t key3_len = (size_t)-1;
        char *key3 = poshuk_fold_key(once, once_len, &key3_len);
        check_output("fold_key of normalised", key3, key3_len, 1);
        check_same("fold-of-normalised", key3, key3_len, key, key_len);
        free(key3);
    }
    free(key);
    free(once);
    return 0;
}
