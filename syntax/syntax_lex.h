/* The syntax checker's tokeniser: splits a query into the tokens Xapian 1.4's QueryParser would
 * hand its grammar, with the byte offset of each in the text as typed. It follows the parser's
 * tokeniser rule by rule (see syntax_lex.c), because whether "AND" is an operator, "(" opens a group
 * or "-" excludes a word depends on small details such as the character just before it.
 *
 * Problems that are already clear while splitting (an empty field value, a stray closing
 * parenthesis, NEAR/x) become QTOK_ERROR tokens in their place, so the grammar check reports
 * whichever problem comes first. */
#ifndef POSHUK_SYNTAX_LEX_H
#define POSHUK_SYNTAX_LEX_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    QTOK_END = 0,
    QTOK_TERM,        /* a word, or title:word */
    QTOK_GROUP_TERM,  /* a word after another word with only white space between them */
    QTOK_PHR_TERM,    /* a word joined to the one before by - . / : \ @ (foo-bar) */
    QTOK_PHRASE_WORD, /* a word between quotes */
    QTOK_FILTER,      /* tag:value and the other boolean fields */
    QTOK_QUOTE_OPEN,
    QTOK_QUOTE_CLOSE,
    QTOK_BRA,
    QTOK_KET,
    QTOK_LOVE,          /* +word */
    QTOK_HATE,          /* -word */
    QTOK_HATE_AFTER_OP, /* -word right after an operator: only AND -word means something */
    QTOK_AND,
    QTOK_OR,
    QTOK_XOR,
    QTOK_NOT,
    QTOK_NEAR,
    QTOK_ADJ,
    QTOK_RANGE,   /* date:2025-01..2025-06 */
    QTOK_WILD,    /* word* (a word and the words that begin with it) */
    QTOK_PARTIAL, /* the last word, with the partial flag: also the words that begin with it */
    QTOK_ERROR    /* message says what is wrong */
} qtok_kind;

/* What an exact part (=word, ="words", title:=…) marks on the QTOK_QUOTE_OPEN it starts with. */
typedef enum { QEXACT_NONE = 0, QEXACT_ANYWHERE, QEXACT_TITLE } qexact_kind;

typedef struct {
    qtok_kind kind;
    size_t offset;       /* byte offset in the query of the token's first character */
    size_t end;          /* for words: the byte offset just after the word (before a "*"); for a
                          * closing quote, just after it */
    qtok_kind after;     /* for QTOK_HATE_AFTER_OP: the operator before it */
    const char *message; /* for QTOK_ERROR: static text */
    qexact_kind exact;   /* for QTOK_QUOTE_OPEN: the phrase is an exact part */
    size_t from;         /* for an exact part: its "=", or the title: before that */
} qtok;

/* The query as the lexer reads it: code points with the byte offset each came from. */
typedef struct {
    const int32_t *cp;
    const size_t *offset;
    size_t n;
    size_t end_offset; /* byte length of the query, the offset of QTOK_END */
    int partial;       /* the last word is a QTOK_PARTIAL (Xapian's FLAG_PARTIAL) */
} qtext;

/* An exact part reaches the grammar as a phrase: =word (and the words glued to it, =foo-bar) as a
 * QTOK_QUOTE_OPEN at the "=", its words and a QTOK_QUOTE_CLOSE just after the last one, since the
 * shim hands Xapian =word as a quoted phrase of a field of its own (xapian/exact_phrase.h). At most
 * POSHUK_QUERY_EXACT_MAX (syntax.h) in one query: the shim registers that many fields. */

/* Splits text into tokens, ending with QTOK_END. tokens must have room for 2 * text->n + 2
 * entries, glued (scratch) for text->n. Returns the number of tokens written. */
size_t poshuk_qlex(const qtext *text, qtok *tokens, size_t *glued);

#endif
