/* date: values (see syntax_date.h). The first ".." splits a range: date forms hold single dots only
 * (03.07.2025), so the split is never ambiguous. */
#include "syntax/syntax_date.h"

#include "poshuk.h"

#include <string.h>

/* A bound of [text, text + len): 1 and *out on success. Bounds are short; longer text is no date. */
static int bound(const char *text, size_t len, poshuk_range_end end, int32_t *out) {
    char buf[40];
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, text, len);
    buf[len] = '\0';
    return poshuk_date_parse_bound(buf, end, out);
}

poshuk_date_value_status poshuk_date_value_range(const char *value, int32_t *from, int32_t *to) {
    *from = *to = 0;
    size_t len = strlen(value);
    const char *dots = strstr(value, "..");
    if (!dots) {
        if (!bound(value, len, POSHUK_RANGE_FROM, from) || !bound(value, len, POSHUK_RANGE_TO, to))
            return POSHUK_DATE_VALUE_BAD;
        return POSHUK_DATE_VALUE_OK;
    }
    size_t left = (size_t)(dots - value), right = len - left - 2;
    if (left == 0 && right == 0)
        return POSHUK_DATE_VALUE_BAD;
    if (left > 0 && !bound(value, left, POSHUK_RANGE_FROM, from))
        return POSHUK_DATE_VALUE_BAD;
    if (right > 0 && !bound(dots + 2, right, POSHUK_RANGE_TO, to))
        return POSHUK_DATE_VALUE_BAD;
    if (*from && *to && *from > *to)
        return POSHUK_DATE_VALUE_BACKWARDS;
    return POSHUK_DATE_VALUE_OK;
}

poshuk_date_value_status poshuk_date_value_check(const char *value) {
    int32_t from, to;
    return poshuk_date_value_range(value, &from, &to);
}
