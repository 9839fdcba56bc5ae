/* The request's filter fields as one boolean query. */
#include "xapian/query_build.h"

#include "xapian/schema.h"
#include "xapian/status.h"

#include <vector>

namespace shim {

namespace {

/* Terms for the values of one kind, combined with op; blank values are ignored. Returns an empty
 * Query when no value made a term. */
Xapian::Query kind_filter(const char *kind, const char *prefix, const char *const *values, size_t n,
                          Xapian::Query::op op) {
    if (n && !values)
        throw Failure{POSHUK_ERR_INVALID,
                      "the request has " + std::to_string(n) + " " + kind + " but no array of them"};
    std::vector<Xapian::Query> terms;
    for (size_t i = 0; i < n; ++i) {
        if (!values[i])
            continue;
        std::string term = schema::boolean_term(prefix, values[i]);
        if (!term.empty())
            terms.emplace_back(term);
    }
    if (terms.empty())
        return Xapian::Query();
    return Xapian::Query(op, terms.begin(), terms.end());
}

void check_date(const char *which, int32_t date) {
    if (date < 0 || date > 99991231)
        throw Failure{POSHUK_ERR_INVALID, std::string("the request's ") + which + " " + std::to_string(date) +
                                              " is not a YYYYMMDD date"};
}

/* Slot 0 holds "YYYYMMDD" strings, which sort as the dates do; articles without a date have no value
 * and so fall outside every date range. */
Xapian::Query date_filter(int32_t from, int32_t to) {
    check_date("date_from", from);
    check_date("date_to", to);
    if (from && to)
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::SLOT_DATE, schema::date_value(from),
                             schema::date_value(to));
    if (from)
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::SLOT_DATE, schema::date_value(from));
    if (to)
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::SLOT_DATE, schema::date_value(to));
    return Xapian::Query();
}

} // namespace

Xapian::Query request_filter(const poshuk_request &r, unsigned skip) {
    /* Tags narrow (every tag), the other kinds widen (any of these oblasts); kinds narrow each other. */
    const struct {
        unsigned kind;
        Xapian::Query query;
    } kinds[] = {
        {FILTER_TAGS, kind_filter("tags", schema::PREFIX_TAG, r.tags, r.n_tags, Xapian::Query::OP_AND)},
        {FILTER_OBLASTS,
         kind_filter("oblasts", schema::PREFIX_OBLAST, r.oblasts, r.n_oblasts, Xapian::Query::OP_OR)},
        {FILTER_HROMADAS,
         kind_filter("hromadas", schema::PREFIX_HROMADA, r.hromadas, r.n_hromadas, Xapian::Query::OP_OR)},
        {FILTER_LANGS, kind_filter("langs", schema::PREFIX_LANG, r.langs, r.n_langs, Xapian::Query::OP_OR)},
        {FILTER_DATES, date_filter(r.date_from, r.date_to)},
    };
    std::vector<Xapian::Query> present;
    for (const auto &k : kinds)
        if (!(skip & k.kind) && !k.query.empty())
            present.push_back(k.query);
    if (present.empty())
        return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_AND, present.begin(), present.end());
}

unsigned request_filter_kinds(const poshuk_request &r) {
    unsigned kinds = 0;
    for (unsigned kind : {FILTER_TAGS, FILTER_OBLASTS, FILTER_HROMADAS, FILTER_LANGS, FILTER_DATES})
        if (!request_filter(r, ~kind).empty())
            kinds |= kind;
    return kinds;
}

} // namespace shim
