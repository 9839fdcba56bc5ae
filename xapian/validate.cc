/* Validation of what the writer is given. */
#include "xapian/validate.h"

#include "xapian/status.h"

#include <cstring>
#include <string>

namespace shim {

namespace {

bool is_leap(long year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* The same rule as poshuk_date_parse: years 1000..9999 and a day that exists in its month. */
bool is_valid_date(int32_t date) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    long year = date / 10000, month = date / 100 % 100, day = date % 100;
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    return day <= days[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
}

void invalid(const std::string &message) {
    throw Failure{POSHUK_ERR_INVALID, message};
}

} // namespace

void check_id(const char *id) {
    if (!id || !*id)
        invalid("article id is empty");
    size_t len = std::strlen(id);
    if (len > POSHUK_ID_MAX)
        invalid("article id is " + std::to_string(len) + " bytes long; at most " +
                std::to_string(POSHUK_ID_MAX) + " are allowed");
}

void check_article(const poshuk_article *a) {
    if (!a)
        invalid("no article given");
    check_id(a->id);
    const std::string where = "article '" + std::string(a->id) + "'";
    if ((!a->title || !*a->title) && (!a->body || !*a->body))
        invalid(where + " has neither a title nor a body");
    if (a->date != 0 && !is_valid_date(a->date))
        invalid(where + " has an invalid date " + std::to_string(a->date) + " (expected YYYYMMDD)");
    if (a->n_tags && !a->tags)
        invalid(where + " has " + std::to_string(a->n_tags) + " tags but no tag array");
    if (a->n_hromadas && !a->hromadas)
        invalid(where + " has " + std::to_string(a->n_hromadas) + " hromadas but no hromada array");
}

} // namespace shim
