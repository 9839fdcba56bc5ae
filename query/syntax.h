/* The query syntax checker: finds, before Xapian's QueryParser sees a query, every input that the
 * parser would reject (it throws QueryParserError without saying where) or would silently read as
 * plain words, and says where the problem is and what it is.
 *
 * poshuk parses queries with FLAG_PHRASE | FLAG_BOOLEAN | FLAG_LOVEHATE | FLAG_PURE_NOT, the boolean
 * fields tag: oblast: hromada: source: lang: and the free-text field title: (each also written
 * TAG: and Tag:). The checker knows exactly that configuration; syntax.c says what it rejects and
 * why, tests/test_syntax.c lists every case. */
#ifndef POSHUK_QUERY_SYNTAX_H
#define POSHUK_QUERY_SYNTAX_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Returns 1 when query (UTF-8, NUL-terminated; NULL counts as empty) is fine. Otherwise returns 0,
 * sets *error_offset to the byte offset in query of the character the problem is at, and
 * *error_message to a static English sentence such as "AND needs a word on its right".
 * Either out pointer may be NULL. Check the text as the user typed it: the checker applies the
 * normaliser's syntax-relevant rules itself, so its offsets point into what the user sees. Also
 * returns 1 if memory runs out before the check can be made. */
int poshuk_query_check(const char *query, size_t *error_offset, const char **error_message);

#ifdef __cplusplus
}
#endif

#endif
