/* poshuk-query's options (see cli_options.h). Hand-written rather than getopt_long: queries start
 * words with "-" to exclude them ("вибори -референдум"), which getopt would take for options, and
 * every message must be exact. */
#include "query/cli_options.h"

#include "poshuk.h"
#include "cli/message.h"
#include "query/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char poshuk_cli_usage[] =
    "usage: poshuk-query [options] [-d INDEX ...] [WORDS ...]\n"
    "  -d, --index DIR      the index (repeat for shards searched as one; default: $POSHUK_INDEX)\n"
    "      --tag T          only articles with tag T (repeat: all of them)\n"
    "      --oblast O       only articles from oblast O (repeat: any of them)\n"
    "      --hromada H      (repeat: any)        --lang uk|en (repeat: any)\n"
    "      --from DATE      --to DATE   (2025-07-03, 03.07.2025, 3 July 2025, 3 липня 2025, 2025, 2025-07)\n"
    "      --limit N        hits to show (default 10)     --offset N   hits to skip\n"
    "      --facet-limit N  values per facet (default 10; 0 = all)     --no-facets\n"
    "      --multi-select   the oblast, hromada and date facets ignore their own filter\n"
    "      --sort ORDER     relevance (default), newest, recent (relevance + recency boost)\n"
    "      --snippets N     characters of body shown per hit (default 130; 0 = none)\n"
    "      --partial        the last word also matches words it begins (search as you type)\n"
    "      --suggest TEXT   list completions of TEXT's last word instead of searching\n"
    "      --analyse TEXT   show, word by word, the terms indexing makes of TEXT (no index needed)\n"
    "      --no-correction  never propose or run a corrected query (did you mean)\n"
    "      --max-query-bytes N  --max-terms N  --max-phrases N  what a query may cost (defaults:\n"
    "                       4096 bytes, 1000 terms after expansion, 32 phrases and NEAR/ADJ groups)\n"
    "      --time-budget S  seconds the match may take (default 3; then it shows what it found so far)\n"
    "      --color WHEN     auto (a terminal without $NO_COLOR), always, never\n"
    "      --json           JSON for programs (schema: query/JSON.md)\n"
    "  -h, --help           -V, --version\n"
    "\n"
    "WORDS are joined with spaces into one query: AND OR NOT XOR, NEAR ADJ, \"a phrase\", (groups),\n"
    "+word (must), -word (must not), word* (words that begin so), date:2025-01..2025-06, and the\n"
    "fields title: tag: oblast: hromada: source: lang:.\n"
    "No WORDS: every article under the filters, newest first. Put -- before WORDS that look like\n"
    "options (--tag as a word).\n"
    "\n"
    "Exit status: 0 the search ran, 2 usage error, 3 query syntax error, 5 the index is missing,\n"
    "unreadable or failed.\n";

typedef enum {
    OPT_INDEX,
    OPT_TAG,
    OPT_OBLAST,
    OPT_HROMADA,
    OPT_LANG,
    OPT_FROM,
    OPT_TO,
    OPT_LIMIT,
    OPT_OFFSET,
    OPT_FACET_LIMIT,
    OPT_NO_FACETS,
    OPT_JSON,
    OPT_MULTISELECT,
    OPT_SORT,
    OPT_SNIPPETS,
    OPT_PARTIAL,
    OPT_SUGGEST,
    OPT_ANALYSE,
    OPT_NO_CORRECTION,
    OPT_COLOR,
    OPT_MAX_QUERY_BYTES,
    OPT_MAX_TERMS,
    OPT_MAX_PHRASES,
    OPT_TIME_BUDGET,
    OPT_HELP,
    OPT_VERSION
} option_id;

static const struct {
    const char *long_name;
    char short_name;
    option_id id;
    int takes_value;
} options[] = {
    {"index", 'd', OPT_INDEX, 1},
    {"tag", 0, OPT_TAG, 1},
    {"oblast", 0, OPT_OBLAST, 1},
    {"hromada", 0, OPT_HROMADA, 1},
    {"lang", 0, OPT_LANG, 1},
    {"from", 0, OPT_FROM, 1},
    {"to", 0, OPT_TO, 1},
    {"limit", 0, OPT_LIMIT, 1},
    {"offset", 0, OPT_OFFSET, 1},
    {"facet-limit", 0, OPT_FACET_LIMIT, 1},
    {"no-facets", 0, OPT_NO_FACETS, 0},
    {"json", 0, OPT_JSON, 0},
    {"multi-select", 0, OPT_MULTISELECT, 0},
    {"sort", 0, OPT_SORT, 1},
    {"snippets", 0, OPT_SNIPPETS, 1},
    {"partial", 0, OPT_PARTIAL, 0},
    {"suggest", 0, OPT_SUGGEST, 1},
    {"analyse", 0, OPT_ANALYSE, 1},
    {"analyze", 0, OPT_ANALYSE, 1},
    {"no-correction", 0, OPT_NO_CORRECTION, 0},
    {"color", 0, OPT_COLOR, 1},
    {"max-query-bytes", 0, OPT_MAX_QUERY_BYTES, 1},
    {"max-terms", 0, OPT_MAX_TERMS, 1},
    {"max-phrases", 0, OPT_MAX_PHRASES, 1},
    {"time-budget", 0, OPT_TIME_BUDGET, 1},
    {"help", 'h', OPT_HELP, 0},
    {"version", 'V', OPT_VERSION, 0},
};

#define N_OPTIONS (sizeof options / sizeof options[0])

/* The option an argument names, or -1; *inline_value gets the text after "=" in --name=value. */
static int find_option(const char *arg, const char **inline_value) {
    *inline_value = NULL;
    if (arg[0] == '-' && arg[1] != '-' && arg[1] && !arg[2]) {
        for (size_t i = 0; i < N_OPTIONS; i++)
            if (options[i].short_name == arg[1])
                return (int)i;
        return -1;
    }
    if (arg[0] != '-' || arg[1] != '-')
        return -1;
    const char *name = arg + 2;
    size_t len = strcspn(name, "=");
    for (size_t i = 0; i < N_OPTIONS; i++)
        if (strlen(options[i].long_name) == len && strncmp(options[i].long_name, name, len) == 0) {
            if (name[len] == '=')
                *inline_value = name + len + 1;
            return (int)i;
        }
    return -1;
}

/* Whether arg is meant as an option: "--anything", or -d -h -V. Any other "-word" is a query word. */
static int looks_like_option(const char *arg) {
    if (arg[0] == '-' && arg[1] == '-')
        return 1;
    return arg[0] == '-' && (arg[1] == 'd' || arg[1] == 'h' || arg[1] == 'V') && arg[2] == '\0';
}

static int parse_count(const char *text, size_t *out) {
    if (!text[0])
        return 0;
    size_t n = 0;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9')
            return 0;
        size_t digit = (size_t)(*p - '0');
        if (n > ((size_t)-1 - digit) / 10)
            return 0;
        n = n * 10 + digit;
    }
    *out = n;
    return 1;
}

/* Seconds as people write them: digits, then optionally "." and digits (0.5, 2, 2.25); no sign,
 * exponent or locale, so that what is accepted is exactly what --help shows. */
static int parse_seconds(const char *text, double *out) {
    const char *p = text;
    double value = 0, scale = 1;
    int digits = 0;
    for (; *p >= '0' && *p <= '9'; p++, digits++)
        if (value <= POSHUK_CLI_TIME_BUDGET_MAX) /* past it the value is refused anyway */
            value = value * 10 + (*p - '0');
    if (*p == '.') {
        if (p[1] < '0' || p[1] > '9')
            return 0; /* "2." is a typo more likely than a number */
        for (p++; *p >= '0' && *p <= '9'; p++, digits++)
            value += (*p - '0') * (scale /= 10);
    }
    if (*p || digits == 0)
        return 0;
    *out = value;
    return 1;
}

static int blank(const char *s) {
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 0;
    return 1;
}

/* The values of --sort and --color, in the order of their enums (poshuk_sort, poshuk_cli_color). */
static const char *const sort_names[] = {"relevance", "newest", "recent", NULL};
static const char *const color_names[] = {"auto", "always", "never", NULL};

/* Sets *out to the index of value in names, or writes a message listing them and returns 0. */
static int pick(const char *value, const char *const *names, int *out, const char *option, char *message,
                size_t size) {
    for (int i = 0; names[i]; i++)
        if (strcmp(value, names[i]) == 0) {
            *out = i;
            return 1;
        }
    int n = snprintf(message, size, "--%s: \"%s\" is not one of", option, value);
    for (int i = 0; names[i] && n >= 0 && (size_t)n < size; i++)
        n += snprintf(message + n, size - (size_t)n, "%s %s", i == 0 ? "" : (names[i + 1] ? "," : " or"),
                      names[i]);
    return 0;
}

/* Applies one option with its value. Returns 0 and writes message when the value is bad. */
static int apply(poshuk_cli_options *o, int index, const char *value, char *message, size_t size) {
    const char *name = options[index].long_name;
    if (options[index].takes_value && blank(value)) {
        snprintf(message, size, "--%s needs a value", name);
        return 0;
    }
    /* Text that is not UTF-8 would filter on nothing, or show mangled (--analyse): refused with where
     * it goes wrong, as the query checker refuses such WORDS. A path (-d) may hold any bytes. */
    if (options[index].takes_value && options[index].id != OPT_INDEX) {
        size_t len = strlen(value), bad = poshuk_utf8_invalid_at(value, len);
        if (bad < len) {
            snprintf(message, size, "--%s: invalid UTF-8 at byte offset %zu", name, bad);
            return 0;
        }
    }
    switch (options[index].id) {
    case OPT_INDEX:
        o->indexes[o->n_indexes++] = value;
        return 1;
    case OPT_TAG:
        o->tags[o->n_tags++] = value;
        return 1;
    case OPT_OBLAST:
        o->oblasts[o->n_oblasts++] = value;
        return 1;
    case OPT_HROMADA:
        o->hromadas[o->n_hromadas++] = value;
        return 1;
    case OPT_LANG:
        if (strcmp(value, "uk") != 0 && strcmp(value, "en") != 0) {
            snprintf(message, size, "--lang: \"%s\" is not uk or en", value);
            return 0;
        }
        o->langs[o->n_langs++] = value;
        return 1;
    case OPT_FROM:
    case OPT_TO: {
        poshuk_range_end end = options[index].id == OPT_FROM ? POSHUK_RANGE_FROM : POSHUK_RANGE_TO;
        int32_t *date = end == POSHUK_RANGE_FROM ? &o->date_from : &o->date_to;
        if (!poshuk_date_parse_bound(value, end, date)) {
            snprintf(message, size, "--%s: cannot read \"%s\" as a date", name, value);
            return 0;
        }
        return 1;
    }
    case OPT_LIMIT:
    case OPT_OFFSET:
    case OPT_FACET_LIMIT:
    case OPT_SNIPPETS: {
        size_t *n = options[index].id == OPT_LIMIT         ? &o->limit
                    : options[index].id == OPT_OFFSET      ? &o->offset
                    : options[index].id == OPT_FACET_LIMIT ? &o->facet_limit
                                                           : &o->snippet_chars;
        if (!parse_count(value, n)) {
            snprintf(message, size, "--%s: cannot read \"%s\" as a number", name, value);
            return 0;
        }
        return 1;
    }
    case OPT_MAX_QUERY_BYTES:
    case OPT_MAX_TERMS:
    case OPT_MAX_PHRASES: {
        size_t *n = options[index].id == OPT_MAX_QUERY_BYTES ? &o->max_query_bytes
                    : options[index].id == OPT_MAX_TERMS     ? &o->max_terms
                                                             : &o->max_phrases;
        if (!parse_count(value, n)) {
            snprintf(message, size, "--%s: cannot read \"%s\" as a number", name, value);
            return 0;
        }
        if (*n == 0) {
            snprintf(message, size, "--%s must be at least 1", name);
            return 0;
        }
        return 1;
    }
    case OPT_TIME_BUDGET: {
        double seconds = 0;
        if (!parse_seconds(value, &seconds) || seconds <= 0 || seconds > POSHUK_CLI_TIME_BUDGET_MAX) {
            snprintf(message, size, "--time-budget: \"%s\" is not a number of seconds above 0 and up to %d",
                     value, POSHUK_CLI_TIME_BUDGET_MAX);
            return 0;
        }
        o->time_budget = seconds;
        return 1;
    }
    case OPT_NO_FACETS:
        o->facets = 0;
        return 1;
    case OPT_JSON:
        o->json = 1;
        return 1;
    case OPT_MULTISELECT:
        o->multiselect = 1;
        return 1;
    case OPT_SORT:
        return pick(value, sort_names, &o->sort, name, message, size);
    case OPT_PARTIAL:
        o->partial = 1;
        return 1;
    case OPT_SUGGEST:
        o->suggest = value;
        return 1;
    case OPT_ANALYSE:
        o->analyse = value;
        return 1;
    case OPT_NO_CORRECTION:
        o->correction = 0;
        return 1;
    case OPT_COLOR:
        return pick(value, color_names, &o->color, name, message, size);
    case OPT_HELP:
        o->help = 1;
        return 1;
    case OPT_VERSION:
        o->version = 1;
        return 1;
    }
    return 1;
}

/* Joins the words with single spaces. */
static char *join(char *const *words, size_t n) {
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += strlen(words[i]) + 1;
    char *q = malloc(len + 1);
    if (!q)
        return NULL;
    char *p = q;
    for (size_t i = 0; i < n; i++) {
        if (i)
            *p++ = ' ';
        size_t k = strlen(words[i]);
        memcpy(p, words[i], k);
        p += k;
    }
    *p = '\0';
    return q;
}

static poshuk_cli_result parse(int argc, char *const *argv, const char *index_env, poshuk_cli_options *out,
                               char *message, size_t size) {
    memset(out, 0, sizeof *out);
    out->limit = 10;
    out->facet_limit = 10;
    out->facets = 1;
    out->snippet_chars = POSHUK_CLI_SNIPPET_CHARS;
    out->correction = 1;
    message[0] = '\0';
    size_t slots = argc > 0 ? (size_t)argc : 1;
    /* One array per list, each long enough for every argument; the words too. */
    const char **lists = calloc(6 * slots, sizeof *lists);
    if (!lists)
        return POSHUK_CLI_NOMEM;
    out->indexes = lists;
    out->tags = lists + slots;
    out->oblasts = lists + 2 * slots;
    out->hromadas = lists + 3 * slots;
    out->langs = lists + 4 * slots;
    char **words = (char **)(lists + 5 * slots);
    size_t n_words = 0;

    const char *from_text = "", *to_text = "";
    int options_end = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (options_end || !looks_like_option(arg)) {
            words[n_words++] = (char *)arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            options_end = 1;
            continue;
        }
        const char *value;
        int index = find_option(arg, &value);
        if (index < 0) {
            snprintf(message, size, "unknown option %s (see --help)", arg);
            return POSHUK_CLI_USAGE;
        }
        if (options[index].takes_value && !value) {
            if (i + 1 >= argc) {
                snprintf(message, size, "--%s needs a value", options[index].long_name);
                return POSHUK_CLI_USAGE;
            }
            value = argv[++i];
        } else if (!options[index].takes_value && value) {
            snprintf(message, size, "--%s takes no value", options[index].long_name);
            return POSHUK_CLI_USAGE;
        }
        if (!apply(out, index, value, message, size))
            return POSHUK_CLI_USAGE;
        if (options[index].id == OPT_FROM)
            from_text = value;
        else if (options[index].id == OPT_TO)
            to_text = value;
    }
    if (out->help || out->version)
        return POSHUK_CLI_OK;

    if (out->date_from && out->date_to && out->date_from > out->date_to) {
        snprintf(message, size, "--from \"%s\" is after --to \"%s\"", from_text, to_text);
        return POSHUK_CLI_USAGE;
    }
    if (out->analyse) {
        if (n_words > 0) {
            snprintf(message, size, "--analyse takes its text as its value; give no WORDS with it");
            return POSHUK_CLI_USAGE;
        }
        return POSHUK_CLI_OK; /* the analysis needs no index */
    }
    if (out->suggest && n_words > 0) {
        snprintf(message, size, "--suggest takes its text as its value; give no WORDS with it");
        return POSHUK_CLI_USAGE;
    }
    if (out->n_indexes == 0) {
        if (!index_env || blank(index_env)) {
            snprintf(message, size, "no index: give -d DIR or set POSHUK_INDEX");
            return POSHUK_CLI_USAGE;
        }
        out->indexes[out->n_indexes++] = index_env;
    }
    if (n_words > 0) {
        out->query = join(words, n_words);
        if (!out->query)
            return POSHUK_CLI_NOMEM;
    }
    return POSHUK_CLI_OK;
}

poshuk_cli_result poshuk_cli_parse(int argc, char *const *argv, const char *index_env,
                                   poshuk_cli_options *out, char *message, size_t size) {
    /* A message quotes option values byte for byte; it leaves here escaped (cli/message.h), made
     * whole first and then cut to size, so that whoever prints it cannot be driven by what was
     * typed, and a shorter buffer gets the start of the same message. */
    char raw[1024];
    poshuk_cli_result result = parse(argc, argv, index_env, out, raw, sizeof raw);
    if (size == 0)
        return result;
    message[0] = '\0';
    if (raw[0] == '\0')
        return result;
    char *escaped = poshuk_message_escape(raw);
    if (!escaped)
        return POSHUK_CLI_NOMEM;
    snprintf(message, size, "%s", escaped);
    free(escaped);
    return result;
}

void poshuk_cli_free(poshuk_cli_options *o) {
    free(o->indexes); /* the block holding every list */
    free(o->query);
    memset(o, 0, sizeof *o);
}

int poshuk_cli_wants_json(int argc, char *const *argv) {
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            return 0;
        if (strcmp(argv[i], "--json") == 0)
            return 1;
        /* An option's value is not an option, even "--" or "--json" (--hromada -- --json): read the
         * arguments as poshuk_cli_parse does, or an error would come as text after --json. */
        const char *value;
        int index = looks_like_option(argv[i]) ? find_option(argv[i], &value) : -1;
        if (index >= 0 && options[index].takes_value && !value)
            i++;
    }
    return 0;
}
