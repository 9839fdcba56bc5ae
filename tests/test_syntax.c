/* poshuk_query_check: every input Xapian 1.4's QueryParser rejects or silently reads as plain words,
 * with the exact byte offset and message the checker gives; the stricter rules poshuk adds; and
 * the queries that must pass (Ukrainian words, apostrophes, phrases, fields, operators). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "syntax/syntax.h"

typedef struct {
    const char *query;
    size_t offset;
    const char *message;
} bad_case;

static void expect_bad(const bad_case *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        size_t offset = 999;
        const char *message = NULL;
        int ok = poshuk_query_check(cases[i].query, &offset, &message);
        if (ok || offset != cases[i].offset || !message || strcmp(message, cases[i].message) != 0)
            print_error("query [%s]: expected %zu \"%s\", got %s %zu \"%s\"\n", cases[i].query,
                        cases[i].offset, cases[i].message, ok ? "ok" : "error", offset,
                        message ? message : "(null)");
        assert_int_equal(ok, 0);
        assert_int_equal(offset, cases[i].offset);
        assert_non_null(message);
        assert_string_equal(message, cases[i].message);
    }
}

static void expect_good(const char *const *queries, size_t n) {
    for (size_t i = 0; i < n; i++) {
        size_t offset = 999;
        const char *message = "untouched";
        int ok = poshuk_query_check(queries[i], &offset, &message);
        if (!ok)
            print_error("query [%s]: expected ok, got %zu \"%s\"\n", queries[i], offset, message);
        assert_int_equal(ok, 1);
        assert_int_equal(offset, 0);
        assert_null(message);
    }
}

#define BAD(...)                                                                                             \
    do {                                                                                                     \
        static const bad_case cases[] = {__VA_ARGS__};                                                       \
        expect_bad(cases, sizeof cases / sizeof cases[0]);                                                   \
    } while (0)

#define GOOD(...)                                                                                            \
    do {                                                                                                     \
        static const char *const queries[] = {__VA_ARGS__};                                                  \
        expect_good(queries, sizeof queries / sizeof queries[0]);                                            \
    } while (0)

/* Xapian throws "Syntax: <expression> AND <expression>" and the like for all of these. */
static void test_operator_without_operand(void **state) {
    (void)state;
    BAD({"foo AND", 4, "AND needs a word on its right"}, {"AND foo", 0, "AND needs a word on its left"},
        {"AND", 0, "AND needs a word on its left"}, {"foo OR", 4, "OR needs a word on its right"},
        {"OR foo", 0, "OR needs a word on its left"}, {"foo XOR", 4, "XOR needs a word on its right"},
        {"XOR foo", 0, "XOR needs a word on its left"}, {"foo NOT", 4, "NOT needs a word on its right"},
        {"NOT", 0, "NOT needs a word on its right"}, {"foo AND OR bar", 4, "AND needs a word on its right"},
        {"foo OR AND bar", 7, "AND needs a word on its left"},
        {"foo AND AND bar", 4, "AND needs a word on its right"},
        {"(foo AND)", 5, "AND needs a word on its right"}, {"(AND foo)", 1, "AND needs a word on its left"},
        {"foo OR (AND bar)", 8, "AND needs a word on its left"},
        {"(foo OR) bar", 5, "OR needs a word on its right"},
        {"foo AND NOT", 8, "NOT needs a word on its right"},
        {"AND NOT foo", 0, "AND needs a word on its left"},
        {"NOT NOT foo", 0, "NOT needs a word on its right"},
        {"foo NOT NOT bar", 4, "NOT needs a word on its right"},
        {"foo AND ()", 4, "AND needs a word on its right"}, {"foo AND (", 4, "AND needs a word on its right"},
        {"\"foo\" AND", 6, "AND needs a word on its right"}, {"AND-foo", 0, "AND needs a word on its left"},
        {"AND\"foo\"", 0, "AND needs a word on its left"},
        {"title:foo AND", 10, "AND needs a word on its right"},
        {"foo AND -", 4, "AND needs a word on its right"}, {"foo AND +", 4, "AND needs a word on its right"},
        /* bytes, not characters: "громада " is 15 bytes */
        {"громада AND", 15, "AND needs a word on its right"},
        /* a filter right after the broken operator would make Xapian drop everything before it */
        {"foo AND AND tag:x", 4, "AND needs a word on its right"},
        {"NEAR tag:x", 0, "NEAR needs a word on its left"});
}

/* Only AND may be followed by a -word; Xapian throws for the others. */
static void test_minus_after_operator(void **state) {
    (void)state;
    BAD({"foo OR -bar", 7, "OR cannot be followed by a -word; write OR NOT"},
        {"foo XOR -bar", 8, "XOR cannot be followed by a -word; write XOR NOT"},
        {"foo NOT -bar", 8, "NOT cannot be followed by a -word"},
        {"NOT -bar", 4, "NOT cannot be followed by a -word"},
        {"foo AND NOT -bar", 12, "NOT cannot be followed by a -word"},
        {"(foo AND -)", 9, "- needs a word right after it"});
}

/* Xapian reads these as plain words (NEAR becomes the word "near", and every other operator in the
 * query is switched off too). */
static void test_near_and_adj(void **state) {
    (void)state;
    BAD({"foo NEAR", 4, "NEAR needs a word on its right"}, {"NEAR foo", 0, "NEAR needs a word on its left"},
        {"NEAR", 0, "NEAR needs a word on its left"}, {"foo ADJ", 4, "ADJ needs a word on its right"},
        {"ADJ foo", 0, "ADJ needs a word on its left"},
        {"foo NEAR NEAR bar", 4, "NEAR needs a word on its right"},
        {"foo NEAR AND bar", 4, "NEAR needs a word on its right"},
        {"\"a b\" NEAR c", 6, "NEAR needs a single word on its left"},
        {"foo NEAR \"a b\"", 4, "NEAR needs a single word on its right"},
        {"(foo) NEAR bar", 6, "NEAR needs a single word on its left"},
        {"foo NEAR (bar)", 4, "NEAR needs a single word on its right"},
        {"foo-bar NEAR baz", 8, "NEAR needs a single word on its left"},
        {"foo NEAR bar-baz", 4, "NEAR needs a single word on its right"},
        {"foo NEAR +bar", 4, "NEAR needs a single word on its right"},
        {"foo NEAR -bar", 4, "NEAR needs a single word on its right"},
        {"foo NEAR tag:x", 4, "NEAR needs a single word on its right"},
        {"tag:x NEAR bar", 6, "NEAR needs a single word on its left"},
        {"foo bar NEAR baz", 8, "NEAR with other words beside it needs parentheses, as in a (b NEAR c)"},
        {"foo NEAR bar baz", 4, "NEAR with other words beside it needs parentheses, as in a (b NEAR c)"},
        {"foo bar ADJ baz", 8, "ADJ with other words beside it needs parentheses, as in a (b ADJ c)"},
        {"foo NEAR bar ADJ baz", 13, "NEAR and ADJ cannot be chained together"},
        {"foo NEAR/x bar", 4, "NEAR/ needs a distance in words, such as NEAR/3"},
        {"foo NEAR/0 bar", 4, "NEAR/ needs a distance in words, such as NEAR/3"},
        {"foo NEAR/ bar", 4, "NEAR/ needs a distance in words, such as NEAR/3"},
        {"foo ADJ/3x bar", 4, "ADJ/ needs a distance in words, such as ADJ/3"},
        {"(foo NEAR/3)", 5, "NEAR needs a word on its right"});
}

/* Xapian closes an unclosed "(" at the end and reads a stray ")" by switching every operator off;
 * poshuk rejects both. */
static void test_parentheses(void **state) {
    (void)state;
    static char deep[256];
    memset(deep, '(', 101);
    strcpy(deep + 101, "x");
    memset(deep + 102, ')', 101);
    deep[203] = '\0';
    BAD({"(foo", 0, "unclosed parenthesis"}, {"((foo)", 0, "unclosed parenthesis"},
        {"(a (b)", 0, "unclosed parenthesis"}, {"foo (bar OR baz", 4, "unclosed parenthesis"},
        {"title:(foo", 6, "unclosed parenthesis"}, {"foo)", 3, "closing parenthesis without an opening one"},
        {"(foo))", 5, "closing parenthesis without an opening one"},
        {"foo AND)", 7, "closing parenthesis without an opening one"},
        {"foo AND bar) OR baz", 11, "closing parenthesis without an opening one"},
        {"(())", 0, "parentheses with nothing inside"}, {"title:()", 6, "parentheses with nothing inside"},
        /* Xapian takes "(" glued to a word as punctuation, so the ")" closes nothing */
        {"foo(bar)", 3, "an opening parenthesis needs a space before it"},
        {"(foo(bar))", 4, "an opening parenthesis needs a space before it"});
    size_t offset = 0;
    const char *message = NULL;
    assert_int_equal(poshuk_query_check(deep, &offset, &message), 0);
    assert_int_equal(offset, 100);
    assert_string_equal(message, "parentheses nested too deeply");
}

static void test_quotes(void **state) {
    (void)state;
    BAD({"\"foo bar", 0, "unclosed quote"}, {"foo \"bar", 4, "unclosed quote"},
        {"\"foo\" \"bar", 6, "unclosed quote"}, {"title:\"foo", 6, "unclosed quote"},
        {"tag:\"foo", 4, "unclosed quote"}, {"tag:\"", 4, "unclosed quote"},
        {"\"-\"", 0, "quotes with nothing inside"}, {"foo \"()\" bar", 4, "quotes with nothing inside"},
        /* „ is not a quote to Xapian, so “ opens a phrase that never closes: U+201E is 3 bytes and
         * "вибори" 12 */
        {"„вибори“ бюджет", 15, "unclosed quote"});
}

/* Xapian searches "tag:" with nothing after it as the word "tag". */
static void test_empty_field_value(void **state) {
    (void)state;
    BAD({"tag:", 0, "tag: needs a value"}, {"foo tag:", 4, "tag: needs a value"},
        {"tag: foo", 0, "tag: needs a value"}, {"(tag:)", 1, "tag: needs a value"},
        {"tag:\"\"", 0, "tag: needs a value"}, {"TAG:", 0, "tag: needs a value"},
        {"Tag: x", 0, "tag: needs a value"}, {"oblast:", 0, "oblast: needs a value"},
        {"hromada:", 0, "hromada: needs a value"}, {"source:", 0, "source: needs a value"},
        {"lang:", 0, "lang: needs a value"}, {"title:", 0, "title: needs a value"},
        {"title: вибори", 0, "title: needs a value"}, {"title:,foo", 0, "title: needs a value"},
        {"вибори Oblast:\t", 13, "oblast: needs a value"});
}

/* Xapian cannot search for -words alone, and reads such queries as plain words: "-foo" would find
 * exactly the articles with foo. */
static void test_plus_and_minus(void **state) {
    (void)state;
    BAD({"-foo", 0, "a word with - needs other words beside it (or write NOT before the word)"},
        {"-foo -bar", 0, "a word with - needs other words beside it (or write NOT before the word)"},
        {"foo (-bar)", 5, "a word with - needs other words beside it (or write NOT before the word)"},
        {"-tag:x", 0, "a word with - needs other words beside it (or write NOT before the word)"},
        {"-\"a b\"", 0, "a word with - needs other words beside it (or write NOT before the word)"},
        {"-bar OR foo", 0, "a word with - needs other words beside it (or write NOT before the word)"},
        {"foo +AND bar", 4, "+ needs a word right after it"},
        {"foo -OR bar", 4, "- needs a word right after it"}, {"foo +\"", 4, "+ needs a word right after it"});
}

static void test_bad_utf8(void **state) {
    (void)state;
    BAD({"foo \xff", 4, "the query is not valid UTF-8"}, {"\xd0", 0, "the query is not valid UTF-8"},
        {"вибори \xc0\xaf", 13, "the query is not valid UTF-8"},
        {"\xed\xa0\x80", 0, "the query is not valid UTF-8"});
}

/* The checker sees the query as poshuk's normaliser leaves it, as Xapian will. */
static void test_normalised_text(void **state) {
    (void)state;
    BAD({"foo AN\xc2\xad"
         "D",
         4, "AND needs a word on its right"},
        {"foo A\xcc\x81ND", 4, "AND needs a word on its right"});
    GOOD("foo AND`s", "foo AND\xc2\xb4s", "AND’s");
}

static void test_accepted(void **state) {
    (void)state;
    size_t offset = 5;
    const char *message = "untouched";
    assert_int_equal(poshuk_query_check(NULL, &offset, &message), 1);
    assert_int_equal(offset, 0);
    assert_null(message);
    assert_int_equal(poshuk_query_check("foo AND", NULL, NULL), 0);

    GOOD("", "   ", "\t\n", "громада бюджет", "вибори", "Харківська область", "п’ять", "пʼять", "п'ять",
         "д’Артаньян", "\"a phrase\"", "“вибори до ради”", "\"Івано-Франківська область\"", "-minus +plus",
         "foo -bar", "+foo", "foo -\"a b\"", "title:вибори", "oblast:\"Харківська область\"", "tag:бюджет",
         "TAG:x", "Tag:x", "hromada:\"Харківська громада\" бюджет", "source:ukrinform lang:uk",
         "tag:\"a\"\"b\"", "tag:“x y”", "foo AND bar", "foo OR bar", "NOT foo", "foo AND NOT bar",
         "foo AND -bar", "foo AND -\"a b\"", "foo OR NOT bar", "foo XOR bar", "foo NOT bar",
         "NOT foo NOT bar", "foo OR NOT bar AND baz", "(foo OR bar) AND baz", "foo (bar NEAR baz)",
         "(foo NEAR bar) baz", "foo NEAR bar", "foo NEAR/3 bar", "foo ADJ bar", "foo ADJ/2 bar",
         "foo NEAR bar NEAR baz", "+foo NEAR bar", "title:foo NEAR bar", "foo NEAR bar AND baz",
         "foo NEAR bar -baz", "foo NEAR bar \"baz\"", "foo NEAR bar tag:x", "foo:bar", "C++ AND C#",
         "A.N.D. foo", "foo and bar", "foo near bar", "foo-AND", "tag:AND", "title:AND", "foo \"",
         "foo \"\" bar", "foo ()", "foo(bar", "title:(foo bar)", "title:\"foo bar\"", "foo AND tag:x",
         "tag:x OR tag:y", "1,000 AND 2.5", "\"a\"\"b\"", "„вибори“", "foo AND,-bar", "(NOT foo)",
         "foo (NOT bar)", "-foo bar", "tag:x -foo", "-foo +bar", "(foo) -bar", "foo AND+ bar", "foo AND’s");
}

/* A query of lower-case words, digits and spaces only is accepted without being tokenised (syntax.c);
 * anything else beside them (an operator in capitals, U+0482, which is no word character) takes the
 * full check, and a query too long for the tokens' stack room (about 60 characters) takes a heap
 * block: the errors and their offsets are the same on every path. */
static void test_plain_words_and_long_queries(void **state) {
    (void)state;
    GOOD("бюджет громади 2025", "ґрунт їжак єдність", "foo and or not near bar", "бюджет \xd2\x82 громади");
    BAD({"бюджет громади AND", 28, "AND needs a word on its right"},
        {"громада громада громада громада громада громада громада громада громада громада AND", 150,
         "AND needs a word on its right"},
        {"AND громада громада громада громада громада громада громада громада громада громада", 0,
         "AND needs a word on its left"});
    char long_query[4096] = "";
    for (int i = 0; i < 200; i++)
        strcat(long_query, "громада ");
    strcat(long_query, "OR");
    size_t offset = 0;
    const char *message = NULL;
    assert_int_equal(poshuk_query_check_flags(long_query, POSHUK_QCHECK_PARTIAL, &offset, &message), 0);
    assert_int_equal(offset, 200 * 15);
    assert_string_equal(message, "OR needs a word on its right");
    long_query[200 * 15 - 1] = '\0'; /* the same words without the operator */
    assert_int_equal(poshuk_query_check_flags(long_query, POSHUK_QCHECK_PARTIAL, &offset, &message), 1);
    assert_int_equal(poshuk_query_check_flags(long_query, 0, &offset, &message), 1);
}

/* =word and ="words" (exact forms; also title:=…): what may not follow the "=", and that an exact
 * part counts as a phrase in the grammar. */
static void test_exact_errors(void **state) {
    (void)state;
    BAD({"=", 0, "= needs a word or a phrase in quotes right after it"},
        {"громада =", 15, "= needs a word or a phrase in quotes right after it"},
        {"= громади", 0, "= needs a word or a phrase in quotes right after it"},
        {"==громади", 0, "= needs a word or a phrase in quotes right after it"},
        {"=-громади", 0, "= needs a word or a phrase in quotes right after it"},
        {"+=", 1, "= needs a word or a phrase in quotes right after it"},
        {"title:=", 6, "= needs a word or a phrase in quotes right after it"}, {"=\"", 1, "unclosed quote"},
        {"бюджет =\"бюджету громади", 14, "unclosed quote"}, {"title:=\"бюджету", 7, "unclosed quote"},
        {"=\"\"", 1, "quotes with nothing inside"},
        {"=AND громада", 0, "= cannot go before an operator; for the word itself write it in lower case"},
        {"громада =OR бюджет", 15,
         "= cannot go before an operator; for the word itself write it in lower case"},
        {"title:=NOT", 6, "= cannot go before an operator; for the word itself write it in lower case"},
        {"=(громади OR громада)", 0, "= cannot go before a bracket; put it before each word or phrase"},
        {"title:=(громади)", 6, "= cannot go before a bracket; put it before each word or phrase"},
        {"=tag:бюджет", 0, "= cannot go before a field; for the title write title:=word"},
        {"=title:громади", 0, "= cannot go before a field; for the title write title:=word"},
        {"=громад*", 0, "= and * cannot go together: = asks for one form of a word, * for many"},
        {"=\"бюджету громади\" NEAR школа", 33, "NEAR needs a single word on its left"},
        {"школа ADJ =громади", 11, "ADJ needs a single word on its right"},
        {"=громади)", 15, "closing parenthesis without an opening one"},
        {"=a =b =c =d =e =f =g =h =i =j =k =l =m =n =o =p =q", 48,
         "a query may hold at most 16 exact forms (=)"});
    GOOD("=громади", "=\"бюджету громади\"", "=“бюджету громади”", "title:=громади",
         "title:=\"бюджету громади\"", "TITLE:=громади", "бюджет =громади", "+=громади бюджет",
         "бюджет -=громади", "бюджет NOT =громади", "NOT =громади", "=громади OR =громада",
         "(=громади) бюджет", "=громади-учасниці", "=п’ять", "=and", "=C++", "=громади tag:бюджет",
         "=a =b =c =d =e =f =g =h =i =j =k =l =m =n =o =p",
         /* "=" inside a word or a phrase is punctuation, as it always was */
         "a=b", "\"бюджету =громади\"", "громади=");
}

/* Where poshuk_query_exact_parts finds the parts, in the text as typed. */
static void test_exact_parts(void **state) {
    (void)state;
    poshuk_query_exact parts[4];
    const char *q = "бюджет =громади OR title:=\"бюджету громади\" =Харків-Полтава \"=ні\"";
    assert_int_equal(poshuk_query_exact_parts(q, 0, parts, 4), 3);
    assert_int_equal(parts[0].from, 13);
    assert_int_equal(parts[0].start, 14);
    assert_int_equal(parts[0].end, 28);
    assert_int_equal(parts[0].quoted, 0);
    assert_int_equal(parts[0].title, 0);
    assert_int_equal(parts[1].from, 32);
    assert_int_equal(parts[1].start, 39);
    assert_int_equal(parts[1].end, 70);
    assert_int_equal(parts[1].quoted, 1);
    assert_int_equal(parts[1].title, 1);
    assert_int_equal(parts[2].from, 71);
    assert_int_equal(parts[2].start, 72);
    assert_int_equal(parts[2].end, 99);
    assert_int_equal(parts[2].quoted, 0);
    assert_int_equal(parts[2].title, 0);
    /* Counted even when they do not fit, and none in a query without them. */
    assert_int_equal(poshuk_query_exact_parts(q, 0, parts, 1), 3);
    assert_int_equal(poshuk_query_exact_parts("бюджету громади", 0, parts, 4), 0);
    assert_int_equal(poshuk_query_exact_parts(NULL, 0, parts, 4), 0);
    /* With --partial an exact last word stays whole: it is a phrase, not a prefix. */
    poshuk_query_word words[2];
    assert_int_equal(poshuk_query_words("бюджет =громад", POSHUK_QCHECK_PARTIAL, words, 2), 2);
    assert_int_equal(words[1].kind, POSHUK_QWORD_PLAIN);
    assert_int_equal(poshuk_query_words("бюджет громад", POSHUK_QCHECK_PARTIAL, words, 2), 2);
    assert_int_equal(words[1].kind, POSHUK_QWORD_PARTIAL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_operator_without_operand),
        cmocka_unit_test(test_plain_words_and_long_queries),
        cmocka_unit_test(test_minus_after_operator),
        cmocka_unit_test(test_near_and_adj),
        cmocka_unit_test(test_parentheses),
        cmocka_unit_test(test_quotes),
        cmocka_unit_test(test_empty_field_value),
        cmocka_unit_test(test_plus_and_minus),
        cmocka_unit_test(test_bad_utf8),
        cmocka_unit_test(test_normalised_text),
        cmocka_unit_test(test_accepted),
        cmocka_unit_test(test_exact_errors),
        cmocka_unit_test(test_exact_parts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
