/* The tokeniser of Xapian 1.4.22's QueryParser, restated for the syntax checker.
 *
 * Written from the parser's documented and observed behaviour, and checked against the real parser
 * on a large set of generated queries. The rules that matter, each because a query depends on it:
 * - Operators are the exact words AND OR NOT XOR NEAR ADJ (upper case; NEAR/3 and ADJ/3 with a
 *   distance) outside quotes, not glued to the word before by - . / : \ @ ("foo-AND" is a phrase),
 *   not a field value ("tag:AND") and not an acronym ("A.N.D.").
 * - A word runs on across one ' & · or ’ between word characters (AT&T, п'ять), across , . ; between
 *   digits (1,000) and across zero-width spaces; up to three trailing + or # belong to it (C++, C#).
 * - "(" opens a group only after white space, the start, another bracket, + or -, and not when only
 *   white space and ")" follow; "()" is ignored. ")" always closes one.
 * - "+" and "-" mark a word only after white space, the start or "(", and only when a word, quote or
 *   bracket follows at once; "-" right after an operator is a separate token, because only "AND -x"
 *   means something.
 * - A quote that only white space follows is ignored, and so is an empty pair ""; inside a phrase
 *   "" is a quote character, not the end of the phrase.
 * - A word followed by white space and another word makes a group; the group ends at anything else.
 *
 * poshuk normalises a query before Xapian parses it (stress marks and soft hyphens go, apostrophe
 * look-alikes between letters become '); syntax.c hands this tokeniser the text as the normaliser
 * leaves it, with each character's offset in the text as typed. */
#include "syntax/syntax_lex.h"

#include "poshuk.h"
#include "syntax/syntax_chars.h"
#include "syntax/syntax_date.h"
#include "syntax/fields.h"
#include "syntax/syntax.h"

#include <string.h>

enum mode { DEFAULT, IN_QUOTES, IN_PREFIXED_QUOTES, IN_PHRASED_TERM, IN_GROUP, IN_GROUP2 };

/* Where the loop body starts: the normal top, or just after an operator (Xapian jumps into the
 * middle of its loop there, with different flags). */
enum entry { TOP, AFTER_OPERATOR, AFTER_LOVE_HATE };

/* The fields and their spellings: syntax/fields.h, the table the shim's parser registers too. */
typedef poshuk_field field_info;

static const char msg_stray_ket[] = "closing parenthesis without an opening one";
static const char msg_glued_bra[] = "an opening parenthesis needs a space before it";
static const char msg_unclosed_quote[] = "unclosed quote";
static const char msg_near_distance[] = "NEAR/ needs a distance in words, such as NEAR/3";
static const char msg_adj_distance[] = "ADJ/ needs a distance in words, such as ADJ/3";
static const char msg_bad_date[] =
    "date: takes a year, a month or a day (2025, 2025-07, 2025-07-03) or a range such as 2025-01..2025-06";
static const char msg_date_backwards[] = "date: the range ends before it starts";
static const char msg_exact_alone[] = "= needs a word or a phrase in quotes right after it";
static const char msg_exact_operator[] =
    "= cannot go before an operator; for the word itself write it in lower case";
static const char msg_exact_bracket[] = "= cannot go before a bracket; put it before each word or phrase";
static const char msg_exact_field[] = "= cannot go before a field; for the title write title:=word";
static const char msg_exact_wildcard[] =
    "= and * cannot go together: = asks for one form of a word, * for many";
static const char msg_exact_too_many[] = "a query may hold at most 16 exact forms (=)";

#define IGNORED_IN_WORD (-2)

static int is_ascii_upper(int32_t c) {
    return c >= 'A' && c <= 'Z';
}

static int is_ascii_digit(int32_t c) {
    return c >= '0' && c <= '9';
}

static int is_double_quote(int32_t c) {
    return c == '"' || c == 0x201C || c == 0x201D;
}

static int is_phrase_generator(int32_t c) {
    return c > 0 && c < 128 && strchr(".-/:\\@", (int)c) != NULL;
}

/* A character between two word characters that keeps them one word, as it comes out in the word;
 * 0 when it splits them. */
static int32_t infix(int32_t c) {
    if (c == '\'' || c == '&' || c == 0xB7 || c == 0x5F4 || c == 0x2027)
        return c;
    if (c == 0x2019 || c == 0x201B)
        return '\'';
    if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF)
        return IGNORED_IN_WORD;
    return 0;
}

/* The same between two digits (1,000.5). */
static int32_t infix_digit(int32_t c) {
    switch (c) {
    case ',':
    case '.':
    case ';':
    case 0x037E:
    case 0x0589:
    case 0x060D:
    case 0x07F8:
    case 0x2044:
    case 0xFE10:
    case 0xFE13:
    case 0xFE14:
        return c;
    default:
        break;
    }
    if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF)
        return IGNORED_IN_WORD;
    return 0;
}

typedef struct {
    const qtext *t;
    qtok *out;
    size_t n_out;
    size_t i;
    enum mode mode;
    int32_t newprev; /* the character before the current one, white space counting as ' ' */
    size_t depth;    /* groups open */
    size_t *glued;   /* offsets of "(" that Xapian ignored because a word came right before */
    size_t n_glued;
    qtok_kind last_operator;
    size_t n_exact; /* exact parts so far */
} lexer;

static int32_t at(const lexer *lx, size_t i) {
    return i < lx->t->n ? lx->t->cp[i] : -1;
}

static size_t offset_of(const lexer *lx, size_t i) {
    return i < lx->t->n ? lx->t->offset[i] : lx->t->end_offset;
}

static void emit(lexer *lx, qtok_kind kind, size_t i) {
    qtok *tok = &lx->out[lx->n_out++];
    tok->kind = kind;
    tok->offset = offset_of(lx, i);
    tok->end = tok->offset;
    tok->after = QTOK_END;
    tok->message = NULL;
    tok->exact = QEXACT_NONE;
    tok->from = 0;
}

/* A word token from index i to end. */
static void emit_word(lexer *lx, qtok_kind kind, size_t i, size_t end) {
    emit(lx, kind, i);
    lx->out[lx->n_out - 1].end = offset_of(lx, end);
}

static void emit_error(lexer *lx, size_t offset, const char *message) {
    qtok *tok = &lx->out[lx->n_out++];
    tok->kind = QTOK_ERROR;
    tok->offset = offset;
    tok->end = offset;
    tok->after = QTOK_END;
    tok->message = message;
    tok->exact = QEXACT_NONE;
    tok->from = 0;
}

static size_t skip_space(const lexer *lx, size_t i) {
    while (i < lx->t->n && poshuk_qchar_is_space(lx->t->cp[i]))
        i++;
    return i;
}

/* Xapian's word reader from index i. Returns where the word ends; *acronym is set for A.N.D.-style
 * initials; op receives the word when it could be an operator (two to four ASCII bytes, else ""). */
static size_t read_word(const lexer *lx, size_t i, int *acronym, char op[5]) {
    size_t n = lx->t->n, len = 0;
    op[0] = '\0';
    *acronym = 0;
    if (is_ascii_upper(at(lx, i))) {
        size_t p = i, letters = 0;
        do {
            letters++;
            p++;
        } while (p < n && at(lx, p) == '.' && ++p < n && is_ascii_upper(at(lx, p)));
        if (letters > 1 && (p >= n || !poshuk_qchar_is_word(at(lx, p)))) {
            *acronym = 1;
            return p;
        }
    }
    int ascii = 1;
    int32_t prev = at(lx, i);
    if (prev >= 128)
        ascii = 0;
    else
        op[len++] = (char)prev;
    for (i++; i < n; i++) {
        int32_t c = at(lx, i);
        if (!poshuk_qchar_is_word(c)) {
            int32_t next = at(lx, i + 1);
            if (i + 1 >= n || !poshuk_qchar_is_word(next))
                break;
            c = is_ascii_digit(prev) && is_ascii_digit(next) ? infix_digit(c) : infix(c);
            if (c == 0)
                break;
            if (c == IGNORED_IN_WORD)
                continue;
        }
        if (c >= 128 || len >= 4)
            ascii = 0;
        else
            op[len++] = (char)c;
        prev = c;
    }
    /* Trailing + or #, at most three, when no word character follows them. */
    if (i < n && (at(lx, i) == '+' || at(lx, i) == '#')) {
        size_t p = i, count = 0;
        while (p < n && (at(lx, p) == '+' || at(lx, p) == '#') && count <= 3) {
            count++;
            p++;
        }
        if (count <= 3 && (p >= n || !poshuk_qchar_is_word(at(lx, p)))) {
            i = p;
            ascii = 0; /* "AND+" is a word, never an operator */
        }
    }
    if (!ascii)
        len = 0;
    op[len] = '\0';
    return i;
}

static const field_info *find_field(const lexer *lx, size_t start, size_t end) {
    char name[POSHUK_FIELD_NAME_MAX];
    if (end - start >= sizeof name)
        return NULL;
    for (size_t k = start; k < end; k++) {
        if (at(lx, k) >= 128)
            return NULL;
        name[k - start] = (char)at(lx, k);
    }
    return poshuk_field_find(name, end - start);
}

/* The message for a date: value at [from, to) that poshuk cannot read, or NULL when it is fine. */
static const char *date_value_problem(const lexer *lx, size_t from, size_t to) {
    char value[64];
    size_t len = 0;
    for (size_t k = from; k < to; k++) {
        if (at(lx, k) >= 128 || len + 1 >= sizeof value)
            return msg_bad_date;
        value[len++] = (char)at(lx, k);
    }
    value[len] = '\0';
    switch (poshuk_date_value_check(value)) {
    case POSHUK_DATE_VALUE_OK:
        return NULL;
    case POSHUK_DATE_VALUE_BACKWARDS:
        return msg_date_backwards;
    default:
        return msg_bad_date;
    }
}

/* Reads a boolean field's value from i (just after the colon); returns where it ends. */
static size_t read_filter_value(lexer *lx, size_t i, const field_info *field, size_t field_offset) {
    size_t n = lx->t->n;
    if (!is_double_quote(at(lx, i))) {
        size_t start = i;
        while (i < n && at(lx, i) > ' ' && at(lx, i) != ')')
            i++;
        if (field->kind == POSHUK_FIELD_DATES) {
            const char *problem = date_value_problem(lx, start, i);
            if (problem)
                emit_error(lx, field_offset, problem);
        }
        return i;
    }
    /* Quoted: anything up to the closing quote, "" standing for one quote. After a curly opening
     * quote a curly closing one also ends it; after a straight one only a straight one does. */
    int curly = at(lx, i) != '"';
    size_t open = i++, chars = 0;
    int closed = 0;
    while (i < n) {
        if (at(lx, i) == '"') {
            if (++i >= n || at(lx, i) != '"') {
                closed = 1;
                break;
            }
        } else if (curly && is_double_quote(at(lx, i))) {
            i++;
            closed = 1;
            break;
        }
        chars++;
        i++;
    }
    if (!closed) {
        emit_error(lx, offset_of(lx, open), msg_unclosed_quote);
    } else if (chars == 0) {
        emit_error(lx, field_offset, field->empty_message);
    } else if (field->kind == POSHUK_FIELD_DATES) {
        const char *problem = date_value_problem(lx, open + 1, i - 1);
        if (problem)
            emit_error(lx, field_offset, problem);
    }
    return i;
}

/* A NEAR or ADJ word followed by "/": returns the index after a valid distance, or 0 if none. */
static size_t read_distance(const lexer *lx, size_t slash) {
    size_t p = slash + 1, width = 0;
    while (p < lx->t->n && is_ascii_digit(at(lx, p))) {
        width = width * 10 + (size_t)(at(lx, p) - '0');
        p++;
    }
    if (width == 0)
        return 0;
    /* Xapian wants white space or the end after the number; a ")" there is a NEAR/3 with nothing on
     * its right, which the grammar check reports better than a distance message would. */
    if (p >= lx->t->n || poshuk_qchar_is_space(at(lx, p)) || at(lx, p) == ')')
        return p;
    return 0;
}

static qtok_kind operator_kind(const char *word) {
    static const struct {
        const char *word;
        qtok_kind kind;
    } ops[] = {{"AND", QTOK_AND}, {"OR", QTOK_OR},     {"NOT", QTOK_NOT},
               {"XOR", QTOK_XOR}, {"NEAR", QTOK_NEAR}, {"ADJ", QTOK_ADJ}};
    if (!((word[0] >= 'A' && word[0] <= 'Z') || (word[0] >= 'a' && word[0] <= 'z')))
        return QTOK_END;
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
        if (strcmp(ops[k].word, word) == 0)
            return ops[k].kind;
    return QTOK_END;
}

static int in_group(enum mode m) {
    return m == IN_GROUP || m == IN_GROUP2;
}

static int operators_allowed(enum mode m) {
    return m == DEFAULT || in_group(m);
}

/* Whether "(" after prev may open a group. Xapian tests strchr("()+-", prev), which looks at the
 * low byte of the code point only (and finds the string's terminator for a zero byte); the same
 * here, so that rare characters before a bracket agree too. */
static int opens_after(int32_t prev) {
    unsigned char low = (unsigned char)(prev & 0xFF);
    return low == 0 || low == '(' || low == ')' || low == '+' || low == '-';
}

/* One punctuation character at lx->i (not a word character, not white space). Returns 0 to go on,
 * 1 when the rest of the query is to be ignored, 2 after a + or - token. */
static int punctuation(lexer *lx, int after_operator) {
    int32_t prev = lx->newprev;
    size_t here = lx->i;
    int32_t ch = at(lx, lx->i++);
    size_t n = lx->t->n;
    lx->newprev = ch;
    if (in_group(lx->mode))
        lx->mode = DEFAULT;

    if (is_double_quote(ch)) {
        if (lx->mode == DEFAULT) {
            lx->i = skip_space(lx, lx->i);
            if (lx->i >= n)
                return 1; /* a quote at the end is ignored */
            if (is_double_quote(at(lx, lx->i))) {
                lx->newprev = at(lx, lx->i++); /* so is "" */
                return 0;
            }
            emit(lx, QTOK_QUOTE_OPEN, here);
            lx->mode = IN_QUOTES;
        } else if (ch == '"' && at(lx, lx->i) == '"') {
            lx->i++; /* "" inside a phrase stands for a quote character, as in a field value */
        } else {
            emit(lx, QTOK_QUOTE_CLOSE, here);
            lx->out[lx->n_out - 1].end = offset_of(lx, lx->i);
            lx->mode = DEFAULT;
        }
        return 0;
    }

    switch (ch) {
    case '+':
    case '-':
        if (lx->i >= n)
            return 1;
        if (prev > ' ' && prev != '(')
            return 0;
        if (poshuk_qchar_is_space(at(lx, lx->i)) || at(lx, lx->i) == '+' || at(lx, lx->i) == '-') {
            lx->newprev = at(lx, lx->i++);
            return 0;
        }
        if (lx->mode != DEFAULT)
            return 0;
        if (ch == '+') {
            emit(lx, QTOK_LOVE, here);
        } else if (after_operator) {
            emit(lx, QTOK_HATE_AFTER_OP, here);
            lx->out[lx->n_out - 1].after = lx->last_operator;
        } else {
            emit(lx, QTOK_HATE, here);
        }
        return 2;
    case '(':
        lx->i = skip_space(lx, lx->i);
        if (lx->i >= n)
            return 1;
        if (prev > ' ' && !opens_after(prev)) {
            if (lx->mode == DEFAULT)
                lx->glued[lx->n_glued++] = offset_of(lx, here);
            return 0;
        }
        if (at(lx, lx->i) == ')') {
            lx->newprev = at(lx, lx->i++);
            return 0;
        }
        if (lx->mode == DEFAULT) {
            emit(lx, QTOK_BRA, here);
            lx->depth++;
        }
        return 0;
    case ')':
        if (lx->mode != DEFAULT)
            return 0;
        if (lx->depth > 0) {
            lx->depth--;
            emit(lx, QTOK_KET, here);
        } else if (lx->n_glued > 0) {
            /* Xapian read "word(" as a word and a stray "(": this ")" then closes nothing. */
            emit_error(lx, lx->glued[--lx->n_glued], msg_glued_bra);
        } else {
            emit_error(lx, offset_of(lx, here), msg_stray_ket);
        }
        return 0;
    case '~':
        return lx->i >= n ? 1 : 0;
    default:
        return 0;
    }
}

/* An exact part whose "=" is at lx->i; from is the offset the part starts at (the "=", or title:
 * before it). ="…" opens a phrase as title:"…" does; =word becomes the phrase of that word and the
 * words glued to it, as the shim quotes it for Xapian. What cannot follow "=" is an error here, at
 * the "=". Returns with lx->i after what it read. */
static void exact_part(lexer *lx, size_t from, qexact_kind kind) {
    const size_t marker = lx->i, n = lx->t->n;
    size_t j = marker + 1;
    int32_t c = at(lx, j);
    lx->i = j;
    lx->newprev = '=';
    if (++lx->n_exact > POSHUK_QUERY_EXACT_MAX) {
        emit_error(lx, offset_of(lx, marker), msg_exact_too_many);
        return;
    }
    if (is_double_quote(c)) {
        emit(lx, QTOK_QUOTE_OPEN, j);
        lx->out[lx->n_out - 1].exact = kind;
        lx->out[lx->n_out - 1].from = from;
        lx->mode = IN_PREFIXED_QUOTES;
        lx->i = j + 1;
        lx->newprev = c;
        return;
    }
    if (!poshuk_qchar_is_word(c)) {
        emit_error(lx, offset_of(lx, marker), c == '(' ? msg_exact_bracket : msg_exact_alone);
        return;
    }
    size_t p = j;
    while (p < n && poshuk_qchar_is_word(at(lx, p)))
        p++;
    if (at(lx, p) == ':' && find_field(lx, j, p)) {
        emit_error(lx, offset_of(lx, marker), msg_exact_field);
        lx->i = p + 1;
        return;
    }
    int acronym;
    char op[5];
    size_t end = read_word(lx, j, &acronym, op);
    if (!acronym && operator_kind(op) != QTOK_END) {
        emit_error(lx, offset_of(lx, marker), msg_exact_operator);
        lx->i = end;
        return;
    }
    emit(lx, QTOK_QUOTE_OPEN, marker);
    lx->out[lx->n_out - 1].exact = kind;
    lx->out[lx->n_out - 1].from = from;
    for (;;) {
        emit_word(lx, QTOK_PHRASE_WORD, j, end);
        if (at(lx, end) == '*' && (end + 1 >= n || !poshuk_qchar_is_word(at(lx, end + 1)))) {
            emit_error(lx, offset_of(lx, marker), msg_exact_wildcard);
            lx->i = end + 1;
            return;
        }
        size_t q = end;
        while (q < n && is_phrase_generator(at(lx, q)))
            q++;
        if (q == end || q >= n || !poshuk_qchar_is_word(at(lx, q)))
            break;
        j = q;
        end = read_word(lx, j, &acronym, op);
    }
    emit(lx, QTOK_QUOTE_CLOSE, end);
    lx->i = end;
    lx->mode = DEFAULT;
    /* Xapian reads the closing quote the shim writes; before another quote the shim adds a space,
     * so that the two do not make "" (a quote character inside the phrase). */
    lx->newprev = is_double_quote(at(lx, end)) ? ' ' : '"';
}

size_t poshuk_qlex(const qtext *text, qtok *tokens, size_t *glued) {
    lexer lx = {.t = text, .out = tokens, .mode = DEFAULT, .newprev = ' ', .glued = glued};
    size_t n = text->n;
    enum entry entry = TOP;
    int after_operator = 0, needs_term = 0;

    for (;;) {
        if (entry == TOP) {
            if (lx.i >= n)
                break;
            after_operator = needs_term = 0;
        } else if (entry == AFTER_OPERATOR) {
            if (lx.i >= n)
                break;
            lx.mode = DEFAULT;
            after_operator = 1;
            needs_term = 0;
        } else {
            after_operator = needs_term = 1;
        }
        entry = TOP;
        if (lx.mode == IN_PHRASED_TERM)
            lx.mode = DEFAULT;
        if (poshuk_qchar_is_space(at(&lx, lx.i))) {
            lx.newprev = ' ';
            lx.i = skip_space(&lx, lx.i);
            if (lx.i >= n)
                break;
        }

        /* =word and ="words": an "=" where a word could begin (Xapian itself ignores it). */
        if (at(&lx, lx.i) == '=' && operators_allowed(lx.mode) &&
            (lx.newprev == ' ' || lx.newprev == '(' || needs_term)) {
            exact_part(&lx, offset_of(&lx, lx.i), QEXACT_ANYWHERE);
            continue;
        }

        if (!poshuk_qchar_is_word(at(&lx, lx.i))) {
            int r = punctuation(&lx, after_operator);
            if (r == 1)
                break;
            if (r == 2)
                entry = AFTER_LOVE_HATE;
            continue;
        }

        size_t start = lx.i;
        lx.newprev = 'A';
        const field_info *field = NULL;
        if (operators_allowed(lx.mode)) {
            size_t p = start;
            while (p < n && poshuk_qchar_is_word(at(&lx, p)))
                p++;
            const field_info *f = at(&lx, p) == ':' ? find_field(&lx, start, p) : NULL;
            int32_t after_colon = at(&lx, p + 1);
            if (f && (p + 1 >= n || after_colon <= ' ' || after_colon == ')')) {
                /* Xapian reads "tag:" with nothing after it as the plain word "tag". */
                emit_error(&lx, offset_of(&lx, start), f->empty_message);
            } else if (f && f->kind != POSHUK_FIELD_FREE_TEXT) {
                if (in_group(lx.mode))
                    lx.mode = DEFAULT;
                lx.i = read_filter_value(&lx, p + 1, f, offset_of(&lx, start));
                emit(&lx, QTOK_FILTER, start);
                continue;
            } else if (f) {
                size_t q = p + 1;
                int32_t ch = at(&lx, q);
                if (ch == '=') {
                    lx.i = q;
                    exact_part(&lx, offset_of(&lx, start), QEXACT_TITLE);
                    continue;
                }
                if (is_double_quote(ch)) {
                    lx.mode = IN_PREFIXED_QUOTES;
                    emit(&lx, QTOK_QUOTE_OPEN, q);
                    lx.i = q + 1;
                    lx.newprev = ch;
                    continue;
                }
                if (ch == '(') {
                    lx.mode = DEFAULT;
                    emit(&lx, QTOK_BRA, q);
                    lx.depth++;
                    lx.i = q + 1;
                    lx.newprev = ch;
                    continue;
                }
                if (ch != ':')
                    while (q < n && is_phrase_generator(ch))
                        ch = at(&lx, ++q);
                if (q < n && poshuk_qchar_is_word(ch)) {
                    lx.i = q;
                    field = f;
                } else {
                    emit_error(&lx, offset_of(&lx, start), f->empty_message);
                }
            }
        }

        for (;;) { /* one word, and the words glued to it by - . / : \ @ */
            size_t word_start = lx.i;
            int acronym;
            char op[5];
            size_t end = read_word(&lx, lx.i, &acronym, op);
            qtok_kind kind = operators_allowed(lx.mode) && !acronym && !field ? operator_kind(op) : QTOK_END;
            if (kind == QTOK_NEAR || kind == QTOK_ADJ) {
                if (at(&lx, end) == '/') {
                    size_t after = read_distance(&lx, end);
                    if (after) {
                        end = after;
                    } else {
                        emit_error(&lx, offset_of(&lx, word_start),
                                   kind == QTOK_NEAR ? msg_near_distance : msg_adj_distance);
                        kind = QTOK_END;
                    }
                }
            }
            if (kind != QTOK_END) {
                emit(&lx, kind, word_start);
                lx.last_operator = kind;
                lx.i = end;
                entry = AFTER_OPERATOR;
                break;
            }
            lx.i = end;
            field = NULL;

            /* word* (FLAG_WILDCARD): a "*" with no word character after it; and with the partial
             * flag a word the query ends on. Both stand alone, as a phrase does: no group goes on
             * past them. */
            if (operators_allowed(lx.mode)) {
                if (at(&lx, lx.i) == '*' && (lx.i + 1 >= n || !poshuk_qchar_is_word(at(&lx, lx.i + 1)))) {
                    emit_word(&lx, QTOK_WILD, word_start, lx.i);
                    lx.i++;
                    lx.mode = DEFAULT;
                    break;
                }
                if (lx.i >= n && text->partial) {
                    emit_word(&lx, QTOK_PARTIAL, word_start, lx.i);
                    lx.mode = DEFAULT;
                    break;
                }
            }

            if (lx.mode == IN_PHRASED_TERM) {
                emit_word(&lx, QTOK_PHR_TERM, word_start, lx.i);
            } else if (lx.mode == IN_QUOTES || lx.mode == IN_PREFIXED_QUOTES) {
                emit_word(&lx, QTOK_PHRASE_WORD, word_start, lx.i);
                break;
            } else {
                if (in_group(lx.mode) && is_phrase_generator(at(&lx, lx.i))) {
                    size_t p = lx.i;
                    do
                        p++;
                    while (p < n && is_phrase_generator(at(&lx, p)));
                    if (p < n && poshuk_qchar_is_word(at(&lx, p)))
                        lx.mode = DEFAULT; /* "foo bar-baz": bar starts a phrase, not a group word */
                }
                if (in_group(lx.mode)) {
                    lx.mode = IN_GROUP2;
                    emit_word(&lx, QTOK_GROUP_TERM, word_start, lx.i);
                } else {
                    emit_word(&lx, QTOK_TERM, word_start, lx.i);
                }
            }

            if (lx.i >= n)
                break;
            if (is_phrase_generator(at(&lx, lx.i))) {
                do
                    lx.i++;
                while (lx.i < n && is_phrase_generator(at(&lx, lx.i)));
                if (lx.i < n && poshuk_qchar_is_word(at(&lx, lx.i))) {
                    lx.mode = IN_PHRASED_TERM;
                    continue;
                }
            } else if (operators_allowed(lx.mode)) {
                enum mode old = lx.mode;
                lx.mode = DEFAULT;
                if (!needs_term && poshuk_qchar_is_space(at(&lx, lx.i))) {
                    lx.newprev = ' ';
                    lx.i = skip_space(&lx, lx.i);
                    if (lx.i < n && poshuk_qchar_is_word(at(&lx, lx.i)))
                        lx.mode = in_group(old) ? IN_GROUP2 : IN_GROUP;
                }
            }
            break;
        }
        if (lx.i >= n && entry == TOP)
            break;
    }
    emit(&lx, QTOK_END, n);
    return lx.n_out;
}
