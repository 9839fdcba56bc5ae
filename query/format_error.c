/* The syntax error lines of poshuk-query (see format.h): the position and the caret count UTF-8
 * characters, so that the caret stands under the right letter of a Cyrillic query; white space and
 * control characters in the echoed query show as single spaces, and bytes that are not UTF-8 as
 * "?", so that each still takes exactly one column. */
#include "query/format.h"

#include "query/strbuf.h"
#include "query/utf8.h"

#include <string.h>

char *poshuk_format_syntax_error(const char *program, const char *query, long offset, const char *message) {
    poshuk_strbuf sb = {0};
    size_t len = query ? strlen(query) : 0;
    if (!query || offset < 0 || (size_t)offset > len) {
        poshuk_sb_printf(&sb, "%s: syntax error: %s\n", program, message);
        return poshuk_sb_take(&sb);
    }
    size_t position = poshuk_utf8_count(query, (size_t)offset) + 1;
    poshuk_sb_printf(&sb, "%s: syntax error at character %zu: %s\n  ", program, position, message);
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t k = poshuk_utf8_decode(query + i, len - i, &cp);
        if (k == 0)
            poshuk_sb_puts(&sb, "?");
        else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
            poshuk_sb_puts(&sb, " ");
        else
            poshuk_sb_append(&sb, query + i, k);
        i += k ? k : 1;
    }
    poshuk_sb_puts(&sb, "\n  ");
    poshuk_sb_repeat(&sb, ' ', position - 1);
    poshuk_sb_puts(&sb, "^\n");
    return poshuk_sb_take(&sb);
}
