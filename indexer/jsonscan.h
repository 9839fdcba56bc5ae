/* Which field of a JSON object line a byte offset falls in, found by a lexical scan of the raw text.
 * The reader needs it for bytes that stop jansson from parsing the line at all (invalid UTF-8), so it
 * cannot ask the parsed object. */
#ifndef POSHUK_INDEXER_JSONSCAN_H
#define POSHUK_INDEXER_JSONSCAN_H

#include <stddef.h>

typedef enum {
    POSHUK_SCAN_OUTSIDE, /* not inside any member of a top-level object */
    POSHUK_SCAN_KEY,     /* inside a member's key */
    POSHUK_SCAN_VALUE,   /* inside a member's value; *key names the member */
    POSHUK_SCAN_ELEMENT, /* inside element *index of a member whose value is an array */
} poshuk_scan_place;

/* Scans text[0..offset) and says where offset is. For POSHUK_SCAN_VALUE and POSHUK_SCAN_ELEMENT,
 * *key and *key_len give the member's key as written between its quotes (escapes not decoded). */
poshuk_scan_place poshuk_json_place(const char *text, size_t offset, const char **key, size_t *key_len,
                                    size_t *index);

#endif
