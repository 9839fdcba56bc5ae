/* poshuk_analyse: each word with the term indexing makes of it, its script, transliteration,
 * cross-script key and whether queries drop it. */
#include "poshuk.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

static poshuk_tokens *analyse(const char *text) {
    poshuk_tokens *t = NULL;
    assert_int_equal(poshuk_analyse(text, &t), POSHUK_OK);
    assert_non_null(t);
    return t;
}

static void test_words_scripts_and_keys(void **state) {
    (void)state;
    poshuk_tokens *t = analyse("У Харкові п’ять шкіл, Kharkiv 2025 Харків");
    assert_int_equal(t->n_items, 7);
    assert_string_equal(t->items[0].lower, "у");
    assert_int_equal(t->items[0].stopword, 1);
    assert_null(t->items[0].cross_key); /* one letter: no name */

    assert_string_equal(t->items[1].word, "Харкові");
    assert_string_equal(t->items[1].lower, "харкові");
    assert_string_equal(t->items[1].script, "uk");
    assert_string_equal(t->items[1].translit, "kharkovi");
    assert_int_equal(t->items[1].stopword, 0);
    assert_non_null(t->items[1].term);
    assert_int_equal(t->items[1].term[0], 'Z');

    assert_string_equal(t->items[2].word, "п'ять"); /* U+2019 made the apostrophe Xapian joins on */
    assert_string_equal(t->items[3].lower, "шкіл");
    assert_null(t->items[3].cross_key); /* not capitalised */

    assert_string_equal(t->items[4].script, "en");
    assert_null(t->items[4].translit);
    assert_non_null(t->items[4].cross_key);
    /* Kharkiv and Харків meet on one key whatever the stemmer makes of it: Kharkiv is read back
     * into Cyrillic and stemmed as Ukrainian. That is how each finds the other. */
    assert_string_equal(t->items[4].cross_key, t->items[6].cross_key);

    assert_string_equal(t->items[5].script, "other");
    assert_string_equal(t->items[5].term, "Z2025");
    poshuk_tokens_free(t);
}

static void test_too_long_and_empty(void **state) {
    (void)state;
    char long_word[80];
    memset(long_word, 'a', sizeof long_word - 1);
    long_word[sizeof long_word - 1] = '\0';
    poshuk_tokens *t = analyse(long_word);
    assert_int_equal(t->n_items, 1);
    assert_null(t->items[0].term); /* Xapian indexes words of at most 64 bytes */
    poshuk_tokens_free(t);

    t = analyse("  … — ");
    assert_int_equal(t->n_items, 0);
    poshuk_tokens_free(t);

    poshuk_tokens *none = NULL;
    assert_int_equal(poshuk_analyse(NULL, &none), POSHUK_ERR_INVALID);
    assert_null(none);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_scripts_and_keys),
        cmocka_unit_test(test_too_long_and_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
