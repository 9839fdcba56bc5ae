/* poshuk_date_parse, poshuk_date_parse_bound and poshuk_date_format: every accepted form, every month
 * name in both languages and cases, days that do not exist, leap years, bounds and formatting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "poshuk.h"

/* The date text parses to, or 0 when it is rejected (and then *out must stay untouched). */
static int32_t parse(const char *text) {
    int32_t out = -7;
    int ok = poshuk_date_parse(text, &out);
    if (!ok) {
        assert_int_equal(out, -7);
        return 0;
    }
    assert_int_equal(ok, 1);
    return out;
}

static int32_t bound(const char *text, poshuk_range_end end) {
    int32_t out = -7;
    if (!poshuk_date_parse_bound(text, end, &out)) {
        assert_int_equal(out, -7);
        return 0;
    }
    return out;
}

static void test_iso(void **state) {
    (void)state;
    assert_int_equal(parse("2025-07-03"), 20250703);
    assert_int_equal(parse("2025-7-3"), 20250703);
    assert_int_equal(parse("1000-01-01"), 10000101);
    assert_int_equal(parse("9999-12-31"), 99991231);
    assert_int_equal(parse("  2025-07-03\t\n"), 20250703);
    assert_int_equal(parse("\xC2\xA0"
                           "2025-07-03"
                           "\xC2\xA0"),
                     20250703); /* no-break spaces */
    assert_int_equal(parse("0999-12-31"), 0);
    assert_int_equal(parse("10000-01-01"), 0);
    assert_int_equal(parse("2025-07-033"), 0);
    assert_int_equal(parse("2025-007-03"), 0);
    assert_int_equal(parse("2025-07"), 0);
    assert_int_equal(parse("2025-07-"), 0);
    assert_int_equal(parse("2025-07-03x"), 0);
    assert_int_equal(parse("2025-07-03T10:00:00Z"), 0);
    assert_int_equal(parse("2025/07/03"), 0);
    assert_int_equal(parse("25-07-03"), 0);
}

static void test_dotted(void **state) {
    (void)state;
    assert_int_equal(parse("03.07.2025"), 20250703);
    assert_int_equal(parse("3.7.2025"), 20250703);
    assert_int_equal(parse("31.12.1999"), 19991231);
    assert_int_equal(parse(" 1.1.2000 "), 20000101);
    assert_int_equal(parse("03.07.25"), 0);
    assert_int_equal(parse("003.07.2025"), 0);
    assert_int_equal(parse("03.07.20255"), 0);
    assert_int_equal(parse("03.07.2025."), 0);
    assert_int_equal(parse("03-07-2025"), 0);
    assert_int_equal(parse("13.13.2025"), 0);
    assert_int_equal(parse("00.01.2025"), 0);
    assert_int_equal(parse("01.00.2025"), 0);
}

static void test_english_names(void **state) {
    (void)state;
    static const char *const full[12] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    static const char *const lower[12] = {"january",   "february", "march",    "april",
                                          "may",       "june",     "july",     "august",
                                          "september", "october",  "november", "december"};
    static const char *const upper[12] = {"JANUARY",   "FEBRUARY", "MARCH",    "APRIL",
                                          "MAY",       "JUNE",     "JULY",     "AUGUST",
                                          "SEPTEMBER", "OCTOBER",  "NOVEMBER", "DECEMBER"};
    static const char *const abbr[12] = {"Jan", "feb", "MAR", "Apr", "may", "Jun",
                                         "jul", "Aug", "SEP", "Oct", "nov", "Dec"};
    char text[64];
    for (int m = 0; m < 12; m++) {
        int32_t want = 20250000 + (m + 1) * 100 + 3;
        snprintf(text, sizeof text, "03 %s 2025", full[m]);
        assert_int_equal(parse(text), want);
        snprintf(text, sizeof text, "3 %s 2025", lower[m]);
        assert_int_equal(parse(text), want);
        snprintf(text, sizeof text, "3 %s 2025", upper[m]);
        assert_int_equal(parse(text), want);
        snprintf(text, sizeof text, "3 %s 2025", abbr[m]);
        assert_int_equal(parse(text), want);
        snprintf(text, sizeof text, "3 %s. 2025", abbr[m]);
        assert_int_equal(parse(text), want);
    }
    assert_int_equal(parse("3\xC2\xA0July\xC2\xA0"
                           "2025"),
                     20250703);
    assert_int_equal(parse("3   July  2025"), 20250703);
    assert_int_equal(parse("3 Ju 2025"), 0);
    assert_int_equal(parse("3 Julyy 2025"), 0);
    assert_int_equal(parse("3 Sept 2025"), 0);
    assert_int_equal(parse("3 July. 2025"), 0);
    assert_int_equal(parse("3July 2025"), 0);
    assert_int_equal(parse("3 July2025"), 0);
    assert_int_equal(parse("July 3 2025"), 0);
    assert_int_equal(parse("July 3, 2025"), 0);
    assert_int_equal(parse("3 July 25"), 0);
    assert_int_equal(parse("3 July"), 0);
    assert_int_equal(parse("123 July 2025"), 0);
}

static void test_ukrainian_names(void **state) {
    (void)state;
    static const char *const genitive[12] = {"січня", "лютого", "березня", "квітня", "травня",    "червня",
                                             "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"};
    static const char *const upper[12] = {"СІЧНЯ", "ЛЮТОГО", "БЕРЕЗНЯ", "КВІТНЯ", "ТРАВНЯ",    "ЧЕРВНЯ",
                                          "ЛИПНЯ", "СЕРПНЯ", "ВЕРЕСНЯ", "ЖОВТНЯ", "ЛИСТОПАДА", "ГРУДНЯ"};
    static const char *const nominative[12] = {"січень",   "лютий",   "березень", "квітень",
                                               "травень",  "червень", "липень",   "серпень",
                                               "вересень", "жовтень", "листопад", "грудень"};
    char text[64];
    for (int m = 0; m < 12; m++) {
        int32_t want = 20240000 + (m + 1) * 100 + 9;
        snprintf(text, sizeof text, "9 %s 2024", genitive[m]);
        assert_int_equal(parse(text), want);
        snprintf(text, sizeof text, "09 %s 2024", upper[m]);
        assert_int_equal(parse(text), want);
        snprintf(text, sizeof text, "9 %s 2024", nominative[m]);
        assert_int_equal(parse(text), want);
    }
    assert_int_equal(parse("3 Липня 2025"), 20250703);
    assert_int_equal(parse("3 липня 2025 р."), 20250703);
    assert_int_equal(parse("3 липня 2025 року"), 20250703);
    assert_int_equal(parse("3\xC2\xA0липня\xC2\xA0"
                           "2025"),
                     20250703);
    assert_int_equal(parse("3 липня 2025 роки"), 0);
    assert_int_equal(parse("3 липня 2025р."), 0);
    assert_int_equal(parse("3 лип 2025"), 0);
    assert_int_equal(parse("3 липнЯ 2025"), 20250703);
    assert_int_equal(parse("3 июля 2025"), 0); /* Russian is not Ukrainian */
    assert_int_equal(parse("3 lypnia 2025"), 0);
}

static void test_days_and_leap_years(void **state) {
    (void)state;
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    char text[32];
    for (int m = 1; m <= 12; m++) {
        snprintf(text, sizeof text, "2023-%02d-%02d", m, days[m - 1]);
        assert_int_equal(parse(text), 20230000 + m * 100 + days[m - 1]);
        snprintf(text, sizeof text, "2023-%02d-%02d", m, days[m - 1] + 1);
        assert_int_equal(parse(text), 0);
        snprintf(text, sizeof text, "%d.%d.2023", days[m - 1] + 1, m);
        assert_int_equal(parse(text), 0);
    }
    assert_int_equal(parse("29.02.2024"), 20240229);
    assert_int_equal(parse("29.02.2023"), 0);
    assert_int_equal(parse("29 February 2000"), 20000229); /* divisible by 400 */
    assert_int_equal(parse("29 лютого 1900"), 0);          /* by 100, not by 400 */
    assert_int_equal(parse("29 лютого 2100"), 0);
    assert_int_equal(parse("30.02.2024"), 0);
    assert_int_equal(parse("31 квітня 2025"), 0);
    assert_int_equal(parse("0 July 2025"), 0);
}

static void test_not_dates(void **state) {
    (void)state;
    assert_int_equal(parse(""), 0);
    assert_int_equal(parse("   "), 0);
    assert_int_equal(parse(NULL), 0);
    assert_int_equal(parse("yesterday"), 0);
    assert_int_equal(parse("2025"), 0); /* a year is a bound, not a date */
    assert_int_equal(parse("-2025-07-03"), 0);
    assert_int_equal(parse("+3.7.2025"), 0);
    assert_int_equal(parse("3 \xD0 2025"), 0); /* a cut UTF-8 character */
    assert_int_equal(parse("3 липнялипнялипнялипнялипня 2025"), 0);
}

static void test_bounds(void **state) {
    (void)state;
    assert_int_equal(bound("2025", POSHUK_RANGE_FROM), 20250101);
    assert_int_equal(bound("2025", POSHUK_RANGE_TO), 20251231);
    assert_int_equal(bound("2025-07", POSHUK_RANGE_FROM), 20250701);
    assert_int_equal(bound("2025-07", POSHUK_RANGE_TO), 20250731);
    assert_int_equal(bound("2025-7", POSHUK_RANGE_TO), 20250731);
    assert_int_equal(bound("2025-04", POSHUK_RANGE_TO), 20250430);
    assert_int_equal(bound("2024-02", POSHUK_RANGE_TO), 20240229);
    assert_int_equal(bound("2023-02", POSHUK_RANGE_TO), 20230228);
    assert_int_equal(bound("2000-02", POSHUK_RANGE_TO), 20000229);
    assert_int_equal(bound("1900-02", POSHUK_RANGE_TO), 19000228);
    assert_int_equal(bound("2025-02", POSHUK_RANGE_FROM), 20250201);
    assert_int_equal(bound(" 2025 ", POSHUK_RANGE_TO), 20251231);
    /* Full dates are the same day at either end. */
    assert_int_equal(bound("2025-07-03", POSHUK_RANGE_FROM), 20250703);
    assert_int_equal(bound("3 липня 2025", POSHUK_RANGE_TO), 20250703);
    assert_int_equal(bound("03.07.2025", POSHUK_RANGE_TO), 20250703);
    assert_int_equal(bound("2025-13", POSHUK_RANGE_FROM), 0);
    assert_int_equal(bound("2025-00", POSHUK_RANGE_FROM), 0);
    assert_int_equal(bound("2025-", POSHUK_RANGE_FROM), 0);
    assert_int_equal(bound("999", POSHUK_RANGE_FROM), 0);
    assert_int_equal(bound("0999", POSHUK_RANGE_FROM), 0);
    assert_int_equal(bound("10000", POSHUK_RANGE_FROM), 0);
    assert_int_equal(bound("2025-07-32", POSHUK_RANGE_TO), 0);
    assert_int_equal(bound("07.2025", POSHUK_RANGE_TO), 0);
    assert_int_equal(bound("", POSHUK_RANGE_TO), 0);
    assert_int_equal(bound(NULL, POSHUK_RANGE_TO), 0);
}

static void test_format(void **state) {
    (void)state;
    char buf[11];
    assert_string_equal(poshuk_date_format(20250703, buf), "2025-07-03");
    assert_string_equal(poshuk_date_format(10000101, buf), "1000-01-01");
    assert_string_equal(poshuk_date_format(99991231, buf), "9999-12-31");
    assert_string_equal(poshuk_date_format(20240229, buf), "2024-02-29");
    assert_ptr_equal(poshuk_date_format(20250703, buf), buf);
    assert_string_equal(poshuk_date_format(0, buf), "");
    /* Values that are not dates come out empty rather than as a wrong date. */
    assert_string_equal(poshuk_date_format(20230229, buf), "");
    assert_string_equal(poshuk_date_format(20251301, buf), "");
    assert_string_equal(poshuk_date_format(-20250703, buf), "");
    assert_string_equal(poshuk_date_format(2025, buf), "");
    assert_string_equal(poshuk_date_format(INT32_MAX, buf), "");
    /* Round trip: what format writes, parse reads back. */
    int32_t back = 0;
    assert_int_equal(poshuk_date_parse(poshuk_date_format(19991231, buf), &back), 1);
    assert_int_equal(back, 19991231);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_iso),
        cmocka_unit_test(test_dotted),
        cmocka_unit_test(test_english_names),
        cmocka_unit_test(test_ukrainian_names),
        cmocka_unit_test(test_days_and_leap_years),
        cmocka_unit_test(test_not_dates),
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
