/* The normaliser and the facet key: every rule with its exact output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "stemmers/analysis.h"

static void assert_normalised(const char *in, const char *want) {
    size_t n = 0;
    char *out = poshuk_normalise(in, strlen(in), &n);
    assert_non_null(out);
    assert_string_equal(out, want);
    assert_int_equal(n, strlen(want));
    free(out);
}

static void assert_folded(const char *in, const char *want) {
    size_t n = 0;
    char *out = poshuk_fold_key(in, strlen(in), &n);
    assert_non_null(out);
    assert_string_equal(out, want);
    assert_int_equal(n, strlen(want));
    free(out);
}

static void apostrophes_between_letters_become_ascii(void **state) {
    (void)state;
    assert_normalised("п\u2019ять", "п'ять");
    assert_normalised("п\u02BCять", "п'ять");
    assert_normalised("п'ять", "п'ять");
    assert_normalised("П'ЯТЬ", "П'ЯТЬ");
    assert_normalised("п\u2018ять", "п'ять");
    assert_normalised("п`ять", "п'ять");
    assert_normalised("п\u00B4ять", "п'ять");
    assert_normalised("п\u2032ять", "п'ять");
    assert_normalised("don\u2019t", "don't");
}

static void apostrophes_elsewhere_stay(void **state) {
    (void)state;
    assert_normalised("\u2019цитата\u2019", "\u2019цитата\u2019");
    assert_normalised("students\u2019 union", "students\u2019 union");
    assert_normalised("5\u2032", "5\u2032");
}

static void stress_and_soft_hyphen_are_deleted(void **state) {
    (void)state;
    assert_normalised("за\u0301мок", "замок");
    assert_normalised("гро\u00ADмада", "громада");
}

static void decomposed_letters_are_composed(void **state) {
    (void)state;
    assert_normalised("краи\u0306", "край");
    assert_normalised("И\u0306ОГО", "ЙОГО");
    assert_normalised("і\u0308жак", "їжак");
    assert_normalised("І\u0308ЖАК", "ЇЖАК");
}

static void latin_lookalikes_in_cyrillic_words_become_cyrillic(void **state) {
    (void)state;
    /* Latin i, a, e, o, c, p, x, y, k and capitals A B C E H I K M O P T X inside Cyrillic words */
    assert_normalised("мiсто", "місто");
    assert_normalised("Kиїв", "Київ");
    assert_normalised("пpoeкт", "проект");
    assert_normalised("xyкaтa", "хуката");
    assert_normalised("ABCEHIKMOPTXж", "АВСЕНІКМОРТХж");
    assert_normalised("об\u2019єднанa", "об'єднана"); /* apostrophe joins the word first */
}

static void lookalike_rule_leaves_other_words(void **state) {
    (void)state;
    assert_normalised("iPhone", "iPhone");         /* no Cyrillic */
    assert_normalised("Сity", "Сity");             /* t is no look-alike: a Latin word with a typo */
    assert_normalised("мiсто city", "місто city"); /* words are judged one by one */
    assert_normalised("COVID-19 мiсто", "COVID-19 місто");
}

static void fuzz_findings_are_stable(void **state) {
    (void)state;
    /* І + combining diaeresis before ‘: composed first, so the ‘ is between letters (and the B of
     * this now Cyrillic word becomes В) */
    assert_normalised("\u0406\u0308\u2018B", "\u0407'\u0412");
    /* a Latin i with a combining diaeresis in a Cyrillic word */
    assert_normalised("ki\u0308\u2019\u044F", "\u043A\u0457'\u044F");
    /* fold_key lower-cases Y to y, which is a look-alike: the key is the same the second time */
    assert_folded("\u0438Y", "\u0438\u0443");
    assert_folded("\u0438\u0443", "\u0438\u0443");
}

static void case_is_kept(void **state) {
    (void)state;
    assert_normalised("Київ AND Львів OR Ґалаґан", "Київ AND Львів OR Ґалаґан");
}

static void fold_key_lowercases_and_squeezes_space(void **state) {
    (void)state;
    assert_folded("  ХАРКІВСЬКА \t\u00A0 Область ", "харківська область");
    assert_folded("ҐЄІЇ", "ґєії");
    assert_folded("Житомирська  область", "житомирська область");
    assert_folded("", "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(apostrophes_between_letters_become_ascii),
        cmocka_unit_test(apostrophes_elsewhere_stay),
        cmocka_unit_test(stress_and_soft_hyphen_are_deleted),
        cmocka_unit_test(decomposed_letters_are_composed),
        cmocka_unit_test(latin_lookalikes_in_cyrillic_words_become_cyrillic),
        cmocka_unit_test(lookalike_rule_leaves_other_words),
        cmocka_unit_test(fuzz_findings_are_stable),
        cmocka_unit_test(case_is_kept),
        cmocka_unit_test(fold_key_lowercases_and_squeezes_space),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
