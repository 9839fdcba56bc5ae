/* Fuzzes the page-text reader (indexer/pagetext.h): a scraper's copy of an article page, whose end is
 * a rail of other articles that must never be indexed with it, read from whatever a site happens to
 * serve.
 *
 * Invariants, checked against the harness's own reading of the same bytes:
 * - a page with a NUL byte is refused at the first NUL, else one with invalid UTF-8 at the first bad
 *   byte (found by check.h's decoder); a valid page never with those messages; every message is one
 *   line from the list in pagetext.h, and an accepted page has none;
 * - the article keeps the id and the date it was given (never a rail date); it has no title and
 *   no url; the body is not empty; every string is valid UTF-8, trimmed and free of control
 *   characters (the body keeps newlines and tabs); no value is empty; no tag holds , ; | or # and no
 *   hromada , or ; (the separators they were split at);
 * - the body ends before the first line that is a label alone; without one, before the first line
 *   that is a date alone, where the rail then begins;
 * - a page object used for another page first gives the same article again;
 * - poshuk_page_id_from_path (on the input's first line) gives the last path component up to its
 *   last dot, cut to fit, NUL-terminated. */
#define _POSIX_C_SOURCE 200809L /* strdup */

#include "indexer/pagetext.h"

#include "fuzz/check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char page_id[] = "fuzz-page";

/* The labels as pagetext.h lists them. */
static const char *const labels[] = {
    "Tags:",    "Теги:",     "Мітки:",   "Область:",     "Oblast:", "Region:", "Громади:",
    "Громада:", "Hromadas:", "Hromada:", "Communities:", "Source:", "Джерело:"};

/* ------------------------------------------------------------ the harness's own reading */

typedef struct {
    const char *p;
    size_t len;
} span;

static int is_space_byte(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* ASCII white space and U+00A0 at both ends, as pagetext.h trims a line to find labels and dates. */
static span trim(span s) {
    for (;;) {
        if (s.len > 0 && is_space_byte(s.p[0]))
            s.p++, s.len--;
        else if (s.len > 1 && (unsigned char)s.p[0] == 0xC2 && (unsigned char)s.p[1] == 0xA0)
            s.p += 2, s.len -= 2;
        else if (s.len > 0 && is_space_byte(s.p[s.len - 1]))
            s.len--;
        else if (s.len > 1 && (unsigned char)s.p[s.len - 2] == 0xC2 && (unsigned char)s.p[s.len - 1] == 0xA0)
            s.len -= 2;
        else
            return s;
    }
}

static int is_label_alone(span s) {
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (s.len == strlen(labels[i]) && memcmp(s.p, labels[i], s.len) == 0)
            return 1;
    return 0;
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

/* Where the body must end: the offset of the first label-alone line, else of the first date-alone
 * line (*rail_line its 1-based number), else len. Lines as pagetext.h splits them. */
static size_t body_limit(const char *text, size_t len, unsigned long *rail_line) {
    size_t date_offset = len;
    *rail_line = 0;
    unsigned long line_no = 0;
    for (size_t start = 0; start < len; line_no++) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - text) : len;
        span t = trim((span){text + start, end - start});
        if (is_label_alone(t)) {
            *rail_line = 0; /* decided by the labelled blocks, not checked here */
            return start;
        }
        if (date_offset == len && is_date_alone(t)) {
            date_offset = start;
            *rail_line = line_no + 1;
        }
        start = end + 1;
    }
    return date_offset;
}

/* ------------------------------------------------------------ the article */

static int is_control(uint32_t cp) {
    return (cp >= 0x01 && cp <= 0x1F) || (cp >= 0x7F && cp <= 0x9F);
}

static int is_edge_space(uint32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x3000 || cp == 0xFEFF;
}

/* A value the reader hands out: not empty, valid UTF-8, trimmed, controls only where allowed. */
static void check_value(const char *field, const char *s, int text) {
    FUZZ_INVARIANT("article-values", s != NULL && s[0] != '\0', "%s is NULL or empty", field);
    size_t len = strlen(s);
    FUZZ_INVARIANT("article-utf8", fuzz_utf8_valid(s, len), "%s is not valid UTF-8 at byte %zu", field,
                   fuzz_utf8_invalid_at(s, len));
    const unsigned char *u = (const unsigned char *)s;
    uint32_t cp = 0;
    fuzz_utf8_char(u, len, &cp);
    FUZZ_INVARIANT("article-trimmed", !is_edge_space(cp), "%s starts with U+%04X", field, (unsigned)cp);
    for (size_t i = 0; i < len;) {
        i += fuzz_utf8_char(u + i, len - i, &cp);
        FUZZ_INVARIANT("article-controls", !is_control(cp) || (text && (cp == '\n' || cp == '\t')),
                       "%s holds U+%04X", field, (unsigned)cp);
    }
    FUZZ_INVARIANT("article-trimmed", !is_edge_space(cp), "%s ends with U+%04X", field, (unsigned)cp);
}

static void check_list(const char *field, const char *const *list, size_t n, const char *separators) {
    FUZZ_INVARIANT("article-values", n == 0 || list != NULL, "%s: %zu values but no array", field, n);
    for (size_t i = 0; i < n; i++) {
        check_value(field, list[i], 0);
        FUZZ_INVARIANT("article-split", strpbrk(list[i], separators) == NULL,
                       "%s[%zu] \"%s\" holds one of %s", field, i, list[i], separators);
    }
}

static void check_article(const poshuk_article *a, int32_t date, size_t limit) {
    FUZZ_INVARIANT("article-id", a->id != NULL && strcmp(a->id, page_id) == 0, "the id became \"%s\"",
                   a->id ? a->id : "(null)");
    FUZZ_INVARIANT("article-date", a->date == date, "given the date %d, the article has %d", (int)date,
                   (int)a->date);
    FUZZ_INVARIANT("article-values", a->title != NULL && a->title[0] == '\0' && a->url == NULL,
                   "a page has no title and no url");
    FUZZ_INVARIANT("article-values",
                   a->lang != NULL && (strcmp(a->lang, "uk") == 0 || strcmp(a->lang, "en") == 0), "lang %s",
                   a->lang ? a->lang : "(null)");
    check_value("body", a->body, 1);
    FUZZ_INVARIANT("body-before-rail", strlen(a->body) <= limit,
                   "the body is %zu bytes, but the labelled blocks or the rail begin at byte %zu",
                   strlen(a->body), limit);
    check_list("tags", a->tags, a->n_tags, ",;|#");
    check_list("hromadas", a->hromadas, a->n_hromadas, ",;");
    if (a->oblast != NULL)
        check_value("oblast", a->oblast, 0);
    if (a->source != NULL)
        check_value("source", a->source, 0);
}

/* ------------------------------------------------------------ comparing two parses */

static int same_string(const char *a, const char *b) {
    return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static int same_list(const char *const *a, size_t n_a, const char *const *b, size_t n_b) {
    if (n_a != n_b)
        return 0;
    for (size_t i = 0; i < n_a; i++)
        if (strcmp(a[i], b[i]) != 0)
            return 0;
    return 1;
}

static int same_article(const poshuk_article *a, const poshuk_article *b) {
    return same_string(a->id, b->id) && same_string(a->lang, b->lang) && same_string(a->title, b->title) &&
           same_string(a->body, b->body) && same_list(a->tags, a->n_tags, b->tags, b->n_tags) &&
           same_string(a->oblast, b->oblast) &&
           same_list(a->hromadas, a->n_hromadas, b->hromadas, b->n_hromadas) &&
           same_string(a->source, b->source) && a->date == b->date && same_string(a->url, b->url);
}

/* A deep copy of the strings and lists of an article, to compare with a later parse. */
typedef struct {
    poshuk_article article;
    char **strings;
    size_t n;
} article_copy;

static const char *copy_string(article_copy *c, const char *s) {
    if (s == NULL)
        return NULL;
    char *d = strdup(s);
    if (d == NULL)
        abort();
    c->strings[c->n++] = d;
    return d;
}

static const char *const *copy_list(article_copy *c, const char *const *list, size_t n) {
    const char **d = malloc((n ? n : 1) * sizeof *d);
    if (d == NULL)
        abort();
    c->strings[c->n++] = (char *)d;
    for (size_t i = 0; i < n; i++)
        d[i] = copy_string(c, list[i]);
    return d;
}

static void copy_article(article_copy *c, const poshuk_article *a) {
    c->strings = malloc((a->n_tags + a->n_hromadas + 10) * sizeof *c->strings);
    if (c->strings == NULL)
        abort();
    c->n = 0;
    c->article = *a;
    c->article.id = copy_string(c, a->id);
    c->article.title = copy_string(c, a->title);
    c->article.body = copy_string(c, a->body);
    c->article.oblast = copy_string(c, a->oblast);
    c->article.source = copy_string(c, a->source);
    c->article.url = copy_string(c, a->url);
    c->article.tags = copy_list(c, a->tags, a->n_tags);
    c->article.hromadas = copy_list(c, a->hromadas, a->n_hromadas);
}

static void free_copy(article_copy *c) {
    for (size_t i = 0; i < c->n; i++)
        free(c->strings[i]);
    free(c->strings);
}

/* ------------------------------------------------------------ messages and the id from a path */

static int starts_with(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void check_message(const char *message, const char *text, size_t len) {
    FUZZ_INVARIANT("message-form", message[0] != '\0', "refused without a message");
    for (const unsigned char *p = (const unsigned char *)message; *p; p++)
        FUZZ_INVARIANT("message-form", *p >= 0x20 && *p != 0x7F, "the message holds byte 0x%02x: %s", *p,
                       message);
    FUZZ_INVARIANT("message-form", fuzz_utf8_valid(message, strlen(message)), "the message is not UTF-8");
    const char *nul = memchr(text, '\0', len);
    size_t bad = fuzz_utf8_invalid_at(text, len);
    char expected[64];
    if (nul != NULL) {
        snprintf(expected, sizeof expected, "a NUL byte at byte offset %zu", (size_t)(nul - text));
        FUZZ_INVARIANT("message-bytes", strcmp(message, expected) == 0, "expected \"%s\", got \"%s\"",
                       expected, message);
    } else if (bad < len) {
        snprintf(expected, sizeof expected, "invalid UTF-8 at byte offset %zu", bad);
        FUZZ_INVARIANT("message-bytes", strcmp(message, expected) == 0, "expected \"%s\", got \"%s\"",
                       expected, message);
    } else {
        FUZZ_INVARIANT("message-form",
                       starts_with(message, "no article text before the labelled blocks") ||
                           starts_with(message, "no article text before the first line that is a date") ||
                           starts_with(message, "the page is empty"),
                       "a valid page refused with: %s", message);
    }
}

static void check_id_from_path(const char *text, size_t len) {
    const char *nl = memchr(text, '\n', len);
    size_t n = nl ? (size_t)(nl - text) : len;
    char *path = fuzz_cstring((const uint8_t *)text, n);
    char out[32];
    memset(out, 'x', sizeof out);
    poshuk_page_id_from_path(path, out, sizeof out);
    FUZZ_INVARIANT("id-from-path", memchr(out, '\0', sizeof out) != NULL, "no NUL in the %zu-byte buffer",
                   sizeof out);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t expected = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
    if (expected > sizeof out - 1)
        expected = sizeof out - 1;
    FUZZ_INVARIANT("id-from-path", strlen(out) == expected && memcmp(out, base, expected) == 0,
                   "\"%s\" gave \"%s\"", path, out);
    free(path);
}

/* ------------------------------------------------------------ the harness */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *text = (const char *)data;
    poshuk_page *page = poshuk_page_new();
    FUZZ_CHECK(page != NULL, "poshuk_page_new failed");
    char message[256];
    int32_t date = size > 0 && data[0] % 2 ? 20250703 : 0;

    poshuk_page_status status = poshuk_page_parse(page, text, size, page_id, date, message, sizeof message);
    if (status == POSHUK_PAGE_NOMEM) {
        poshuk_page_free(page);
        return 0;
    }
    if (status == POSHUK_PAGE_REJECTED) {
        check_message(message, text, size);
    } else {
        FUZZ_CHECK(status == POSHUK_PAGE_OK, "unknown status %d", (int)status);
        FUZZ_INVARIANT("message-form", message[0] == '\0', "accepted with the message: %s", message);
        FUZZ_INVARIANT("message-bytes", memchr(text, '\0', size) == NULL && fuzz_utf8_valid(text, size),
                       "a page with a NUL or invalid UTF-8 accepted");
        /* A byte order mark is skipped before the lines are read. */
        size_t skip = size >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        unsigned long rail_line;
        size_t limit = body_limit(text + skip, size - skip, &rail_line);
        const poshuk_article *a = poshuk_page_article(page);
        check_article(a, date, limit);
        if (rail_line != 0)
            FUZZ_INVARIANT("rail-line", poshuk_page_rail_line(page) == rail_line,
                           "the first date-alone line is %lu, the reader says the rail begins at %lu",
                           rail_line, poshuk_page_rail_line(page));

        /* The same page object, after another page, gives the same article. */
        article_copy first;
        copy_article(&first, a);
        static const char other[] = "Інший текст\nTags:\nа, б\nSource:\nДжерело\n01.01.2024\nрейка";
        poshuk_page_parse(page, other, sizeof other - 1, "other", 0, message, sizeof message);
        status = poshuk_page_parse(page, text, size, page_id, date, message, sizeof message);
        if (status == POSHUK_PAGE_OK)
            FUZZ_INVARIANT("reuse", same_article(&first.article, poshuk_page_article(page)),
                           "a page object that read another page gives another article");
        free_copy(&first);
    }
    check_id_from_path(text, size);
    poshuk_page_free(page);
    return 0;
}
