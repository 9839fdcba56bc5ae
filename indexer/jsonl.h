/* The JSONL reader: one article per line of a FILE*, each either a validated poshuk_article or a
 * one-line message saying what is wrong with the line. Internal to indexer/ (poshuk-index and the
 * tests use it); the library's public API does not include it. */
#ifndef POSHUK_INDEXER_JSONL_H
#define POSHUK_INDEXER_JSONL_H

#include "poshuk.h"

#include <stdio.h>

typedef struct poshuk_jsonl poshuk_jsonl;

/* The longest line the reader takes (32 MiB); a longer one is rejected without being kept. */
#define POSHUK_JSONL_LINE_MAX (32ul << 20)

typedef enum {
    POSHUK_JSONL_ARTICLE,    /* *article is valid until the next call or poshuk_jsonl_free */
    POSHUK_JSONL_REJECTED,   /* the line is not a valid article: poshuk_jsonl_message says why */
    POSHUK_JSONL_END,        /* no more lines */
    POSHUK_JSONL_READ_ERROR, /* reading failed: poshuk_jsonl_errno has the error */
    POSHUK_JSONL_NOMEM,
} poshuk_jsonl_step;

/* Reads from in, which stays the caller's to close. name is what messages call the input ("<stdin>"
 * for standard input); it is copied. NULL when memory ran out. */
poshuk_jsonl *poshuk_jsonl_new(FILE *in, const char *name);

/* Reads the next non-blank line. Blank lines (nothing but spaces, tabs and a CR) are skipped. */
poshuk_jsonl_step poshuk_jsonl_next(poshuk_jsonl *reader, const poshuk_article **article);

/* The 1-based number of the line the last step read (0 before the first). */
unsigned long poshuk_jsonl_line(const poshuk_jsonl *reader);

const char *poshuk_jsonl_name(const poshuk_jsonl *reader);

/* Why the last line was rejected, one line without the file name and line number:
 *   field "NAME": WHAT                       (NAME may be "tags[2]" for an element)
 *   not JSON: JANSSON'S REASON at column N   (N counts characters from 1)
 *   not a JSON object: got an array
 *   invalid UTF-8 at byte offset N           (outside any field; offsets count bytes from 0)
 *   invalid UTF-8 at byte offset N, in a field name
 *   the line is longer than 33554432 bytes
 * Empty when the last step was not POSHUK_JSONL_REJECTED. */
const char *poshuk_jsonl_message(const poshuk_jsonl *reader);

/* The errno of a POSHUK_JSONL_READ_ERROR. */
int poshuk_jsonl_errno(const poshuk_jsonl *reader);

/* How many bytes of the input the reader has consumed so far (for a progress line). */
unsigned long long poshuk_jsonl_bytes(const poshuk_jsonl *reader);

void poshuk_jsonl_free(poshuk_jsonl *reader);

#endif
