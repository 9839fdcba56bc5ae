/* The query syntax checker: finds, before Xapian's QueryParser sees a query, every input that the
 * parser would reject (it throws QueryParserError without saying where) or would silently read as
 * plain words, and says where the problem is and what it is.
 *
 * poshuk parses queries with FLAG_PHRASE | FLAG_BOOLEAN | FLAG_LOVEHATE | FLAG_PURE_NOT |
 * FLAG_WILDCARD (and FLAG_PARTIAL on request), the boolean fields tag: oblast: hromada: source: lang:
 * date: and the free-text field title: (each also written TAG: and Tag:); date: values must be
 * dates (syntax_date.h). The checker knows exactly that configuration; syntax.c says what it rejects and
 * why, tests/test_syntax.c lists every case. */
#ifndef POSHUK_SYNTAX_H
#define POSHUK_SYNTAX_H

#include <stddef.h>

#include "poshuk.h"

#ifdef __cplusplus
extern "C" {
#endif

/* poshuk_query_check and poshuk_query_check_flags, the checker itself, are public: poshuk.h. */

typedef enum {
    POSHUK_QWORD_PLAIN,    /* a word, also in a phrase or title: */
    POSHUK_QWORD_WILDCARD, /* the word before a "*" */
    POSHUK_QWORD_PARTIAL   /* the last word under POSHUK_QCHECK_PARTIAL */
} poshuk_query_word_kind;

/* A word of a query as the user typed it: bytes [start, end). */
typedef struct {
    size_t start, end;
    poshuk_query_word_kind kind;
} poshuk_query_word;

/* The words of query as Xapian's parser will read them (not operators, not field names, not the
 * values of tag: oblast: hromada: source: lang: date:), in order. Fills at most max of them into out
 * and returns how many there are; 0 for NULL or invalid UTF-8, or when memory runs out. Meant for
 * a query that poshuk_query_check_flags accepted. */
size_t poshuk_query_words(const char *query, unsigned flags, poshuk_query_word *out, size_t max);

/* An exact part of a query: =word, ="words", title:=word or title:="words", which match only
 * these forms of the words, not every form of their stems. Bytes of the query. */
typedef struct {
    size_t from;       /* where the part starts: its "=", or the title: before it */
    size_t start, end; /* ="…": the quotes and what is between them; =word: the word and the words
                        * glued to it by - . / : \ @ (=foo-bar) */
    int quoted;        /* 1 for ="…" */
    int title;         /* 1: title:=…, the title only */
} poshuk_query_exact;

/* The most exact parts one query may hold; the checker refuses more. */
#define POSHUK_QUERY_EXACT_MAX 16

/* The exact parts of query, in order. Fills at most max of them into out and returns how many there
 * are; 0 for NULL or invalid UTF-8, or when memory runs out. Meant for a query that
 * poshuk_query_check_flags accepted (in the text as typed, or as poshuk_normalise leaves it). */
size_t poshuk_query_exact_parts(const char *query, unsigned flags, poshuk_query_exact *out, size_t max);

#ifdef __cplusplus
}
#endif

#endif
