/* Every common name of an oblast finds that oblast, and only it. */
#include "stemmers/oblasts.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

static const char *key_of(const char *name) {
    const poshuk_oblast *o = poshuk_oblast_find(name, strlen(name));
    return o ? o->key : "(none)";
}

static void test_every_form_of_kharkiv(void **state) {
    (void)state;
    const char *forms[] = {"Харківська область", "харківська обл.", "ХАРКІВСЬКА  ОБЛАСТЬ",
                           "Харківщина",         "Kharkiv Oblast",  "Kharkivska oblast",
                           "kharkiv region",     "Kharkiv",         "Kharkov oblast"};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; ++i)
        assert_string_equal(key_of(forms[i]), "kharkiv");
}

static void test_old_english_spellings(void **state) {
    (void)state;
    assert_string_equal(key_of("Vinnytsya Oblast"), "vinnytsia");
    assert_string_equal(key_of("Zaporizhzhya Oblast"), "zaporizhzhia");
    assert_string_equal(key_of("Zaporizhzhia Oblast"), "zaporizhzhia");
    assert_string_equal(key_of("Odessa"), "odesa");
    assert_string_equal(key_of("Transcarpathia"), "zakarpattia");
}

static void test_kyiv_city_and_oblast(void **state) {
    (void)state;
    assert_string_equal(key_of("м. Київ"), "kyiv-city");
    assert_string_equal(key_of("Київ"), "kyiv-city");
    assert_string_equal(key_of("Kyiv"), "kyiv-city");
    assert_string_equal(key_of("Kyiv Oblast"), "kyiv");
    assert_string_equal(key_of("Київська область"), "kyiv");
    assert_string_equal(key_of("Київщина"), "kyiv");
}

static void test_names_and_unknowns(void **state) {
    (void)state;
    const poshuk_oblast *o = poshuk_oblast_find("Zhytomyr Oblast", strlen("Zhytomyr Oblast"));
    assert_non_null(o);
    assert_string_equal(o->uk, "Житомирська область");
    assert_string_equal(o->en, "Zhytomyr Oblast");
    assert_string_equal(key_of("АР Крим"), "crimea");
    assert_string_equal(key_of("Ivano-Frankivsk Oblast"), "ivano-frankivsk");
    assert_string_equal(key_of("Атлантида"), "(none)");
    assert_string_equal(key_of("область"), "(none)");
    assert_string_equal(key_of(""), "(none)");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_form_of_kharkiv),
        cmocka_unit_test(test_old_english_spellings),
        cmocka_unit_test(test_kyiv_city_and_oblast),
        cmocka_unit_test(test_names_and_unknowns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
