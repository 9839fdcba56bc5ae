/* The value of the date: field of a query: one period (2025, 2025-07, 2025-07-03, 03.07.2025) or a
 * range of them (2025-01..2025-06, 2025.., ..2024-12). Shared by the syntax checker, which reports a
 * value it cannot read, and by the shim's field processor, which turns the same value into a range of
 * the date slot, so that the two can never disagree. */
#ifndef POSHUK_SYNTAX_DATE_H
#define POSHUK_SYNTAX_DATE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    POSHUK_DATE_VALUE_OK = 0,
    POSHUK_DATE_VALUE_BAD,      /* not a period, or a range without a date on either side */
    POSHUK_DATE_VALUE_BACKWARDS /* a range whose end comes before its start */
} poshuk_date_value_status;

/* Reads value: *from and *to become the first and last day it covers (YYYYMMDD), 0 for an open end. */
poshuk_date_value_status poshuk_date_value_range(const char *value, int32_t *from, int32_t *to);

/* The same, when only the verdict matters. */
poshuk_date_value_status poshuk_date_value_check(const char *value);

#ifdef __cplusplus
}
#endif

#endif
