/* Stopwords: the inflected forms are in, content words that look like function words are out,
 * and the lists are sorted (lookup is a binary search). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "stemmers/analysis.h"

static int stop(const char *w) {
    return poshuk_is_stopword(w, strlen(w));
}

static void ukrainian_forms(void **state) {
    (void)state;
    const char *yes[] = {"і",      "та",     "що",     "цей",      "цього",  "цієї", "цьому",
                         "цією",   "їхньою", "мною",   "нього",    "собі",   "бути", "є",
                         "був",    "будуть", "будучи", "могти",    "можуть", "міг",  "могли",
                         "можучи", "щодо",   "через",  "протягом", "б",      "ж",    "нехай"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        if (!stop(yes[i]))
            fail_msg("not a stopword: %s", yes[i]);
    }
    const char *no[] = {"громада", "рада", "ради", "край", "коло", "мов", "мати", "рік", "київ", "цеє", ""};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        if (stop(no[i]))
            fail_msg("a stopword: %s", no[i]);
    }
}

static void english_forms(void **state) {
    (void)state;
    assert_int_equal(stop("the"), 1);
    assert_int_equal(stop("don't"), 1);
    assert_int_equal(stop("themselves"), 1);
    assert_int_equal(stop("us"), 0);
    assert_int_equal(stop("may"), 0);
    assert_int_equal(stop("budget"), 0);
    assert_int_equal(stop("th"), 0);
    assert_int_equal(stop("thee"), 0);
}

static void only_whole_words(void **state) {
    (void)state;
    /* A prefix of a listed word and a listed word with more letters are not stopwords. */
    assert_int_equal(poshuk_is_stopword("цього", strlen("цьог")), 0);
    assert_int_equal(poshuk_is_stopword("theirs", 5), 1); /* "their" */
    assert_int_equal(stop("що"), 1);
    assert_int_equal(stop("щоб"), 1);
    assert_int_equal(stop("щоден"), 0);
}

static void lists_are_sorted_and_sized(void **state) {
    (void)state;
    for (int english = 0; english <= 1; english++) {
        const char *const *list;
        size_t n = poshuk_stopword_list(english, &list);
        assert_int_equal(n, english ? 175 : 429);
        for (size_t i = 1; i < n; i++) {
            if (strcmp(list[i - 1], list[i]) >= 0)
                fail_msg("out of order: %s, %s", list[i - 1], list[i]);
        }
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ukrainian_forms),
        cmocka_unit_test(english_forms),
        cmocka_unit_test(only_whole_words),
        cmocka_unit_test(lists_are_sorted_and_sized),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
