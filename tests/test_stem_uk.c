/* The Ukrainian stemmer through poshuk_stemmer: forms that must share a stem (with the exact stem),
 * words that must not, the reflexive mark, ґ, the exceptions table, and the dispatch by script.
 * The stems come from the learned table (stemmers/uk_table.c): learning it again may change them,
 * and then this file says exactly which words moved. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "stemmers/analysis.h"
#include "stemmers/stem_internal.h"

static int setup(void **state) {
    *state = poshuk_stemmer_new();
    return *state ? 0 : -1;
}

static int teardown(void **state) {
    poshuk_stemmer_delete(*state);
    return 0;
}

/* Every word of the space-separated list stems to want. */
static void assert_stems(poshuk_stemmer *st, const char *words, const char *want) {
    char buf[512];
    snprintf(buf, sizeof buf, "%s", words);
    for (char *w = strtok(buf, " "); w; w = strtok(NULL, " ")) {
        size_t n = 0;
        const char *s = poshuk_stemmer_stem(st, w, strlen(w), &n);
        if (n != strlen(want) || memcmp(s, want, n) != 0)
            fail_msg("%s: got \"%.*s\", want \"%s\"", w, (int)n, s, want);
    }
}

static void assert_apart(poshuk_stemmer *st, const char *a, const char *b) {
    char sa[128];
    size_t na = 0, nb = 0;
    const char *s = poshuk_stemmer_stem(st, a, strlen(a), &na);
    assert_true(na < sizeof sa);
    memcpy(sa, s, na);
    s = poshuk_stemmer_stem(st, b, strlen(b), &nb);
    if (na == nb && memcmp(sa, s, na) == 0)
        fail_msg("%s and %s share the stem \"%.*s\"", a, b, (int)na, sa);
}

static void news_words_share_a_stem(void **state) {
    poshuk_stemmer *st = *state;
    assert_stems(st, "громада громади громадою громад громадам громадах", "громад");
    assert_stems(st, "область області областей областю", "област");
    assert_stems(st, "район району районів районі", "район");
    assert_stems(st, "депутат депутатів депутата депутати", "депутат");
    assert_stems(st, "бюджет бюджету бюджетів бюджети", "бюджет");
    assert_stems(st, "житомирщина житомирщини житомирщину житомирщиною житомирщині", "житомирщин");
    assert_stems(st, "школа школи шкіл школам школою школі", "школ");
    assert_stems(st, "україна україни україні україну україною", "україн");
    assert_stems(st, "гривня гривні гривень гривнями", "гривн");
    assert_stems(st, "відсоток відсотків відсотка відсотки", "відсотк");
    assert_stems(st, "новий нова нового нову новою нових", "нов");
}

static void alternating_and_suppletive_words_share_a_stem(void **state) {
    poshuk_stemmer *st = *state;
    assert_stems(st, "рік року році роки років роком", "рок");
    assert_stems(st, "київ києва києві києвом києву", "києв");
    assert_stems(st, "львів львова львові львовом", "львов");
    assert_stems(st, "харків харкова харкові харковом", "харков");
    assert_stems(st, "миколаїв миколаєва миколаєві", "миколаєв");
    assert_stems(st, "чернігів чернігова чернігові", "чернігов");
    assert_stems(st, "тернопіль тернополя тернополі", "тернопол");
    assert_stems(st, "день дня дні днів днем", "дн");
    assert_stems(st, "люди людей людям людьми людях", "люд");
    assert_stems(st, "діти дітей дітям дітьми дітях", "діт");
    assert_stems(st, "віз воза возом", "воз");
    assert_stems(st, "кіт кота", "кот");
    assert_stems(st, "ніч ночі ніччю ночей", "ноч");
    assert_stems(st, "сіль солі сіллю", "сол");
    assert_stems(st, "схід сходу", "сход");
    assert_stems(st, "захід заходу заході заходи", "заход");
    assert_stems(st, "спосіб способу", "способ");
    assert_stems(st, "осіб особа особи", "особ");
    assert_stems(st, "село села сіл", "сел");
    assert_stems(st, "слово слова слів словами", "слов");
    assert_stems(st, "сила сили силу силою сил", "сил");
    assert_stems(st, "січень січня", "січн");
    assert_stems(st, "ім'я імені ім'ям іменем", "імен");
}

static void different_words_keep_apart(void **state) {
    poshuk_stemmer *st = *state;
    assert_apart(st, "мати", "малий");
    assert_apart(st, "мала", "малий"); /* мала is also a form of малий: the verb wins */
    assert_apart(st, "стати", "ставка");
    assert_apart(st, "орган", "організм");
    assert_apart(st, "громада", "громадянин");
    assert_apart(st, "місто", "містити");
    assert_apart(st, "кран", "країна");
    assert_apart(st, "суд", "судно");
    assert_apart(st, "реформа", "реформувати");
}

static void reflexive_verbs_keep_a_mark(void **state) {
    poshuk_stemmer *st = *state;
    assert_stems(st, "зареєструвався зареєструвавсь зареєструвалася зареєструвалась зареєструватися",
                 "зареєструся");
    assert_stems(st, "зареєструвати зареєстрували", "зареєстру");
    assert_stems(st, "робитися робиться робилось", "робися");
    assert_stems(st, "робити роблю", "роби");
}

static void ge_folds_to_he(void **state) {
    poshuk_stemmer *st = *state;
    assert_stems(st, "ґрунт ґрунтів грунту грунт", "грунт");
    assert_stems(st, "ґанок ганку", "ганк");
    /* A capital Ґ folds too (the stemmer may be handed a word before its case is folded). */
    assert_stems(st, "Ґанок", "ганк");
}

static void short_words_and_compounds(void **state) {
    poshuk_stemmer *st = *state;
    assert_stems(st, "ти", "ти");
    assert_stems(st, "я", "я");
    assert_stems(st, "п'ять п'яти", "п'ят");
    assert_stems(st, "аварійно-ремонтна аварійно-ремонтного", "аварійно-ремонтн");
}

static void exceptions_table_is_sound(void **state) {
    (void)state;
    size_t n = poshuk_uk_exception_count();
    assert_int_equal(n, 49);
    for (size_t i = 0; i < n; i++) {
        const char *w = poshuk_uk_exception_word(i), *a = poshuk_uk_exception_alias(i);
        if (i > 0 && strcmp(poshuk_uk_exception_word(i - 1), w) >= 0)
            fail_msg("exceptions out of order at %s", w);
        /* the stemmer's buffer has POSHUK_UK_STEM_SLACK bytes beyond the word, 32 of them for an append */
        if (strlen(a) > strlen(w) + POSHUK_UK_STEM_SLACK - 32)
            fail_msg("alias %s of %s is too long", a, w);
        if (strlen(w) > POSHUK_UK_EXCEPTION_MAX_BYTES)
            fail_msg("%s is longer than POSHUK_UK_EXCEPTION_MAX_BYTES", w);
        size_t alias_len;
        if (poshuk_uk_exception(a, strlen(a), &alias_len) != NULL)
            fail_msg("alias %s is itself an exception", a);
        if (poshuk_uk_exception(w, strlen(w), &alias_len) != a)
            fail_msg("%s is not found", w);
    }
    size_t alias_len;
    assert_null(poshuk_uk_exception("рі", strlen("рі"), &alias_len));
    assert_null(poshuk_uk_exception("ріка", strlen("ріка"), &alias_len));
}

static void other_scripts_dispatch(void **state) {
    poshuk_stemmer *st = *state;
    assert_stems(st, "communities", "communiti");
    assert_stems(st, "covid19", "covid19");
    assert_stems(st, "ф1", "ф1");
    assert_stems(st, "kиїв", "kиїв"); /* mixed scripts stay whole */
    assert_stems(st, "п\u2019ять", "п\u2019ять");
}

static void stems_do_not_depend_on_history(void **state) {
    poshuk_stemmer *st = *state;
    size_t n1, n2;
    const char *s = poshuk_stemmer_stem(st, "громадою", strlen("громадою"), &n1);
    char first[64];
    memcpy(first, s, n1);
    poshuk_stemmer_stem(st, "адміністративно-територіальними", strlen("адміністративно-територіальними"),
                        &n2);
    poshuk_stemmer_stem(st, "internationalisation", strlen("internationalisation"), &n2);
    s = poshuk_stemmer_stem(st, "громадою", strlen("громадою"), &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(first, s, n1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(news_words_share_a_stem, setup, teardown),
        cmocka_unit_test_setup_teardown(alternating_and_suppletive_words_share_a_stem, setup, teardown),
        cmocka_unit_test_setup_teardown(different_words_keep_apart, setup, teardown),
        cmocka_unit_test_setup_teardown(reflexive_verbs_keep_a_mark, setup, teardown),
        cmocka_unit_test_setup_teardown(ge_folds_to_he, setup, teardown),
        cmocka_unit_test_setup_teardown(short_words_and_compounds, setup, teardown),
        cmocka_unit_test(exceptions_table_is_sound),
        cmocka_unit_test_setup_teardown(other_scripts_dispatch, setup, teardown),
        cmocka_unit_test_setup_teardown(stems_do_not_depend_on_history, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
