/* Formats poshuk_analyse's tokens; see format_analysis.h. */
#include "query/format_analysis.h"

#include <jansson.h>
#include <string.h>

enum { COLUMNS = 6 };

static const char *const headings[COLUMNS] = {"word", "script", "term", "translit", "cross-script", "stop"};

/* Characters, not bytes: a Cyrillic letter is two bytes but one column. */
static size_t width(const char *s) {
    size_t n = 0;
    for (; *s; ++s)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static void cells(const poshuk_token *t, const char *cell[COLUMNS]) {
    cell[0] = t->word;
    cell[1] = t->script;
    cell[2] = t->term ? t->term : "(too long)";
    cell[3] = t->translit ? t->translit : "-";
    cell[4] = t->cross_key ? t->cross_key : "-";
    cell[5] = t->stopword ? "stop" : "";
}

static void row(FILE *out, const char *const cell[COLUMNS], const size_t widths[COLUMNS]) {
    for (int c = 0; c < COLUMNS; ++c) {
        fputs(cell[c], out);
        if (c + 1 < COLUMNS && cell[c + 1][0])
            fprintf(out, "%*s", (int)(widths[c] - width(cell[c]) + 2), "");
    }
    fputc('\n', out);
}

void poshuk_format_analysis_text(FILE *out, const poshuk_tokens *tokens) {
    size_t widths[COLUMNS];
    for (int c = 0; c < COLUMNS; ++c)
        widths[c] = width(headings[c]);
    for (size_t i = 0; i < tokens->n_items; ++i) {
        const char *cell[COLUMNS];
        cells(&tokens->items[i], cell);
        for (int c = 0; c < COLUMNS; ++c)
            if (width(cell[c]) > widths[c])
                widths[c] = width(cell[c]);
    }
    row(out, headings, widths);
    for (size_t i = 0; i < tokens->n_items; ++i) {
        const char *cell[COLUMNS];
        cells(&tokens->items[i], cell);
        row(out, cell, widths);
    }
}

static json_t *string_or_null(const char *s) {
    return s ? json_string(s) : json_null();
}

void poshuk_format_analysis_json(FILE *out, const poshuk_tokens *tokens) {
    json_t *words = json_array();
    for (size_t i = 0; i < tokens->n_items; ++i) {
        const poshuk_token *t = &tokens->items[i];
        json_array_append_new(words,
                              json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:b}", "word", t->word, "lower",
                                        t->lower, "script", t->script, "term", string_or_null(t->term),
                                        "translit", string_or_null(t->translit), "cross_key",
                                        string_or_null(t->cross_key), "stopword", t->stopword));
    }
    json_t *doc = json_pack("{s:o}", "words", words);
    json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    fputc('\n', out);
    json_decref(doc);
}
