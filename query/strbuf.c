/* The growing string of strbuf.h. */
#include "query/strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int reserve(poshuk_strbuf *sb, size_t extra) {
    if (sb->failed)
        return 0;
    if (sb->len + extra + 1 <= sb->cap)
        return 1;
    size_t cap = sb->cap ? sb->cap : 256;
    while (cap < sb->len + extra + 1)
        cap *= 2;
    char *data = realloc(sb->data, cap);
    if (!data) {
        sb->failed = 1;
        return 0;
    }
    sb->data = data;
    sb->cap = cap;
    return 1;
}

void poshuk_sb_append(poshuk_strbuf *sb, const char *s, size_t n) {
    if (!reserve(sb, n))
        return;
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

void poshuk_sb_puts(poshuk_strbuf *sb, const char *s) {
    poshuk_sb_append(sb, s, strlen(s));
}

void poshuk_sb_printf(poshuk_strbuf *sb, const char *format, ...) {
    va_list args;
    va_start(args, format);
    int n = vsnprintf(NULL, 0, format, args);
    va_end(args);
    if (n < 0 || !reserve(sb, (size_t)n))
        return;
    va_start(args, format);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, format, args);
    va_end(args);
    sb->len += (size_t)n;
}

void poshuk_sb_repeat(poshuk_strbuf *sb, char c, size_t n) {
    if (!reserve(sb, n))
        return;
    memset(sb->data + sb->len, c, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

char *poshuk_sb_take(poshuk_strbuf *sb) {
    char *out = NULL;
    if (!sb->failed) {
        out = sb->data ? sb->data : calloc(1, 1);
        sb->data = NULL;
    }
    free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
    sb->failed = 0;
    return out;
}
