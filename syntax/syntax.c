/* The query syntax checker (see syntax.h): the text as poshuk's normaliser leaves it, split into
 * Xapian's tokens (syntax_lex.c), then checked against the grammar Xapian's QueryParser accepts.
 *
 * Xapian 1.4 reacts to a bad query in one of two ways. An operator without an operand ("foo AND")
 * throws QueryParserError, which says nothing about where. Anything else its grammar does not accept
 * (a stray ")", NEAR next to a phrase, a query of only -words) makes it parse the query again with
 * every operator switched off: AND, OR, NOT, quotes and brackets all become plain words, and the
 * search quietly answers a different question. The checker rejects both kinds, and a few things
 * Xapian accepts but reads in a way nobody means: an unclosed quote or bracket (Xapian closes it at
 * the end), an empty field value ("tag:" is searched as the word "tag"), NEAR/x.
 *
 * The grammar, as the checker states it (lowest precedence first):
 *   query   := [or]
 *   or      := xor (OR xor)*
 *   xor     := and (XOR and)*
 *   and     := operand ((AND | NOT | AND NOT | AND -) operand)*     NOT may have no left operand
 *   operand := item+ where at least one item is not a -item
 *   item    := word | word(-word)+ | word word+ | word (NEAR word)+ | word (ADJ word)+
 *            | "words" | ( or ) | field:value | word* | +item | -item
 * where word(-word)+ is words glued by - . / : \ @, "word word+" words with only white space
 * between them, and +item and -item cover one word (or its NEAR chain), a phrase, a bracket or a
 * field.
 * Every operand named here must be there; where one is missing the operator is what is reported. */
#include "syntax/syntax.h"

#include "syntax/syntax_chars.h"
#include "syntax/syntax_lex.h"
#include "stemmers/analysis.h"
#include "stemmers/utf8.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Deeper nesting than anyone types; the limit keeps the recursive check's stack small. */
#define MAX_NESTING 100

static const char msg_bad_utf8[] = "the query is not valid UTF-8";
static const char msg_unclosed_paren[] = "unclosed parenthesis";
static const char msg_empty_parens[] = "parentheses with nothing inside";
static const char msg_too_deep[] = "parentheses nested too deeply";
static const char msg_unclosed_quote[] = "unclosed quote";
static const char msg_empty_quotes[] = "quotes with nothing inside";
static const char msg_hate_only[] =
    "a word with - needs other words beside it (or write NOT before the word)";
static const char msg_love_alone[] = "+ needs a word right after it";
static const char msg_hate_alone[] = "- needs a word right after it";
static const char msg_near_adj[] = "NEAR and ADJ cannot be chained together";
static const char msg_unexpected[] = "unexpected text";

static const char *needs_left(qtok_kind op) {
    switch (op) {
    case QTOK_AND:
        return "AND needs a word on its left";
    case QTOK_OR:
        return "OR needs a word on its left";
    case QTOK_XOR:
        return "XOR needs a word on its left";
    case QTOK_NOT:
        return "NOT needs a word on its left";
    case QTOK_NEAR:
        return "NEAR needs a word on its left";
    default:
        return "ADJ needs a word on its left";
    }
}

static const char *needs_right(qtok_kind op) {
    switch (op) {
    case QTOK_AND:
        return "AND needs a word on its right";
    case QTOK_OR:
        return "OR needs a word on its right";
    case QTOK_XOR:
        return "XOR needs a word on its right";
    case QTOK_NOT:
        return "NOT needs a word on its right";
    case QTOK_NEAR:
        return "NEAR needs a word on its right";
    default:
        return "ADJ needs a word on its right";
    }
}

/* NEAR and ADJ take single words: not a phrase, a bracket, a field, a +word or a hyphenated word. */
static const char *single_left(qtok_kind op) {
    return op == QTOK_NEAR ? "NEAR needs a single word on its left" : "ADJ needs a single word on its left";
}

static const char *single_right(qtok_kind op) {
    return op == QTOK_NEAR ? "NEAR needs a single word on its right" : "ADJ needs a single word on its right";
}

/* "foo bar NEAR baz": Xapian cannot tell which words NEAR joins. */
static const char *needs_parens(qtok_kind op) {
    return op == QTOK_NEAR ? "NEAR with other words beside it needs parentheses, as in a (b NEAR c)"
                           : "ADJ with other words beside it needs parentheses, as in a (b ADJ c)";
}

/* "foo OR -bar": only AND may be followed by a -word. */
static const char *hate_after(qtok_kind op) {
    switch (op) {
    case QTOK_OR:
        return "OR cannot be followed by a -word; write OR NOT";
    case QTOK_XOR:
        return "XOR cannot be followed by a -word; write XOR NOT";
    case QTOK_NOT:
        return "NOT cannot be followed by a -word";
    case QTOK_NEAR:
        return single_right(QTOK_NEAR);
    case QTOK_ADJ:
        return single_right(QTOK_ADJ);
    default:
        return msg_hate_alone;
    }
}

static int is_operator(qtok_kind k) {
    return k == QTOK_AND || k == QTOK_OR || k == QTOK_XOR || k == QTOK_NOT || k == QTOK_NEAR || k == QTOK_ADJ;
}

typedef struct {
    const qtok *tok;
    size_t pos;
    int failed;
    size_t error_offset;
    const char *error_message;
    size_t nesting;
} parser;

static const qtok end_token = {QTOK_END, 0, 0, QTOK_END, NULL, QEXACT_NONE, 0};

static void fail(parser *p, size_t offset, const char *message) {
    if (p->failed)
        return;
    p->failed = 1;
    p->error_offset = offset;
    p->error_message = message;
}

/* The current token; after a failure, or on an error token (which fails), the end. */
static const qtok *cur(parser *p) {
    if (!p->failed && p->tok[p->pos].kind == QTOK_ERROR)
        fail(p, p->tok[p->pos].offset, p->tok[p->pos].message);
    return p->failed ? &end_token : &p->tok[p->pos];
}

static void advance(parser *p) {
    if (!p->failed && p->tok[p->pos].kind != QTOK_END)
        p->pos++;
}

static int check_or(parser *p);

/* word (NEAR word)+ or word (ADJ word)+, at the first NEAR or ADJ. */
static void check_near_chain(parser *p) {
    qtok_kind kind = cur(p)->kind;
    qtok op = *cur(p);
    while (cur(p)->kind == kind) {
        op = *cur(p);
        advance(p);
        qtok_kind next = cur(p)->kind;
        if (next == QTOK_TERM) {
            advance(p);
            continue;
        }
        if (next == QTOK_END || next == QTOK_KET || is_operator(next))
            fail(p, op.offset, needs_right(kind));
        else
            fail(p, op.offset, single_right(kind));
        return;
    }
    qtok_kind next = cur(p)->kind;
    if (next == QTOK_PHR_TERM)
        fail(p, op.offset, single_right(kind));
    else if (next == QTOK_GROUP_TERM)
        fail(p, op.offset, needs_parens(kind));
    else if (next == QTOK_NEAR || next == QTOK_ADJ)
        fail(p, cur(p)->offset, msg_near_adj);
}

/* A word with what is glued to it: a hyphenated phrase, a group of words, a NEAR/ADJ chain. */
static void check_word(parser *p) {
    advance(p);
    qtok_kind next = cur(p)->kind;
    if (next == QTOK_PHR_TERM || next == QTOK_GROUP_TERM) {
        while (cur(p)->kind == next)
            advance(p);
        qtok_kind after = cur(p)->kind;
        if (after == QTOK_NEAR || after == QTOK_ADJ)
            fail(p, cur(p)->offset, next == QTOK_PHR_TERM ? single_left(after) : needs_parens(after));
    } else if (next == QTOK_NEAR || next == QTOK_ADJ) {
        check_near_chain(p);
    }
}

static void check_phrase(parser *p) {
    size_t open = cur(p)->offset, words = 0;
    advance(p);
    while (cur(p)->kind == QTOK_PHRASE_WORD) {
        words++;
        advance(p);
    }
    if (cur(p)->kind != QTOK_QUOTE_CLOSE) {
        fail(p, open, msg_unclosed_quote);
        return;
    }
    advance(p);
    if (words == 0)
        fail(p, open, msg_empty_quotes);
}

static void check_bracket(parser *p) {
    size_t open = cur(p)->offset;
    advance(p);
    if (cur(p)->kind == QTOK_KET) {
        fail(p, open, msg_empty_parens);
        return;
    }
    if (++p->nesting > MAX_NESTING) {
        fail(p, open, msg_too_deep);
        return;
    }
    check_or(p);
    p->nesting--;
    if (cur(p)->kind == QTOK_KET)
        advance(p);
    else
        fail(p, open, msg_unclosed_paren);
}

/* What may follow + or -; returns 0 when nothing does. */
static int check_signed(parser *p) {
    switch (cur(p)->kind) {
    case QTOK_TERM:
        check_word(p);
        return 1;
    case QTOK_QUOTE_OPEN:
        check_phrase(p);
        return 1;
    case QTOK_BRA:
        check_bracket(p);
        return 1;
    case QTOK_FILTER:
    case QTOK_WILD:
    case QTOK_PARTIAL:
        advance(p);
        return 1;
    default:
        return 0;
    }
}

/* The items between two operators. Returns 0 when there are none. */
static int check_operand(parser *p) {
    size_t items = 0, first_hate = SIZE_MAX;
    int positive = 0;
    for (;; items++) {
        const qtok *t = cur(p);
        switch (t->kind) {
        case QTOK_END:
        case QTOK_KET:
        case QTOK_AND:
        case QTOK_OR:
        case QTOK_XOR:
        case QTOK_NOT:
            if (items > 0 && !positive)
                fail(p, first_hate, msg_hate_only);
            return items > 0;
        case QTOK_TERM:
            check_word(p);
            positive = 1;
            break;
        case QTOK_QUOTE_OPEN:
            check_phrase(p);
            positive = 1;
            break;
        case QTOK_BRA:
            check_bracket(p);
            positive = 1;
            break;
        case QTOK_FILTER:
        case QTOK_WILD:
        case QTOK_PARTIAL:
            advance(p);
            positive = 1;
            break;
        case QTOK_LOVE:
        case QTOK_HATE: {
            qtok sign = *t;
            advance(p);
            if (!check_signed(p)) {
                fail(p, sign.offset, sign.kind == QTOK_LOVE ? msg_love_alone : msg_hate_alone);
                return 1;
            }
            if (sign.kind == QTOK_LOVE)
                positive = 1;
            else if (first_hate == SIZE_MAX)
                first_hate = sign.offset;
            break;
        }
        case QTOK_NEAR:
        case QTOK_ADJ:
            fail(p, t->offset, items > 0 ? single_left(t->kind) : needs_left(t->kind));
            return 1;
        default:
            /* Tokens that only follow others (group words, phrase words, a -word after an
             * operator) are consumed where they belong; meeting one here would be a checker bug. */
            fail(p, t->offset, msg_unexpected);
            return 1;
        }
    }
}

/* The token after an operator: a -word there is only allowed after AND. */
static int hate_follows(parser *p, qtok_kind op) {
    const qtok *t = cur(p);
    if (t->kind != QTOK_HATE_AFTER_OP)
        return 0;
    fail(p, t->offset, hate_after(op));
    return 1;
}

static int check_and(parser *p) {
    int left = check_operand(p), first = 1;
    while (!p->failed && (cur(p)->kind == QTOK_AND || cur(p)->kind == QTOK_NOT)) {
        qtok op = *cur(p), right_op = op;
        advance(p);
        if (op.kind == QTOK_AND && cur(p)->kind == QTOK_NOT) {
            right_op = *cur(p);
            advance(p);
        } else if (op.kind == QTOK_AND && cur(p)->kind == QTOK_HATE_AFTER_OP) {
            right_op = *cur(p);
            advance(p);
        }
        /* "NOT foo" alone means everything but foo (FLAG_PURE_NOT). */
        if (!left && !(op.kind == QTOK_NOT && first))
            fail(p, op.offset, needs_left(op.kind));
        if (right_op.kind == QTOK_NOT && hate_follows(p, QTOK_NOT))
            return 1;
        if (!check_operand(p))
            fail(p, right_op.offset,
                 right_op.kind == QTOK_HATE_AFTER_OP ? msg_hate_alone : needs_right(right_op.kind));
        left = 1;
        first = 0;
    }
    return left;
}

/* One precedence level of binary operators over the level below it. */
static int check_level(parser *p, qtok_kind op_kind, int (*below)(parser *)) {
    int left = below(p);
    while (!p->failed && cur(p)->kind == op_kind) {
        qtok op = *cur(p);
        advance(p);
        if (!left)
            fail(p, op.offset, needs_left(op_kind));
        if (hate_follows(p, op_kind))
            return 1;
        if (!below(p))
            fail(p, op.offset, needs_right(op_kind));
        left = 1;
    }
    return left;
}

static int check_xor(parser *p) {
    return check_level(p, QTOK_XOR, check_and);
}

static int check_or(parser *p) {
    return check_level(p, QTOK_OR, check_xor);
}

/* The query as Xapian will see it after poshuk_normalise, from the normaliser itself, with each
 * character's offset in the text as typed. */
static size_t decode_normalised(const char *query, size_t len, int32_t *cp, size_t *offset) {
    return poshuk_normalise_cps_at(query, len, cp, offset);
}

int poshuk_query_check(const char *query, size_t *error_offset, const char **error_message) {
    return poshuk_query_check_flags(query, 0, error_offset, error_message);
}

/* Room for the tokens of a query of up to about 60 characters, nearly every query, on the caller's
 * stack: a heap block of a few KiB is past glibc's caches of small blocks, and allocating it cost
 * more than lexing a two-word query. Longer queries get a heap block. */
typedef struct {
    _Alignas(max_align_t) unsigned char bytes[8192];
} token_room;

/* The tokens of query (which must be valid UTF-8), in room or in a block release_tokens frees; NULL
 * when memory ran out. */
static qtok *tokenise(const char *query, unsigned flags, size_t *n_tokens, token_room *room) {
    size_t len = strlen(query);
    /* One block: the tokens, code points and their offsets, the lexer's scratch. */
    size_t n = utf8_count((const unsigned char *)query, len);
    size_t bytes = n * (sizeof(int32_t) + 2 * sizeof(size_t)) + (2 * n + 2) * sizeof(qtok);
    void *block = bytes <= sizeof room->bytes ? room->bytes : malloc(bytes);
    if (!block)
        return NULL;
    qtok *tokens = block;
    size_t *offsets = (size_t *)(tokens + 2 * n + 2);
    size_t *glued = offsets + n;
    int32_t *cps = (int32_t *)(glued + n);

    qtext text = {
        .cp = cps, .offset = offsets, .end_offset = len, .partial = (flags & POSHUK_QCHECK_PARTIAL) != 0};
    text.n = decode_normalised(query, len, cps, offsets);
    *n_tokens = poshuk_qlex(&text, tokens, glued);
    return tokens;
}

static void release_tokens(qtok *tokens, token_room *room) {
    if ((void *)tokens != room->bytes)
        free(tokens);
}

/* tokenise for the functions that take any query: NULL also for NULL or invalid UTF-8 (the checker
 * reports that itself before it tokenises). */
static qtok *tokenise_valid(const char *query, unsigned flags, size_t *n_tokens, token_room *room) {
    if (!query)
        return NULL;
    const size_t len = strlen(query);
    return poshuk_utf8_invalid_at(query, len) < len ? NULL : tokenise(query, flags, n_tokens, room);
}

size_t poshuk_query_words(const char *query, unsigned flags, poshuk_query_word *out, size_t max) {
    size_t n_tokens = 0, n = 0;
    token_room room;
    qtok *tokens = tokenise_valid(query, flags, &n_tokens, &room);
    if (!tokens)
        return 0;
    for (size_t i = 0; i < n_tokens; i++) {
        poshuk_query_word_kind kind;
        switch (tokens[i].kind) {
        case QTOK_TERM:
        case QTOK_GROUP_TERM:
        case QTOK_PHR_TERM:
        case QTOK_PHRASE_WORD:
            kind = POSHUK_QWORD_PLAIN;
            break;
        case QTOK_WILD:
            kind = POSHUK_QWORD_WILDCARD;
            break;
        case QTOK_PARTIAL:
            kind = POSHUK_QWORD_PARTIAL;
            break;
        default:
            continue;
        }
        if (n < max)
            out[n] = (poshuk_query_word){.start = tokens[i].offset, .end = tokens[i].end, .kind = kind};
        n++;
    }
    release_tokens(tokens, &room);
    return n;
}

size_t poshuk_query_exact_parts(const char *query, unsigned flags, poshuk_query_exact *out, size_t max) {
    size_t n_tokens = 0, n = 0;
    token_room room;
    qtok *tokens = tokenise_valid(query, flags, &n_tokens, &room);
    if (!tokens)
        return 0;
    for (size_t i = 0; i < n_tokens; i++) {
        if (tokens[i].kind != QTOK_QUOTE_OPEN || tokens[i].exact == QEXACT_NONE)
            continue;
        size_t close = i + 1;
        while (close < n_tokens && tokens[close].kind == QTOK_PHRASE_WORD)
            close++;
        if (close >= n_tokens || tokens[close].kind != QTOK_QUOTE_CLOSE)
            continue; /* unclosed: the checker refuses the query */
        /* =word opens its phrase at the "=", ="…" at the quote. */
        const int quoted = query[tokens[i].offset] != '=';
        if (n < max)
            out[n] = (poshuk_query_exact){.from = tokens[i].from,
                                          .start = quoted || close == i + 1 ? tokens[i].offset
                                                                            : tokens[i + 1].offset,
                                          .end = tokens[close].end,
                                          .quoted = quoted,
                                          .title = tokens[i].exact == QEXACT_TITLE};
        n++;
        i = close;
    }
    release_tokens(tokens, &room);
    return n;
}

/* Most queries are a few words in lower case and nothing else, and need no check: the operators are
 * upper-case ASCII, and without them and without ( ) " + - = : * there is nothing but words, which
 * the grammar always accepts. Only lower-case ASCII letters, digits, spaces and the word characters
 * of the Cyrillic block (U+0400..U+04FF, two bytes from 0xD0..0xD3; poshuk_qchar_is_word says which:
 * all but U+0482 ҂) count; anything else, valid or not, goes to the full check. */
static int only_plain_words(const char *query) {
    const unsigned char *s = (const unsigned char *)query;
    for (size_t i = 0; s[i]; i++) {
        const unsigned char c = s[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ')
            continue;
        if (c >= 0xD0 && c <= 0xD3 && (s[i + 1] & 0xC0) == 0x80 &&
            poshuk_qchar_is_word((int32_t)((c & 0x1Fu) << 6 | (s[i + 1] & 0x3Fu)))) {
            i++;
            continue;
        }
        return 0;
    }
    return 1;
}

int poshuk_query_check_flags(const char *query, unsigned flags, size_t *error_offset,
                             const char **error_message) {
    size_t dummy_offset;
    const char *dummy_message;
    if (!error_offset)
        error_offset = &dummy_offset;
    if (!error_message)
        error_message = &dummy_message;
    *error_offset = 0;
    *error_message = NULL;
    if (!query || only_plain_words(query))
        return 1;

    size_t len = strlen(query);
    size_t bad = poshuk_utf8_invalid_at(query, len);
    if (bad < len) {
        *error_offset = bad;
        *error_message = msg_bad_utf8;
        return 0;
    }

    size_t n_tokens;
    token_room room;
    qtok *tokens = tokenise(query, flags, &n_tokens, &room);
    if (!tokens)
        return 1; /* cannot check: the parser's own error handling still applies */
    parser p = {.tok = tokens};
    check_or(&p);
    if (!p.failed && cur(&p)->kind != QTOK_END)
        fail(&p, cur(&p)->offset, msg_unexpected);
    release_tokens(tokens, &room);
    if (!p.failed)
        return 1;
    *error_offset = p.error_offset;
    *error_message = p.error_message;
    return 0;
}
