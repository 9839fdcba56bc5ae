/* The page-text reader (pagetext.h has the rules).
 *
 * Two passes over the lines, neither of which keeps a list of them (a hostile page may have millions):
 * the first finds where the labelled part begins and which line holds its last label, the second
 * takes the body and the values. Values are copied out and tidied; the page's text is not kept. */
#include "indexer/pagetext.h"

#include "indexer/text.h"
#include "indexer/utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { BLOCK_NONE = -1, BLOCK_TAGS, BLOCK_OBLAST, BLOCK_HROMADAS, BLOCK_SOURCE } block_kind;

static const struct {
    const char *text;
    block_kind kind;
} labels[] = {
    {"Tags:", BLOCK_TAGS},
    {"Теги:", BLOCK_TAGS},
    {"Мітки:", BLOCK_TAGS},
    {"Область:", BLOCK_OBLAST},
    {"Oblast:", BLOCK_OBLAST},
    {"Region:", BLOCK_OBLAST},
    {"Громади:", BLOCK_HROMADAS},
    {"Громада:", BLOCK_HROMADAS},
    {"Hromadas:", BLOCK_HROMADAS},
    {"Hromada:", BLOCK_HROMADAS},
    {"Communities:", BLOCK_HROMADAS},
    {"Source:", BLOCK_SOURCE},
    {"Джерело:", BLOCK_SOURCE},
};
#define N_LABELS (sizeof labels / sizeof labels[0])

/* A growing array of string pointers. */
typedef struct {
    const char **items;
    size_t n, cap;
} str_list;

struct poshuk_page {
    poshuk_article article;
    char **owned; /* every string the article points into, freed at the next parse */
    size_t n_owned, cap_owned;
    str_list tags, hromadas, sources;
    const char *oblast;
    unsigned long rail_line;
    int nomem;
};

/* A line or a piece of one: not NUL-terminated. */
typedef struct {
    const char *p;
    size_t len;
} span;

typedef struct {
    const char *p, *end;
} cursor;

/* ---------------------------------------------------------------- memory */

poshuk_page *poshuk_page_new(void) {
    return calloc(1, sizeof(poshuk_page));
}

static void drop_owned(poshuk_page *page) {
    for (size_t i = 0; i < page->n_owned; i++)
        free(page->owned[i]);
    page->n_owned = 0;
    page->tags.n = page->hromadas.n = page->sources.n = 0;
    page->oblast = NULL;
    page->rail_line = 0;
    page->nomem = 0;
    memset(&page->article, 0, sizeof page->article);
}

void poshuk_page_free(poshuk_page *page) {
    if (page == NULL)
        return;
    drop_owned(page);
    free(page->owned);
    free(page->tags.items);
    free(page->hromadas.items);
    free(page->sources.items);
    free(page);
}

const poshuk_article *poshuk_page_article(const poshuk_page *page) {
    return &page->article;
}

unsigned long poshuk_page_rail_line(const poshuk_page *page) {
    return page->rail_line;
}

static int grow(void **items, size_t *cap, size_t n, size_t item_size) {
    if (n < *cap)
        return 1;
    size_t new_cap = *cap ? *cap * 2 : 8;
    void *bigger = realloc(*items, new_cap * item_size);
    if (bigger == NULL)
        return 0;
    *items = bigger;
    *cap = new_cap;
    return 1;
}

/* A tidied, NUL-terminated copy of s owned by the page, or NULL when it is blank or memory ran out
 * (page->nomem says which). */
static char *keep(poshuk_page *page, span s, poshuk_tidy_mode mode) {
    if (page->nomem || !grow((void **)&page->owned, &page->cap_owned, page->n_owned, sizeof(char *))) {
        page->nomem = 1;
        return NULL;
    }
    char *copy = malloc(s.len + 1);
    if (copy == NULL) {
        page->nomem = 1;
        return NULL;
    }
    memcpy(copy, s.p, s.len);
    copy[s.len] = '\0';
    page->owned[page->n_owned++] = copy;
    return poshuk_input_tidy(copy, s.len, mode) > 0 ? copy : NULL;
}

/* The body, kept like any value but with the CR of each CRLF line end dropped first: tidying would
 * make it a space at the end of every line. */
static const char *keep_body(poshuk_page *page, span s) {
    char *copy = malloc(s.len + 1);
    if (copy == NULL) {
        page->nomem = 1;
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++) {
        if (!(s.p[i] == '\r' && i + 1 < s.len && s.p[i + 1] == '\n'))
            copy[n++] = s.p[i];
    }
    const char *body = keep(page, (span){copy, n}, POSHUK_TIDY_TEXT);
    free(copy);
    return body;
}

static void append(poshuk_page *page, str_list *list, const char *s) {
    if (s == NULL)
        return;
    if (!grow((void **)&list->items, &list->cap, list->n, sizeof(char *))) {
        page->nomem = 1;
        return;
    }
    list->items[list->n++] = s;
}

/* ---------------------------------------------------------------- lines and labels */

static int next_line(cursor *c, span *line) {
    if (c->p >= c->end)
        return 0;
    const char *nl = memchr(c->p, '\n', (size_t)(c->end - c->p));
    size_t n = nl ? (size_t)(nl - c->p) : (size_t)(c->end - c->p);
    line->p = c->p;
    line->len = n > 0 && c->p[n - 1] == '\r' ? n - 1 : n;
    c->p += n + (nl ? 1 : 0);
    return 1;
}

static int is_space_byte(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Trims ASCII white space and no-break spaces (U+00A0) at both ends: enough to find labels; values
 * are tidied in full when they are kept. */
static span trim(span s) {
    for (;;) {
        if (s.len > 0 && is_space_byte(s.p[0]))
            s.p++, s.len--;
        else if (s.len > 1 && (unsigned char)s.p[0] == 0xC2 && (unsigned char)s.p[1] == 0xA0)
            s.p += 2, s.len -= 2;
        else
            break;
    }
    for (;;) {
        if (s.len > 0 && is_space_byte(s.p[s.len - 1]))
            s.len--;
        else if (s.len > 1 && (unsigned char)s.p[s.len - 2] == 0xC2 && (unsigned char)s.p[s.len - 1] == 0xA0)
            s.len -= 2;
        else
            break;
    }
    return s;
}

/* The label s starts with, with the rest of s after it (trimmed); BLOCK_NONE when none. */
static block_kind label_at_start(span s, span *rest) {
    for (size_t i = 0; i < N_LABELS; i++) {
        size_t n = strlen(labels[i].text);
        if (s.len >= n && memcmp(s.p, labels[i].text, n) == 0) {
            *rest = trim((span){s.p + n, s.len - n});
            return labels[i].kind;
        }
    }
    return BLOCK_NONE;
}

/* The label s ends with when text comes before it (a label glued to the previous value), with that
 * text (trimmed); BLOCK_NONE when none. */
static block_kind label_at_end(span s, span *before) {
    for (size_t i = 0; i < N_LABELS; i++) {
        size_t n = strlen(labels[i].text);
        if (s.len > n && memcmp(s.p + s.len - n, labels[i].text, n) == 0) {
            *before = trim((span){s.p, s.len - n});
            return labels[i].kind;
        }
    }
    return BLOCK_NONE;
}

static int is_label_alone(span s) {
    span rest;
    return label_at_start(s, &rest) != BLOCK_NONE && rest.len == 0;
}

static int has_label(span s) {
    span other;
    return label_at_start(s, &other) != BLOCK_NONE || label_at_end(s, &other) != BLOCK_NONE;
}

static int is_date_alone(span s) {
    char buf[64];
    int32_t date;
    if (s.len == 0 || s.len >= sizeof buf)
        return 0;
    memcpy(buf, s.p, s.len);
    buf[s.len] = '\0';
    return poshuk_date_parse(buf, &date);
}

/* ---------------------------------------------------------------- values */

static int is_upper(uint32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0x0400 && cp <= 0x042F) || cp == 0x0490;
}

static int is_lower(uint32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 0x0430 && cp <= 0x045F) || cp == 0x0491;
}

/* Keeps each piece of s between separators (any byte of seps; ASCII white space too when by_space;
 * a lower-case letter followed by an upper-case one when by_glue) in list. */
static void add_pieces(poshuk_page *page, str_list *list, span s, const char *seps, int by_space,
                       int by_glue) {
    const unsigned char *u = (const unsigned char *)s.p, *end = u + s.len;
    size_t start = 0, i = 0;
    uint32_t prev = 0;
    while (i < s.len) {
        uint32_t cp;
        size_t n = poshuk_input_utf8_decode(u + i, end, &cp);
        if (n == 0) /* not expected: the page was checked */
            n = 1, cp = 0xFFFD;
        int cut_before = by_glue && is_lower(prev) && is_upper(cp);
        int separator =
            cp > 0 && cp < 0x80 && (strchr(seps, (int)cp) != NULL || (by_space && is_space_byte((char)cp)));
        if (cut_before || separator) {
            append(page, list, keep(page, (span){s.p + start, i - start}, POSHUK_TIDY_LINE));
            start = separator ? i + n : i;
        }
        prev = separator ? 0 : cp;
        i += n;
    }
    append(page, list, keep(page, (span){s.p + start, s.len - start}, POSHUK_TIDY_LINE));
}

static void add_value(poshuk_page *page, block_kind kind, span value) {
    if (value.len == 0)
        return;
    switch (kind) {
    case BLOCK_TAGS: {
        int listed = memchr(value.p, ',', value.len) || memchr(value.p, ';', value.len) ||
                     memchr(value.p, '|', value.len) || memchr(value.p, '#', value.len);
        add_pieces(page, &page->tags, value, listed ? ",;|#" : "", !listed, 0);
        break;
    }
    case BLOCK_HROMADAS:
        add_pieces(page, &page->hromadas, value, ",;", 0, 1);
        break;
    case BLOCK_OBLAST:
        if (page->oblast == NULL)
            page->oblast = keep(page, value, POSHUK_TIDY_LINE);
        break;
    case BLOCK_SOURCE:
        append(page, &page->sources, keep(page, value, POSHUK_TIDY_LINE));
        break;
    case BLOCK_NONE:
        break;
    }
}

/* The source's value lines joined by single spaces, as one owned string. */
static const char *joined_source(poshuk_page *page) {
    if (page->sources.n == 0)
        return NULL;
    if (page->sources.n == 1)
        return page->sources.items[0];
    size_t total = 0;
    for (size_t i = 0; i < page->sources.n; i++)
        total += strlen(page->sources.items[i]) + 1;
    char *joined = malloc(total);
    if (joined == NULL || !grow((void **)&page->owned, &page->cap_owned, page->n_owned, sizeof(char *))) {
        free(joined);
        page->nomem = 1;
        return NULL;
    }
    page->owned[page->n_owned++] = joined;
    size_t o = 0;
    for (size_t i = 0; i < page->sources.n; i++) {
        size_t n = strlen(page->sources.items[i]);
        if (i > 0)
            joined[o++] = ' ';
        memcpy(joined + o, page->sources.items[i], n);
        o += n;
    }
    joined[o] = '\0';
    return joined;
}

/* ---------------------------------------------------------------- the page */

static poshuk_page_status reject(char *message, size_t size, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    if (size > 0)
        vsnprintf(message, size, format, ap);
    va_end(ap);
    return POSHUK_PAGE_REJECTED;
}

static poshuk_page_status check_id(const char *id, char *message, size_t size) {
    size_t len = id ? strlen(id) : 0;
    if (len == 0)
        return reject(message, size, "the id is empty");
    if (len > POSHUK_ID_MAX)
        return reject(message, size, "the id is %zu bytes long; at most %d are allowed", len, POSHUK_ID_MAX);
    if (poshuk_utf8_invalid_at(id, len) < len)
        return reject(message, size, "the id is not valid UTF-8");
    if (poshuk_input_first_control(id, len) != 0)
        return reject(message, size, "the id holds a control character");
    return POSHUK_PAGE_OK;
}

/* Where the parts of the page are, found by the first pass. Line numbers count from 0. */
typedef struct {
    int labelled;          /* a line is a label alone */
    size_t section_offset; /* labelled: where that line starts; else where the rail's date starts */
    unsigned long section_line, last_label_line;
    int rail_date; /* not labelled: a line that is a date alone was found */
} layout;

static layout find_layout(const char *text, size_t len) {
    layout l = {0};
    cursor c = {text, text + len};
    span line;
    for (unsigned long i = 0;; i++) {
        const char *start = c.p;
        if (!next_line(&c, &line))
            break;
        span t = trim(line);
        if (!l.labelled && is_label_alone(t)) {
            l.labelled = 1;
            l.section_offset = (size_t)(start - text);
            l.section_line = l.last_label_line = i;
        } else if (l.labelled && has_label(t)) {
            l.last_label_line = i;
        } else if (!l.labelled && !l.rail_date && is_date_alone(t)) {
            l.rail_date = 1;
            l.section_offset = (size_t)(start - text);
            l.section_line = i;
        }
    }
    if (!l.labelled && !l.rail_date)
        l.section_offset = len;
    return l;
}

/* The second pass over the labelled part: values into the page, and where the rail starts. */
static void read_blocks(poshuk_page *page, const char *text, size_t len, const layout *l) {
    cursor c = {text + l->section_offset, text + len};
    span line;
    block_kind current = BLOCK_NONE;
    int current_has_value = 0, rail_next = 0;
    for (unsigned long i = l->section_line; next_line(&c, &line); i++) {
        span t = trim(line);
        if (rail_next) {
            if (t.len > 0) {
                page->rail_line = i + 1;
                return;
            }
            continue;
        }
        span rest, before;
        block_kind start = label_at_start(t, &rest);
        if (start != BLOCK_NONE) {
            current = start, current_has_value = 0;
            t = rest;
        }
        block_kind glued = label_at_end(t, &before);
        if (glued != BLOCK_NONE) {
            add_value(page, current, before);
            current = glued, current_has_value = 0;
        } else if (t.len > 0) {
            add_value(page, current, t);
            current_has_value = 1;
        }
        /* Past the last label, its block takes one line of value; the rest is the rail. */
        if (i >= l->last_label_line && current_has_value)
            rail_next = 1;
    }
}

poshuk_page_status poshuk_page_parse(poshuk_page *page, const char *text, size_t len, const char *id,
                                     int32_t date, char *message, size_t size) {
    drop_owned(page);
    if (size > 0)
        message[0] = '\0';
    const char *nul = memchr(text, '\0', len);
    if (nul != NULL)
        return reject(message, size, "a NUL byte at byte offset %zu", (size_t)(nul - text));
    size_t bad = poshuk_utf8_invalid_at(text, len);
    if (bad < len)
        return reject(message, size, "invalid UTF-8 at byte offset %zu", bad);
    poshuk_page_status status = check_id(id, message, size);
    if (status != POSHUK_PAGE_OK)
        return status;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        text += 3, len -= 3;

    layout l = find_layout(text, len);
    const char *body = keep_body(page, (span){text, l.section_offset});
    if (l.labelled)
        read_blocks(page, text, len, &l);
    else if (l.rail_date)
        page->rail_line = l.section_line + 1;
    const char *source = joined_source(page);
    if (page->nomem)
        return POSHUK_PAGE_NOMEM;
    if (body == NULL && l.labelled)
        return reject(message, size, "no article text before the labelled blocks");
    if (body == NULL && l.rail_date)
        return reject(message, size, "no article text before the first line that is a date");
    if (body == NULL)
        return reject(message, size, "the page is empty");

    poshuk_article *a = &page->article;
    char *id_copy = keep(page, (span){id, strlen(id)}, POSHUK_TIDY_LINE);
    if (page->nomem)
        return POSHUK_PAGE_NOMEM;
    if (id_copy == NULL)
        return reject(message, size, "the id is empty");
    a->id = id_copy;
    a->title = "";
    a->body = body;
    a->lang = poshuk_input_guess_lang(NULL, body);
    a->tags = page->tags.items;
    a->n_tags = page->tags.n;
    a->hromadas = page->hromadas.items;
    a->n_hromadas = page->hromadas.n;
    a->oblast = page->oblast;
    a->source = source;
    a->date = date;
    return POSHUK_PAGE_OK;
}

char *poshuk_page_id_from_path(const char *path, char *out, size_t size) {
    if (size == 0)
        return out;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
    if (n >= size)
        n = size - 1;
    memcpy(out, base, n);
    out[n] = '\0';
    return out;
}
