/* KMU-2010 transliteration: every rule with the example words of the resolution and the oblast
 * names the portal uses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "stemmers/analysis.h"

static void assert_translit(const char *in, const char *want) {
    size_t n = 0;
    char *out = poshuk_translit(in, strlen(in), &n);
    assert_non_null(out);
    assert_string_equal(out, want);
    assert_int_equal(n, strlen(want));
    free(out);
}

static void single_letters(void **state) {
    (void)state;
    assert_translit("абвгґдежзиіклмнопрстуфхцчшщ", "abvhgdezhzyiklmnoprstufkhtschshshch");
    assert_translit("харків", "kharkiv");
    assert_translit("київ", "kyiv");
    assert_translit("полтава", "poltava");
    assert_translit("щастя", "shchastia");
}

static void position_dependent_letters(void **state) {
    (void)state;
    assert_translit("єнакієве", "yenakiieve");
    assert_translit("гаєвич", "haievych");
    assert_translit("їжакевич", "yizhakevych");
    assert_translit("кадиївка", "kadyivka");
    assert_translit("йосипівка", "yosypivka");
    assert_translit("стрий", "stryi");
    assert_translit("юрій", "yurii");
    assert_translit("корюківка", "koriukivka");
    assert_translit("яготин", "yahotyn");
    assert_translit("костянтин", "kostiantyn");
}

static void after_apostrophe_is_elsewhere(void **state) {
    (void)state;
    assert_translit("знам'янка", "znamianka");
    assert_translit("п'ять", "piat");
    assert_translit("в'їзд", "vizd");
    assert_translit("об'єкт", "obiekt");
}

static void zgh_soft_sign_and_oblasts(void **state) {
    (void)state;
    assert_translit("згорани", "zghorany");
    assert_translit("розгон", "rozghon");
    assert_translit("запоріжжя", "zaporizhzhia");
    assert_translit("львів", "lviv");
    assert_translit("хмельницький", "khmelnytskyi");
    assert_translit("чернівці", "chernivtsi");
    assert_translit("миколаїв", "mykolaiv");
    assert_translit("одеса", "odesa");
}

static void capitals_hyphens_and_other_characters(void **state) {
    (void)state;
    assert_translit("Щорс", "shchors");
    assert_translit("ЗГУРІВКА", "zghurivka");
    assert_translit("івано-франківськ", "ivano-frankivsk");
    assert_translit("нова-ялта", "nova-yalta");
    assert_translit("covid19", "covid19");
    assert_translit("ф1", "f1");
    assert_translit("", "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(single_letters),
        cmocka_unit_test(position_dependent_letters),
        cmocka_unit_test(after_apostrophe_is_elsewhere),
        cmocka_unit_test(zgh_soft_sign_and_oblasts),
        cmocka_unit_test(capitals_hyphens_and_other_characters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
