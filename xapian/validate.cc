/* Validation of what the writer is given. */
#include "xapian/validate.h"

#include "syntax/date.h"
#include "xapian/status.h"

#include <cstring>
#include <string>

namespace shim {

namespace {

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
    if (a->date != 0 && !poshuk_date_valid(a->date))
        invalid(where + " has an invalid date " + std::to_string(a->date) + " (expected YYYYMMDD)");
    if (a->n_tags && !a->tags)
        invalid(where + " has " + std::to_string(a->n_tags) + " tags but no tag array");
    if (a->n_hromadas && !a->hromadas)
        invalid(where + " has " + std::to_string(a->n_hromadas) + " hromadas but no hromada array");
}

} // namespace shim
