/* Tidying the text values of an article as they come from a feed: trimming, control characters,
 * and guessing the language when the feed does not say. All of it works on valid UTF-8 only. */
#ifndef POSHUK_INDEXER_TEXT_H
#define POSHUK_INDEXER_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* How poshuk_input_tidy treats control characters (U+0001..U+001F, U+007F..U+009F). */
typedef enum {
    POSHUK_TIDY_LINE, /* one-line values (title, tags, oblast, ...): every control becomes a space */
    POSHUK_TIDY_TEXT, /* running text (body): newlines and tabs stay, other controls become spaces */
} poshuk_tidy_mode;

/* Rewrites s[0..len) in place: control characters as the mode says, then the white space at both
 * ends (ASCII, no-break and other Unicode spaces, the byte order mark) removed. NUL-terminates and
 * returns the new length. */
size_t poshuk_input_tidy(char *s, size_t len, poshuk_tidy_mode mode);

/* Trims the white space at both ends as poshuk_input_tidy does, touching nothing else. */
size_t poshuk_input_trim(char *s, size_t len);

/* The first control character in s[0..len) (see above), or 0 when there is none. */
uint32_t poshuk_input_first_control(const char *s, size_t len);

/* "uk" when the texts hold more Cyrillic than Latin letters, else "en". NULL texts count as empty. */
const char *poshuk_input_guess_lang(const char *title, const char *body);

#endif
