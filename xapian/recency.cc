/* The recency posting source. Its weights depend only on the article's date and the reference date,
 * never on the clock, so a search gives the same order today and next year, and in tests. */
#include "xapian/recency.h"

#include "poshuk.h"
#include "xapian/schema.h"
#include "xapian/status.h"

#include <cmath>
#include <cstdlib>

namespace shim {

namespace {

/* "YYYYMMDD" -> 20250703; 0 for anything else (the slot holds nothing else, but a damaged value
 * must not become a boost). */
int32_t parse_value(const std::string &value) {
    if (value.size() != 8)
        return 0;
    int32_t date = 0;
    for (char c : value) {
        if (c < '0' || c > '9')
            return 0;
        date = date * 10 + (c - '0');
    }
    return date;
}

} // namespace

int64_t day_number(int32_t yyyymmdd) {
    /* Howard Hinnant's days_from_civil: counts days through 400-year eras starting in March, so
     * leap days fall at the end of each era's year. */
    int64_t y = yyyymmdd / 10000;
    const int64_t m = yyyymmdd / 100 % 100, d = yyyymmdd % 100;
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

double recency_boost(int32_t date, int32_t reference) {
    if (date <= 0 || reference <= 0)
        return 0.0;
    int64_t age = day_number(reference) - day_number(date);
    if (age < 0)
        age = 0;
    return POSHUK_RECENCY_BOOST * std::exp2(-static_cast<double>(age) / POSHUK_RECENCY_HALF_LIFE);
}

RecencySource::RecencySource(int32_t reference)
    : Xapian::ValuePostingSource(schema::SLOT_DATE), reference_(reference) {}

double RecencySource::get_weight() const {
    return recency_boost(parse_value(get_value()), reference_);
}

void RecencySource::init(const Xapian::Database &db) {
    Xapian::ValuePostingSource::init(db);
    set_maxweight(POSHUK_RECENCY_BOOST);
}

RecencySource *RecencySource::clone() const {
    return new RecencySource(reference_);
}

std::string RecencySource::name() const {
    return "poshuk::RecencySource";
}

/* Xapian asks for this only to send the source to a remote shard, and xapian-tcpsrv knows only
 * Xapian's own posting sources. None of those can give this boost: it is added to BM25 and depends on
 * the newest date, which no stored value holds. Say so rather than let Xapian report an unregistered
 * class. */
std::string RecencySource::serialise() const {
    throw Failure{POSHUK_ERR_INVALID, "the recent sort cannot be searched on a remote shard: its recency "
                                      "boost is poshuk's own code, which xapian-tcpsrv cannot run; sort "
                                      "by relevance or newest, or open the shards directly"};
}

std::string RecencySource::get_description() const {
    return "poshuk::RecencySource(reference=" + std::to_string(reference_) + ")";
}

int32_t newest_date(const Xapian::Database &db) {
    return parse_value(db.get_value_upper_bound(schema::SLOT_DATE));
}

} // namespace shim
