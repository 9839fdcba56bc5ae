/* Exact facet counts: a MatchSpy that sees every matching document (the search asks Xapian to check
 * them all) and counts tags, oblast, hromadas and months from the value slots. */
#ifndef POSHUK_XAPIAN_FACETS_H
#define POSHUK_XAPIAN_FACETS_H

#include "poshuk.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <xapian.h>

namespace shim {

typedef std::vector<std::pair<std::string, uint64_t>> FacetValues;

class FacetSpy : public Xapian::MatchSpy {
  public:
    /* kinds: bits (1u << poshuk_facet_kind) of the facets to count. */
    explicit FacetSpy(unsigned kinds);

    void operator()(const Xapian::Document &doc, double weight) override;

    /* What Xapian needs to run the spy in another process (remote shards) and merge its counts. */
    Xapian::MatchSpy *clone() const override;
    std::string name() const override;
    std::string serialise() const override;
    Xapian::MatchSpy *unserialise(const std::string &serialised,
                                  const Xapian::Registry &context) const override;
    std::string serialise_results() const override;
    void merge_results(const std::string &serialised) override;
    std::string get_description() const override;

    /* The counted values of one facet in the header's order: tags, oblast and hromada by count
     * (highest first) then by value in byte order; year and month oldest first. With limit > 0 only
     * the limit most frequent values are kept (ties by value), still in that order. Years are summed
     * from the months. */
    FacetValues values(poshuk_facet_kind kind, size_t limit) const;

    /* Whether this spy counts that facet. */
    bool counts(poshuk_facet_kind kind) const {
        return (kinds_ & (1u << kind)) != 0;
    }

  private:
    enum { COUNT_TAG, COUNT_OBLAST, COUNT_HROMADA, COUNT_MONTH, COUNT_KINDS };
    /* std::less<> lets a count be found by a string_view into the slot's value: the spy runs for every
     * match, and most values are already counted, so most calls allocate nothing. */
    typedef std::map<std::string, uint64_t, std::less<>> Counts;
    void count(Counts &counts, std::string_view value);
    void count_list(Counts &counts, const std::string &joined);
    unsigned kinds_;
    Counts counts_[COUNT_KINDS];
};

} // namespace shim

#endif
