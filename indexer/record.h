/* One article record: a decoded JSON object checked field by field and turned into the
 * poshuk_article the writer takes, with the strings it points to. Internal to indexer/. */
#ifndef POSHUK_INDEXER_RECORD_H
#define POSHUK_INDEXER_RECORD_H

#include "poshuk.h"

#include <jansson.h>
#include <stddef.h>

typedef struct poshuk_record poshuk_record;

typedef enum {
    POSHUK_RECORD_OK,       /* the article is valid */
    POSHUK_RECORD_REJECTED, /* the object is not a valid article; the message says which field and why */
    POSHUK_RECORD_NOMEM,
} poshuk_record_status;

/* NULL when memory ran out. */
poshuk_record *poshuk_record_new(void);

/* Checks the object and fills the record, dropping what it held before. On POSHUK_RECORD_REJECTED
 * the message, one line of the form `field "NAME": WHAT`, is written into message[0..size). */
poshuk_record_status poshuk_record_fill(poshuk_record *record, const json_t *object, char *message,
                                        size_t size);

/* The article of the last successful fill; it points into the record and lives until the next fill
 * or the free. */
const poshuk_article *poshuk_record_article(const poshuk_record *record);

void poshuk_record_free(poshuk_record *record);

/* How messages name the JSON type of a value: "a string", "an array", "a number" (an integer),
 * "a real number", "an object", "true", "false", "null". Static. */
const char *poshuk_record_type_name(const json_t *value);

/* Writes value into out[0..size) as a double-quoted string, escaping quotes, backslashes and control
 * characters and cutting it short (with "...") so a message stays one readable line. Returns out. */
char *poshuk_record_quote(const char *value, size_t len, char *out, size_t size);

#endif
