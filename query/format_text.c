/* The text layout of poshuk-query's results (see format.h). The end-to-end tests compare it byte for
 * byte, so every choice here is deliberate:
 * - a header line with the count and the query in “ ”, plus ", showing A–B" when not every match
 *   is listed (", none shown" with --limit 0);
 * - per hit two lines: rank, score (3 decimals), date ("no date" when unknown) and title; then,
 *   under the date, the oblast and the tags ("oblast · tag, tag"), left out when both are empty;
 *   columns are as wide as the widest rank and score on the page;
 * - a blank line, then one line per counted facet ("Tags:", "Oblast:", "Hromada:", "Year:",
 *   "Month:" padded to 9 columns): "value count" items joined by " · ", wrapped at 80 columns with
 *   a 9-column indent, "(none)" when the facet has no values; no facets when nothing matched.
 * - under them, when the hit has a snippet, up to three lines of it, word-wrapped at the date column,
 *   cut with "…" when longer;
 * - with colour on (a terminal), the title and the snippet's matched words in bold; otherwise no
 *   escape sequence at all, so a pipe gets plain text;
 * - a did-you-mean suggestion on a line of its own before the header: "Did you mean “X”? N articles"
 *   when only proposed; "No articles match “Y”; showing “X”" when the search ran it instead (the
 *   header then names X); " (keyboard layout)" after X when it is Y retyped in the other layout.
 * - after it, when the match ran out of its time budget, a line that says the results are partial.
 * Widths are terminal columns: Cyrillic and Latin letters take one, combining marks none, CJK two.
 * Control characters in stored text show as spaces, so a title cannot break the layout. */
#include "query/format.h"

#include "query/strbuf.h"
#include "query/utf8.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIDTH         80
#define FACET_INDENT  9
#define ELLIPSIS      "\xE2\x80\xA6" /* … */
#define SNIPPET_LINES 3
#define BOLD          "\033[1m"
#define PLAIN         "\033[0m"

/* The next character of s[0..len) for display: its byte length, and *cp (control characters and
 * invalid bytes come back as a space and U+FFFD). */
static size_t next_char(const char *s, size_t len, int32_t *cp) {
    size_t k = poshuk_utf8_decode(s, len, cp);
    if (k == 0) {
        *cp = 0xFFFD;
        return 1;
    }
    if (*cp < 0x20 || *cp == 0x7F || (*cp >= 0x80 && *cp < 0xA0))
        *cp = ' ';
    return k;
}

static size_t columns(const char *s) {
    size_t len = strlen(s), cols = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        i += next_char(s + i, len - i, &cp);
        cols += (size_t)poshuk_utf8_columns(cp);
    }
    return cols;
}

/* Appends s, cut with "…" at a character boundary if it takes more than max_cols columns.
 * Returns the columns appended. */
static size_t put_cut(poshuk_strbuf *sb, const char *s, size_t max_cols) {
    size_t len = strlen(s), total = columns(s);
    size_t room = total <= max_cols ? max_cols : (max_cols > 0 ? max_cols - 1 : 0);
    size_t used = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = next_char(s + i, len - i, &cp);
        size_t w = (size_t)poshuk_utf8_columns(cp);
        if (used + w > room)
            break;
        if (cp == ' ' && s[i] != ' ')
            poshuk_sb_puts(sb, " ");
        else if (cp == 0xFFFD && k == 1)
            poshuk_sb_puts(sb, "\xEF\xBF\xBD");
        else
            poshuk_sb_append(sb, s + i, k);
        used += w;
        i += k;
    }
    if (total > max_cols && max_cols > 0) {
        poshuk_sb_puts(sb, ELLIPSIS);
        used++;
    }
    return used;
}

static int blank(const char *s) {
    if (!s)
        return 1;
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 0;
    return 1;
}

static void header(poshuk_strbuf *sb, const poshuk_results *r, const poshuk_output_request *req) {
    char count[64], shown[80] = "";
    if (r->total == 0)
        snprintf(count, sizeof count, "No articles");
    else if (r->total == 1)
        snprintf(count, sizeof count, "1 article");
    else
        snprintf(count, sizeof count, "%" PRIu64 " articles", r->total);
    if (r->n_hits > 0 && (r->hits[0].rank != 1 || r->n_hits < r->total))
        snprintf(shown, sizeof shown, ", showing %zu\xE2\x80\x93%zu", r->hits[0].rank,
                 r->hits[r->n_hits - 1].rank);
    else if (r->n_hits == 0 && r->total > 0)
        snprintf(shown, sizeof shown, ", none shown");

    poshuk_sb_puts(sb, count);
    if (!blank(req->query)) {
        const char *verb = r->total == 1 ? " matches " : " match ";
        poshuk_sb_puts(sb, verb);
        size_t used = columns(count) + columns(verb) + 2 + columns(shown);
        poshuk_sb_puts(sb, "\xE2\x80\x9C"); /* “ */
        put_cut(sb, req->query, used < WIDTH ? WIDTH - used : 1);
        poshuk_sb_puts(sb, "\xE2\x80\x9D"); /* ” */
    }
    poshuk_sb_puts(sb, shown);
    poshuk_sb_puts(sb, "\n");
}

/* The did-you-mean line (see the top of the file), cut to the width. */
static void suggestion(poshuk_strbuf *sb, const poshuk_results *r, const poshuk_output_request *req) {
    if (!r->suggestion || blank(r->suggestion))
        return;
    poshuk_strbuf line = {0};
    const char *why = r->suggestion_kind == POSHUK_SUGGEST_LAYOUT ? " (keyboard layout)" : "";
    if (r->suggestion_applied)
        poshuk_sb_printf(&line,
                         "No articles match \xE2\x80\x9C%s\xE2\x80\x9D; showing \xE2\x80\x9C%s\xE2\x80\x9D%s",
                         blank(req->query) ? "" : req->query, r->suggestion, why);
    else
        poshuk_sb_printf(&line, "Did you mean \xE2\x80\x9C%s\xE2\x80\x9D%s? %" PRIu64 " %s", r->suggestion,
                         why, r->suggestion_total, r->suggestion_total == 1 ? "article" : "articles");
    char *text = poshuk_sb_take(&line);
    if (text) {
        put_cut(sb, text, WIDTH);
        poshuk_sb_puts(sb, "\n");
    }
    free(text);
}

static size_t digits(size_t n) {
    size_t d = 1;
    while (n >= 10) {
        n /= 10;
        d++;
    }
    return d;
}

/* Whether byte i of a snippet lies in one of its marks (sorted, not overlapping). */
static int marked(const poshuk_hit *h, size_t i) {
    for (size_t m = 0; m < h->n_marks; m++)
        if (i >= h->marks[m].start && i < h->marks[m].start + h->marks[m].length)
            return 1;
    return 0;
}

/* Appends s[from..to) with bold around its marked bytes when color is on. */
static void put_marked(poshuk_strbuf *sb, const poshuk_hit *h, size_t from, size_t to, int color) {
    int bold = 0;
    for (size_t i = from; i < to;) {
        int32_t cp;
        size_t k = next_char(h->snippet + i, to - i, &cp);
        int want = color && marked(h, i);
        if (want != bold) {
            poshuk_sb_puts(sb, want ? BOLD : PLAIN);
            bold = want;
        }
        if (cp == ' ' || cp == 0xFFFD)
            poshuk_sb_puts(sb, cp == ' ' ? " " : "\xEF\xBF\xBD");
        else
            poshuk_sb_append(sb, h->snippet + i, k);
        i += k;
    }
    if (bold)
        poshuk_sb_puts(sb, PLAIN);
}

/* A word of a snippet: bytes [start, end), cols columns. */
typedef struct {
    size_t start, end, cols;
} snippet_word;

/* Prints as much of word w as fits in room columns, then "…". */
static void put_cut_word(poshuk_strbuf *sb, const poshuk_hit *h, const snippet_word *w, size_t room,
                         int color) {
    size_t end = w->start, used = 0;
    while (end < w->end) {
        int32_t cp;
        size_t k = next_char(h->snippet + end, w->end - end, &cp);
        if (used + (size_t)poshuk_utf8_columns(cp) > room)
            break;
        used += (size_t)poshuk_utf8_columns(cp);
        end += k;
    }
    put_marked(sb, h, w->start, end, color);
    poshuk_sb_puts(sb, ELLIPSIS);
}

/* The snippet word-wrapped into at most SNIPPET_LINES lines of width columns, each indented. Runs
 * of white space become one space; a word wider than a line is cut; when text is left over after
 * the last line, that line ends in "…". */
static void snippet_lines(poshuk_strbuf *sb, const poshuk_hit *h, size_t indent, size_t width, int color) {
    const char *s = h->snippet;
    size_t len = strlen(s), n = 0;
    snippet_word *words = malloc((len / 2 + 1) * sizeof *words); /* a word and a space take 2 bytes */
    if (!words) {
        sb->failed = 1;
        return;
    }
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = next_char(s + i, len - i, &cp);
        if (cp == ' ') {
            i += k;
            continue;
        }
        snippet_word *w = &words[n++];
        w->start = i;
        w->cols = 0;
        while (i < len) {
            k = next_char(s + i, len - i, &cp);
            if (cp == ' ')
                break;
            w->cols += (size_t)poshuk_utf8_columns(cp);
            i += k;
        }
        w->end = i;
    }

    size_t w = 0;
    for (int line = 0; line < SNIPPET_LINES && w < n; line++) {
        const int last = line == SNIPPET_LINES - 1;
        size_t first = w, cols = 0;
        while (w < n && cols + (w > first) + words[w].cols <= width) {
            cols += (w > first) + words[w].cols;
            w++;
        }
        /* On the last line with text left over, "…" needs a column of its own. */
        while (last && w < n && w > first && cols + 1 > width) {
            w--;
            cols -= words[w].cols + (w > first);
        }
        poshuk_sb_repeat(sb, ' ', indent);
        if (w == first) { /* a word wider than the line */
            put_cut_word(sb, h, &words[w], width > 0 ? width - 1 : 0, color);
            poshuk_sb_puts(sb, "\n");
            break;
        }
        for (size_t k = first; k < w; k++) {
            if (k > first)
                poshuk_sb_puts(sb, " ");
            put_marked(sb, h, words[k].start, words[k].end, color);
        }
        if (last && w < n)
            poshuk_sb_puts(sb, ELLIPSIS);
        poshuk_sb_puts(sb, "\n");
    }
    free(words);
}

static void hit_lines(poshuk_strbuf *sb, const poshuk_results *r, int color) {
    size_t rank_width = 2, score_width = 5;
    for (size_t i = 0; i < r->n_hits; i++) {
        char score[64];
        snprintf(score, sizeof score, "%.3f", r->hits[i].score);
        if (digits(r->hits[i].rank) > rank_width)
            rank_width = digits(r->hits[i].rank);
        if (strlen(score) > score_width)
            score_width = strlen(score);
    }
    size_t indent = rank_width + 1 + 2 + score_width + 2; /* where the date column starts */
    size_t title_col = indent + 10 + 2;

    for (size_t i = 0; i < r->n_hits; i++) {
        const poshuk_hit *h = &r->hits[i];
        char date[16] = "no date   ";
        if (h->date > 0)
            snprintf(date, sizeof date, "%04d-%02d-%02d", (int)(h->date / 10000), (int)(h->date / 100 % 100),
                     (int)(h->date % 100));
        poshuk_sb_printf(sb, "%*zu.  %*.3f  %s  ", (int)rank_width, h->rank, (int)score_width, h->score,
                         date);
        if (!blank(h->title)) {
            if (color)
                poshuk_sb_puts(sb, BOLD);
            put_cut(sb, h->title, WIDTH - title_col);
            if (color)
                poshuk_sb_puts(sb, PLAIN);
        } else {
            poshuk_strbuf untitled = {0};
            poshuk_sb_printf(&untitled, "(no title: id %s)", h->id ? h->id : "?");
            char *s = poshuk_sb_take(&untitled);
            put_cut(sb, s ? s : "(no title)", WIDTH - title_col);
            free(s);
        }
        poshuk_sb_puts(sb, "\n");

        /* The second line: "oblast · tag, tag", built first so that it can be cut as a whole. */
        poshuk_strbuf where = {0};
        int first_tag = 1;
        if (!blank(h->oblast))
            poshuk_sb_puts(&where, h->oblast);
        for (size_t t = 0; t < h->n_tags; t++) {
            if (blank(h->tags[t]))
                continue;
            if (where.len > 0)
                poshuk_sb_puts(&where, first_tag ? " \xC2\xB7 " : ", ");
            first_tag = 0;
            poshuk_sb_puts(&where, h->tags[t]);
        }
        char *line = poshuk_sb_take(&where);
        if (line && line[0]) {
            poshuk_sb_repeat(sb, ' ', indent);
            put_cut(sb, line, WIDTH - indent);
            poshuk_sb_puts(sb, "\n");
        }
        free(line);
        if (h->snippet && !blank(h->snippet))
            snippet_lines(sb, h, indent, WIDTH - indent, color);
    }
}

static void facet_line(poshuk_strbuf *sb, const char *label, const poshuk_facet *f) {
    poshuk_sb_puts(sb, label);
    poshuk_sb_repeat(sb, ' ', FACET_INDENT - strlen(label));
    if (f->n_values == 0) {
        poshuk_sb_puts(sb, "(none)\n");
        return;
    }
    size_t col = FACET_INDENT;
    for (size_t v = 0; v < f->n_values; v++) {
        const char *value = f->values[v].value ? f->values[v].value : "";
        char count[32];
        snprintf(count, sizeof count, " %" PRIu64, f->values[v].count);
        size_t need = columns(value) + strlen(count);
        if (v > 0) {
            if (col + 3 + need <= WIDTH) {
                poshuk_sb_puts(sb, " \xC2\xB7 ");
                col += 3;
            } else {
                poshuk_sb_puts(sb, "\n");
                poshuk_sb_repeat(sb, ' ', FACET_INDENT);
                col = FACET_INDENT;
            }
        }
        /* A value too long for a line of its own is cut, keeping its count. */
        col += put_cut(sb, value, WIDTH - FACET_INDENT - strlen(count));
        poshuk_sb_puts(sb, count);
        col += strlen(count);
    }
    poshuk_sb_puts(sb, "\n");
}

char *poshuk_format_text(const poshuk_results *r, const poshuk_output_request *req) {
    static const char *const labels[POSHUK_FACET_COUNT] = {"Tags:", "Oblast:", "Hromada:", "Year:", "Month:"};
    poshuk_strbuf sb = {0};
    suggestion(&sb, r, req);
    if (r->timed_out)
        poshuk_sb_puts(&sb, "Out of time: the counts and hits are of the articles examined until then\n");
    /* After a correction the hits are the suggestion's, and so is the header. */
    poshuk_output_request shown = *req;
    if (r->suggestion && r->suggestion_applied)
        shown.query = r->suggestion;
    header(&sb, r, &shown);
    hit_lines(&sb, r, req->color);
    int any = 0;
    for (int k = 0; k < POSHUK_FACET_COUNT; k++)
        any |= r->facets[k].counted;
    if (any && r->total > 0) {
        poshuk_sb_puts(&sb, "\n");
        for (int k = 0; k < POSHUK_FACET_COUNT; k++)
            if (r->facets[k].counted)
                facet_line(&sb, labels[k], &r->facets[k]);
    }
    return poshuk_sb_take(&sb);
}
