/* Test hooks into the shim's internals, for tests/ only; not part of the public API. */
#ifndef POSHUK_XAPIAN_SHIM_TEST_H
#define POSHUK_XAPIAN_SHIM_TEST_H

#include "poshuk.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Throws an instance of the named class with the message "test message" and returns the status the
 * shim's classifier gives it; the stored error text is copied into msg (cap bytes, NUL-terminated).
 * Names: Xapian's error classes without the namespace ("DatabaseLockError"), "Failure" (poshuk's own,
 * with status POSHUK_ERR_NOT_FOUND), "bad_alloc", "runtime_error" (a std::exception), "int" (a thrown
 * non-exception). An unknown name throws nothing and returns POSHUK_OK with msg "no such class". */
poshuk_status poshuk_shim_classify_test(const char *xapian_class_name, char *msg, size_t cap);

/* The boolean term the shim builds for value under prefix (what the writer indexes and filters
 * search for), copied into buf (cap bytes, NUL-terminated). Returns its length in bytes. */
size_t poshuk_shim_boolean_term_test(const char *prefix, const char *value, char *buf, size_t cap);

/* Runs the facet spies the way Xapian runs them across remote shards: each of Xapian's spies the
 * remote way counts two documents; a spy made by its unserialise(serialise()) counts two others; the
 * first merges the second's serialise_results(). Writes the merged counts of every facet as text,
 * "tags: v=n v=n; oblast: ...; hromada: ...; year: ...; month: ..." (each in the order poshuk_results
 * gives them). variant 1: then tries to merge malformed results into the first spy and appends " | "
 * and the error text; variant 2: the local spy counts all four documents itself; variant 3: as 2, but
 * the first two documents hold only the facet record (schema::SLOT_FACETS) and the other two only the
 * four slots of an older index. Returns the length written. */
size_t poshuk_shim_facet_merge_test(int variant, char *buf, size_t cap);

/* How a body is stored and read back: packs body as the writer does, puts it in a document, then reads
 * it as snippets do. variant 0: as written; 1: the stored value cut in the middle (damage); 2: no
 * body slot, the body inside a version-2 document data record (an index from before the slot);
 * 3: a stored value with an unknown format byte. Copies into *format the stored format byte ('r'
 * as it is, 'z' deflated, '\0' none), into buf the body read or the error text, and returns the
 * status. */
poshuk_status poshuk_shim_body_test(const char *body, int variant, char *format, char *buf, size_t cap);

/* Where a hit's record is read from: stores a record (id "id-7", title "Заголовок", two tags) in the
 * summary slot, or, with in_data, as the document data the way indexes before the slot kept it; reads
 * it back as results do and writes "id|title|tag,tag" into buf, or "unreadable". Returns the length. */
size_t poshuk_shim_summary_test(int in_data, char *buf, size_t cap);

/* Xapian's own parse of query (normalised) with the parser searches use, past poshuk's checker, which
 * stops every error Xapian's parser is known to find: the status, and in msg Xapian's message; *offset
 * is -1 when Xapian found the error. */
poshuk_status poshuk_shim_xapian_parse_test(const char *query, long *offset, char *msg, size_t cap);

#ifdef __cplusplus
}
#endif

#endif
