/* The character classes of Xapian 1.4's QueryParser, which the syntax checker must see the text
 * with: where a word starts and ends decides whether "AND" is an operator or part of a word, and
 * whether "(" or "-" starts something. */
#ifndef POSHUK_SYNTAX_CHARS_H
#define POSHUK_SYNTAX_CHARS_H

#include <stdint.h>

/* Letters, marks, digits, other numbers and connector punctuation such as "_" (Unicode general
 * categories L*, M*, Nd, Nl, No, Pc). */
int poshuk_qchar_is_word(int32_t cp);

/* Controls and separators (Cc, Zs, Zl, Zp): tab, newline, space, no-break space, thin space... */
int poshuk_qchar_is_space(int32_t cp);

#endif
