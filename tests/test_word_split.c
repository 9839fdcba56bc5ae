/* poshuk's word splitter (xapian/word_split.h) against the installed Xapian's TermGenerator: the same
 * words in the same order on hand-picked cases (each with its exact words) and on many random strings
 * made of the characters where the rules turn (capitals and dots, joiners between letters and between
 * digits, zero-width characters, + and #, marks, other scripts' digits and letters, broken UTF-8).
 * Also the capitalised words of the cross-script keys (xapian/words.h), fast against plain.
 * The index side splits with word_split.h and the query side with Xapian's QueryParser, so any
 * difference here would be a word the index holds that no query finds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "xapian/word_split_test.h"

static char out[8192];

static void expect_words(const char *text, const char *words) {
    const int agree = poshuk_shim_word_split_test(text, strlen(text), out, sizeof out);
    if (agree != 1)
        fail_msg("%s: %s", text, out);
    assert_string_equal(out, words);
}

static void test_letters_and_case(void **state) {
    (void)state;
    expect_words("Громада ухвалила Бюджет", "громада ухвалила бюджет");
    expect_words("  KYIV, Kharkiv; lviv.  ", "kyiv kharkiv lviv");
    expect_words("", "");
    expect_words(" .,;-- ", "");
    expect_words("snake_case a-b", "snake_case a b");
}

static void test_joiners(void **state) {
    (void)state;
    expect_words("пам'ять Пам\xE2\x80\x99ять don't", "пам'ять пам'ять don't");
    expect_words("AT&T M&S rock 'n' roll", "at&t m&s rock n roll");
    expect_words("3.14 1,000,000 10;20 1.a a.1 v1.2", "3.14 1,000,000 10;20 1 a a 1 v1.2");
    expect_words("zero\xE2\x80\x8Bwidth", "zerowidth");
    expect_words("end' 'start", "end start");
}

static void test_initials_and_suffixes(void **state) {
    (void)state;
    expect_words("U.S.A. U.N B.Cool I.B.M", "usa un b cool ibm");
    expect_words("A. I. U.S.a", "a i u s a");
    expect_words("C++ C# F## x+++++ a+b c++d", "c++ c# f## x a b c d");
}

/* The words the cross-script keys are made of: each_word's split (an apostrophe joins whatever
 * follows), capitalised ones only, with their length in characters. */
static void test_capitalised_words(void **state) {
    (void)state;
    const char *text = "Kharkiv's mayor Київ' ЗМІ dž İx 1Abc _Ab";
    assert_int_equal(poshuk_shim_capitalised_words_test(text, strlen(text), out, sizeof out), 1);
    assert_string_equal(out, "kharkiv's/9 київ'/5 змі/3 ix/2");
}

static void test_long_words(void **state) {
    (void)state;
    /* 32 Cyrillic letters (64 bytes) are a word; 33 are not. */
    expect_words("аааааааааааааааааааааааааааааааа ааааааааааааааааааааааааааааааааа б",
                 "аааааааааааааааааааааааааааааааа б");
}

/* A tiny generator of its own: the same strings on every run and machine. */
static uint32_t next_random(uint32_t *s) {
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

static void test_random_strings(void **state) {
    (void)state;
    static const char *const pieces[] = {"a",
                                         "b",
                                         "Z",
                                         "A",
                                         "B",
                                         "U",
                                         "я",
                                         "Я",
                                         "і",
                                         "Ї",
                                         "ß",
                                         "\xC7\x85" /* Dž, title case */,
                                         "\xC4\xB0" /* İ */,
                                         "0",
                                         "5",
                                         "\xD9\xA3" /* Arabic-Indic 3 */,
                                         "\xC2\xB2" /* ² */,
                                         "\xE2\x85\xA0" /* Roman numeral one */,
                                         " ",
                                         "  ",
                                         "\n",
                                         "\xC2\xA0" /* no-break space */,
                                         ".",
                                         ",",
                                         ";",
                                         ":",
                                         "-",
                                         "_",
                                         "'",
                                         "\xE2\x80\x99",
                                         "\xE2\x80\x9B",
                                         "\xCA\xBC" /* ʼ */,
                                         "&",
                                         "\xC2\xB7",
                                         "\xD7\xB4",
                                         "\xE2\x80\xA7",
                                         "\xE2\x80\x8B",
                                         "\xE2\x80\x8D",
                                         "\xE2\x81\xA0",
                                         "\xEF\xBB\xBF",
                                         "+",
                                         "#",
                                         "\xCC\x81" /* combining acute */,
                                         "\xE2\x81\x84" /* fraction slash */,
                                         "\xCD\xBE",
                                         "\xEF\xB8\x93",
                                         "\xD6\x89",
                                         "\xE4\xB8\xAD" /* CJK */,
                                         "\xF0\x9F\x98\x80" /* emoji */,
                                         "\xFF",
                                         "\xD0",
                                         "\x80",
                                         "аааааааааааааааааааааааааааааааа" /* 64 bytes */};
    const size_t n_pieces = sizeof pieces / sizeof pieces[0];
    uint32_t seed = 6;
    char text[1024];
    int differing = 0;
    for (int round = 0; round < 100000; ++round) {
        size_t len = 0;
        const uint32_t n = next_random(&seed) % 24;
        for (uint32_t i = 0; i < n; ++i) {
            const char *p = pieces[next_random(&seed) % n_pieces];
            const size_t l = strlen(p);
            memcpy(text + len, p, l);
            len += l;
        }
        if (poshuk_shim_word_split_test(text, len, out, sizeof out) != 1) {
            if (++differing <= 5)
                print_message("differs on \"%.*s\": %s\n", (int)len, text, out);
        }
        if (poshuk_shim_capitalised_words_test(text, len, out, sizeof out) != 1) {
            if (++differing <= 5)
                print_message("capitalised words differ on \"%.*s\": %s\n", (int)len, text, out);
        }
    }
    assert_int_equal(differing, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_letters_and_case),      cmocka_unit_test(test_joiners),
        cmocka_unit_test(test_initials_and_suffixes), cmocka_unit_test(test_long_words),
        cmocka_unit_test(test_capitalised_words),     cmocka_unit_test(test_random_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
