/* poshuk-query's command line (query/cli_options.c): defaults, every option in both spellings,
 * repeated filters, query words (including -words) in any order, $POSHUK_INDEX, and the exact
 * message of every usage error. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "query/cli_options.h"
#include "query/cli_request.h"

#define ARGC(argv) ((int)(sizeof argv / sizeof argv[0]))

static poshuk_cli_result parse(int argc, char *const *argv, const char *env, poshuk_cli_options *o,
                               char *msg) {
    return poshuk_cli_parse(argc, argv, env, o, msg, 256);
}

static void test_defaults(void **state) {
    (void)state;
    char *argv[] = {"poshuk-query"};
    poshuk_cli_options o;
    char msg[256];
    assert_int_equal(parse(ARGC(argv), argv, "/srv/poshuk", &o, msg), POSHUK_CLI_OK);
    assert_int_equal(o.n_indexes, 1);
    assert_string_equal(o.indexes[0], "/srv/poshuk");
    assert_int_equal(o.limit, 10);
    assert_int_equal(o.offset, 0);
    assert_int_equal(o.facet_limit, 10);
    assert_int_equal(o.facets, 1);
    assert_int_equal(o.json, 0);
    assert_int_equal(o.date_from, 0);
    assert_int_equal(o.date_to, 0);
    assert_null(o.query);
    assert_int_equal(o.n_tags + o.n_oblasts + o.n_hromadas + o.n_langs, 0);
    poshuk_cli_free(&o);
}

static void test_everything(void **state) {
    (void)state;
    char *argv[] = {"poshuk-query",
                    "громада",
                    "-d",
                    "/a",
                    "--index=/b",
                    "--tag",
                    "бюджет",
                    "--tag=освіта",
                    "--oblast",
                    "Харківська область",
                    "--hromada",
                    "Балтська",
                    "--lang",
                    "uk",
                    "--lang=en",
                    "--from",
                    "2025",
                    "--to",
                    "2025-07",
                    "--limit",
                    "0",
                    "--offset=20",
                    "--facet-limit",
                    "0",
                    "--no-facets",
                    "--json",
                    "-вибори",
                    "+ради",
                    "-",
                    "--",
                    "--tag",
                    "-d"};
    poshuk_cli_options o;
    char msg[256];
    assert_int_equal(parse(ARGC(argv), argv, "/ignored", &o, msg), POSHUK_CLI_OK);
    assert_int_equal(o.n_indexes, 2);
    assert_string_equal(o.indexes[0], "/a");
    assert_string_equal(o.indexes[1], "/b");
    assert_int_equal(o.n_tags, 2);
    assert_string_equal(o.tags[0], "бюджет");
    assert_string_equal(o.tags[1], "освіта");
    assert_int_equal(o.n_oblasts, 1);
    assert_string_equal(o.oblasts[0], "Харківська область");
    assert_int_equal(o.n_hromadas, 1);
    assert_string_equal(o.hromadas[0], "Балтська");
    assert_int_equal(o.n_langs, 2);
    assert_string_equal(o.langs[0], "uk");
    assert_string_equal(o.langs[1], "en");
    assert_int_equal(o.date_from, 20250101);
    assert_int_equal(o.date_to, 20250731);
    assert_int_equal(o.limit, 0);
    assert_int_equal(o.offset, 20);
    assert_int_equal(o.facet_limit, 0);
    assert_int_equal(o.facets, 0);
    assert_int_equal(o.json, 1);
    /* words in order, -words and + words included, everything after -- a word */
    assert_string_equal(o.query, "громада -вибори +ради - --tag -d");
    poshuk_cli_free(&o);
}

/* The options of the query features: defaults, then each one set. */
static void test_feature_options(void **state) {
    (void)state;
    char *defaults[] = {"poshuk-query", "громада"};
    char *set[] = {"poshuk-query", "--sort",          "recent",  "--multi-select", "--snippets=0",
                   "--partial",    "--no-correction", "--color", "never",          "громада"};
    char *newest[] = {"poshuk-query", "--sort=newest", "--color=always", "--suggest", "гро"};
    poshuk_cli_options o;
    char msg[256];
    assert_int_equal(parse(ARGC(defaults), defaults, "/i", &o, msg), POSHUK_CLI_OK);
    assert_int_equal(o.sort, 0);
    assert_int_equal(o.multiselect, 0);
    assert_int_equal(o.snippet_chars, POSHUK_CLI_SNIPPET_CHARS);
    assert_int_equal(o.partial, 0);
    assert_int_equal(o.correction, 1);
    assert_int_equal(o.color, POSHUK_CLI_COLOR_AUTO);
    assert_null(o.suggest);
    poshuk_cli_free(&o);
    assert_int_equal(parse(ARGC(set), set, "/i", &o, msg), POSHUK_CLI_OK);
    assert_int_equal(o.sort, 2);
    assert_int_equal(o.multiselect, 1);
    assert_int_equal(o.snippet_chars, 0);
    assert_int_equal(o.partial, 1);
    assert_int_equal(o.correction, 0);
    assert_int_equal(o.color, POSHUK_CLI_COLOR_NEVER);
    assert_string_equal(o.query, "громада");
    poshuk_cli_free(&o);
    assert_int_equal(parse(ARGC(newest), newest, "/i", &o, msg), POSHUK_CLI_OK);
    assert_int_equal(o.sort, 1);
    assert_int_equal(o.color, POSHUK_CLI_COLOR_ALWAYS);
    assert_string_equal(o.suggest, "гро");
    assert_null(o.query);
    poshuk_cli_free(&o);
}

static void test_help_and_version(void **state) {
    (void)state;
    char *help[] = {"poshuk-query", "--bogus-is-not-reached-first", "-h"};
    char *help2[] = {"poshuk-query", "--help"};
    char *version[] = {"poshuk-query", "-V"};
    poshuk_cli_options o;
    char msg[256];
    /* options are read left to right: an unknown one before -h is still an error */
    assert_int_equal(parse(ARGC(help), help, NULL, &o, msg), POSHUK_CLI_USAGE);
    poshuk_cli_free(&o);
    assert_int_equal(parse(ARGC(help2), help2, NULL, &o, msg), POSHUK_CLI_OK);
    assert_int_equal(o.help, 1);
    poshuk_cli_free(&o);
    assert_int_equal(parse(ARGC(version), version, NULL, &o, msg), POSHUK_CLI_OK);
    assert_int_equal(o.version, 1);
    poshuk_cli_free(&o);
    assert_non_null(strstr(poshuk_cli_usage, "usage: poshuk-query [options] [-d INDEX ...] [WORDS ...]\n"));
}

typedef struct {
    const char *args[4];
    const char *env;
    const char *message;
} usage_case;

static void test_usage_errors(void **state) {
    (void)state;
    static const usage_case cases[] = {
        {{"--from", "31.02.2025"}, "/i", "--from: cannot read \"31.02.2025\" as a date"},
        {{"--to=July"}, "/i", "--to: cannot read \"July\" as a date"},
        {{"--limit", "x"}, "/i", "--limit: cannot read \"x\" as a number"},
        {{"--offset", "-1"}, "/i", "--offset: cannot read \"-1\" as a number"},
        {{"--facet-limit", "99999999999999999999999"},
         "/i",
         "--facet-limit: cannot read \"99999999999999999999999\" as a number"},
        {{"--limit", ""}, "/i", "--limit needs a value"},
        {{"--tag"}, "/i", "--tag needs a value"},
        {{"--oblast", " "}, "/i", "--oblast needs a value"},
        {{"-d"}, "/i", "--index needs a value"},
        {{"--lang", "de"}, "/i", "--lang: \"de\" is not uk or en"},
        {{"--json=yes"}, "/i", "--json takes no value"},
        {{"--bogus"}, "/i", "unknown option --bogus (see --help)"},
        {{"--from", "2025-08", "--to", "2025-07"}, "/i", "--from \"2025-08\" is after --to \"2025-07\""},
        {{"громада"}, NULL, "no index: give -d DIR or set POSHUK_INDEX"},
        {{"громада"}, "", "no index: give -d DIR or set POSHUK_INDEX"},
        {{"--sort", "oldest"}, "/i", "--sort: \"oldest\" is not one of relevance, newest or recent"},
        {{"--color=sometimes"}, "/i", "--color: \"sometimes\" is not one of auto, always or never"},
        {{"--snippets", "many"}, "/i", "--snippets: cannot read \"many\" as a number"},
        {{"--suggest", "гро", "громада"},
         "/i",
         "--suggest takes its text as its value; give no WORDS with it"},
        {{"--partial=yes"}, "/i", "--partial takes no value"},
        /* Text that is not UTF-8 is refused with its offset; what a message quotes is escaped
         * (issue 14). */
        {{"--tag", "ab\xff"}, "/i", "--tag: invalid UTF-8 at byte offset 2"},
        {{"--oblast", "\xe2\x80"}, "/i", "--oblast: invalid UTF-8 at byte offset 0"},
        {{"--hromada", "x\xc0\xafy"}, "/i", "--hromada: invalid UTF-8 at byte offset 1"},
        {{"--analyse", "\xed\xa0\x80"}, "/i", "--analyse: invalid UTF-8 at byte offset 0"},
        {{"--suggest", "гро\xff"}, "/i", "--suggest: invalid UTF-8 at byte offset 6"},
        {{"--lang", "u\x1b[31mk"}, "/i", "--lang: \"u\\x1b[31mk\" is not uk or en"},
        {{"--sort=new\r\nest"},
         "/i",
         "--sort: \"new\\x0d\\x0aest\" is not one of relevance, newest or recent"},
        {{"--from", "2025\xc2\x9b"}, "/i", "--from: cannot read \"2025\\u009b\" as a date"},
        {{"--bo\x1bgus"}, "/i", "unknown option --bo\\x1bgus (see --help)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *argv[5] = {"poshuk-query"};
        int argc = 1;
        for (int k = 0; k < 4 && cases[i].args[k]; k++)
            argv[argc++] = (char *)cases[i].args[k];
        poshuk_cli_options o;
        char msg[256];
        poshuk_cli_result r = parse(argc, argv, cases[i].env, &o, msg);
        if (r != POSHUK_CLI_USAGE || strcmp(msg, cases[i].message) != 0)
            print_error("case %zu: got %d \"%s\"\n", i, (int)r, msg);
        assert_int_equal(r, POSHUK_CLI_USAGE);
        assert_string_equal(msg, cases[i].message);
        poshuk_cli_free(&o);
    }
}

static void test_wants_json(void **state) {
    (void)state;
    char *yes[] = {"poshuk-query", "foo", "--json"};
    char *no[] = {"poshuk-query", "--", "--json"};
    char *none[] = {"poshuk-query", "foo"};
    assert_int_equal(poshuk_cli_wants_json(ARGC(yes), yes), 1);
    assert_int_equal(poshuk_cli_wants_json(ARGC(no), no), 0);
    assert_int_equal(poshuk_cli_wants_json(ARGC(none), none), 0);
    /* A value is not an option (fuzz_query_options, wants-json): "--" as --hromada's value ends no
     * options, and "--json" as --tag's value asks for no JSON, as poshuk_cli_parse reads them. */
    char *value_dashes[] = {"poshuk-query", "--hromada", "--", "--json"};
    char *value_json[] = {"poshuk-query", "--tag", "--json", "x"};
    char *inline_value[] = {"poshuk-query", "--tag=--", "--json"};
    assert_int_equal(poshuk_cli_wants_json(ARGC(value_dashes), value_dashes), 1);
    assert_int_equal(poshuk_cli_wants_json(ARGC(value_json), value_json), 0);
    assert_int_equal(poshuk_cli_wants_json(ARGC(inline_value), inline_value), 1);
}

/* The cost bounds: not given, 0 (the library's defaults); given, into the request as they are. */
static void test_cost_options(void **state) {
    (void)state;
    char *none[] = {"poshuk-query", "-d", "/i", "x"};
    poshuk_cli_options o;
    char msg[256];
    assert_int_equal(parse(ARGC(none), none, NULL, &o, msg), POSHUK_CLI_OK);
    poshuk_request r = poshuk_cli_request(&o);
    assert_int_equal(r.max_query_bytes + r.max_terms + r.max_phrases, 0);
    assert_true(r.time_budget == 0.0);
    poshuk_cli_free(&o);

    char *all[] = {
        "poshuk-query",  "-d",   "/i", "--max-query-bytes", "100", "--max-terms=5", "--max-phrases", "2",
        "--time-budget", "0.25", "x"};
    assert_int_equal(parse(ARGC(all), all, NULL, &o, msg), POSHUK_CLI_OK);
    r = poshuk_cli_request(&o);
    assert_int_equal(r.max_query_bytes, 100);
    assert_int_equal(r.max_terms, 5);
    assert_int_equal(r.max_phrases, 2);
    assert_true(r.time_budget == 0.25);
    assert_string_equal(r.query, "x");
    poshuk_cli_free(&o);

    char *tiny[] = {"poshuk-query", "-d", "/i", "--time-budget", "0.000001", "x"};
    assert_int_equal(parse(ARGC(tiny), tiny, NULL, &o, msg), POSHUK_CLI_OK);
    assert_true(o.time_budget > 0.0000009 && o.time_budget < 0.0000011);
    poshuk_cli_free(&o);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),         cmocka_unit_test(test_everything),
        cmocka_unit_test(test_help_and_version), cmocka_unit_test(test_usage_errors),
        cmocka_unit_test(test_wants_json),       cmocka_unit_test(test_feature_options),
        cmocka_unit_test(test_cost_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
