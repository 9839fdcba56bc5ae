/* Unit tests of the stem evaluation tools: the .aff reader and the expander on small made-up
 * dictionaries (each a case the uk_UA files have, or hunspell's documented semantics that they do
 * not use), and Paice's counts on groups small enough to count by hand. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "aff.h"
#include "baselines.h"
#include "dic.h"
#include "expand.h"
#include "forms.h"
#include "groups.h"
#include "paice.h"
#include "split.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static se_aff *load(const char *text, char *err, size_t errlen) {
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(f);
    se_aff *aff = se_aff_load(f, "t.aff", err, errlen);
    fclose(f);
    return aff;
}

static void collect(void *ctx, const uint32_t *form, size_t len) {
    se_forms_add_cps(ctx, form, len);
}

/* Expands the .dic line entry and returns its forms joined by spaces, lemma first, the rest sorted. */
static char *expand_line(const se_aff *aff, const char *entry) {
    char line[256];
    snprintf(line, sizeof line, "%s", entry);
    se_dic_entry e;
    assert_int_equal(se_dic_parse_line(line, strlen(line), &e), 0);
    uint32_t root[128];
    se_flag flags[64];
    size_t n = se_utf8_to_cps(e.word, e.word_len, root);
    int n_flags = se_aff_parse_flags(aff, e.flags, e.flags_len, flags, 64);
    assert_true(n != (size_t)-1);
    assert_true(n_flags >= 0);
    se_forms f = {0};
    se_forms_add_cps(&f, root, n);
    assert_int_equal(se_expand(aff, root, n, flags, (size_t)n_flags, collect, &f), 0);
    se_forms_unique(&f);
    static char out[1024];
    out[0] = '\0';
    for (size_t i = 0; i < f.n; i++) {
        strcat(out, i ? " " : "");
        strcat(out, se_forms_get(&f, i));
    }
    se_forms_free(&f);
    return out;
}

static void test_lower_and_utf8(void **state) {
    (void)state;
    const char *upper = "ҐЄІЇАЯЖÉQ";
    uint32_t cps[16];
    size_t n = se_utf8_to_cps(upper, strlen(upper), cps);
    assert_int_equal(n, 9);
    for (size_t i = 0; i < n; i++)
        cps[i] = se_lower(cps[i]);
    char out[64];
    size_t len = se_cps_to_utf8(cps, n, out);
    out[len] = '\0';
    assert_string_equal(out, "ґєіїаяжéq");
    assert_int_equal(se_utf8_to_cps("a\xd0", 2, cps), (size_t)-1);    /* cut short */
    assert_int_equal(se_utf8_to_cps("\xc0\xaf", 2, cps), (size_t)-1); /* overlong */
    assert_int_equal(se_utf8_prefix_bytes("громада", strlen("громада"), 5), 10);
    assert_int_equal(se_utf8_prefix_bytes("ріка", strlen("ріка"), 5), strlen("ріка"));
    assert_int_equal(se_utf8_length("ґанок", strlen("ґанок")), 5);
}

static void test_condition_is_per_character(void **state) {
    (void)state;
    se_cond_pos c[8];
    const char *text = "[^т]атися";
    int k = se_cond_parse(text, strlen(text), c, 8);
    assert_int_equal(k, 6);
    assert_true(c[0].negated);
    assert_int_equal(c[0].n, 1);
    assert_int_equal(c[0].set[0], 0x442); /* т, one character, not two bytes */
    uint32_t w[16];
    size_t n = se_utf8_to_cps("братися", strlen("братися"), w);
    assert_true(se_cond_match(c, 6, w, n, 1));
    n = se_utf8_to_cps("статися", strlen("статися"), w);
    assert_false(se_cond_match(c, 6, w, n, 1));
    n = se_utf8_to_cps("атися", strlen("атися"), w);
    assert_false(se_cond_match(c, 6, w, n, 1)); /* shorter than the condition */
    for (int i = 0; i < k; i++)
        free(c[i].set);
    assert_int_equal(se_cond_parse("[аб", 4, c, 8), -1);
}

static void test_flag_syntaxes(void **state) {
    (void)state;
    se_flag f[8];
    assert_int_equal(se_flags_decode(SE_FLAG_CHAR, "a:", 2, f, 8), 2);
    assert_int_equal(f[0], 'a');
    assert_int_equal(f[1], ':');
    assert_int_equal(se_flags_decode(SE_FLAG_LONG, "AaBb", 4, f, 8), 2);
    assert_int_equal(f[0], 0x4161);
    assert_int_equal(f[1], 0x4262);
    assert_int_equal(se_flags_decode(SE_FLAG_LONG, "AaB", 3, f, 8), -1);
    assert_int_equal(se_flags_decode(SE_FLAG_NUM, "1,23,456", 8, f, 8), 3);
    assert_int_equal(f[2], 456);
    assert_int_equal(se_flags_decode(SE_FLAG_NUM, "1,,2", 4, f, 8), -1);
    assert_int_equal(se_flags_decode(SE_FLAG_NUM, "7,", 2, f, 8), -1);
    assert_int_equal(se_flags_decode(SE_FLAG_UTF8, "юя", strlen("юя"), f, 8), 2);
    assert_int_equal(f[0], 0x44E);
}

static const char long_aff[] = "SET UTF-8\n"
                               "FLAG long\n"
                               "# a comment\n"
                               "SFX Aa Y 2\n"
                               "SFX Aa а и а\n"
                               "SFX Aa а ою [^д]а ###\n"
                               "PFX Bb Y 1\n"
                               "PFX Bb 0 не .\n"
                               "SFX Cc N 1\n"
                               "SFX Cc 0 ий/Dd .\n"
                               "SFX Dd Y 1\n"
                               "SFX Dd й м й\n";

static void test_expand_suffix_prefix_cross(void **state) {
    (void)state;
    char err[256];
    se_aff *aff = load(long_aff, err, sizeof err);
    assert_non_null(aff);
    assert_int_equal(aff->n_rules, 5);
    /* [^д]а fails on вода, so no водою; the prefix combines with the suffix (both Y). */
    assert_string_equal(expand_line(aff, "вода/AaBb"), "вода води невода неводи");
    assert_string_equal(expand_line(aff, "Рука/Aa"), "рука руки рукою");
    /* Twofold suffix: Cc's continuation Dd applies to синий; Cc is N, so no prefix on it. */
    assert_string_equal(expand_line(aff, "син/CcBb"), "син несин синий синим");
    assert_string_equal(expand_line(aff, "слово"), "слово");
    se_aff_free(aff);
}

static void test_rule_that_looks_like_a_header(void **state) {
    (void)state;
    char err[256];
    se_aff *aff = load("SET UTF-8\nSFX 8 Y 3\nSFX 8 н 0 ин\nSFX 8 0 0 ан\nSFX 8 ин ам ин\n", err, sizeof err);
    assert_non_null(aff);
    assert_int_equal(aff->n_rules, 3);
    assert_string_equal(expand_line(aff, "громадянин/8"), "громадянин громадянам громадяни");
    se_aff_free(aff);
}

static void test_aliases_needaffix_forbidden(void **state) {
    (void)state;
    char err[256];
    se_aff *aff = load("SET UTF-8\nNEEDAFFIX !\nFORBIDDENWORD *\nAF 3\nAF A!\nAF B\nAF !\n"
                       "SFX A Y 1\nSFX A 0 и .\nSFX B Y 1\nSFX B 0 ові/3 .\n",
                       err, sizeof err);
    assert_non_null(aff);
    assert_int_equal(aff->n_aliases, 3);
    assert_int_equal(aff->needaffix, '!');
    assert_int_equal(aff->forbidden, '*');
    /* Alias 1 is "A!": the root needs an affix, so only стіли is a form (the lemma stays first). */
    se_forms f = {0};
    uint32_t root[8];
    se_flag flags[8];
    size_t n = se_utf8_to_cps("стіл", strlen("стіл"), root);
    int k = se_aff_parse_flags(aff, "1", 1, flags, 8);
    assert_int_equal(k, 2);
    assert_int_equal(se_expand(aff, root, n, flags, (size_t)k, collect, &f), 0);
    assert_int_equal(f.n, 1);
    assert_string_equal(se_forms_get(&f, 0), "стіли");
    /* Alias 2 is "B", whose rule carries NEEDAFFIX (alias 3: with AF, continuation flags are alias
     * numbers too): that form is not a word by itself. */
    se_forms_clear(&f);
    k = se_aff_parse_flags(aff, "2", 1, flags, 8);
    assert_int_equal(se_expand(aff, root, n, flags, (size_t)k, collect, &f), 0);
    assert_int_equal(f.n, 1);
    assert_string_equal(se_forms_get(&f, 0), "стіл");
    assert_int_equal(se_aff_parse_flags(aff, "4", 1, flags, 8), -1);
    se_forms_free(&f);
    se_aff_free(aff);
}

static void test_aff_errors(void **state) {
    (void)state;
    char err[256];
    assert_null(load("SET KOI8-U\n", err, sizeof err));
    assert_string_equal(err, "t.aff:1: only UTF-8 dictionaries are supported");
    assert_null(load("SET UTF-8\nSFX A Y 3\nSFX A 0 и .\nSFX A 0 у .\nTRY абв\n", err, sizeof err));
    assert_string_equal(err, "t.aff:5: fewer rule lines than the block's header announced");
    assert_null(load("SET UTF-8\nSFX A Y 1\nSFX A 0 и [аб\n", err, sizeof err));
    assert_string_equal(err, "t.aff:3: bad condition");
    assert_null(load("SFX A Y 2\nSFX A 0 и .\n", err, sizeof err));
    assert_string_equal(err, "t.aff:2: the file ends inside a rule block");
    se_aff *aff = load("COMPOUNDFLAG X\nCIRCUMFIX Y\n", err, sizeof err);
    assert_non_null(aff);
    assert_string_equal(aff->unsupported, "COMPOUNDFLAG CIRCUMFIX");
    se_aff_free(aff);
}

static void test_dic_line(void **state) {
    (void)state;
    char line[] = "1\\/2/XY\tpo:num\n";
    se_dic_entry e;
    assert_int_equal(se_dic_parse_line(line, strlen(line), &e), 0);
    assert_string_equal(e.word, "1/2");
    assert_int_equal(e.flags_len, 2);
    assert_memory_equal(e.flags, "XY", 2);
    char plain[] = "аб'юрація\n";
    assert_int_equal(se_dic_parse_line(plain, strlen(plain), &e), 0);
    assert_string_equal(e.word, "аб'юрація");
    assert_int_equal(e.flags_len, 0);
    char blank[] = "\n";
    assert_int_equal(se_dic_parse_line(blank, strlen(blank), &e), -1);
}

static void test_split_is_fixed(void **state) {
    (void)state;
    /* These values pin the split (computed independently, in Python, from the description in split.h):
     * if they change, every published score changes with them. */
    assert_int_equal(se_split_hash("громада", strlen("громада"), SE_SPLIT_SEED) % 100u, 66u);
    unsigned test = 0;
    char lemma[32];
    for (unsigned i = 0; i < 10000; i++) {
        int len = snprintf(lemma, sizeof lemma, "слово%u", i);
        test += (unsigned)se_split_is_test(lemma, (size_t)len, SE_SPLIT_SEED, SE_SPLIT_PERCENT);
    }
    assert_int_equal(test, 1995u);
}

/* Groups small enough to count every pair by hand; see the comments on the expected numbers. */
static const char groups_text[] = "рука\tруки\tрукою\n"
                                  "ріка\tріки\n"
                                  "рука\tрук\tруки\n" /* the same lemma again: merged into the first */
                                  "рукав\tрукава\n"
                                  "руки\tрукою\n"; /* two spellings also in рука's group */

static void read_groups(se_groups *g) {
    FILE *f = fmemopen((void *)groups_text, strlen(groups_text), "r");
    char err[128];
    assert_int_equal(se_groups_read(f, "g.tsv", g, err, sizeof err), 0);
    fclose(f);
}

static void test_groups_merge_and_dedupe(void **state) {
    (void)state;
    se_groups g;
    read_groups(&g);
    assert_int_equal(g.entries, 5);
    assert_int_equal(g.n_groups, 4);
    assert_int_equal(g.n_forms, 10);
    const char *want[] = {"рука", "рук", "руки", "рукою", "рукав", "рукава", "руки", "рукою", "ріка", "ріки"};
    for (size_t i = 0; i < 10; i++)
        assert_string_equal(se_groups_form(&g, i), want[i]);
    assert_int_equal(g.start[1], 4);
    assert_int_equal(g.start[2], 6);
    assert_int_equal(g.start[3], 8);
    se_groups_free(&g);
}

static void test_paice_counts(void **state) {
    (void)state;
    se_groups g;
    read_groups(&g);
    se_paice p;
    /* Truncation to 3: every form of the three "рук" groups stems to рук, ріка and ріки to рік.
     * Within: 6 + 1 + 1 + 1 = 9 pairs, none split. Between: (10^2 - 4^2 - 2^2 - 2^2 - 2^2) / 2 = 36
     * pairs, less the 2 made of one spelling twice (руки, рукою) = 34. Of those, рук joins
     * (8^2 - 4^2 - 2^2 - 2^2) / 2 = 20, less the same 2 = 18. */
    size_t three = 3;
    se_stemmer t3 = se_stemmer_truncate(&three, "truncate-3");
    assert_int_equal(se_paice_eval(&g, &t3, &p), 0);
    assert_int_equal(p.gdmt, 9);
    assert_int_equal(p.gumt, 0);
    assert_int_equal(p.gdnt, 34);
    assert_int_equal(p.gwmt, 18);
    assert_int_equal(p.shared_pairs, 2);
    assert_int_equal(p.stems, 2);
    assert_float_equal(p.ui, 0.0, 1e-12);
    assert_float_equal(p.oi, 18.0 / 34.0, 1e-12);
    assert_float_equal(p.precision, 9.0 / 27.0, 1e-12);
    assert_float_equal(p.recall, 1.0, 1e-12);
    assert_float_equal(p.f1, 2 * (1.0 / 3.0) / (1.0 / 3.0 + 1.0), 1e-12);
    /* No stemming: every within pair split, no overstemming at all (the shared spellings are out). */
    se_stemmer id = se_stemmer_identity();
    assert_int_equal(se_paice_eval(&g, &id, &p), 0);
    assert_int_equal(p.gumt, 9);
    assert_int_equal(p.gwmt, 0);
    assert_int_equal(p.stems, 8);
    assert_float_equal(p.ui, 1.0, 1e-12);
    assert_float_equal(p.oi, 0.0, 1e-12);
    assert_float_equal(p.recall, 0.0, 1e-12);
    se_groups_free(&g);
}

static void test_empty_groups(void **state) {
    (void)state;
    FILE *f = fmemopen((void *)"\n", 1, "r");
    se_groups g;
    char err[128];
    assert_int_equal(se_groups_read(f, "empty.tsv", &g, err, sizeof err), 0);
    fclose(f);
    assert_int_equal(g.n_groups, 0);
    assert_int_equal(g.n_forms, 0);
    se_stemmer id = se_stemmer_identity();
    se_paice p;
    assert_int_equal(se_paice_eval(&g, &id, &p), 0);
    assert_int_equal(p.gdmt + p.gdnt + p.stems, 0);
    assert_float_equal(p.ui + p.oi + p.f1, 0.0, 1e-12);
    se_groups_free(&g);
    f = fmemopen((void *)"\tруки\n", strlen("\tруки\n"), "r");
    assert_int_equal(se_groups_read(f, "bad.tsv", &g, err, sizeof err), -1);
    fclose(f);
    assert_string_equal(err, "bad.tsv:1: a line without a lemma");
}

static void test_poshuk_stemmer_is_called(void **state) {
    (void)state;
    se_stemmer st = se_stemmer_poshuk();
    assert_non_null(st.state);
    assert_string_equal(st.name, "poshuk");
    size_t len;
    const char *s = st.stem(st.state, "2025", 4, &len);
    assert_int_equal(len, 4); /* digits are never stemmed */
    assert_memory_equal(s, "2025", 4);
    se_stemmer_poshuk_free(&st);
    assert_null(st.state);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lower_and_utf8),
        cmocka_unit_test(test_condition_is_per_character),
        cmocka_unit_test(test_flag_syntaxes),
        cmocka_unit_test(test_expand_suffix_prefix_cross),
        cmocka_unit_test(test_rule_that_looks_like_a_header),
        cmocka_unit_test(test_aliases_needaffix_forbidden),
        cmocka_unit_test(test_aff_errors),
        cmocka_unit_test(test_dic_line),
        cmocka_unit_test(test_split_is_fixed),
        cmocka_unit_test(test_groups_merge_and_dedupe),
        cmocka_unit_test(test_paice_counts),
        cmocka_unit_test(test_empty_groups),
        cmocka_unit_test(test_poshuk_stemmer_is_called),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
