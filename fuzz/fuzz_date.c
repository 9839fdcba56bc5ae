/* Fuzzes the date parser every date of poshuk passes through (syntax/date.c): the JSONL date field,
 * --from/--to bounds and the query side share it, so a crash or a wrong date here is everywhere.
 *
 * Invariants (include/poshuk.h):
 * - a parsed date is a real day from 1000 to 9999; poshuk_date_format writes it as YYYY-MM-DD, and
 *   that parses back to the same value;
 * - spaces around the text do not change what it parses to;
 * - a text that is a date is also a range bound, and both ends of it are that day;
 * - a text is a FROM bound exactly when it is a TO bound, and FROM <= TO;
 * - poshuk_date_format of any 32-bit value writes "" or a date that parses back to that value. */
#include "poshuk.h"

#include "fuzz/check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int is_real_day(int32_t date) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = date / 10000, month = date / 100 % 100, day = date % 100;
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1)
        return 0;
    int leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return day <= days[month - 1] + (month == 2 && leap);
}

/* date must be a real day: it formats to exactly YYYY-MM-DD, which parses back to it. */
static void check_round_trip(int32_t date, const char *what) {
    char buf[11];
    FUZZ_INVARIANT("date-valid", is_real_day(date), "%s gave %d, not a day from 1000 to 9999", what,
                   (int)date);
    poshuk_date_format(date, buf);
    char expected[16];
    snprintf(expected, sizeof expected, "%04d-%02d-%02d", (int)(date / 10000), (int)(date / 100 % 100),
             (int)(date % 100));
    FUZZ_INVARIANT("date-format", strcmp(buf, expected) == 0, "%d formats as \"%s\"", (int)date, buf);
    int32_t back = -1;
    FUZZ_INVARIANT("date-round-trip", poshuk_date_parse(buf, &back) == 1 && back == date,
                   "\"%s\" parses back to %d, not %d", buf, (int)back, (int)date);
}

static void check_format_any(const uint8_t *data, size_t size) {
    if (size < 4)
        return;
    int32_t value;
    memcpy(&value, data, sizeof value);
    char buf[11];
    memset(buf, 'x', sizeof buf);
    poshuk_date_format(value, buf);
    const char *nul = memchr(buf, '\0', sizeof buf);
    FUZZ_INVARIANT("format-any", nul != NULL, "format(%d) wrote no NUL in 11 bytes", (int)value);
    size_t len = (size_t)(nul - buf);
    FUZZ_INVARIANT("format-any", len == 0 || len == 10, "format(%d) wrote %zu bytes", (int)value, len);
    if (len == 0) {
        FUZZ_INVARIANT("format-any", !is_real_day(value), "format(%d) wrote nothing for a real day",
                       (int)value);
        return;
    }
    int32_t back = -1;
    FUZZ_INVARIANT("format-any", poshuk_date_parse(buf, &back) == 1 && back == value,
                   "format(%d) = \"%s\" parses to %d", (int)value, buf, (int)back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *text = fuzz_cstring(data, size);
    size_t len = strlen(text);

    int32_t date = 0;
    int parsed = poshuk_date_parse(text, &date);
    FUZZ_INVARIANT("date-valid", parsed == 0 || parsed == 1, "poshuk_date_parse returned %d", parsed);
    if (parsed)
        check_round_trip(date, "poshuk_date_parse");

    /* The same text with spaces (one ASCII, one no-break) on both sides. */
    char *padded = malloc(len + 7);
    if (padded == NULL)
        abort();
    memcpy(padded, " \xC2\xA0", 3);
    memcpy(padded + 3, text, len);
    memcpy(padded + 3 + len, "\xC2\xA0 ", 4); /* with the NUL */
    int32_t padded_date = 0;
    int padded_parsed = poshuk_date_parse(padded, &padded_date);
    FUZZ_INVARIANT("date-spaces", padded_parsed == parsed && (!parsed || padded_date == date),
                   "with spaces around: parsed %d (%d), without: %d (%d)", padded_parsed, (int)padded_date,
                   parsed, (int)date);
    free(padded);

    int32_t from = 0, to = 0;
    int got_from = poshuk_date_parse_bound(text, POSHUK_RANGE_FROM, &from);
    int got_to = poshuk_date_parse_bound(text, POSHUK_RANGE_TO, &to);
    FUZZ_INVARIANT("bound-pair", got_from == got_to, "FROM bound: %d, TO bound: %d for the same text",
                   got_from, got_to);
    if (parsed)
        FUZZ_INVARIANT("bound-of-date", got_from && from == date && to == date, "date %d but bounds %d..%d",
                       (int)date, (int)from, (int)to);
    if (got_from) {
        check_round_trip(from, "FROM bound");
        check_round_trip(to, "TO bound");
        FUZZ_INVARIANT("bound-order", from <= to, "FROM %d > TO %d", (int)from, (int)to);
    }

    check_format_any(data, size);
    free(text);
    return 0;
}
