/* poshuk-query --json: one object per search, schema and ordering in query/JSON.md. Built with
 * jansson and printed with a two-space indent; reals with at most 10 significant digits after
 * rounding (scores to 6 decimals, took_ms to 3), so the output is stable across platforms. */
#include "query/format.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const facet_keys[POSHUK_FACET_COUNT] = {"tags", "oblast", "hromada", "year", "month"};

/* NULL and "" are both "missing": null. Text that jansson refuses (not UTF-8) is null too. */
static json_t *string_or_null(const char *s) {
    if (!s || !s[0])
        return json_null();
    json_t *j = json_string(s);
    return j ? j : json_null();
}

static json_t *string_array(const char *const *items, size_t n) {
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        if (items[i] && items[i][0])
            json_array_append_new(a, string_or_null(items[i]));
    return a;
}

static json_t *rounded(double x, double scale) {
    return json_real(round(x * scale) / scale);
}

/* Characters (code points) in s[0..n): the unit of snippet offsets, which is also a JavaScript
 * string index for text without characters beyond U+FFFF. */
static size_t chars_in(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

/* Appends s[0..n) to out[*len..] with & < > " escaped for HTML; out has room. */
static void put_escaped_html(char *out, size_t *len, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const char *e = s[i] == '&'   ? "&amp;"
                        : s[i] == '<' ? "&lt;"
                        : s[i] == '>' ? "&gt;"
                        : s[i] == '"' ? "&quot;"
                                      : NULL;
        if (e) {
            memcpy(out + *len, e, strlen(e));
            *len += strlen(e);
        } else {
            out[(*len)++] = s[i];
        }
    }
}

/* {"text", "html", "marks": [{"start", "end"}]}, or null when the hit has no snippet. html is the
 * text escaped for HTML with each mark in <mark></mark>, ready for a page. */
static json_t *snippet_object(const poshuk_hit *h) {
    if (!h->snippet)
        return json_null();
    const char *s = h->snippet;
    size_t len = strlen(s);
    json_t *o = json_object();
    json_t *marks = json_array();
    char *html = malloc(6 * len + 13 * h->n_marks + 1); /* &quot; is the longest escape */
    if (!o || !marks || !html) {
        json_decref(o);
        json_decref(marks);
        free(html);
        return json_null();
    }
    size_t at = 0, hl = 0;
    for (size_t m = 0; m <= h->n_marks; m++) {
        size_t start = m < h->n_marks ? h->marks[m].start : len;
        size_t end = m < h->n_marks ? start + h->marks[m].length : len;
        if (start < at || end > len) /* not sorted or out of range: never from the library */
            break;
        put_escaped_html(html, &hl, s + at, start - at);
        if (m == h->n_marks)
            break;
        memcpy(html + hl, "<mark>", 6);
        hl += 6;
        put_escaped_html(html, &hl, s + start, end - start);
        memcpy(html + hl, "</mark>", 7);
        hl += 7;
        json_t *mark = json_object();
        json_object_set_new(mark, "start", json_integer((json_int_t)chars_in(s, start)));
        json_object_set_new(mark, "end", json_integer((json_int_t)chars_in(s, end)));
        json_array_append_new(marks, mark);
        at = end;
    }
    html[hl] = '\0';
    json_object_set_new(o, "text", string_or_null(s));
    json_object_set_new(o, "html", string_or_null(html));
    json_object_set_new(o, "marks", marks);
    free(html);
    return o;
}

static json_t *hit_object(const poshuk_hit *h) {
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_object_set_new(o, "rank", json_integer((json_int_t)h->rank));
    json_object_set_new(o, "id", string_or_null(h->id));
    json_object_set_new(o, "score", rounded(h->score, 1e6));
    json_object_set_new(o, "title", string_or_null(h->title));
    json_object_set_new(o, "url", string_or_null(h->url));
    if (h->date > 0) {
        char date[16];
        snprintf(date, sizeof date, "%04d-%02d-%02d", (int)(h->date / 10000), (int)(h->date / 100 % 100),
                 (int)(h->date % 100));
        json_object_set_new(o, "date", json_string(date));
    } else {
        json_object_set_new(o, "date", json_null());
    }
    json_object_set_new(o, "lang", string_or_null(h->lang));
    json_object_set_new(o, "tags", string_array(h->tags, h->n_tags));
    json_object_set_new(o, "oblast", string_or_null(h->oblast));
    json_object_set_new(o, "hromadas", string_array(h->hromadas, h->n_hromadas));
    json_object_set_new(o, "source", string_or_null(h->source));
    json_object_set_new(o, "snippet", snippet_object(h));
    return o;
}

static json_t *facet_array(const poshuk_facet *f) {
    json_t *a = json_array();
    for (size_t v = 0; a && v < f->n_values; v++) {
        json_t *item = json_object();
        json_object_set_new(item, "value", string_or_null(f->values[v].value));
        json_object_set_new(item, "count", json_integer((json_int_t)f->values[v].count));
        json_array_append_new(a, item);
    }
    return a;
}

/* The text of j with a final newline, or NULL. */
static char *dump(json_t *j) {
    if (!j)
        return NULL;
    char *text = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    json_decref(j);
    if (!text)
        return NULL;
    size_t len = strlen(text);
    char *out = malloc(len + 2);
    if (out) {
        memcpy(out, text, len);
        out[len] = '\n';
        out[len + 1] = '\0';
    }
    free(text);
    return out;
}

static int blank(const char *s) {
    if (!s)
        return 1;
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 0;
    return 1;
}

const char *poshuk_sort_name(poshuk_sort sort) {
    switch (sort) {
    case POSHUK_SORT_NEWEST:
        return "newest";
    case POSHUK_SORT_RECENT:
        return "recent";
    case POSHUK_SORT_RELEVANCE:
        break;
    }
    return "relevance";
}

char *poshuk_format_json(const poshuk_results *r, const poshuk_output_request *req) {
    json_t *root = json_object();
    if (!root)
        return NULL;
    json_t *query = json_string(blank(req->query) ? "" : req->query);
    json_object_set_new(root, "query", query ? query : json_string(""));
    json_object_set_new(root, "total", json_integer((json_int_t)r->total));
    json_object_set_new(root, "offset", json_integer((json_int_t)req->offset));
    json_object_set_new(root, "limit", json_integer((json_int_t)req->limit));
    json_object_set_new(root, "sort", json_string(poshuk_sort_name(req->sort)));
    json_object_set_new(root, "took_ms", rounded(r->seconds * 1000.0, 1e3));
    json_object_set_new(root, "timed_out", json_boolean(r->timed_out));
    if (r->suggestion && r->suggestion[0]) {
        json_t *suggestion = json_object();
        json_object_set_new(suggestion, "query", string_or_null(r->suggestion));
        json_object_set_new(suggestion, "kind",
                            json_string(r->suggestion_kind == POSHUK_SUGGEST_LAYOUT ? "layout" : "spelling"));
        json_object_set_new(suggestion, "applied", json_boolean(r->suggestion_applied));
        json_object_set_new(suggestion, "total", json_integer((json_int_t)r->suggestion_total));
        json_object_set_new(root, "suggestion", suggestion);
    } else {
        json_object_set_new(root, "suggestion", json_null());
    }
    json_t *hits = json_array();
    for (size_t i = 0; hits && i < r->n_hits; i++)
        json_array_append_new(hits, hit_object(&r->hits[i]));
    json_object_set_new(root, "hits", hits);

    int any = 0;
    for (int k = 0; k < POSHUK_FACET_COUNT; k++)
        any |= r->facets[k].counted;
    if (any) {
        json_t *facets = json_object();
        for (int k = 0; facets && k < POSHUK_FACET_COUNT; k++)
            if (r->facets[k].counted)
                json_object_set_new(facets, facet_keys[k], facet_array(&r->facets[k]));
        json_object_set_new(root, "facets", facets);
    }
    return dump(root);
}

char *poshuk_format_json_error(const char *status, const char *message, int include_offset, long offset) {
    json_t *error = json_object();
    json_t *root = json_object();
    if (!error || !root) {
        json_decref(error);
        json_decref(root);
        return NULL;
    }
    json_object_set_new(error, "status", string_or_null(status));
    json_object_set_new(error, "message", string_or_null(message));
    if (include_offset)
        json_object_set_new(error, "offset", offset >= 0 ? json_integer(offset) : json_null());
    json_object_set_new(root, "error", error);
    return dump(root);
}
