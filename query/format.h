/* Formatting search results and errors for poshuk-query: text for people (80 columns), JSON for
 * programs (the schema is in query/JSON.md). Each formatter returns the whole output as one malloc'd
 * string, which the caller prints and frees; NULL means memory ran out. Nothing here prints. */
#ifndef POSHUK_QUERY_FORMAT_H
#define POSHUK_QUERY_FORMAT_H

#include "poshuk.h"

#include <stddef.h>

/* The part of the request the output repeats back. */
typedef struct {
    const char *query; /* the words as the user gave them, joined; NULL or blank when none */
    size_t offset;
    size_t limit;
    poshuk_sort sort;
    int color; /* text only: 1 to mark matched words in bold and colour the layout (ANSI escapes) */
} poshuk_output_request;

/* The name of an order as --sort and the JSON "sort" key spell it: "relevance", "newest", "recent". */
const char *poshuk_sort_name(poshuk_sort sort);

/* The text layout, e.g.
 *   2 articles match “громада бюджет”
 *    1.  8.214  2025-07-03  Бюджет громади на 2026 рік
 *               Харківська область · бюджет, громади
 *    2. ...
 *
 *   Tags:    бюджет 2 · громади 1
 *   ...
 * Every line fits 80 columns: long titles and lines are cut with "…", facet lines wrap. */
char *poshuk_format_text(const poshuk_results *results, const poshuk_output_request *request);

/* One pretty-printed JSON object ending with a newline (query/JSON.md). */
char *poshuk_format_json(const poshuk_results *results, const poshuk_output_request *request);

/* Completions (poshuk-query --suggest), one a line: the completed text, then the number of articles
 * with that word, right-aligned after at least two spaces:
 *   громада бюджет        12
 * Nothing at all when there are none. */
char *poshuk_format_completions_text(const poshuk_completions *completions);

/* {"text": ..., "took_ms": ..., "completions": [{"text": ..., "count": ...}]} and a newline. */
char *poshuk_format_completions_json(const poshuk_completions *completions, const char *text);

/* {"error":{"status":..., "message":..., "offset":...}} and a newline. offset is left out when
 * include_offset is 0, and null when it is negative (a syntax error whose place is unknown). */
char *poshuk_format_json_error(const char *status, const char *message, int include_offset, long offset);

/* The error lines of a query syntax error, each ending with a newline:
 *   poshuk-query: syntax error at character 9: AND needs a word on its right
 *     громада AND
 *             ^
 * offset is in bytes; the position shown and the caret count characters. With a negative offset
 * (unknown place) only the first line, without "at character N". */
char *poshuk_format_syntax_error(const char *program, const char *query, long offset, const char *message);

#endif
