/* Escaping of messages (see message.h). */
#include "cli/message.h"

#include "poshuk.h"

#include <stdlib.h>
#include <string.h>

/* Escapes text into out (when not NULL); returns the length of the result. */
static size_t escape(const char *text, char *out) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)text;
    size_t len = strlen(text), n = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp = 0;
        size_t k = poshuk_utf8_decode(text + i, len - i, &cp);
        if (k == 0 || cp < 0x20 || cp == 0x7F) { /* an invalid byte, or a C0 control or DEL: \xNN */
            if (out) {
                out[n] = '\\', out[n + 1] = 'x', out[n + 2] = hex[p[i] >> 4], out[n + 3] = hex[p[i] & 15];
            }
            n += 4;
            i += 1;
        } else if (cp >= 0x80 && cp < 0xA0) { /* a C1 control: \u00NN */
            if (out)
                memcpy(out + n, "\\u00", 4), out[n + 4] = hex[cp >> 4], out[n + 5] = hex[cp & 15];
            n += 6;
            i += k;
        } else {
            if (out)
                memcpy(out + n, p + i, k);
            n += k;
            i += k;
        }
    }
    return n;
}

char *poshuk_message_escape(const char *text) {
    size_t n = escape(text, NULL);
    char *out = malloc(n + 1);
    if (out) {
        escape(text, out);
        out[n] = '\0';
    }
    return out;
}

void poshuk_message_put(FILE *f, const char *text) {
    char *escaped = poshuk_message_escape(text);
    if (escaped) {
        fputs(escaped, f);
        free(escaped);
        return;
    }
    /* Out of memory: what can be said safely, the plain ASCII of it. */
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        fputc(*p >= 0x20 && *p < 0x7F ? *p : '?', f);
}
