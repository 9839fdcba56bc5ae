/* poshuk-query's command line, parsed into a request: kept apart from main.c so that every option,
 * default and message can be tested without an index. */
#ifndef POSHUK_QUERY_CLI_OPTIONS_H
#define POSHUK_QUERY_CLI_OPTIONS_H

#include <stddef.h>
#include <stdint.h>

/* When the text output may use colour and bold. */
typedef enum {
    POSHUK_CLI_COLOR_AUTO = 0, /* on a terminal, unless $NO_COLOR is set and not empty */
    POSHUK_CLI_COLOR_ALWAYS,
    POSHUK_CLI_COLOR_NEVER
} poshuk_cli_color;

/* Characters of body a hit's snippet shows by default: two lines of the 80-column layout. */
#define POSHUK_CLI_SNIPPET_CHARS 130

typedef struct {
    const char **indexes; /* -d values, or $POSHUK_INDEX; point into argv / the environment */
    size_t n_indexes;
    const char **tags;
    size_t n_tags;
    const char **oblasts;
    size_t n_oblasts;
    const char **hromadas;
    size_t n_hromadas;
    const char **langs;
    size_t n_langs;
    int32_t date_from, date_to; /* YYYYMMDD, 0 = open */
    size_t limit;               /* default 10 */
    size_t offset;
    size_t facet_limit; /* default 10; 0 = all */
    int facets;         /* 0 with --no-facets */
    int json;
    int help, version;
    int sort;             /* a poshuk_sort: --sort relevance|newest|recent */
    int multiselect;      /* --multi-select */
    size_t snippet_chars; /* --snippets N, default POSHUK_CLI_SNIPPET_CHARS; 0 = none */
    int partial;          /* --partial */
    const char *suggest;  /* --suggest TEXT: list completions instead of searching */
    const char *analyse;  /* --analyse TEXT: show the analysis of TEXT; needs no index */
    int correction;       /* did-you-mean; 0 with --no-correction */
    int color;            /* a poshuk_cli_color */
    char *query;          /* the WORDS joined with single spaces (malloc'd), NULL when there are none */
    /* The cost bounds of poshuk_request; 0 = the library's default (poshuk.h). Given, each is at
     * least 1 (the seconds more than 0 and at most POSHUK_CLI_TIME_BUDGET_MAX). */
    size_t max_query_bytes; /* --max-query-bytes N */
    size_t max_terms;       /* --max-terms N */
    size_t max_phrases;     /* --max-phrases N */
    double time_budget;     /* --time-budget SECONDS */
} poshuk_cli_options;

/* The longest --time-budget: an hour is beyond any search, and the bound keeps the value an
 * ordinary number of seconds. */
#define POSHUK_CLI_TIME_BUDGET_MAX 3600

typedef enum {
    POSHUK_CLI_OK = 0,
    POSHUK_CLI_USAGE, /* message says what is wrong */
    POSHUK_CLI_NOMEM
} poshuk_cli_result;

/* Parses argv[1..argc). Options and WORDS may come in any order; "--" ends the options. A word
 * that starts with a single "-" (other than -d, -h, -V) is a query word, so "-minus" needs no
 * "--". index_env is $POSHUK_INDEX (may be NULL), used when no -d is given. On POSHUK_CLI_USAGE,
 * message (size bytes) receives one line without the program name and newline, e.g.
 * --from: cannot read "31.02.2025" as a date, with control characters and bytes that are not UTF-8
 * of the values it quotes escaped (cli/message.h). Free *out with poshuk_cli_free whatever the
 * result. */
poshuk_cli_result poshuk_cli_parse(int argc, char *const *argv, const char *index_env,
                                   poshuk_cli_options *out, char *message, size_t size);

void poshuk_cli_free(poshuk_cli_options *options);

/* Whether argv asks for --json before any "--": errors found while parsing are then reported as
 * JSON too. */
int poshuk_cli_wants_json(int argc, char *const *argv);

/* The text of --help. */
extern const char poshuk_cli_usage[];

#endif
