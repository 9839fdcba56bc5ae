/* Fuzzes poshuk-query's command line on its way to a search: poshuk_cli_parse (query/cli_options.h)
 * and poshuk_cli_request (query/cli_request.h), the request the library gets. The command line is
 * what a site's script or a person types, and the request carries the cost bounds the library
 * enforces, so a value outside its documented bounds must never reach it.
 *
 * The input is split at NUL bytes: the first piece is $POSHUK_INDEX (empty: unset), each further
 * piece one argument after argv[0] (at most MAX_ARGS).
 *
 * Invariants:
 * - result: OK or USAGE, never NOMEM for inputs this small;
 * - stable: the same answer and message from a second parse, and from a parse into a 12-byte
 *   buffer (then the message is the first 11 bytes of the whole one, NUL-terminated);
 * - message-form: a refusal has a message, an acceptance none; message-one-line: no control
 *   character (CR, LF, ESC ...) in it; message-utf8: valid UTF-8 (option values are user text);
 * - lists: every index, tag, oblast, hromada and lang points into an argument or $POSHUK_INDEX, is not
 *   blank, and there are no more of each than arguments; langs are uk or en; values-utf8: tags,
 *   oblasts and hromadas are valid UTF-8;
 * - index: a search (no --help, --version or --analyse) has at least one index;
 * - ranges: dates 0 or real days that format and parse back, from <= to; sort, colour and the flags
 *   within their enums; the cost bounds 0 (the default) or at least 1, the time budget 0 or in
 *   (0, POSHUK_CLI_TIME_BUDGET_MAX];
 * - request: poshuk_cli_request copies every field, facets are all or none, and what the library
 *   will use for each bound (0 read as its default) is within the documented bounds;
 * - wants-json: an accepted command line has --json exactly when poshuk_cli_wants_json says so. */
#include "query/cli_options.h"
#include "query/cli_request.h"

#include "fuzz/check.h"
#include "poshuk.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ARGS 64

typedef struct {
    char *argv[MAX_ARGS + 2];
    int argc;
    const char *env;
    char *buffer;
} command_line;

static void split(const uint8_t *data, size_t size, command_line *c) {
    c->buffer = fuzz_cstring(data, size); /* keeps the NULs inside, adds one at the end */
    c->argv[0] = "poshuk-query";
    c->argc = 1;
    size_t at = strlen(c->buffer);
    c->env = at > 0 ? c->buffer : NULL;
    for (at++; at < size && c->argc <= MAX_ARGS; at += strlen(c->buffer + at) + 1)
        c->argv[c->argc++] = c->buffer + at;
    c->argv[c->argc] = NULL;
}

/* Whether s points into one of the arguments or into $POSHUK_INDEX (the parser keeps pointers into
 * them rather than copies). */
static int points_into(const command_line *c, const char *s) {
    for (int i = 1; i < c->argc; i++)
        if (s >= c->argv[i] && s <= c->argv[i] + strlen(c->argv[i]))
            return 1;
    return c->env != NULL && s == c->env;
}

static int blank(const char *s) {
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 0;
    return 1;
}

static void check_list(const command_line *c, const char *what, const char *const *items, size_t n,
                       int utf8) {
    FUZZ_INVARIANT("lists", n <= (size_t)c->argc, "%zu %s from %d arguments", n, what, c->argc);
    for (size_t i = 0; i < n; i++) {
        FUZZ_INVARIANT("lists", items[i] != NULL, "%s %zu is NULL", what, i);
        FUZZ_INVARIANT("lists", points_into(c, items[i]), "%s %zu points outside the arguments", what, i);
        FUZZ_INVARIANT("lists", !blank(items[i]), "%s %zu is blank", what, i);
        if (utf8)
            FUZZ_INVARIANT("values-utf8", fuzz_utf8_valid(items[i], strlen(items[i])),
                           "%s %zu is not valid UTF-8", what, i);
    }
}

static void check_date(int32_t date, const char *what) {
    if (date == 0)
        return;
    char text[11];
    int32_t again = 0;
    poshuk_date_format(date, text);
    FUZZ_INVARIANT("ranges", text[0] != '\0' && poshuk_date_parse(text, &again) && again == date,
                   "%s %d is not a day", what, (int)date);
}

static void check_message(const char *message) {
    FUZZ_INVARIANT("message-form", message[0] != '\0', "refused without a message");
    for (const char *p = message; *p; p++) {
        unsigned char b = (unsigned char)*p;
        FUZZ_INVARIANT("message-one-line", b >= 0x20 && b != 0x7F, "byte 0x%02x in the message \"%s\"", b,
                       message);
    }
    FUZZ_INVARIANT("message-utf8", fuzz_utf8_valid(message, strlen(message)),
                   "the message \"%s\" is not UTF-8", message);
}

/* What the library will use for a bound the request leaves 0. */
static size_t effective(size_t value, size_t fallback) {
    return value ? value : fallback;
}

static void check_request(const poshuk_cli_options *o) {
    poshuk_request r = poshuk_cli_request(o);
    FUZZ_INVARIANT("request",
                   r.query == o->query && r.limit == o->limit && r.offset == o->offset &&
                       r.facet_limit == o->facet_limit && r.snippet_chars == o->snippet_chars,
                   "the request differs from the options");
    FUZZ_INVARIANT("request",
                   r.tags == o->tags && r.n_tags == o->n_tags && r.oblasts == o->oblasts &&
                       r.n_oblasts == o->n_oblasts && r.hromadas == o->hromadas &&
                       r.n_hromadas == o->n_hromadas && r.langs == o->langs && r.n_langs == o->n_langs,
                   "the request's filters differ from the options");
    FUZZ_INVARIANT("request", r.date_from == o->date_from && r.date_to == o->date_to, "the dates differ");
    FUZZ_INVARIANT("request", r.facets == (o->facets ? POSHUK_FACETS_ALL : 0u), "facets %u", r.facets);
    FUZZ_INVARIANT("request",
                   (int)r.sort == o->sort && r.multiselect == o->multiselect && r.partial == o->partial &&
                       r.did_you_mean == o->correction,
                   "the request's switches differ from the options");
    FUZZ_INVARIANT("request", r.max_expansion == 0 && r.max_window == 0, "bounds no option sets are set");
    FUZZ_INVARIANT("request",
                   r.max_query_bytes == o->max_query_bytes && r.max_terms == o->max_terms &&
                       r.max_phrases == o->max_phrases && r.time_budget == o->time_budget,
                   "the cost bounds differ from the options");
    FUZZ_INVARIANT("request",
                   effective(r.max_query_bytes, POSHUK_MAX_QUERY_BYTES) >= 1 &&
                       effective(r.max_terms, POSHUK_MAX_TERMS) >= 1 &&
                       effective(r.max_phrases, POSHUK_MAX_PHRASES) >= 1,
                   "a bound of 0 reaches the library");
    double budget = r.time_budget == 0 ? POSHUK_TIME_BUDGET : r.time_budget;
    FUZZ_INVARIANT("request", !isnan(budget) && budget > 0 && budget <= POSHUK_CLI_TIME_BUDGET_MAX,
                   "the time budget %g is out of bounds", budget);
}

static void check_options(const command_line *c, const poshuk_cli_options *o) {
    check_list(c, "indexes", o->indexes, o->n_indexes, 0);
    check_list(c, "tags", o->tags, o->n_tags, 1);
    check_list(c, "oblasts", o->oblasts, o->n_oblasts, 1);
    check_list(c, "hromadas", o->hromadas, o->n_hromadas, 1);
    check_list(c, "langs", o->langs, o->n_langs, 1);
    for (size_t i = 0; i < o->n_langs; i++)
        FUZZ_INVARIANT("lists", strcmp(o->langs[i], "uk") == 0 || strcmp(o->langs[i], "en") == 0,
                       "lang \"%s\"", o->langs[i]);
    if (!o->help && !o->version && !o->analyse)
        FUZZ_INVARIANT("index", o->n_indexes >= 1, "a search without an index");
    check_date(o->date_from, "from");
    check_date(o->date_to, "to");
    if (!o->help && !o->version)
        FUZZ_INVARIANT("ranges", !o->date_from || !o->date_to || o->date_from <= o->date_to,
                       "from %d after to %d", (int)o->date_from, (int)o->date_to);
    FUZZ_INVARIANT("ranges", o->sort >= 0 && o->sort <= POSHUK_SORT_RECENT, "sort %d", o->sort);
    FUZZ_INVARIANT("ranges", o->color >= 0 && o->color <= POSHUK_CLI_COLOR_NEVER, "color %d", o->color);
    FUZZ_INVARIANT("ranges",
                   (o->facets | 1) == 1 && (o->json | 1) == 1 && (o->multiselect | 1) == 1 &&
                       (o->partial | 1) == 1 && (o->correction | 1) == 1,
                   "a switch is neither 0 nor 1");
    FUZZ_INVARIANT(
        "ranges", o->time_budget == 0 || (o->time_budget > 0 && o->time_budget <= POSHUK_CLI_TIME_BUDGET_MAX),
        "--time-budget %g", o->time_budget);
    if (o->query) {
        size_t total = 0;
        for (int i = 1; i < c->argc; i++)
            total += strlen(c->argv[i]) + 1;
        FUZZ_INVARIANT("lists", strlen(o->query) < total, "the query is longer than the arguments");
    }
    FUZZ_INVARIANT("wants-json", o->json == poshuk_cli_wants_json(c->argc, c->argv),
                   "--json parsed as %d, but poshuk_cli_wants_json says %d", o->json,
                   poshuk_cli_wants_json(c->argc, c->argv));
    check_request(o);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    command_line c;
    split(data, size, &c);

    poshuk_cli_options o;
    char message[1024];
    poshuk_cli_result result = poshuk_cli_parse(c.argc, c.argv, c.env, &o, message, sizeof message);
    FUZZ_INVARIANT("result", result == POSHUK_CLI_OK || result == POSHUK_CLI_USAGE, "result %d", (int)result);
    if (result == POSHUK_CLI_OK) {
        FUZZ_INVARIANT("message-form", message[0] == '\0', "accepted, with the message \"%s\"", message);
        check_options(&c, &o);
    } else {
        check_message(message);
    }
    poshuk_cli_free(&o);

    poshuk_cli_options again;
    char message_again[1024];
    FUZZ_INVARIANT("stable",
                   poshuk_cli_parse(c.argc, c.argv, c.env, &again, message_again, sizeof message_again) ==
                           result &&
                       strcmp(message, message_again) == 0,
                   "a second parse differs");
    poshuk_cli_free(&again);

    char small[12];
    memset(small, 'x', sizeof small);
    FUZZ_INVARIANT("stable", poshuk_cli_parse(c.argc, c.argv, c.env, &again, small, sizeof small) == result,
                   "a parse into a small buffer differs");
    FUZZ_INVARIANT(
        "stable", memchr(small, '\0', sizeof small) != NULL && strncmp(small, message, sizeof small - 1) == 0,
        "the message in a small buffer is not the whole one cut: \"%.*s\"", (int)sizeof small, small);
    poshuk_cli_free(&again);
    free(c.buffer);
    return 0;
}
