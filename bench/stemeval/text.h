/* Words as arrays of code points: the .aff conditions, strips and appends of hunspell count
 * characters, not bytes, so the expander works on code points and turns them back into UTF-8 only
 * when it writes a form. */
#ifndef STEMEVAL_TEXT_H
#define STEMEVAL_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Decodes UTF-8 s[0..len) into out (room for len code points) and returns how many it wrote, or
 * (size_t)-1 at an invalid sequence: the dictionary is declared UTF-8, and a broken byte in it is an
 * error worth reporting rather than a character to guess. */
size_t se_utf8_to_cps(const char *s, size_t len, uint32_t *out);

/* Writes cps[0..n) as UTF-8 at out (room for 4 * n bytes) and returns the byte count. */
size_t se_cps_to_utf8(const uint32_t *cps, size_t n, char *out);

/* The lower-case letter of cp for the scripts a Ukrainian or English dictionary holds (Basic
 * Latin, Latin-1, Latin Extended-A, Greek, Cyrillic); any other code point comes back unchanged. */
uint32_t se_lower(uint32_t cp);

/* Counts the code points of UTF-8 s[0..len) (continuation bytes are not counted). */
size_t se_utf8_length(const char *s, size_t len);

/* The byte length of the first n characters of UTF-8 s[0..len) (all of s when it is shorter). */
size_t se_utf8_prefix_bytes(const char *s, size_t len, size_t n);

#endif
