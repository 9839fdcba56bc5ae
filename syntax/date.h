/* The one rule of what a date is, for the library's own checks (the public parsing and formatting of
 * dates is in poshuk.h): a YYYYMMDD integer whose year is 1000..9999 and whose day exists in its
 * month. poshuk_date_parse never returns anything else, and the writer refuses anything else. */
#ifndef POSHUK_SYNTAX_DATE_RULE_H
#define POSHUK_SYNTAX_DATE_RULE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 1 when date is such a date, else 0 (also for 0, "no date"). */
int poshuk_date_valid(int32_t date);

#ifdef __cplusplus
}
#endif

#endif
