/* Affix conditions: a tiny regular expression of literal characters, '.' and bracket classes,
 * anchored at the end of the root (suffixes) or its start (prefixes). Matching is per code point:
 * a byte-wise matcher reads the class [аеє] as six bytes, and a Cyrillic root never matches it. */
#include "aff.h"
#include "text.h"

#include <stdlib.h>

int se_cond_parse(const char *text, size_t len, se_cond_pos *out, size_t cap) {
    uint32_t *cps = malloc((len ? len : 1) * sizeof *cps);
    if (!cps)
        return -1;
    size_t n = se_utf8_to_cps(text, len, cps);
    if (n == (size_t)-1) {
        free(cps);
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; k++) {
        if (k == cap)
            goto fail;
        se_cond_pos *p = &out[k];
        *p = (se_cond_pos){0};
        if (cps[i] == '.') {
            p->any = 1;
            i++;
            continue;
        }
        if (cps[i] != '[') {
            p->set = malloc(sizeof *p->set);
            if (!p->set)
                goto fail;
            p->set[0] = cps[i++];
            p->n = 1;
            continue;
        }
        size_t j = i + 1;
        if (j < n && cps[j] == '^') {
            p->negated = 1;
            j++;
        }
        size_t start = j;
        while (j < n && cps[j] != ']')
            j++;
        if (j == n) { /* an unclosed class */
            k++;
            goto fail;
        }
        p->n = j - start;
        p->set = malloc((p->n ? p->n : 1) * sizeof *p->set);
        if (!p->set) {
            k++;
            goto fail;
        }
        for (size_t c = 0; c < p->n; c++)
            p->set[c] = cps[start + c];
        i = j + 1;
    }
    free(cps);
    return (int)k;
fail:
    for (size_t c = 0; c < k && c < cap; c++)
        free(out[c].set);
    free(cps);
    return -1;
}

static int pos_match(const se_cond_pos *p, uint32_t c) {
    if (p->any)
        return 1;
    int in = 0;
    for (size_t i = 0; i < p->n && !in; i++)
        in = p->set[i] == c;
    return in != p->negated;
}

int se_cond_match(const se_cond_pos *cond, size_t k, const uint32_t *w, size_t n, int at_end) {
    if (n < k)
        return 0;
    const uint32_t *from = at_end ? w + n - k : w;
    for (size_t i = 0; i < k; i++)
        if (!pos_match(&cond[i], from[i]))
            return 0;
    return 1;
}
