/* Facet values (tags, oblasts, hromadas, sources) are compared by a key, so that "Харківська
 * область", "ХАРКІВСЬКА  область " and "харкiвська область" (Latin i) count as one value. */
#include "stemmers/analysis.h"
#include "stemmers/normalise_internal.h"
#include "stemmers/utf8.h"

#include <stdlib.h>

/* White space as copied from web pages: ASCII, no-break space, the typographic spaces. */
static int is_space(int32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

char *poshuk_fold_key(const char *text, size_t len, size_t *out_len) {
    size_t n;
    int32_t *cps = poshuk_normalise_cps(text, len, &n);
    if (!cps)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (cps[i] >= 0)
            cps[i] = utf8_lower(cps[i]);
    n = poshuk_cleanup_cps(cps, n);
    size_t o = 0;
    int pending_space = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_space(cps[i])) {
            pending_space = o > 0;
            continue;
        }
        if (pending_space)
            cps[o++] = ' ';
        pending_space = 0;
        cps[o++] = cps[i];
    }
    char *out = poshuk_encode_cps(cps, o, out_len);
    free(cps);
    return out;
}
