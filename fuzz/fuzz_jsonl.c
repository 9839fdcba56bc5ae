/* Fuzzes the JSONL reader (indexer/jsonl.h) with the input as a whole file of lines, through
 * fmemopen, the way poshuk-index reads a feed: one bad line must cost that line only.
 *
 * Invariants, checked against the harness's own reading of the same bytes:
 * - the reader answers for exactly the non-blank lines, in order, each once, with its line number
 *   (blank: only spaces, tabs and a CR; a byte order mark opening line 1 does not count), then END;
 *   reading from memory never fails;
 * - a rejected line has a message of one line (no control characters) of valid UTF-8, starting as
 *   jsonl.h lists; a line with invalid UTF-8 is rejected with "invalid UTF-8 at byte offset N", N
 *   being the first bad byte as this harness finds it, and a valid line never is;
 * - an accepted article has a non-empty id of at most POSHUK_ID_MAX bytes, lang "uk" or "en", a title
 *   and a body of which one is not empty, strings that are valid UTF-8, trimmed, and free of control
 *   characters (the body keeps newlines and tabs), lists without NULL or empty elements, and a date
 *   that is 0 or formats to YYYY-MM-DD, which poshuk_date_parse reads back as the same value. */
#define _GNU_SOURCE /* fmemopen */

#include "indexer/jsonl.h"

#include "fuzz/check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One line of the input as the harness reads it: where it is and what the reader should say. */
typedef struct {
    const char *text; /* from the start of the line in the file */
    size_t len;       /* without the line end (\n, and a \r before it) */
    int blank;
} line;

static int is_blank(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return 0;
    return 1;
}

/* Splits data into lines; *n_out of them. malloc'd. */
static line *split_lines(const char *data, size_t size, size_t *n_out) {
    line *lines = malloc((size + 1) * sizeof *lines);
    if (lines == NULL)
        abort();
    size_t n = 0, start = 0;
    while (start < size) {
        const char *nl = memchr(data + start, '\n', size - start);
        size_t end = nl ? (size_t)(nl - data) : size;
        line *l = &lines[n];
        l->text = data + start;
        l->len = end - start;
        if (l->len > 0 && l->text[l->len - 1] == '\r')
            l->len--;
        size_t skip = n == 0 && l->len >= 3 && memcmp(l->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        l->blank = is_blank(l->text + skip, l->len - skip);
        n++;
        start = end + 1;
    }
    *n_out = n;
    return lines;
}

static int is_control(uint32_t cp) {
    return (cp >= 0x01 && cp <= 0x1F) || (cp >= 0x7F && cp <= 0x9F);
}

/* The white space a value may not begin or end with: a subset of what the reader trims (text.h),
 * enough to catch a trim that stops early. */
static int is_edge_space(uint32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x3000 || cp == 0xFEFF;
}

enum controls { NO_CONTROLS, TEXT_CONTROLS };

/* A string the reader hands out: valid UTF-8, trimmed, controls only as allowed. Empty is fine here;
 * callers decide. */
static void check_string(const char *field, const char *s, enum controls allowed) {
    FUZZ_INVARIANT("article-fields", s != NULL, "field %s is NULL", field);
    size_t len = strlen(s);
    FUZZ_INVARIANT("article-utf8", fuzz_utf8_valid(s, len), "field %s is not valid UTF-8 at byte %zu", field,
                   fuzz_utf8_invalid_at(s, len));
    const unsigned char *u = (const unsigned char *)s;
    uint32_t cp = 0;
    if (len > 0) {
        fuzz_utf8_char(u, len, &cp);
        FUZZ_INVARIANT("article-trimmed", !is_edge_space(cp), "field %s starts with U+%04X", field,
                       (unsigned)cp);
    }
    for (size_t i = 0; i < len;) {
        i += fuzz_utf8_char(u + i, len - i, &cp);
        FUZZ_INVARIANT("article-controls",
                       !is_control(cp) || (allowed == TEXT_CONTROLS && (cp == '\n' || cp == '\t')),
                       "field %s holds the control character U+%04X", field, (unsigned)cp);
    }
    FUZZ_INVARIANT("article-trimmed", len == 0 || !is_edge_space(cp), "field %s ends with U+%04X", field,
                   (unsigned)cp);
}

static void check_list(const char *field, const char *const *list, size_t n) {
    FUZZ_INVARIANT("article-fields", n == 0 || list != NULL, "field %s: %zu elements but no array", field, n);
    for (size_t i = 0; i < n; i++) {
        check_string(field, list[i], NO_CONTROLS);
        FUZZ_INVARIANT("article-fields", list[i][0] != '\0', "field %s[%zu] is empty", field, i);
    }
}

static void check_article(const poshuk_article *a) {
    FUZZ_INVARIANT("article-fields", a != NULL, "an article step without an article");
    check_string("id", a->id, NO_CONTROLS);
    size_t id_len = strlen(a->id);
    FUZZ_INVARIANT("article-id", id_len > 0 && id_len <= POSHUK_ID_MAX, "id of %zu bytes", id_len);
    FUZZ_INVARIANT("article-fields",
                   a->lang != NULL && (strcmp(a->lang, "uk") == 0 || strcmp(a->lang, "en") == 0),
                   "lang \"%s\"", a->lang ? a->lang : "(null)");
    check_string("title", a->title, NO_CONTROLS);
    check_string("body", a->body, TEXT_CONTROLS);
    FUZZ_INVARIANT("article-fields", a->title[0] != '\0' || a->body[0] != '\0', "title and body both empty");
    check_list("tags", a->tags, a->n_tags);
    check_list("hromadas", a->hromadas, a->n_hromadas);
    if (a->oblast != NULL) {
        check_string("oblast", a->oblast, NO_CONTROLS);
        FUZZ_INVARIANT("article-fields", a->oblast[0] != '\0', "oblast empty instead of NULL");
    }
    if (a->source != NULL) {
        check_string("source", a->source, NO_CONTROLS);
        FUZZ_INVARIANT("article-fields", a->source[0] != '\0', "source empty instead of NULL");
    }
    if (a->url != NULL) {
        check_string("url", a->url, NO_CONTROLS);
        FUZZ_INVARIANT("article-fields", a->url[0] != '\0', "url empty instead of NULL");
    }
    if (a->date != 0) {
        char buf[11];
        poshuk_date_format(a->date, buf);
        FUZZ_INVARIANT("article-date", strlen(buf) == 10, "date %d formats as \"%s\"", (int)a->date, buf);
        int32_t back = 0;
        FUZZ_INVARIANT("article-date", poshuk_date_parse(buf, &back) == 1 && back == a->date,
                       "date %d: \"%s\" parses to %d", (int)a->date, buf, (int)back);
    }
}

static int starts_with(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static const char utf8_words[] = "invalid UTF-8 at byte offset ";

/* Whether message is one of the reader's invalid-UTF-8 messages (jsonl.h), and its offset. They end
 * in the offset (or the offset and ", in a field name"), and a field name shown before it may itself
 * hold those words, so the last occurrence is the one that counts. */
static int utf8_message_offset(const char *message, unsigned long long *offset) {
    const char *found = NULL;
    for (const char *p = message; (p = strstr(p, utf8_words)) != NULL; p++)
        found = p;
    if (found == NULL)
        return 0;
    const char *digits = found + strlen(utf8_words), *end = digits;
    while (*end >= '0' && *end <= '9')
        end++;
    if (end == digits || (*end != '\0' && strcmp(end, ", in a field name") != 0))
        return 0;
    if (found != message &&
        !(starts_with(message, "field \"") && found - message >= 10 && strncmp(found - 3, "\": ", 3) == 0))
        return 0;
    *offset = strtoull(digits, NULL, 10);
    return 1;
}

static void check_rejection(const char *message, const line *l, unsigned long line_no) {
    FUZZ_INVARIANT("message-form", message[0] != '\0', "line %lu rejected without a message", line_no);
    FUZZ_INVARIANT("message-valid-utf8", fuzz_utf8_valid(message, strlen(message)),
                   "line %lu: the message is not valid UTF-8 at byte %zu: %s", line_no,
                   fuzz_utf8_invalid_at(message, strlen(message)), message);
    int control = 0;
    for (const unsigned char *p = (const unsigned char *)message; *p != '\0' && !control; p++)
        control = *p < 0x20 || *p == 0x7F;
    FUZZ_INVARIANT("message-one-line", !control,
                   "line %lu: the message holds a control character (not one line on a terminal): %s",
                   line_no, message);
    FUZZ_INVARIANT("message-form",
                   starts_with(message, "field \"") || starts_with(message, "not JSON: ") ||
                       starts_with(message, "not a JSON object: got ") || starts_with(message, utf8_words) ||
                       starts_with(message, "the line is longer than "),
                   "line %lu: unknown kind of message: %s", line_no, message);
    size_t bad = fuzz_utf8_invalid_at(l->text, l->len);
    unsigned long long offset = 0;
    int says_utf8 = utf8_message_offset(message, &offset);
    if (bad < l->len)
        FUZZ_INVARIANT("message-utf8", says_utf8 && offset == bad,
                       "line %lu: first bad byte at %zu, but the message is: %s", line_no, bad, message);
    else
        FUZZ_INVARIANT("message-utf8", !says_utf8, "line %lu is valid UTF-8, but the message is: %s", line_no,
                       message);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0; /* fmemopen refuses an empty buffer; an empty file is the unit tests' case */
    FILE *in = fmemopen((void *)data, size, "r");
    FUZZ_CHECK(in != NULL, "fmemopen failed");
    poshuk_jsonl *reader = poshuk_jsonl_new(in, "fuzz");
    FUZZ_CHECK(reader != NULL, "poshuk_jsonl_new failed");
    FUZZ_CHECK(strcmp(poshuk_jsonl_name(reader), "fuzz") == 0, "name not kept");

    size_t n_lines;
    line *lines = split_lines((const char *)data, size, &n_lines);
    size_t next = 0; /* index of the next line the reader should answer for */
    for (;;) {
        const poshuk_article *article = NULL;
        poshuk_jsonl_step step = poshuk_jsonl_next(reader, &article);
        while (next < n_lines && lines[next].blank)
            next++;
        if (step == POSHUK_JSONL_NOMEM)
            break; /* libFuzzer's -malloc_limit_mb, not a bug of the reader */
        FUZZ_INVARIANT("lines", step != POSHUK_JSONL_READ_ERROR, "read error %d from memory",
                       poshuk_jsonl_errno(reader));
        if (step == POSHUK_JSONL_END) {
            FUZZ_INVARIANT("lines", next == n_lines, "END, but line %zu is not blank", next + 1);
            FUZZ_INVARIANT("lines", article == NULL, "END with an article");
            break;
        }
        FUZZ_INVARIANT("lines", next < n_lines, "a step after the last non-blank line (line %lu)",
                       poshuk_jsonl_line(reader));
        unsigned long line_no = poshuk_jsonl_line(reader);
        FUZZ_INVARIANT("lines", line_no == next + 1,
                       "the reader says line %lu, the harness expected line %zu", line_no, next + 1);
        const char *message = poshuk_jsonl_message(reader);
        if (step == POSHUK_JSONL_ARTICLE) {
            FUZZ_INVARIANT("message-form", message[0] == '\0', "line %lu accepted with a message: %s",
                           line_no, message);
            FUZZ_INVARIANT("message-utf8", fuzz_utf8_valid(lines[next].text, lines[next].len),
                           "line %lu accepted with invalid UTF-8", line_no);
            check_article(article);
        } else {
            FUZZ_INVARIANT("lines", step == POSHUK_JSONL_REJECTED, "unknown step %d", (int)step);
            FUZZ_INVARIANT("lines", article == NULL, "line %lu rejected, but an article came with it",
                           line_no);
            check_rejection(message, &lines[next], line_no);
        }
        next++;
    }
    free(lines);
    poshuk_jsonl_free(reader);
    fclose(in);
    return 0;
}
