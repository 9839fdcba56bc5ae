/* The recency boost of POSHUK_SORT_RECENT: a posting source over the date slot whose weight, added to
 * BM25, halves every POSHUK_RECENCY_HALF_LIFE days of age (see poshuk.h for the formula). */
#ifndef POSHUK_XAPIAN_RECENCY_H
#define POSHUK_XAPIAN_RECENCY_H

#include <cstdint>
#include <string>
#include <xapian.h>

namespace shim {

/* Days since 1970-01-01 of a YYYYMMDD date (proleptic Gregorian). */
int64_t day_number(int32_t yyyymmdd);

/* The boost of an article dated date when the newest article is dated reference (both YYYYMMDD). */
double recency_boost(int32_t date, int32_t reference);

class RecencySource : public Xapian::ValuePostingSource {
  public:
    /* reference: the date whose articles get the whole boost (the newest date in the index). */
    explicit RecencySource(int32_t reference);

    double get_weight() const override;
    void init(const Xapian::Database &db) override;

    /* What Xapian needs to copy the source for each shard. serialise() throws Failure: the source
     * cannot run on a remote shard (recency.cc). */
    RecencySource *clone() const override;
    std::string name() const override;
    std::string serialise() const override;
    std::string get_description() const override;

  private:
    int32_t reference_;
};

/* The newest date in the date slot of db, or 0 when no article has a date. */
int32_t newest_date(const Xapian::Database &db);

} // namespace shim

#endif
