/* The formatters of poshuk-query on hand-built results, byte for byte: the text layout (80 columns,
 * titles cut with "…" inside Cyrillic, facet lines wrapped, missing fields), the JSON document
 * (null fields, facets present or left out) and the syntax error lines with the caret under a
 * multi-byte query. No index needed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "query/format.h"

/* Compares and frees; prints both texts when they differ, since cmocka shows only the first bytes. */
static void expect_text(char *got, const char *want) {
    assert_non_null(got);
    if (strcmp(got, want) != 0)
        print_error("got:\n%s\nwant:\n%s\n", got, want);
    assert_string_equal(got, want);
    free(got);
}

static const char *const tags1[] = {"бюджет", "громади"};
static const char *const tags2[] = {"освіта"};
static const char *const hromadas1[] = {"Харківська територіальна громада"};

static poshuk_hit sample_hits[] = {
    {.rank = 1,
     .score = 8.2139,
     .id = "ua-1",
     .title = "Бюджет громади на 2026 рік",
     .url = "https://example.org/1",
     .date = 20250703,
     .lang = "uk",
     .tags = tags1,
     .n_tags = 2,
     .oblast = "Харківська область",
     .hromadas = hromadas1,
     .n_hromadas = 1,
     .source = "Суспільне"},
    {.rank = 2,
     .score = 7.5,
     .id = "ua-2",
     .title = "Балтська громада затвердила старост після громадського обговорення кандидатур",
     .tags = tags2,
     .n_tags = 1},
    {.rank = 3, .score = 0.25, .id = "en-7", .date = 20240101, .oblast = "Київська область"},
    {.rank = 4, .score = 12.0, .id = "en-8", .title = "Tab\tin the title", .date = 20231231, .oblast = ""},
};

static poshuk_facet_value tag_values[] = {
    {"бюджет", 12}, {"децентралізація", 11},   {"відбудова", 8},
    {"освіта", 8},  {"енергоефективність", 6}, {"міжнародна співпраця", 6},
    {"вода", 4},    {"старости", 4},           {"цнап", 4},
    {"дороги", 3},
};
static poshuk_facet_value oblast_values[] = {
    {"Харківська область", 4},
    {"Дуже довга назва області яка не поміститься в одному рядку навіть сама по собі", 1},
};
static poshuk_facet_value year_values[] = {{"2023", 1}, {"2024", 2}, {"2025", 1}};

static poshuk_results sample(void) {
    poshuk_results r = {.total = 12, .hits = sample_hits, .n_hits = 4, .seconds = 0.25};
    r.facets[POSHUK_FACET_TAG] = (poshuk_facet){POSHUK_FACET_TAG, 1, tag_values, 10};
    r.facets[POSHUK_FACET_OBLAST] = (poshuk_facet){POSHUK_FACET_OBLAST, 1, oblast_values, 2};
    r.facets[POSHUK_FACET_HROMADA] = (poshuk_facet){POSHUK_FACET_HROMADA, 1, NULL, 0};
    r.facets[POSHUK_FACET_YEAR] = (poshuk_facet){POSHUK_FACET_YEAR, 1, year_values, 3};
    r.facets[POSHUK_FACET_MONTH] = (poshuk_facet){POSHUK_FACET_MONTH, 0, NULL, 0};
    return r;
}

/* Cut titles and lines, missing date, title, oblast and tags, score column widened by 12.000,
 * wrapped facets, a facet value cut before its count, an empty facet, an uncounted one left out. */
static void test_text_page(void **state) {
    (void)state;
    poshuk_results r = sample();
    poshuk_output_request req = {.query = "бюджет громади", .offset = 0, .limit = 4};
    expect_text(poshuk_format_text(&r, &req),
                "12 articles match “бюджет громади”, showing 1–4\n"
                " 1.   8.214  2025-07-03  Бюджет громади на 2026 рік\n"
                "             Харківська область · бюджет, громади\n"
                " 2.   7.500  no date     Балтська громада затвердила старост після громадського…\n"
                "             освіта\n"
                " 3.   0.250  2024-01-01  (no title: id en-7)\n"
                "             Київська область\n"
                " 4.  12.000  2023-12-31  Tab in the title\n"
                "\n"
                "Tags:    бюджет 12 · децентралізація 11 · відбудова 8 · освіта 8\n"
                "         енергоефективність 6 · міжнародна співпраця 6 · вода 4 · старости 4\n"
                "         цнап 4 · дороги 3\n"
                "Oblast:  Харківська область 4\n"
                "         Дуже довга назва області яка не поміститься в одному рядку навіть са… 1\n"
                "Hromada: (none)\n"
                "Year:    2023 1 · 2024 2 · 2025 1\n");
}

static void test_text_headers(void **state) {
    (void)state;
    poshuk_results none = {.total = 0};
    none.facets[POSHUK_FACET_TAG] = (poshuk_facet){POSHUK_FACET_TAG, 1, NULL, 0};
    poshuk_output_request req = {.query = "zzz", .limit = 10};
    expect_text(poshuk_format_text(&none, &req), "No articles match “zzz”\n");
    req.query = NULL;
    expect_text(poshuk_format_text(&none, &req), "No articles\n");

    poshuk_hit one_hit = {.rank = 1, .score = 1.0, .id = "a", .title = "Title", .date = 20250703};
    poshuk_results one = {.total = 1, .hits = &one_hit, .n_hits = 1};
    req.query = "слово";
    expect_text(poshuk_format_text(&one, &req), "1 article matches “слово”\n"
                                                " 1.  1.000  2025-07-03  Title\n");
    req.query = "  ";
    expect_text(poshuk_format_text(&one, &req), "1 article\n"
                                                " 1.  1.000  2025-07-03  Title\n");

    poshuk_results counts = {.total = 12};
    counts.facets[POSHUK_FACET_YEAR] = (poshuk_facet){POSHUK_FACET_YEAR, 1, year_values, 3};
    req.query = NULL;
    req.limit = 0;
    expect_text(poshuk_format_text(&counts, &req), "12 articles, none shown\n"
                                                   "\n"
                                                   "Year:    2023 1 · 2024 2 · 2025 1\n");

    /* The last page: ranks 99 and 100 widen the rank column. */
    poshuk_hit last[] = {
        {.rank = 99, .score = 0.5, .id = "x", .title = "Дев’яносто дев’ять", .date = 20250101},
        {.rank = 100, .score = 0.25, .id = "y", .title = "Сто", .date = 20250102}};
    poshuk_results page = {.total = 100, .hits = last, .n_hits = 2};
    req.query = "громада";
    req.offset = 98;
    expect_text(poshuk_format_text(&page, &req), "100 articles match “громада”, showing 99–100\n"
                                                 " 99.  0.500  2025-01-01  Дев’яносто дев’ять\n"
                                                 "100.  0.250  2025-01-02  Сто\n");
}

/* A query too long for the header line is cut inside the quotes, at 80 columns. */
static void test_text_long_query(void **state) {
    (void)state;
    poshuk_results none = {.total = 0};
    poshuk_output_request req = {
        .query = "громада бюджет освіта децентралізація енергоефективність міжнародна співпраця вода дороги",
        .limit = 10};
    expect_text(poshuk_format_text(&none, &req),
                "No articles match “громада бюджет освіта децентралізація енергоефективність мі…”\n");
}

static void test_json_page(void **state) {
    (void)state;
    poshuk_results r = sample();
    r.n_hits = 3;
    r.facets[POSHUK_FACET_OBLAST].counted = 0;
    r.facets[POSHUK_FACET_HROMADA].counted = 0;
    r.facets[POSHUK_FACET_TAG].n_values = 2;
    poshuk_output_request req = {.query = "бюджет громади", .offset = 0, .limit = 3};
    expect_text(poshuk_format_json(&r, &req), "{\n"
                                              "  \"query\": \"бюджет громади\",\n"
                                              "  \"total\": 12,\n"
                                              "  \"offset\": 0,\n"
                                              "  \"limit\": 3,\n"
                                              "  \"sort\": \"relevance\",\n"
                                              "  \"took_ms\": 250.0,\n"
                                              "  \"timed_out\": false,\n"
                                              "  \"suggestion\": null,\n"
                                              "  \"hits\": [\n"
                                              "    {\n"
                                              "      \"rank\": 1,\n"
                                              "      \"id\": \"ua-1\",\n"
                                              "      \"score\": 8.2139,\n"
                                              "      \"title\": \"Бюджет громади на 2026 рік\",\n"
                                              "      \"url\": \"https://example.org/1\",\n"
                                              "      \"date\": \"2025-07-03\",\n"
                                              "      \"lang\": \"uk\",\n"
                                              "      \"tags\": [\n"
                                              "        \"бюджет\",\n"
                                              "        \"громади\"\n"
                                              "      ],\n"
                                              "      \"oblast\": \"Харківська область\",\n"
                                              "      \"hromadas\": [\n"
                                              "        \"Харківська територіальна громада\"\n"
                                              "      ],\n"
                                              "      \"source\": \"Суспільне\",\n"
                                              "      \"snippet\": null\n"
                                              "    },\n"
                                              "    {\n"
                                              "      \"rank\": 2,\n"
                                              "      \"id\": \"ua-2\",\n"
                                              "      \"score\": 7.5,\n"
                                              "      \"title\": \"Балтська громада затвердила старост після "
                                              "громадського обговорення кандидатур\",\n"
                                              "      \"url\": null,\n"
                                              "      \"date\": null,\n"
                                              "      \"lang\": null,\n"
                                              "      \"tags\": [\n"
                                              "        \"освіта\"\n"
                                              "      ],\n"
                                              "      \"oblast\": null,\n"
                                              "      \"hromadas\": [],\n"
                                              "      \"source\": null,\n"
                                              "      \"snippet\": null\n"
                                              "    },\n"
                                              "    {\n"
                                              "      \"rank\": 3,\n"
                                              "      \"id\": \"en-7\",\n"
                                              "      \"score\": 0.25,\n"
                                              "      \"title\": null,\n"
                                              "      \"url\": null,\n"
                                              "      \"date\": \"2024-01-01\",\n"
                                              "      \"lang\": null,\n"
                                              "      \"tags\": [],\n"
                                              "      \"oblast\": \"Київська область\",\n"
                                              "      \"hromadas\": [],\n"
                                              "      \"source\": null,\n"
                                              "      \"snippet\": null\n"
                                              "    }\n"
                                              "  ],\n"
                                              "  \"facets\": {\n"
                                              "    \"tags\": [\n"
                                              "      {\n"
                                              "        \"value\": \"бюджет\",\n"
                                              "        \"count\": 12\n"
                                              "      },\n"
                                              "      {\n"
                                              "        \"value\": \"децентралізація\",\n"
                                              "        \"count\": 11\n"
                                              "      }\n"
                                              "    ],\n"
                                              "    \"year\": [\n"
                                              "      {\n"
                                              "        \"value\": \"2023\",\n"
                                              "        \"count\": 1\n"
                                              "      },\n"
                                              "      {\n"
                                              "        \"value\": \"2024\",\n"
                                              "        \"count\": 2\n"
                                              "      },\n"
                                              "      {\n"
                                              "        \"value\": \"2025\",\n"
                                              "        \"count\": 1\n"
                                              "      }\n"
                                              "    ]\n"
                                              "  }\n"
                                              "}\n");
}

/* --no-facets: no "facets" key; a blank query: "". */
static void test_json_without_facets(void **state) {
    (void)state;
    poshuk_results r = {.total = 0, .seconds = 0.0012344};
    poshuk_output_request req = {.query = " \t", .offset = 20, .limit = 10};
    expect_text(poshuk_format_json(&r, &req), "{\n"
                                              "  \"query\": \"\",\n"
                                              "  \"total\": 0,\n"
                                              "  \"offset\": 20,\n"
                                              "  \"limit\": 10,\n"
                                              "  \"sort\": \"relevance\",\n"
                                              "  \"took_ms\": 1.234,\n"
                                              "  \"timed_out\": false,\n"
                                              "  \"suggestion\": null,\n"
                                              "  \"hits\": []\n"
                                              "}\n");
}

static void test_json_errors(void **state) {
    (void)state;
    expect_text(poshuk_format_json_error("query_syntax", "AND needs a word on its right", 1, 15),
                "{\n"
                "  \"error\": {\n"
                "    \"status\": \"query_syntax\",\n"
                "    \"message\": \"AND needs a word on its right\",\n"
                "    \"offset\": 15\n"
                "  }\n"
                "}\n");
    expect_text(poshuk_format_json_error("query_syntax", "parse error", 1, -1),
                "{\n"
                "  \"error\": {\n"
                "    \"status\": \"query_syntax\",\n"
                "    \"message\": \"parse error\",\n"
                "    \"offset\": null\n"
                "  }\n"
                "}\n");
    expect_text(poshuk_format_json_error("usage", "--limit: cannot read \"x\" as a number", 0, 0),
                "{\n"
                "  \"error\": {\n"
                "    \"status\": \"usage\",\n"
                "    \"message\": \"--limit: cannot read \\\"x\\\" as a number\"\n"
                "  }\n"
                "}\n");
}

static void test_syntax_error_lines(void **state) {
    (void)state;
    /* "громада " is 15 bytes and 8 characters: the error is at character 9. */
    expect_text(
        poshuk_format_syntax_error("poshuk-query", "громада AND", 15, "AND needs a word on its right"),
        "poshuk-query: syntax error at character 9: AND needs a word on its right\n"
        "  громада AND\n"
        "          ^\n");
    expect_text(poshuk_format_syntax_error("poshuk-query", "(foo", 0, "unclosed parenthesis"),
                "poshuk-query: syntax error at character 1: unclosed parenthesis\n"
                "  (foo\n"
                "  ^\n");
    /* A tab shows as one space, a byte that is not UTF-8 as "?". */
    expect_text(poshuk_format_syntax_error("poshuk-query", "foo\tAND", 4, "AND needs a word on its right"),
                "poshuk-query: syntax error at character 5: AND needs a word on its right\n"
                "  foo AND\n"
                "      ^\n");
    expect_text(poshuk_format_syntax_error("poshuk-query",
                                           "a\xff"
                                           "b",
                                           1, "the query is not valid UTF-8"),
                "poshuk-query: syntax error at character 2: the query is not valid UTF-8\n"
                "  a?b\n"
                "   ^\n");
    expect_text(poshuk_format_syntax_error("poshuk-query", "foo AND", -1, "parse error"),
                "poshuk-query: syntax error: parse error\n");
}

/* A hit with a snippet: "бюджету" and "громади" marked (byte offsets), text that needs HTML escaping,
 * and one word too long for a line. */
static const char snippet_text[] = "…до бюджету громади <b>&\"так\"</b> і ще трохи тексту, щоб рядок "
                                   "перенісся на наступний, а потім ще один і ще один, щоб третій рядок "
                                   "скінчився трьома крапками, бо текст не влазить у три рядки ніяк і ніколи";
static const poshuk_span snippet_marks[] = {{8, 14}, {23, 14}};

static poshuk_hit snippet_hit(void) {
    poshuk_hit h = {.rank = 1, .score = 2.5, .id = "ua-9", .title = "Бюджет", .date = 20250101};
    h.snippet = snippet_text;
    h.marks = snippet_marks;
    h.n_marks = 2;
    return h;
}

static void test_text_snippet(void **state) {
    (void)state;
    poshuk_hit h = snippet_hit();
    poshuk_results r = {.total = 1, .hits = &h, .n_hits = 1};
    poshuk_output_request req = {.query = "бюджет громада", .limit = 10};
    expect_text(poshuk_format_text(&r, &req),
                "1 article matches “бюджет громада”\n"
                " 1.  2.500  2025-01-01  Бюджет\n"
                "            …до бюджету громади <b>&\"так\"</b> і ще трохи тексту, щоб рядок\n"
                "            перенісся на наступний, а потім ще один і ще один, щоб третій рядок\n"
                "            скінчився трьома крапками, бо текст не влазить у три рядки ніяк і…\n");
    req.color = 1;
    expect_text(poshuk_format_text(&r, &req),
                "1 article matches “бюджет громада”\n"
                " 1.  2.500  2025-01-01  \033[1mБюджет\033[0m\n"
                "            …до \033[1mбюджету\033[0m \033[1mгромади\033[0m <b>&\"так\"</b> і ще трохи "
                "тексту, щоб рядок\n"
                "            перенісся на наступний, а потім ще один і ще один, щоб третій рядок\n"
                "            скінчився трьома крапками, бо текст не влазить у три рядки ніяк і…\n");
}

static void test_text_snippet_long_word(void **state) {
    (void)state;
    poshuk_hit h = {.rank = 1, .score = 1, .id = "x", .title = "T", .date = 20250101};
    h.snippet = "Слово Найдовшенайдовшенайдовшенайдовшенайдовшенайдовшенайдовшенайдовшенайдовше кінець";
    poshuk_results r = {.total = 1, .hits = &h, .n_hits = 1};
    poshuk_output_request req = {.query = "слово", .limit = 10};
    expect_text(poshuk_format_text(&r, &req),
                "1 article matches “слово”\n"
                " 1.  1.000  2025-01-01  T\n"
                "            Слово\n"
                "            Найдовшенайдовшенайдовшенайдовшенайдовшенайдовшенайдовшенайдовшенай…\n");
}

static void test_json_snippet(void **state) {
    (void)state;
    poshuk_hit h = snippet_hit();
    h.snippet = "…до бюджету громади <b>&";
    poshuk_results r = {.total = 1, .hits = &h, .n_hits = 1};
    poshuk_output_request req = {.query = "бюджет", .limit = 1};
    char *json = poshuk_format_json(&r, &req);
    assert_non_null(json);
    const char *want = "      \"snippet\": {\n"
                       "        \"text\": \"…до бюджету громади <b>&\",\n"
                       "        \"html\": \"…до <mark>бюджету</mark> <mark>громади</mark> &lt;b&gt;&amp;\",\n"
                       "        \"marks\": [\n"
                       "          {\n"
                       "            \"start\": 4,\n"
                       "            \"end\": 11\n"
                       "          },\n"
                       "          {\n"
                       "            \"start\": 12,\n"
                       "            \"end\": 19\n"
                       "          }\n"
                       "        ]\n"
                       "      }\n";
    if (!strstr(json, want))
        print_error("got:\n%s\n", json);
    assert_non_null(strstr(json, want));
    free(json);
}

/* The did-you-mean line, proposed and applied. */
static void test_text_suggestion(void **state) {
    (void)state;
    poshuk_results r = {.total = 0,
                        .suggestion = "децентралізація",
                        .suggestion_kind = POSHUK_SUGGEST_SPELLING,
                        .suggestion_total = 7};
    poshuk_output_request req = {.query = "децентралізацыя", .limit = 10};
    expect_text(poshuk_format_text(&r, &req), "Did you mean “децентралізація”? 7 articles\n"
                                              "No articles match “децентралізацыя”\n");
    r.suggestion_kind = POSHUK_SUGGEST_LAYOUT;
    r.suggestion_applied = 1;
    r.total = 7;
    req.query = "ltwtynhfkspfwsz";
    expect_text(poshuk_format_text(&r, &req),
                "No articles match “ltwtynhfkspfwsz”; showing “децентралізація” (keyboard layout)\n"
                "7 articles match “децентралізація”, none shown\n");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_page),
        cmocka_unit_test(test_text_headers),
        cmocka_unit_test(test_text_long_query),
        cmocka_unit_test(test_json_page),
        cmocka_unit_test(test_json_without_facets),
        cmocka_unit_test(test_json_errors),
        cmocka_unit_test(test_syntax_error_lines),
        cmocka_unit_test(test_text_snippet),
        cmocka_unit_test(test_text_snippet_long_word),
        cmocka_unit_test(test_json_snippet),
        cmocka_unit_test(test_text_suggestion),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
