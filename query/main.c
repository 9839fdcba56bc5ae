/* poshuk-query: searches a poshuk index and prints the hits and facets, as text for people or JSON
 * for programs. Exit status: 0 the search ran, 2 usage error, 3 query syntax error, 5 the index is
 * missing, unreadable or failed. Every error is reported on stderr as "poshuk-query: ..." and,
 * with --json, also on stdout as {"error":{...}}. */
#define _POSIX_C_SOURCE 200809L /* isatty */

#include "poshuk.h"
#include "cli/message.h"
#include "query/cli_options.h"
#include "query/cli_request.h"
#include "query/format.h"
#include "query/format_analysis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PROGRAM "poshuk-query"

enum { EXIT_USAGE = 2, EXIT_SYNTAX = 3, EXIT_INDEX = 5 };

/* The JSON "status" of an error: the poshuk_status in snake case. */
static const char *status_name(poshuk_status status) {
    switch (status) {
    case POSHUK_OK:
        return "ok";
    case POSHUK_ERR_NOMEM:
        return "nomem";
    case POSHUK_ERR_INVALID:
        return "invalid";
    case POSHUK_ERR_NOT_FOUND:
        return "not_found";
    case POSHUK_ERR_OPEN:
        return "open";
    case POSHUK_ERR_LOCKED:
        return "locked";
    case POSHUK_ERR_MODIFIED:
        return "modified";
    case POSHUK_ERR_CORRUPT:
        return "corrupt";
    case POSHUK_ERR_QUERY_SYNTAX:
        return "query_syntax";
    case POSHUK_ERR_IO:
        return "io";
    case POSHUK_ERR_NETWORK:
        return "network";
    case POSHUK_ERR_XAPIAN:
        return "xapian";
    case POSHUK_ERR_UNKNOWN:
        break;
    }
    return "unknown";
}

static void print_and_free(FILE *f, char *text) {
    if (text)
        fputs(text, f);
    free(text);
}

/* One error line on stderr; with --json the same as an object on stdout. The message is escaped
 * (cli/message.h) for both: it may quote an index path or an option value byte for byte. */
static int fail(int json, int code, const char *status, const char *message) {
    char *escaped = poshuk_message_escape(message);
    const char *shown = escaped ? escaped : "out of memory";
    fprintf(stderr, PROGRAM ": %s\n", shown);
    if (json)
        print_and_free(stdout, poshuk_format_json_error(status, shown, 0, 0));
    free(escaped);
    return code;
}

static int syntax_error(int json, const char *query, long offset, const char *raw_message) {
    char *escaped = poshuk_message_escape(raw_message);
    const char *message = escaped ? escaped : "out of memory";
    char *lines = poshuk_format_syntax_error(PROGRAM, query, offset, message);
    if (lines)
        fputs(lines, stderr);
    else
        fprintf(stderr, PROGRAM ": syntax error: %s\n", message);
    free(lines);
    if (json)
        print_and_free(stdout, poshuk_format_json_error("query_syntax", message, 1, offset));
    free(escaped);
    return EXIT_SYNTAX;
}

/* Colour and bold only on a terminal, and not there either when $NO_COLOR is set and not empty
 * (no-color.org); --color always|never overrides both. */
static int use_color(int option) {
    if (option == POSHUK_CLI_COLOR_ALWAYS)
        return 1;
    if (option == POSHUK_CLI_COLOR_NEVER)
        return 0;
    const char *no_color = getenv("NO_COLOR");
    if (no_color && no_color[0])
        return 0;
    return isatty(STDOUT_FILENO);
}

/* Opens, searches and prints; returns the exit status. */
static int search(const poshuk_cli_options *o) {
    poshuk_db *db = NULL;
    poshuk_status status = poshuk_db_open(o->indexes, o->n_indexes, &db);
    if (status != POSHUK_OK) {
        const char *why = db && poshuk_db_error(db)[0] ? poshuk_db_error(db) : poshuk_status_str(status);
        int code = fail(o->json, EXIT_INDEX, status_name(status), why);
        poshuk_db_close(db);
        return code;
    }

    poshuk_request request = poshuk_cli_request(o);
    poshuk_results *results = NULL;
    status = poshuk_db_search(db, &request, &results);
    int code = 0;
    if (status == POSHUK_ERR_QUERY_SYNTAX) {
        code = syntax_error(o->json, o->query, poshuk_db_error_offset(db), poshuk_db_error(db));
    } else if (status == POSHUK_ERR_INVALID) {
        code = fail(o->json, EXIT_USAGE, status_name(status), poshuk_db_error(db));
    } else if (status != POSHUK_OK) {
        const char *why = poshuk_db_error(db)[0] ? poshuk_db_error(db) : poshuk_status_str(status);
        code = fail(o->json, EXIT_INDEX, status_name(status), why);
    } else {
        poshuk_output_request shown = {.query = o->query,
                                       .offset = o->offset,
                                       .limit = o->limit,
                                       .sort = (poshuk_sort)o->sort,
                                       .color = !o->json && use_color(o->color)};
        char *text = o->json ? poshuk_format_json(results, &shown) : poshuk_format_text(results, &shown);
        if (text)
            fputs(text, stdout);
        else
            code = fail(o->json, EXIT_INDEX, "nomem", "out of memory");
        free(text);
    }
    poshuk_results_free(results);
    poshuk_db_close(db);
    return code;
}

/* Opens the index for search() and suggest(); on failure reports it and returns 0. */
static poshuk_db *open_index(const poshuk_cli_options *o, int *code) {
    poshuk_db *db = NULL;
    poshuk_status status = poshuk_db_open(o->indexes, o->n_indexes, &db);
    if (status == POSHUK_OK)
        return db;
    const char *why = db && poshuk_db_error(db)[0] ? poshuk_db_error(db) : poshuk_status_str(status);
    *code = fail(o->json, EXIT_INDEX, status_name(status), why);
    poshuk_db_close(db);
    return NULL;
}

/* --suggest TEXT: completions of TEXT's last word, --limit of them. */
static int suggest(const poshuk_cli_options *o) {
    int code = 0;
    poshuk_db *db = open_index(o, &code);
    if (!db)
        return code;
    /* --limit 0 asks for no completions, as it asks a search for no hits (the library's max of 0
     * would mean its default of 10); the index is still opened, so a missing one is reported. */
    poshuk_completions none = {0};
    poshuk_completions *c = NULL;
    poshuk_status status = o->limit == 0 ? POSHUK_OK : poshuk_db_complete(db, o->suggest, o->limit, &c);
    if (status != POSHUK_OK) {
        const char *why = poshuk_db_error(db)[0] ? poshuk_db_error(db) : poshuk_status_str(status);
        code =
            fail(o->json, status == POSHUK_ERR_INVALID ? EXIT_USAGE : EXIT_INDEX, status_name(status), why);
    } else {
        const poshuk_completions *shown = c ? c : &none;
        char *text = o->json ? poshuk_format_completions_json(shown, o->suggest)
                             : poshuk_format_completions_text(shown);
        if (text)
            fputs(text, stdout);
        else
            code = fail(o->json, EXIT_INDEX, "nomem", "out of memory");
        free(text);
    }
    poshuk_completions_free(c);
    poshuk_db_close(db);
    return code;
}

/* --analyse: what indexing makes of each word, for people or as JSON. */
static int analyse(const char *text, int json) {
    poshuk_tokens *tokens = NULL;
    if (poshuk_analyse(text, &tokens) != POSHUK_OK)
        return fail(json, EXIT_INDEX, "nomem", "out of memory");
    if (json)
        poshuk_format_analysis_json(stdout, tokens);
    else
        poshuk_format_analysis_text(stdout, tokens);
    poshuk_tokens_free(tokens);
    return 0;
}

int main(int argc, char **argv) {
    int json = poshuk_cli_wants_json(argc, argv);
    poshuk_cli_options o;
    char message[1024];
    poshuk_cli_result parsed =
        poshuk_cli_parse(argc, argv, getenv("POSHUK_INDEX"), &o, message, sizeof message);
    int code;
    if (parsed == POSHUK_CLI_NOMEM) {
        code = fail(json, EXIT_INDEX, "nomem", "out of memory");
    } else if (parsed == POSHUK_CLI_USAGE) {
        code = fail(json, EXIT_USAGE, "usage", message);
    } else if (o.help) {
        fputs(poshuk_cli_usage, stdout);
        code = 0;
    } else if (o.version) {
        printf(PROGRAM " %s (analysis: %s)\n", POSHUK_VERSION, poshuk_analysis_description());
        code = 0;
    } else if (o.analyse) {
        code = analyse(o.analyse, o.json);
    } else if (o.suggest) {
        code = suggest(&o);
    } else {
        /* Checked here too, before the index is opened: a mistyped query is reported even when
         * the index is missing, and the caret needs no index at all. */
        size_t offset = 0;
        const char *why = NULL;
        /* A query over the length limit is left to the library, which refuses it unread (checking
         * a megabyte here first would cost what the limit is there to prevent). */
        size_t max_bytes = o.max_query_bytes ? o.max_query_bytes : POSHUK_MAX_QUERY_BYTES;
        if (o.query && strlen(o.query) <= max_bytes &&
            !poshuk_query_check_flags(o.query, o.partial ? POSHUK_QCHECK_PARTIAL : 0, &offset, &why))
            code = syntax_error(o.json, o.query, (long)offset, why);
        else
            code = search(&o);
    }
    poshuk_cli_free(&o);
    return code;
}
