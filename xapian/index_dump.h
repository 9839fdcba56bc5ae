/* A full text dump of an index, for tests that the index a change builds is the same as before, and
 * for comparing two indexes by hand; not part of the public API.
 *
 * One line each, in this order (every string written as its bytes, with bytes below 0x20, 0x7f and
 * '\' written as \xNN, so a line never breaks inside a value):
 *   index docs <doccount> lastdocid <id> length <total length of all documents>
 *   meta <key> <value>                           every user metadata entry, in key order
 *   doc <docid>                                  then, for that document:
 *   data <document data>
 *   value <slot> <value>                         every value, in slot order
 *   term <term> wdf <wdf>[ pos <p> <p> ...]      every term in byte order, its positions if any
 * Documents come in docid order. */
#ifndef POSHUK_XAPIAN_INDEX_DUMP_H
#define POSHUK_XAPIAN_INDEX_DUMP_H

#include "poshuk.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Called with each line (without its newline; not NUL-terminated). */
typedef void (*poshuk_dump_line_fn)(const char *line, size_t len, void *ctx);

/* Dumps the index at path (a directory, or the link to a generation). On failure returns the status
 * and copies the error text into err (cap bytes, NUL-terminated). */
poshuk_status poshuk_shim_index_dump(const char *path, poshuk_dump_line_fn emit, void *ctx, char *err,
                                     size_t cap);

#ifdef __cplusplus
}
#endif

#endif
