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
        cmocka_unit_test(case_is_kept),
        cmocka_unit_test(fold_key_lowercases_and_squeezes_space),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
