/* Dates as news pages write them, parsed without the C locale: the same bytes give the same date on
 * every machine, whatever LC_ALL says. Month names are compared as UTF-8 after folding the case of
 * ASCII and of the Cyrillic letters Ukrainian uses, which is all a month name can contain.
 *
 * Accepted (after trimming white space, which includes the no-break space pages put between the
 * day and the month):
 *   2025-07-03, 2025-7-3     ISO order, one or two digits for month and day
 *   03.07.2025, 3.7.2025     Ukrainian numeric order
 *   3 July 2025, 03 jul 2025, 3 Jul. 2025
 *   3 липня 2025, 3 ЛИПНЯ 2025, 3 липень 2025, 3 липня 2025 р., 3 липня 2025 року
 * The nominative month (липень) is ungrammatical after a day but appears in scraped text, and it
 * cannot mean anything else, so it is taken too. */
#include "poshuk.h"
#include "syntax/date.h"

#include <string.h>

/* Ukrainian month names, genitive (after a day) then nominative, lower case, in month order. */
static const char *const uk_genitive[12] = {"січня", "лютого", "березня", "квітня", "травня",    "червня",
                                            "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"};
static const char *const uk_nominative[12] = {"січень",   "лютий",   "березень", "квітень",
                                              "травень",  "червень", "липень",   "серпень",
                                              "вересень", "жовтень", "листопад", "грудень"};
static const char *const en_full[12] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};

/* The longest month token we fold: "листопада" is 18 bytes; anything longer is not a month. */
#define MONTH_TOKEN_MAX 32

static int is_leap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

static int days_in_month(int year, int month) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

static int32_t make_date(int year, int month, int day) {
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return 0;
    return (int32_t)(year * 10000 + month * 100 + day);
}

int poshuk_date_valid(int32_t date) {
    return date > 0 && make_date(date / 10000, date / 100 % 100, date % 100) == date;
}

/* Length of the white space at p: ASCII blanks, or a no-break space (U+00A0, U+202F). 0 if none. */
static size_t space_len(const char *p, const char *end) {
    const unsigned char *u = (const unsigned char *)p;
    if (p >= end)
        return 0;
    if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r' || *u == '\v' || *u == '\f')
        return 1;
    if (end - p >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (end - p >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
        return 3;
    return 0;
}

static const char *skip_spaces(const char *p, const char *end) {
    size_t n;
    while ((n = space_len(p, end)) > 0)
        p += n;
    return p;
}

/* Reads min..max decimal digits at *pp into *value and advances; 0 if there are fewer than min or
 * more than max digits (a longer number is not a part of a date). */
static int read_number(const char **pp, const char *end, int min, int max, int *value) {
    const char *p = *pp;
    int v = 0, n = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        if (++n > max)
            return 0;
        v = v * 10 + (*p - '0');
        p++;
    }
    if (n < min)
        return 0;
    *pp = p;
    *value = v;
    return 1;
}

/* Folds one UTF-8 letter at p to lower case into out; returns its length in p, or 0 if it is not an
 * ASCII letter or a Ukrainian Cyrillic letter (month names contain nothing else). */
static size_t fold_letter(const unsigned char *p, const unsigned char *end, unsigned char out[2],
                          size_t *out_len) {
    if (*p < 0x80) {
        if (*p >= 'A' && *p <= 'Z') {
            out[0] = (unsigned char)(*p - 'A' + 'a');
        } else if (*p >= 'a' && *p <= 'z') {
            out[0] = *p;
        } else {
            return 0;
        }
        *out_len = 1;
        return 1;
    }
    if ((p[0] & 0xE0) != 0xC0 || end - p < 2 || (p[1] & 0xC0) != 0x80)
        return 0;
    unsigned cp = ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    if (cp >= 0x0410 && cp <= 0x042F) /* А..Я */
        cp += 0x20;
    else if (cp == 0x0404 || cp == 0x0406 || cp == 0x0407) /* Є І Ї */
        cp += 0x50;
    else if (cp == 0x0490) /* Ґ */
        cp = 0x0491;
    if (!((cp >= 0x0430 && cp <= 0x044F) || cp == 0x0454 || cp == 0x0456 || cp == 0x0457 || cp == 0x0491))
        return 0;
    out[0] = (unsigned char)(0xC0 | (cp >> 6));
    out[1] = (unsigned char)(0x80 | (cp & 0x3F));
    *out_len = 2;
    return 2;
}

/* Reads a month name at *pp (a run of letters, lower-cased into a buffer) and advances past it and
 * a period that may end an English abbreviation. Returns the month 1..12 or 0. */
static int read_month_name(const char **pp, const char *end) {
    const unsigned char *p = (const unsigned char *)*pp, *e = (const unsigned char *)end;
    char word[MONTH_TOKEN_MAX + 1];
    size_t len = 0, n, out_len;
    unsigned char out[2];
    while (p < e && (n = fold_letter(p, e, out, &out_len)) > 0) {
        if (len + out_len > MONTH_TOKEN_MAX)
            return 0;
        memcpy(word + len, out, out_len);
        len += out_len;
        p += n;
    }
    word[len] = '\0';
    int month = 0;
    for (int m = 0; m < 12 && month == 0; m++) {
        if (strcmp(word, uk_genitive[m]) == 0 || strcmp(word, uk_nominative[m]) == 0 ||
            strcmp(word, en_full[m]) == 0)
            month = m + 1;
    }
    if (len == 3) { /* an English abbreviation ("May" is one too), maybe with its period */
        for (int m = 0; m < 12 && month == 0; m++) {
            if (strncmp(word, en_full[m], 3) == 0)
                month = m + 1;
        }
        if (month != 0 && p < e && *p == '.')
            p++;
    }
    if (month != 0)
        *pp = (const char *)p;
    return month;
}

/* After "3 липня 2025" Ukrainian text often adds "р." or "року" (of the year); both are allowed. */
static const char *skip_year_word(const char *p, const char *end) {
    static const char *const words[] = {"року", "р."};
    const char *q = skip_spaces(p, end);
    if (q == p)
        return p;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(end - q) >= n && memcmp(q, words[i], n) == 0)
            return q + n;
    }
    return p;
}

/* The forms that start with a number: the first number's length and the separator after it decide. */
static int32_t parse_trimmed(const char *p, const char *end) {
    int a, b, c;
    const char *start = p;
    if (!read_number(&p, end, 1, 4, &a))
        return 0;
    size_t first_len = (size_t)(p - start);
    if (first_len == 4 && p < end && *p == '-') { /* 2025-07-03 */
        p++;
        if (!read_number(&p, end, 1, 2, &b) || p >= end || *p != '-')
            return 0;
        p++;
        if (!read_number(&p, end, 1, 2, &c) || p != end)
            return 0;
        return make_date(a, b, c);
    }
    if (first_len > 2)
        return 0;
    if (p < end && *p == '.') { /* 03.07.2025 */
        p++;
        if (!read_number(&p, end, 1, 2, &b) || p >= end || *p != '.')
            return 0;
        p++;
        if (!read_number(&p, end, 4, 4, &c) || p != end)
            return 0;
        return make_date(c, b, a);
    }
    const char *q = skip_spaces(p, end); /* 3 July 2025, 3 липня 2025 */
    if (q == p)
        return 0;
    b = read_month_name(&q, end);
    if (b == 0)
        return 0;
    p = skip_spaces(q, end);
    if (p == q || !read_number(&p, end, 4, 4, &c))
        return 0;
    if (skip_year_word(p, end) != end)
        return 0;
    return make_date(c, b, a);
}

/* Trims the white space around text; returns 0 when nothing is left. */
static int trim(const char *text, const char **start, const char **end) {
    const char *e = text + strlen(text);
    const char *s = skip_spaces(text, e);
    while (e > s) {
        size_t n = 0;
        for (size_t k = 1; k <= 3 && k <= (size_t)(e - s) && n == 0; k++) {
            if (space_len(e - k, e) == k)
                n = k;
        }
        if (n == 0)
            break;
        e -= n;
    }
    *start = s;
    *end = e;
    return s < e;
}

int poshuk_date_parse(const char *text, int32_t *out) {
    const char *s, *e;
    if (text == NULL || !trim(text, &s, &e))
        return 0;
    int32_t date = parse_trimmed(s, e);
    if (date == 0)
        return 0;
    *out = date;
    return 1;
}

int poshuk_date_parse_bound(const char *text, poshuk_range_end end, int32_t *out) {
    const char *s, *e;
    if (poshuk_date_parse(text, out))
        return 1;
    if (text == NULL || !trim(text, &s, &e))
        return 0;
    const char *p = s;
    int year, month;
    if (!read_number(&p, e, 4, 4, &year))
        return 0;
    if (p == e) { /* 2025 */
        month = end == POSHUK_RANGE_FROM ? 1 : 12;
    } else {
        if (*p != '-')
            return 0;
        p++;
        if (!read_number(&p, e, 1, 2, &month) || p != e || month < 1 || month > 12)
            return 0;
    }
    if (year < 1000) /* read_number took four digits, so the year is at most 9999 */
        return 0;
    *out = make_date(year, month, end == POSHUK_RANGE_FROM ? 1 : days_in_month(year, month));
    return 1;
}

char *poshuk_date_format(int32_t date, char buf[11]) {
    int year = date / 10000, month = date / 100 % 100, day = date % 100;
    if (date <= 0 || make_date(year, month, day) != date) {
        buf[0] = '\0';
        return buf;
    }
    /* By hand rather than snprintf: the digits are known to fit, which the compiler cannot see. */
    const int parts[3][2] = {{year, 4}, {month, 2}, {day, 2}};
    size_t o = 0;
    for (int i = 0; i < 3; i++) {
        if (i > 0)
            buf[o++] = '-';
        for (int k = parts[i][1] - 1, v = parts[i][0]; k >= 0; k--, v /= 10)
            buf[o + (size_t)k] = (char)('0' + v % 10);
        o += (size_t)parts[i][1];
    }
    buf[o] = '\0';
    return buf;
}
