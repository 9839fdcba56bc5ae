/* Exact facet counts: match spies that see every matching document (the search asks Xapian to check
 * them all) and count tags, oblast, hromadas and months from the value slots.
 *
 * Two ways to count, the same counts:
 * - on local shards, a spy of poshuk's own that reads each match's facet record (schema.h, slot 10;
 *   the four slots for a document written before it) and counts each item of the lists as it goes;
 * - when any shard is remote, one Xapian::ValueCountMatchSpy per slot: xapian-tcpsrv knows only
 *   Xapian's own spies, so a spy of poshuk's cannot run there. It counts each distinct value of a slot,
 *   which for the tag and hromada slots is a whole joined list; values() splits those lists and sums.
 *   An article counts once per item because the writer keeps each item of a list once.
 * The local spy is the cheaper one (see facets.cc), hence two. */
#ifndef POSHUK_XAPIAN_FACETS_H
#define POSHUK_XAPIAN_FACETS_H

#include "poshuk.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>
#include <xapian.h>

namespace shim {

typedef std::vector<std::pair<std::string, uint64_t>> FacetValues;

/* Counts per value. Hashed: the spy looks a value up for every item of every match, and a tag facet
 * holds hundreds of values, which a sorted map compares a dozen times a look-up. */
typedef std::unordered_map<std::string, uint64_t> FacetCounts;

class LocalFacetSpy;

class FacetSpy {
  public:
    /* kinds: bits (1u << poshuk_facet_kind) of the facets to count. remote: count with Xapian's own
     * spies, as a database with a remote shard needs. */
    FacetSpy(unsigned kinds, bool remote);
    ~FacetSpy();
    FacetSpy(const FacetSpy &) = delete;
    FacetSpy &operator=(const FacetSpy &) = delete;

    /* Adds the spies to a match. They stay owned by this object, which must outlive the match. */
    void attach(Xapian::Enquire &enquire) const;

    /* The spies attach() adds, for tests that run them the way Xapian does. */
    std::vector<Xapian::MatchSpy *> spies() const;

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
    /* The counts of one slot (COUNT_* in facets.cc), items of lists split; scratch holds them when
     * they had to be built. */
    const FacetCounts &slot_counts(int which, FacetCounts &scratch) const;

    unsigned kinds_;
    std::unique_ptr<LocalFacetSpy> local_;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> remote_; /* by COUNT_*, null if not counted */
};

} // namespace shim

#endif
