/* A growing NUL-terminated string, for the formatters: they build their whole output in memory and
 * the CLI prints it, since nothing in the library may print. */
#ifndef POSHUK_QUERY_STRBUF_H
#define POSHUK_QUERY_STRBUF_H

#include <stddef.h>

typedef struct {
    char *data;
    size_t len, cap;
    int failed; /* memory ran out: further appends do nothing, take returns NULL */
} poshuk_strbuf;

void poshuk_sb_append(poshuk_strbuf *sb, const char *s, size_t n);
void poshuk_sb_puts(poshuk_strbuf *sb, const char *s);
void poshuk_sb_printf(poshuk_strbuf *sb, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void poshuk_sb_repeat(poshuk_strbuf *sb, char c, size_t n);

/* The string (malloc'd, the caller frees it), or NULL when memory ran out; the buffer is left
 * empty either way. */
char *poshuk_sb_take(poshuk_strbuf *sb);

#endif
