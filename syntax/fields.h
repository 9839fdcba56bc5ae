/* The fields of poshuk's query language, written once: the checker (syntax_lex.c) finds them with
 * poshuk_field_find, and the shim's QueryParser (xapian/query_parse.cc) registers every spelling of
 * every field from the same table, as notmuch's lib/prefix.cc serves both its parser and its checks.
 * What each field searches in the index (its term prefix) is the index's fact: xapian/schema.h. */
#ifndef POSHUK_SYNTAX_FIELDS_H
#define POSHUK_SYNTAX_FIELDS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    POSHUK_FIELD_TAG,
    POSHUK_FIELD_OBLAST,
    POSHUK_FIELD_HROMADA,
    POSHUK_FIELD_SOURCE,
    POSHUK_FIELD_LANG,
    POSHUK_FIELD_TITLE,
    POSHUK_FIELD_DATE,
} poshuk_field_id;

typedef enum {
    POSHUK_FIELD_BOOLEAN,   /* a filter: the value is one term, not words (tag: oblast: ...) */
    POSHUK_FIELD_FREE_TEXT, /* words, stemmed as any words are (title:) */
    POSHUK_FIELD_DATES,     /* a filter whose value is a period or a range of them (syntax_date.h) */
} poshuk_field_kind;

typedef struct {
    poshuk_field_id id;
    const char *name; /* lower case, as SYNTAX.md writes it */
    poshuk_field_kind kind;
    /* 1: field:a field:b needs both values (tags, as the request's tags are AND-ed); 0: either. */
    int all_values_required;
    const char *empty_message; /* the checker's message for the field with no value */
} poshuk_field;

/* Every field, in the order above. */
extern const poshuk_field poshuk_fields[];
extern const size_t poshuk_n_fields;

/* Each field may be written in these spellings: "tag", "TAG", "Tag" (Xapian matches field names
 * case-sensitively; people type OBLAST: and Oblast: too). */
#define POSHUK_FIELD_SPELLINGS 3
#define POSHUK_FIELD_NAME_MAX  8 /* bytes of the longest name with its NUL ("hromada") */

/* Writes spelling k (0 <= k < POSHUK_FIELD_SPELLINGS) of field's name into out. Returns out. */
char *poshuk_field_spelling(const poshuk_field *field, int k, char out[POSHUK_FIELD_NAME_MAX]);

/* The field whose name is one of the spellings of name[0..len), or NULL. */
const poshuk_field *poshuk_field_find(const char *name, size_t len);

#ifdef __cplusplus
}
#endif

#endif
