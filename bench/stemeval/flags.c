/* Flag strings in the four syntaxes of hunspell's FLAG directive. The syntax matters to the
 * count of forms: read a "long" file byte by byte and every flag pair becomes two wrong flags. */
#include "aff.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

int se_flags_decode(se_flag_type type, const char *s, size_t len, se_flag *out, size_t cap) {
    const unsigned char *u = (const unsigned char *)s;
    size_t n = 0;
    switch (type) {
    case SE_FLAG_CHAR:
        for (size_t i = 0; i < len; i++) {
            if (n == cap)
                return -1;
            out[n++] = u[i];
        }
        return (int)n;
    case SE_FLAG_LONG:
        if (len % 2)
            return -1;
        for (size_t i = 0; i < len; i += 2) {
            if (n == cap)
                return -1;
            out[n++] = (se_flag)u[i] << 8 | u[i + 1];
        }
        return (int)n;
    case SE_FLAG_NUM:
        for (size_t i = 0; i < len;) {
            se_flag v = 0;
            size_t start = i;
            while (i < len && u[i] >= '0' && u[i] <= '9' && v <= 65535)
                v = v * 10 + (u[i++] - '0');
            if (i == start || v == 0 || v > 65535 || n == cap)
                return -1;
            out[n++] = v;
            if (i < len && u[i++] != ',')
                return -1;
            if (i == len && u[len - 1] == ',')
                return -1;
        }
        return (int)n;
    case SE_FLAG_UTF8: {
        uint32_t *cps = malloc((len ? len : 1) * sizeof *cps);
        if (!cps)
            return -1;
        size_t k = se_utf8_to_cps(s, len, cps);
        if (k == (size_t)-1 || k > cap) {
            free(cps);
            return -1;
        }
        for (size_t i = 0; i < k; i++)
            out[i] = cps[i];
        free(cps);
        return (int)k;
    }
    }
    return -1;
}

int se_aff_parse_flags(const se_aff *aff, const char *s, size_t len, se_flag *out, size_t cap) {
    if (aff->n_aliases == 0 || len == 0)
        return se_flags_decode(aff->flag_type, s, len, out, cap);
    /* With AF, hunspell writes the alias's number where the flags would be. */
    size_t index = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9' || index > aff->n_aliases)
            return -1;
        index = index * 10 + (size_t)(s[i] - '0');
    }
    if (index == 0 || index > aff->n_aliases)
        return -1;
    const char *alias = aff->aliases[index - 1];
    return se_flags_decode(aff->flag_type, alias, strlen(alias), out, cap);
}

int se_flag_in(se_flag flag, const se_flag *flags, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (flags[i] == flag)
            return 1;
    return 0;
}
