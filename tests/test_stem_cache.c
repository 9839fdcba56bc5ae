/* The stemmer's memo (xapian/poshuk_stem.h): the same stems as the stemmer itself, a repeated word
 * found in the memo, the memo bounded (cleared when full, but never inside a document, whose words the
 * indexer still points at), and the record of the words TermGenerator indexed, split as it splits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "stemmers/analysis.h"
#include "xapian/stem_cache_test.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static char out[4096];

static void test_same_stems_as_the_stemmer(void **state) {
    (void)state;
    static const char *const words[] = {"громадами", "школярі", "kharkiv's", "schools", "2025", "ab1"};
    for (size_t i = 0; i < N(words); ++i) {
        poshuk_stemmer *st = poshuk_stemmer_new();
        assert_non_null(st);
        size_t len = 0;
        const char *stem = poshuk_stemmer_stem(st, words[i], strlen(words[i]), &len);
        char expected[256];
        snprintf(expected, sizeof expected, "%s=%.*s miss 1; %s=%.*s hit 1", words[i], (int)len, stem,
                 words[i], (int)len, stem);
        poshuk_stemmer_delete(st);
        const char *ops[] = {words[i], words[i]};
        assert_int_not_equal(poshuk_shim_stem_cache_test(16, ops, N(ops), out, sizeof out), 0);
        assert_string_equal(out, expected);
    }
}

static void test_repeats_are_hits(void **state) {
    (void)state;
    const char *ops[] = {"школа", "школи", "школа", "school", "школи"};
    poshuk_shim_stem_cache_test(16, ops, N(ops), out, sizeof out);
    assert_string_equal(out, "школа=школ miss 1; школи=школ miss 2; школа=школ hit 2; school=school miss 3; "
                             "школи=школ hit 3");
}

/* Outside a document a new word that would pass the capacity clears the memo first. */
static void test_cleared_when_full(void **state) {
    (void)state;
    const char *ops[] = {"рада", "ради", "раді", "рада"};
    poshuk_shim_stem_cache_test(2, ops, N(ops), out, sizeof out);
    assert_string_equal(out, "рада=рад miss 1; ради=рад miss 2; раді=рад miss 1; рада=рад miss 2");
}

/* Inside a document the memo only grows; the next document (or the next word outside one) clears it. */
static void test_kept_whole_inside_a_document(void **state) {
    (void)state;
    const char *ops[] = {"[", "рада", "ради", "раді", "рада", "]", "[", "ради", "]", "рада"};
    poshuk_shim_stem_cache_test(2, ops, N(ops), out, sizeof out);
    assert_string_equal(out,
                        "[ 0; рада=рад miss 1; ради=рад miss 2; раді=рад miss 3; рада=рад hit 3; ]; [ 0; "
                        "ради=рад miss 1; ]; рада=рад miss 2");
}

/* The record is TermGenerator's words: lower-cased, joined at apostrophes and at & between letters,
 * initials as one word, C++ with its suffix, a decimal number whole, a word over 64 bytes left out. */
static void test_record_is_termgenerators_split(void **state) {
    (void)state;
    const char *ops[] = {"tg:Пам'ять AT&T, U.S.A. C++ 3.14 "
                         "ааааааааааааааааааааааааааааааааа кінець"};
    poshuk_shim_stem_cache_test(64, ops, N(ops), out, sizeof out);
    assert_string_equal(out, "tg: пам'ять at&t usa c++ 3.14 кінець");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_stems_as_the_stemmer),
        cmocka_unit_test(test_repeats_are_hits),
        cmocka_unit_test(test_cleared_when_full),
        cmocka_unit_test(test_kept_whole_inside_a_document),
        cmocka_unit_test(test_record_is_termgenerators_split),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
