/* The facet spies and the facets' names.
 *
 * Why two spies: callgrind over bench/driver's poshuk_query_bench --kind facets (200 queries for tags,
 * oblast and year on 5,000 generated articles, gen --seed 1) counts 1,108M instructions in
 * poshuk_db_search with the local spy and 1,265M with the ValueCountMatchSpys. Xapian's spies are a
 * little cheaper per document (one map update per slot, no splitting), but every query then splits
 * each distinct joined tag list it met, and most lists are distinct (3,144 among the 5,000 articles). */
#include "xapian/facets.h"

#include "xapian/schema.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace shim {

namespace {

/* The slots counted, in this order (the order of the facet record's fields too); year and month both
 * come from the month slot. */
enum { COUNT_TAG, COUNT_OBLAST, COUNT_HROMADA, COUNT_MONTH, COUNT_KINDS };
const Xapian::valueno count_slots[COUNT_KINDS] = {schema::SLOT_TAGS, schema::SLOT_OBLAST,
                                                  schema::SLOT_HROMADAS, schema::SLOT_MONTH};
const bool count_lists[COUNT_KINDS] = {true, false, true, false};

/* The facet kinds that need a slot counted. */
unsigned kinds_of(int which) {
    switch (which) {
    case COUNT_TAG:
        return 1u << POSHUK_FACET_TAG;
    case COUNT_OBLAST:
        return 1u << POSHUK_FACET_OBLAST;
    case COUNT_HROMADA:
        return 1u << POSHUK_FACET_HROMADA;
    default:
        return (1u << POSHUK_FACET_YEAR) | (1u << POSHUK_FACET_MONTH);
    }
}

/* key: scratch space for the look-up, whose capacity is kept from one call to the next, so that a value
 * met before allocates nothing (C++17's unordered_map cannot look up by a string_view). */
void add(FacetCounts &counts, std::string_view value, uint64_t n, std::string &key) {
    if (value.empty())
        return;
    key.assign(value);
    auto it = counts.find(key);
    if (it != counts.end())
        it->second += n;
    else
        counts.emplace(key, n);
}

/* Adds n to each item of a list joined by LIST_SEPARATOR. */
void add_list(FacetCounts &counts, std::string_view joined, uint64_t n, std::string &key) {
    for (;;) {
        const size_t end = joined.find(schema::LIST_SEPARATOR);
        add(counts, joined.substr(0, end), n, key);
        if (end == std::string_view::npos)
            return;
        joined.remove_prefix(end + 1);
    }
}

/* Adds n to a value of the slot counted as which: to each item where that slot holds lists. */
void add_counted(FacetCounts &counts, int which, std::string_view value, uint64_t n, std::string &key) {
    if (count_lists[which])
        add_list(counts, value, n, key);
    else
        add(counts, value, n, key);
}

/* The values of counts in the header's order for counted facets: by count (highest first), then by
 * value in byte order (std::string compares bytes as unsigned char); with limit > 0 only the limit
 * first. Sorted as pointers into the map, and only the values kept are copied: a tag facet meets
 * hundreds of distinct tags and keeps ten, and copying and sorting them all as strings was most of
 * what building the facet cost. */
template <typename Counts> FacetValues ranked(const Counts &counts, size_t limit) {
    std::vector<const typename Counts::value_type *> entries;
    entries.reserve(counts.size());
    for (const auto &entry : counts)
        entries.push_back(&entry);
    const auto before = [](const typename Counts::value_type *a, const typename Counts::value_type *b) {
        if (a->second != b->second)
            return a->second > b->second;
        return a->first < b->first;
    };
    if (limit && entries.size() > limit) {
        std::partial_sort(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(limit),
                          entries.end(), before);
        entries.resize(limit);
    } else {
        std::sort(entries.begin(), entries.end(), before);
    }
    FacetValues out;
    out.reserve(entries.size());
    for (const auto *entry : entries)
        out.emplace_back(entry->first, entry->second);
    return out;
}

bool by_value(const std::pair<std::string, uint64_t> &a, const std::pair<std::string, uint64_t> &b) {
    return a.first < b.first;
}

} // namespace

/* The local way: splits the lists as it counts. Never serialised, so it needs no name: a database with
 * a remote shard gets Xapian's spies instead. */
class LocalFacetSpy : public Xapian::MatchSpy {
  public:
    explicit LocalFacetSpy(unsigned kinds) : kinds_(kinds) {}

    void operator()(const Xapian::Document &doc, double) override {
        const std::string record = doc.get_value(schema::SLOT_FACETS);
        if (record.empty()) { /* a document written before the facet record */
            for (int i = 0; i < COUNT_KINDS; ++i)
                if (kinds_ & kinds_of(i))
                    count(i, doc.get_value(count_slots[i]));
            return;
        }
        std::string_view fields = record;
        for (int i = 0; i < COUNT_KINDS; ++i) { /* the record's fields come in count_slots' order */
            const size_t end = fields.find(schema::FIELD_SEPARATOR);
            if (kinds_ & kinds_of(i))
                count(i, fields.substr(0, end));
            if (end == std::string_view::npos)
                return;
            fields.remove_prefix(end + 1);
        }
    }

    std::string get_description() const override {
        return "poshuk::LocalFacetSpy(kinds=" + std::to_string(kinds_) + ")";
    }

    FacetCounts counts[COUNT_KINDS];

  private:
    void count(int which, std::string_view value) {
        add_counted(counts[which], which, value, 1, key_);
    }

    unsigned kinds_;
    std::string key_;
};

FacetSpy::FacetSpy(unsigned kinds, bool remote) : kinds_(kinds & POSHUK_FACETS_ALL) {
    if (!remote) {
        local_ = std::make_unique<LocalFacetSpy>(kinds_);
        return;
    }
    remote_.resize(COUNT_KINDS);
    for (int i = 0; i < COUNT_KINDS; ++i) {
        if (kinds_ & kinds_of(i))
            remote_[i] = std::make_unique<Xapian::ValueCountMatchSpy>(count_slots[i]);
    }
}

FacetSpy::~FacetSpy() = default;

std::vector<Xapian::MatchSpy *> FacetSpy::spies() const {
    std::vector<Xapian::MatchSpy *> out;
    if (!kinds_)
        return out;
    if (local_)
        out.push_back(local_.get());
    for (const auto &spy : remote_)
        if (spy)
            out.push_back(spy.get());
    return out;
}

void FacetSpy::attach(Xapian::Enquire &enquire) const {
    /* Not through spies(): this runs for every search, and needs no vector. */
    if (!kinds_)
        return;
    if (local_)
        enquire.add_matchspy(local_.get());
    for (const auto &spy : remote_)
        if (spy)
            enquire.add_matchspy(spy.get());
}

const FacetCounts &FacetSpy::slot_counts(int which, FacetCounts &scratch) const {
    if (local_)
        return local_->counts[which];
    if (!remote_[which])
        return scratch;
    const Xapian::ValueCountMatchSpy &spy = *remote_[which];
    std::string key;
    for (auto v = spy.values_begin(); v != spy.values_end(); ++v)
        add_counted(scratch, which, *v, v.get_termfreq(), key);
    return scratch;
}

FacetValues FacetSpy::values(poshuk_facet_kind kind, size_t limit) const {
    FacetCounts scratch;
    switch (kind) {
    case POSHUK_FACET_TAG:
        return ranked(slot_counts(COUNT_TAG, scratch), limit);
    case POSHUK_FACET_OBLAST:
        return ranked(slot_counts(COUNT_OBLAST, scratch), limit);
    case POSHUK_FACET_HROMADA:
        return ranked(slot_counts(COUNT_HROMADA, scratch), limit);
    case POSHUK_FACET_MONTH:
    case POSHUK_FACET_YEAR: {
        /* Chronological: the limit most frequent, oldest first. */
        FacetValues out;
        if (kind == POSHUK_FACET_MONTH) {
            out = ranked(slot_counts(COUNT_MONTH, scratch), limit);
        } else {
            std::map<std::string, uint64_t> years;
            for (const auto &month : slot_counts(COUNT_MONTH, scratch))
                years[month.first.substr(0, 4)] += month.second;
            out = ranked(years, limit);
        }
        std::sort(out.begin(), out.end(), by_value);
        return out;
    }
    case POSHUK_FACET_COUNT:
        break;
    }
    return FacetValues();
}

} // namespace shim

extern "C" const char *poshuk_facet_name(poshuk_facet_kind kind) {
    switch (kind) {
    case POSHUK_FACET_TAG:
        return "tags";
    case POSHUK_FACET_OBLAST:
        return "oblast";
    case POSHUK_FACET_HROMADA:
        return "hromada";
    case POSHUK_FACET_YEAR:
        return "year";
    case POSHUK_FACET_MONTH:
        return "month";
    case POSHUK_FACET_COUNT:
        break;
    }
    return "";
}
