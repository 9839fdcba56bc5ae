/* What every poshuk fuzz harness shares: a way to stop on a broken invariant that libFuzzer records
 * as a crash, and a strict UTF-8 check of its own.
 *
 * The UTF-8 check is written here again on purpose instead of calling indexer/ or query/: an
 * invariant such as "the output is valid UTF-8" proves nothing when the code under test is also
 * the judge. It follows RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF. */
#ifndef POSHUK_FUZZ_CHECK_H
#define POSHUK_FUZZ_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* abort() rather than a plain exit: libFuzzer saves the input and the sanitizers print the stack. */
/* One line, so a run's log can be grepped and its distinct failures counted. */
#define FUZZ_CHECK(cond, ...)                                                                                \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            fprintf(stderr, "poshuk fuzz: invariant broken: ");                                              \
            fprintf(stderr, __VA_ARGS__);                                                                    \
            fprintf(stderr, " [%s:%d: %s]\n", __FILE__, __LINE__, #cond);                                    \
            abort();                                                                                         \
        }                                                                                                    \
    } while (0)

/* Whether the invariant called name is switched off: POSHUK_FUZZ_SKIP holds names separated by
 * commas. Once a broken invariant is reported, fuzzing with it skipped looks for the bugs behind it
 * instead of finding the same one again; no committed command sets it. */
static inline int fuzz_skipped(const char *name) {
    const char *list = getenv("POSHUK_FUZZ_SKIP");
    size_t len = strlen(name);
    for (const char *p = list; p != NULL && *p != '\0'; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL) {
        if (strncmp(p, name, len) == 0 && (p[len] == ',' || p[len] == '\0'))
            return 1;
    }
    return 0;
}

/* FUZZ_CHECK for an invariant of the code under test, with a name POSHUK_FUZZ_SKIP can give. */
#define FUZZ_INVARIANT(name, cond, ...)                                                                      \
    do {                                                                                                     \
        if (!fuzz_skipped(name))                                                                             \
            FUZZ_CHECK(cond, "(" name ") " __VA_ARGS__);                                                     \
    } while (0)

/* The length of the well-formed UTF-8 character at s[0..len) (len >= 1) with its code point in *cp,
 * or 0 when the bytes there are not one. */
static inline size_t fuzz_utf8_char(const unsigned char *s, size_t len, uint32_t *cp) {
    unsigned c = s[0];
    size_t n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* The offset of the first byte of s[0..len) that does not start a well-formed character, or len. */
static inline size_t fuzz_utf8_invalid_at(const char *s, size_t len) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = fuzz_utf8_char(u + i, len - i, &cp);
        if (n == 0)
            return i;
        i += n;
    }
    return len;
}

static inline int fuzz_utf8_valid(const char *s, size_t len) {
    return fuzz_utf8_invalid_at(s, len) == len;
}

/* The input as a NUL-terminated string cut at its first NUL, as a C caller would see it. malloc'd. */
static inline char *fuzz_cstring(const uint8_t *data, size_t size) {
    char *s = malloc(size + 1);
    if (s == NULL)
        abort();
    for (size_t i = 0; i < size; i++)
        s[i] = (char)data[i];
    s[size] = '\0';
    return s;
}

#endif
