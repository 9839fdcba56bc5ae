/* English through poshuk_stemmer: Snowball, British -ise/-yse folded into -ize/-yze, possessives. */
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
    if (n != strlen(want) || memcmp(s, want, n) != 0)
        fail_msg("%s: got %.*s, want %s", word, (int)n, s, want);
}

static void snowball_plain(void **state) {
    poshuk_stemmer *st = *state;
    assert_stem(st, "communities", "communiti");
    assert_stem(st, "budgets", "budget");
    assert_stem(st, "reforming", "reform");
}

static void british_and_american_meet(void **state) {
    poshuk_stemmer *st = *state;
    assert_stem(st, "decentralization", "decentr");
    assert_stem(st, "decentralisation", "decentr");
    assert_stem(st, "decentralised", "decentr");
    assert_stem(st, "decentralising", "decentr");
    assert_stem(st, "decentralise", "decentr");
    assert_stem(st, "organisations", "organ");
    assert_stem(st, "organization", "organ");
    assert_stem(st, "organisers", "organ");
    assert_stem(st, "recognisable", "recogniz");
    assert_stem(st, "recognizable", "recogniz");
    assert_stem(st, "analyse", "analyz");
    assert_stem(st, "analysing", "analyz");
    assert_stem(st, "analyzed", "analyz");
}

static void ise_words_that_are_not_ize(void **state) {
    poshuk_stemmer *st = *state;
    assert_stem(st, "promise", "promis");
    assert_stem(st, "promised", "promis");
    assert_stem(st, "exercises", "exercis");
    assert_stem(st, "advertising", "advertis");
    assert_stem(st, "surprised", "surpris");
    assert_stem(st, "rise", "rise");
    assert_stem(st, "noise", "nois");
}

static void possessives(void **state) {
    poshuk_stemmer *st = *state;
    assert_stem(st, "minister's", "minist");
    assert_stem(st, "ministers'", "minist");
    assert_stem(st, "ministers", "minist");
    assert_stem(st, "ukraine's", "ukrain");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(snowball_plain, setup, teardown),
        cmocka_unit_test_setup_teardown(british_and_american_meet, setup, teardown),
        cmocka_unit_test_setup_teardown(ise_words_that_are_not_ize, setup, teardown),
        cmocka_unit_test_setup_teardown(possessives, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
