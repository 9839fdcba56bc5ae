/* The Ukrainian stemmer through poshuk_stemmer: forms that must share a stem, words that must not,
 * and the dispatch by script. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "stemmers/analysis.h"

static int setup(void **state) {
    *state = poshuk_stemmer_new();
    return *state ? 0 : -1;
}

static int teardown(void **state) {
    poshuk_stemmer_delete(*state);
    return 0;
}

static void assert_stem(poshuk_stemmer *st, const char *word, const char *want) {
    size_t n = 0;
    const char *s = poshuk_stemmer_stem(st, word, strlen(word), &n);
    assert_int_equal(n, strlen(want));
    assert_memory_equal(s, want, n);
}

static void nouns_lose_their_endings(void **state) {
    poshuk_stemmer *st = *state;
    assert_stem(st, "громада", "громад");
    assert_stem(st, "громади", "громад");
    assert_stem(st, "громадою", "громад");
    assert_stem(st, "громад", "громад");
    assert_stem(st, "депутатів", "депутат");
    assert_stem(st, "депутат", "депутат");
}

static void other_scripts_dispatch(void **state) {
    poshuk_stemmer *st = *state;
    assert_stem(st, "communities", "communiti");
    assert_stem(st, "covid19", "covid19");
    assert_stem(st, "ф1", "ф1");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(nouns_lose_their_endings, setup, teardown),
        cmocka_unit_test_setup_teardown(other_scripts_dispatch, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
