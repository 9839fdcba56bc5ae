/* The query language beyond Xapian's defaults, in the syntax checker: word* wildcards, the partial
 * last word, the date: field and its values (syntax/syntax_date.h), and poshuk_query_words, which
 * tells the shim where each word of a query is and what kind it is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "syntax/syntax.h"
#include "syntax/syntax_date.h"

static void check_query(const char *query, unsigned flags, int ok, size_t offset, const char *message) {
    size_t got_offset = 999;
    const char *got_message = NULL;
    int got = poshuk_query_check_flags(query, flags, &got_offset, &got_message);
    if (got != ok || (!ok && (got_offset != offset || strcmp(got_message, message) != 0)))
        print_error("query [%s]: expected %s %zu \"%s\", got %s %zu \"%s\"\n", query, ok ? "ok" : "error",
                    offset, message ? message : "", got ? "ok" : "error", got_offset,
                    got_message ? got_message : "");
    assert_int_equal(got, ok);
    if (!ok) {
        assert_int_equal(got_offset, offset);
        assert_string_equal(got_message, message);
    }
}

#define GOOD(q)              check_query(q, 0, 1, 0, NULL)
#define BAD(q, off, msg)     check_query(q, 0, 0, off, msg)
#define GOOD_PARTIAL(q)      check_query(q, POSHUK_QCHECK_PARTIAL, 1, 0, NULL)
#define BAD_PARTIAL(q, o, m) check_query(q, POSHUK_QCHECK_PARTIAL, 0, o, m)

static const char msg_bad_date[] =
    "date: takes a year, a month or a day (2025, 2025-07, 2025-07-03) or a range such as 2025-01..2025-06";

static void test_wildcards(void **state) {
    (void)state;
    GOOD("громад*");
    GOOD("громад* бюджет");
    GOOD("бюджет громад*");
    GOOD("бюджет громад* OR school*");
    GOOD("+громад* -бюджет");
    GOOD("title:підзем*");
    GOOD("(громад* OR бюдж*) AND школ*");
    GOOD("a*b");                /* a word character after the star: two words */
    GOOD("\"громад* бюджет\""); /* inside quotes the star is punctuation */
    GOOD("foo-bar*");           /* after a hyphenated phrase too */
    GOOD("*");
    /* A wildcard is not a single word: NEAR and ADJ take words. */
    BAD("громад* NEAR бюджет", 14, "NEAR needs a single word on its left");
    BAD("бюджет NEAR громад*", 13, "NEAR needs a single word on its right");
    BAD("бюджет ADJ громад*", 13, "ADJ needs a single word on its right");
}

static void test_partial(void **state) {
    (void)state;
    GOOD_PARTIAL("громада бюдж");
    GOOD_PARTIAL("бюдж");
    GOOD_PARTIAL("title:підз");
    GOOD_PARTIAL("громада бюджет "); /* white space after the last word: no partial word at all */
    /* In quotes the last word is a phrase word; an unclosed quote is reported as always. */
    BAD_PARTIAL("\"громада бюдж", 0, "unclosed quote");
    BAD_PARTIAL("громада \"бюдж", 15, "unclosed quote");
    /* The partial word is no single word either: NEAR before it fails only with the flag. */
    GOOD("громада NEAR бюдж");
    BAD_PARTIAL("громада NEAR бюдж", 15, "NEAR needs a single word on its right");
}

static void test_date_field(void **state) {
    (void)state;
    GOOD("date:2025");
    GOOD("date:2025-07");
    GOOD("date:2025-07-03");
    GOOD("date:03.07.2025");
    GOOD("date:2025-01..2025-06 бюджет");
    GOOD("бюджет date:2025..");
    GOOD("бюджет date:..2024-12");
    GOOD("DATE:2025 Date:2024");
    GOOD("date:\"2025-01..2025-06\"");
    GOOD("бюджет NOT date:2024");
    GOOD("вибори... бюджет"); /* ".." outside date: is punctuation, not a range */
    GOOD("1..5");
    BAD("date:2025-13 бюджет", 0, msg_bad_date);
    BAD("бюджет date:липень", 13, msg_bad_date);
    BAD("бюджет date:..", 13, msg_bad_date);
    BAD("бюджет date:2025...2026", 13, msg_bad_date);
    BAD("бюджет date:2025-09..2025-01", 13, "date: the range ends before it starts");
    BAD("бюджет date:", 13, "date: needs a value");
}

static void test_date_values(void **state) {
    (void)state;
    int32_t from, to;
    assert_int_equal(poshuk_date_value_range("2025", &from, &to), POSHUK_DATE_VALUE_OK);
    assert_int_equal(from, 20250101);
    assert_int_equal(to, 20251231);
    assert_int_equal(poshuk_date_value_range("2024-02", &from, &to), POSHUK_DATE_VALUE_OK);
    assert_int_equal(from, 20240201);
    assert_int_equal(to, 20240229);
    assert_int_equal(poshuk_date_value_range("2025-01..2025-06", &from, &to), POSHUK_DATE_VALUE_OK);
    assert_int_equal(from, 20250101);
    assert_int_equal(to, 20250630);
    assert_int_equal(poshuk_date_value_range("03.07.2025..", &from, &to), POSHUK_DATE_VALUE_OK);
    assert_int_equal(from, 20250703);
    assert_int_equal(to, 0);
    assert_int_equal(poshuk_date_value_range("..2024", &from, &to), POSHUK_DATE_VALUE_OK);
    assert_int_equal(from, 0);
    assert_int_equal(to, 20241231);
    assert_int_equal(poshuk_date_value_range("2025-07..2025-07", &from, &to), POSHUK_DATE_VALUE_OK);
    assert_int_equal(from, 20250701);
    assert_int_equal(to, 20250731);
    assert_int_equal(poshuk_date_value_check(".."), POSHUK_DATE_VALUE_BAD);
    assert_int_equal(poshuk_date_value_check(""), POSHUK_DATE_VALUE_BAD);
    assert_int_equal(poshuk_date_value_check("2025-02-30"), POSHUK_DATE_VALUE_BAD);
    assert_int_equal(poshuk_date_value_check("2025-06..2025-01"), POSHUK_DATE_VALUE_BACKWARDS);
    /* A range of one day is not backwards; the day before its start is. */
    assert_int_equal(poshuk_date_value_range("2025-03-01..2025-03-01", &from, &to), POSHUK_DATE_VALUE_OK);
    assert_int_equal(from, 20250301);
    assert_int_equal(to, 20250301);
    assert_int_equal(poshuk_date_value_check("2025-03-01..2025-02-28"), POSHUK_DATE_VALUE_BACKWARDS);
}

static void expect_words(const char *query, unsigned flags, const char *want) {
    poshuk_query_word words[16];
    size_t n = poshuk_query_words(query, flags, words, 16);
    char got[256] = "";
    for (size_t i = 0; i < n && i < 16; i++) {
        char one[64];
        static const char kinds[] = {'w', '*', '~'};
        snprintf(one, sizeof one, "%s%c%.*s", i ? " " : "", kinds[words[i].kind],
                 (int)(words[i].end - words[i].start), query + words[i].start);
        strncat(got, one, sizeof got - strlen(got) - 1);
    }
    if (strcmp(got, want) != 0)
        print_error("query [%s]: words [%s], expected [%s]\n", query, got, want);
    assert_string_equal(got, want);
}

/* w: a plain word, *: the word of a wildcard, ~: the partial last word. */
static void test_words(void **state) {
    (void)state;
    expect_words("громада AND бюджет", 0, "wгромада wбюджет");
    expect_words("громад* -бюджет tag:освіта oblast:\"Харківська область\"", 0, "*громад wбюджет");
    expect_words("\"підземну школу\" title:ремонт", 0, "wпідземну wшколу wремонт");
    expect_words("п'ять шкіл-ліцеїв", 0, "wп'ять wшкіл wліцеїв");
    expect_words("громада бюдж", POSHUK_QCHECK_PARTIAL, "wгромада ~бюдж");
    expect_words("громада бюдж", 0, "wгромада wбюдж");
    expect_words("date:2025 ltwtynhfkspfwsz", 0, "wltwtynhfkspfwsz");
    assert_int_equal(poshuk_query_words(NULL, 0, NULL, 0), 0);
    assert_int_equal(poshuk_query_words("a b c", 0, NULL, 0), 3); /* counts without room */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wildcards),   cmocka_unit_test(test_partial), cmocka_unit_test(test_date_field),
        cmocka_unit_test(test_date_values), cmocka_unit_test(test_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
