/* From a decoded JSON object to a validated poshuk_article.
 *
 * Field rules (the README's input section says the same for users):
 * - id: a string, or a JSON integer taken as its decimal digits; required; trimmed; not empty, at most
 *   POSHUK_ID_MAX bytes, no control characters.
 * - lang: "uk" or "en" (any case); missing or blank: guessed from the letters of title and body.
 * - title, body: strings, at least one not blank; body keeps its newlines and tabs.
 * - tags, hromadas: arrays of strings; blank elements are dropped.
 * - oblast, source: strings. date: a string in any form poshuk_date_parse takes. url: a string without
 *   control characters.
 * null or a blank string counts as missing for every optional field. Strings are trimmed; control
 * characters in one-line values become spaces. Unknown fields are ignored.
 *
 * Each check that fails stops at once with one message naming the field, so a user fixing a feed sees
 * the first problem of each line, in the order of the list above. */
#include "indexer/record.h"
#include "indexer/text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How long a quoted input value may get in a message before it is cut. */
#define QUOTE_MAX_BYTES 60

static const char date_forms[] = "2025-07-03, 03.07.2025, 3 July 2025, 3 Jul 2025, 3 липня 2025";

struct poshuk_record {
    poshuk_article article;
    void **owned; /* every allocation the article points into, freed at the next fill */
    size_t n_owned, cap_owned;
    char id_digits[32]; /* an integer id as text */
};

typedef enum {
    KEEP_LINE,  /* one-line text: controls become spaces */
    KEEP_TEXT,  /* running text: newlines and tabs stay */
    KEEP_IDENT, /* an identifier: only trimmed; the caller rejects controls */
} keep_mode;

typedef struct {
    poshuk_record *record;
    const json_t *object;
    char *message;
    size_t size;
} filling;

poshuk_record *poshuk_record_new(void) {
    return calloc(1, sizeof(poshuk_record));
}

static void drop_owned(poshuk_record *record) {
    for (size_t i = 0; i < record->n_owned; i++)
        free(record->owned[i]);
    record->n_owned = 0;
    memset(&record->article, 0, sizeof record->article);
}

void poshuk_record_free(poshuk_record *record) {
    if (record == NULL)
        return;
    drop_owned(record);
    free(record->owned);
    free(record);
}

const poshuk_article *poshuk_record_article(const poshuk_record *record) {
    return &record->article;
}

/* malloc, remembering the block so the next fill frees it. */
static void *own(poshuk_record *record, size_t size) {
    if (record->n_owned == record->cap_owned) {
        size_t cap = record->cap_owned ? record->cap_owned * 2 : 16;
        void **owned = realloc(record->owned, cap * sizeof *owned);
        if (owned == NULL)
            return NULL;
        record->owned = owned;
        record->cap_owned = cap;
    }
    void *block = malloc(size ? size : 1);
    if (block != NULL)
        record->owned[record->n_owned++] = block;
    return block;
}

static poshuk_record_status reject(filling *f, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    vsnprintf(f->message, f->size, format, ap);
    va_end(ap);
    return POSHUK_RECORD_REJECTED;
}

const char *poshuk_record_type_name(const json_t *value) {
    switch (json_typeof(value)) {
    case JSON_OBJECT:
        return "an object";
    case JSON_ARRAY:
        return "an array";
    case JSON_STRING:
        return "a string";
    case JSON_INTEGER:
        return "a number";
    case JSON_REAL:
        return "a real number";
    case JSON_TRUE:
        return "true";
    case JSON_FALSE:
        return "false";
    case JSON_NULL:
        break;
    }
    return "null";
}

char *poshuk_record_quote(const char *value, size_t len, char *out, size_t size) {
    size_t o = 0, i = 0;
    if (size < 8) { /* room for at least `"..."` */
        if (size > 0)
            out[0] = '\0';
        return out;
    }
    out[o++] = '"';
    for (; i < len && i < QUOTE_MAX_BYTES; i++) {
        unsigned char c = (unsigned char)value[i];
        char escape[8];
        size_t n;
        if (c == '"' || c == '\\')
            n = (size_t)snprintf(escape, sizeof escape, "\\%c", c);
        else if (c == '\n')
            n = (size_t)snprintf(escape, sizeof escape, "\\n");
        else if (c == '\t')
            n = (size_t)snprintf(escape, sizeof escape, "\\t");
        else if (c < 0x20 || c == 0x7F)
            n = (size_t)snprintf(escape, sizeof escape, "\\u%04x", c);
        else
            escape[0] = (char)c, n = 1;
        if (o + n + 5 > size) /* keep room for `..."` and the NUL */
            break;
        memcpy(out + o, escape, n);
        o += n;
    }
    if (i < len) {
        /* Cut at a character boundary: back over continuation bytes and the lead byte they follow. */
        while (o > 1 && ((unsigned char)out[o - 1] & 0xC0) == 0x80)
            o--;
        if (o > 1 && (unsigned char)out[o - 1] >= 0xC0)
            o--;
        memcpy(out + o, "...", 3);
        o += 3;
    }
    out[o++] = '"';
    out[o] = '\0';
    return out;
}

/* Copies a JSON string into the record, tidied as the mode says. *out is NULL when it is blank. */
static poshuk_record_status keep_string(filling *f, const char *label, const json_t *value, keep_mode mode,
                                        const char **out) {
    const char *s = json_string_value(value);
    size_t len = json_string_length(value);
    if (memchr(s, '\0', len) != NULL)
        return reject(f, "field \"%s\": contains \\u0000", label);
    char *copy = own(f->record, len + 1);
    if (copy == NULL)
        return POSHUK_RECORD_NOMEM;
    memcpy(copy, s, len);
    copy[len] = '\0';
    if (mode == KEEP_IDENT)
        len = poshuk_input_trim(copy, len);
    else
        len = poshuk_input_tidy(copy, len, mode == KEEP_TEXT ? POSHUK_TIDY_TEXT : POSHUK_TIDY_LINE);
    *out = len > 0 ? copy : NULL;
    return POSHUK_RECORD_OK;
}

/* An optional string field; *out is NULL when it is missing, null or blank. */
static poshuk_record_status get_string(filling *f, const char *name, keep_mode mode, const char **out) {
    const json_t *value = json_object_get(f->object, name);
    *out = NULL;
    if (value == NULL || json_is_null(value))
        return POSHUK_RECORD_OK;
    if (!json_is_string(value))
        return reject(f, "field \"%s\": expected a string, got %s", name, poshuk_record_type_name(value));
    return keep_string(f, name, value, mode, out);
}

/* An optional array of one-line strings; blank elements are left out. */
static poshuk_record_status get_list(filling *f, const char *name, const char *const **out, size_t *n_out) {
    const json_t *value = json_object_get(f->object, name);
    *out = NULL;
    *n_out = 0;
    if (value == NULL || json_is_null(value))
        return POSHUK_RECORD_OK;
    if (!json_is_array(value))
        return reject(f, "field \"%s\": expected an array of strings, got %s", name,
                      poshuk_record_type_name(value));
    size_t size = json_array_size(value), n = 0;
    if (size == 0)
        return POSHUK_RECORD_OK;
    const char **list = own(f->record, size * sizeof *list);
    if (list == NULL)
        return POSHUK_RECORD_NOMEM;
    for (size_t i = 0; i < size; i++) {
        const json_t *element = json_array_get(value, i);
        char label[64];
        snprintf(label, sizeof label, "%s[%zu]", name, i);
        if (!json_is_string(element))
            return reject(f, "field \"%s\": expected a string, got %s", label,
                          poshuk_record_type_name(element));
        const char *s;
        poshuk_record_status status = keep_string(f, label, element, KEEP_LINE, &s);
        if (status != POSHUK_RECORD_OK)
            return status;
        if (s != NULL)
            list[n++] = s;
    }
    *out = n > 0 ? list : NULL;
    *n_out = n;
    return POSHUK_RECORD_OK;
}

/* An identifier-like value must not hold control characters: tidying would silently change it. */
static poshuk_record_status check_controls(filling *f, const char *name, const char *value) {
    uint32_t cp = value ? poshuk_input_first_control(value, strlen(value)) : 0;
    if (cp != 0)
        return reject(f, "field \"%s\": contains the control character U+%04X", name, (unsigned)cp);
    return POSHUK_RECORD_OK;
}

static poshuk_record_status get_id(filling *f, const char **out) {
    const json_t *value = json_object_get(f->object, "id");
    if (value == NULL || json_is_null(value))
        return reject(f, "field \"id\": missing");
    if (json_is_integer(value)) {
        snprintf(f->record->id_digits, sizeof f->record->id_digits, "%" JSON_INTEGER_FORMAT,
                 json_integer_value(value));
        *out = f->record->id_digits;
        return POSHUK_RECORD_OK;
    }
    if (!json_is_string(value))
        return reject(f, "field \"id\": expected a string or an integer, got %s",
                      poshuk_record_type_name(value));
    poshuk_record_status status = keep_string(f, "id", value, KEEP_IDENT, out);
    if (status != POSHUK_RECORD_OK)
        return status;
    if (*out == NULL)
        return reject(f, "field \"id\": empty");
    size_t len = strlen(*out);
    if (len > POSHUK_ID_MAX)
        return reject(f, "field \"id\": %zu bytes long, more than the %d allowed", len, POSHUK_ID_MAX);
    return check_controls(f, "id", *out);
}

static poshuk_record_status get_lang(filling *f, const char **out) {
    const char *lang;
    poshuk_record_status status = get_string(f, "lang", KEEP_LINE, &lang);
    *out = NULL;
    if (status != POSHUK_RECORD_OK || lang == NULL)
        return status;
    char lower[3] = {0};
    if (strlen(lang) == 2) {
        for (int i = 0; i < 2; i++)
            lower[i] = (char)(lang[i] >= 'A' && lang[i] <= 'Z' ? lang[i] - 'A' + 'a' : lang[i]);
    }
    if (strcmp(lower, "uk") == 0)
        *out = "uk";
    else if (strcmp(lower, "en") == 0)
        *out = "en";
    if (*out != NULL)
        return POSHUK_RECORD_OK;
    char quoted[QUOTE_MAX_BYTES * 2];
    return reject(f, "field \"lang\": %s is not supported (accepted: \"uk\", \"en\")",
                  poshuk_record_quote(lang, strlen(lang), quoted, sizeof quoted));
}

static poshuk_record_status get_date(filling *f, int32_t *out) {
    const char *text;
    poshuk_record_status status = get_string(f, "date", KEEP_LINE, &text);
    *out = 0;
    if (status != POSHUK_RECORD_OK || text == NULL)
        return status;
    if (poshuk_date_parse(text, out))
        return POSHUK_RECORD_OK;
    char quoted[QUOTE_MAX_BYTES * 2];
    return reject(f, "field \"date\": %s is not a date (accepted forms: %s)",
                  poshuk_record_quote(text, strlen(text), quoted, sizeof quoted), date_forms);
}

/* The fields in the order they are checked; the first failure is the one reported. */
static poshuk_record_status fill_fields(filling *f, poshuk_article *a) {
    poshuk_record_status s;
    if ((s = get_id(f, &a->id)) != POSHUK_RECORD_OK || (s = get_lang(f, &a->lang)) != POSHUK_RECORD_OK ||
        (s = get_string(f, "title", KEEP_LINE, &a->title)) != POSHUK_RECORD_OK ||
        (s = get_string(f, "body", KEEP_TEXT, &a->body)) != POSHUK_RECORD_OK ||
        (s = get_list(f, "tags", &a->tags, &a->n_tags)) != POSHUK_RECORD_OK ||
        (s = get_string(f, "oblast", KEEP_LINE, &a->oblast)) != POSHUK_RECORD_OK ||
        (s = get_list(f, "hromadas", &a->hromadas, &a->n_hromadas)) != POSHUK_RECORD_OK ||
        (s = get_string(f, "source", KEEP_LINE, &a->source)) != POSHUK_RECORD_OK ||
        (s = get_date(f, &a->date)) != POSHUK_RECORD_OK ||
        (s = get_string(f, "url", KEEP_IDENT, &a->url)) != POSHUK_RECORD_OK ||
        (s = check_controls(f, "url", a->url)) != POSHUK_RECORD_OK)
        return s;
    if (a->title == NULL && a->body == NULL)
        return reject(f, "field \"title\": title and body are both missing or blank");
    if (a->lang == NULL)
        a->lang = poshuk_input_guess_lang(a->title, a->body);
    /* poshuk.h lets only oblast, source and url be NULL; a missing text is an empty one. */
    if (a->title == NULL)
        a->title = "";
    if (a->body == NULL)
        a->body = "";
    return POSHUK_RECORD_OK;
}

poshuk_record_status poshuk_record_fill(poshuk_record *record, const json_t *object, char *message,
                                        size_t size) {
    filling f = {record, object, message, size};
    drop_owned(record);
    if (size > 0)
        message[0] = '\0';
    poshuk_article article = {0};
    poshuk_record_status status = fill_fields(&f, &article);
    if (status == POSHUK_RECORD_OK)
        record->article = article;
    return status;
}
