/* JSONL: one JSON object per line. A line may be up to POSHUK_JSONL_LINE_MAX bytes long; a longer
 * one is rejected and skipped to its end without being kept, so a hostile input cannot make the
 * reader hold more than that much of it.
 *
 * The raw line is checked for UTF-8 before jansson sees it: jansson would only say "unable to decode
 * byte", while a user fixing a feed needs the byte offset and the field. A byte order mark at the
 * start of the first line is skipped (editors on Windows write one), and so is the CR of a CRLF line
 * end; offsets and columns in messages still count from the start of the line as it is in the file. */
#define _POSIX_C_SOURCE 200809L

#include "indexer/jsonl.h"
#include "indexer/jsonscan.h"
#include "indexer/record.h"
#include "indexer/utf8.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Room for the longest message: a 64-byte field name, a 160-byte jansson reason, a quoted value. */
#define MESSAGE_MAX 512
/* How much of a field name an invalid-UTF-8 message repeats (with "[index]", within a quote). */
#define KEY_SHOWN_MAX 48

struct poshuk_jsonl {
    FILE *in;
    char *name;
    char *line; /* the current line, NUL-terminated; the buffer is reused from line to line */
    size_t line_cap;
    unsigned long line_no;
    unsigned long long bytes; /* consumed from in so far, line ends included */
    int error_number;
    poshuk_record *record;
    char message[MESSAGE_MAX];
};

poshuk_jsonl *poshuk_jsonl_new(FILE *in, const char *name) {
    poshuk_jsonl *reader = calloc(1, sizeof *reader);
    if (reader == NULL)
        return NULL;
    reader->in = in;
    reader->name = strdup(name);
    reader->record = poshuk_record_new();
    if (reader->name == NULL || reader->record == NULL) {
        poshuk_jsonl_free(reader);
        return NULL;
    }
    return reader;
}

void poshuk_jsonl_free(poshuk_jsonl *reader) {
    if (reader == NULL)
        return;
    poshuk_record_free(reader->record);
    free(reader->line);
    free(reader->name);
    free(reader);
}

unsigned long poshuk_jsonl_line(const poshuk_jsonl *reader) {
    return reader->line_no;
}

const char *poshuk_jsonl_name(const poshuk_jsonl *reader) {
    return reader->name;
}

const char *poshuk_jsonl_message(const poshuk_jsonl *reader) {
    return reader->message;
}

int poshuk_jsonl_errno(const poshuk_jsonl *reader) {
    return reader->error_number;
}

unsigned long long poshuk_jsonl_bytes(const poshuk_jsonl *reader) {
    return reader->bytes;
}

typedef enum { LINE_READ, LINE_TOO_LONG, LINE_END, LINE_ERROR, LINE_NOMEM } line_result;

/* Reads the next line (without its '\n') into reader->line and *len. getc_unlocked rather than
 * getline: getline keeps the whole line, however long; and rather than fread into a buffer of our
 * own: a pipe must hand over each line as soon as it is there (a job reading a feed as it comes). */
static line_result read_line(poshuk_jsonl *reader, size_t *len) {
    size_t n = 0;
    int c, any = 0, too_long = 0;
    while ((c = getc_unlocked(reader->in)) != EOF) {
        any = 1;
        reader->bytes++;
        if (c == '\n')
            break;
        if (n >= POSHUK_JSONL_LINE_MAX) {
            too_long = 1;
            continue;
        }
        if (n + 1 >= reader->line_cap) {
            size_t cap = reader->line_cap ? reader->line_cap * 2 : 4096;
            if (cap > POSHUK_JSONL_LINE_MAX + 1)
                cap = POSHUK_JSONL_LINE_MAX + 1;
            char *bigger = realloc(reader->line, cap);
            if (bigger == NULL)
                return LINE_NOMEM;
            reader->line = bigger;
            reader->line_cap = cap;
        }
        reader->line[n++] = (char)c;
    }
    if (c == EOF && ferror(reader->in))
        return LINE_ERROR;
    if (!any)
        return LINE_END;
    if (reader->line == NULL && (reader->line = malloc(1)) == NULL)
        return LINE_NOMEM;
    if (reader->line_cap == 0)
        reader->line_cap = 1;
    reader->line[n] = '\0';
    *len = n;
    return too_long ? LINE_TOO_LONG : LINE_READ;
}

static poshuk_jsonl_step reject(poshuk_jsonl *reader, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    vsnprintf(reader->message, sizeof reader->message, format, ap);
    va_end(ap);
    return POSHUK_JSONL_REJECTED;
}

static poshuk_jsonl_step reject_utf8(poshuk_jsonl *reader, const char *text, size_t bad,
                                     size_t shown_offset) {
    const char *key = NULL;
    size_t key_len = 0, index = 0;
    poshuk_scan_place place = poshuk_json_place(text, bad, &key, &key_len, &index);
    if (place == POSHUK_SCAN_KEY)
        return reject(reader, "invalid UTF-8 at byte offset %zu, in a field name", shown_offset);
    if (place == POSHUK_SCAN_OUTSIDE)
        return reject(reader, "invalid UTF-8 at byte offset %zu", shown_offset);
    /* The key comes from text jansson never checked: it may hold raw control characters, so it is
     * quoted (escaped) like any input value. */
    char label[KEY_SHOWN_MAX + 32], quoted[sizeof label * 6];
    size_t shown = key_len < KEY_SHOWN_MAX ? key_len : KEY_SHOWN_MAX;
    /* A long name is cut at a character boundary, never inside one, and says it was cut. */
    while (shown < key_len && shown > 0 && ((unsigned char)key[shown] & 0xC0) == 0x80)
        shown--;
    int n = snprintf(label, sizeof label, "%.*s%s", (int)shown, key, shown < key_len ? "..." : "");
    if (place == POSHUK_SCAN_ELEMENT)
        snprintf(label + n, sizeof label - (size_t)n, "[%zu]", index);
    return reject(reader, "field %s: invalid UTF-8 at byte offset %zu",
                  poshuk_record_quote(label, strlen(label), quoted, sizeof quoted), shown_offset);
}

/* jansson's reason, with any control character it quoted from the input escaped (a message is one
 * line on a terminal) and any byte that is not part of a whole UTF-8 character shown as \xNN: jansson
 * quotes the input near the error byte by byte, and may cut a character in half. */
static void copy_reason(const char *reason, char *out, size_t size) {
    size_t o = 0;
    const unsigned char *p = (const unsigned char *)reason, *end = p + strlen(reason);
    while (p < end && o + 7 < size) {
        uint32_t cp = 0;
        size_t n = *p < 0x80 ? 1 : poshuk_input_utf8_decode(p, end, &cp);
        if (n == 0) {
            o += (size_t)snprintf(out + o, size - o, "\\x%02x", *p);
            n = 1;
        } else if (*p < 0x20 || *p == 0x7F) {
            o += (size_t)snprintf(out + o, size - o, "\\u%04x", *p);
        } else {
            if (o + n + 1 > size)
                break;
            memcpy(out + o, p, n);
            o += n;
        }
        p += n;
    }
    out[o] = '\0';
}

/* Turns one non-blank line (without its line end) into an article. skipped is how many bytes (a byte
 * order mark) were taken off its start, so that positions match the file. */
static poshuk_jsonl_step parse_line(poshuk_jsonl *reader, const char *text, size_t len, size_t skipped,
                                    const poshuk_article **article) {
    size_t bad = poshuk_utf8_invalid_at(text, len);
    if (bad < len)
        return reject_utf8(reader, text, bad, bad + skipped);

    json_error_t error;
    json_t *root = json_loadb(text, len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &error);
    if (root == NULL) {
        char reason[JSON_ERROR_TEXT_LENGTH * 6];
        copy_reason(error.text, reason, sizeof reason);
        /* The byte order mark is one character, which jansson did not see. */
        return reject(reader, "not JSON: %s at column %d", reason, error.column + (skipped > 0 ? 1 : 0));
    }
    poshuk_jsonl_step step = POSHUK_JSONL_ARTICLE;
    if (!json_is_object(root)) {
        step = reject(reader, "not a JSON object: got %s", poshuk_record_type_name(root));
    } else {
        switch (poshuk_record_fill(reader->record, root, reader->message, sizeof reader->message)) {
        case POSHUK_RECORD_OK:
            *article = poshuk_record_article(reader->record);
            break;
        case POSHUK_RECORD_REJECTED:
            step = POSHUK_JSONL_REJECTED;
            break;
        case POSHUK_RECORD_NOMEM:
            step = POSHUK_JSONL_NOMEM;
            break;
        }
    }
    json_decref(root); /* the record copied what it keeps */
    return step;
}

static int is_blank(const char *text, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
            return 0;
    }
    return 1;
}

poshuk_jsonl_step poshuk_jsonl_next(poshuk_jsonl *reader, const poshuk_article **article) {
    *article = NULL;
    reader->message[0] = '\0';
    for (;;) {
        errno = 0;
        size_t len = 0, skipped = 0;
        line_result got = read_line(reader, &len);
        if (got == LINE_END)
            return POSHUK_JSONL_END;
        if (got == LINE_ERROR || got == LINE_NOMEM) {
            reader->error_number = got == LINE_NOMEM ? ENOMEM : errno != 0 ? errno : EIO;
            return got == LINE_NOMEM ? POSHUK_JSONL_NOMEM : POSHUK_JSONL_READ_ERROR;
        }
        reader->line_no++;
        if (got == LINE_TOO_LONG)
            return reject(reader, "the line is longer than %lu bytes", (unsigned long)POSHUK_JSONL_LINE_MAX);
        char *text = reader->line;
        if (len > 0 && text[len - 1] == '\r')
            len--;
        if (reader->line_no == 1 && len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
            text += 3, len -= 3, skipped = 3;
        if (is_blank(text, len))
            continue;
        return parse_line(reader, text, len, skipped, article);
    }
}
