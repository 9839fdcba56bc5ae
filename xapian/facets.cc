/* The facet MatchSpy and the facets' names.
 *
 * serialise() is the kinds bitmask as a varint. serialise_results() is, for each of the four counted
 * kinds in order (tag, oblast, hromada, month), the number of values as a varint and then each value
 * as a length-prefixed string followed by its count as a varint. */
#include "xapian/facets.h"

#include "xapian/schema.h"
#include "xapian/varint.h"

#include <algorithm>

namespace shim {

namespace {

bool by_count_then_value(const std::pair<std::string, uint64_t> &a,
                         const std::pair<std::string, uint64_t> &b) {
    if (a.second != b.second)
        return a.second > b.second;
    return a.first < b.first; /* std::string compares bytes as unsigned char */
}

bool by_value(const std::pair<std::string, uint64_t> &a, const std::pair<std::string, uint64_t> &b) {
    return a.first < b.first;
}

} // namespace

FacetSpy::FacetSpy(unsigned kinds) : kinds_(kinds & POSHUK_FACETS_ALL) {}

void FacetSpy::count(Counts &counts, std::string_view value) {
    if (value.empty())
        return;
    auto it = counts.find(value);
    if (it != counts.end())
        ++it->second;
    else
        counts.emplace(std::string(value), 1);
}

void FacetSpy::count_list(Counts &counts, const std::string &joined) {
    std::string_view rest(joined);
    for (;;) {
        const size_t end = rest.find(schema::LIST_SEPARATOR);
        count(counts, rest.substr(0, end));
        if (end == std::string_view::npos)
            return;
        rest.remove_prefix(end + 1);
    }
}

void FacetSpy::operator()(const Xapian::Document &doc, double) {
    if (kinds_ & (1u << POSHUK_FACET_TAG))
        count_list(counts_[COUNT_TAG], doc.get_value(schema::SLOT_TAGS));
    if (kinds_ & (1u << POSHUK_FACET_OBLAST))
        count(counts_[COUNT_OBLAST], doc.get_value(schema::SLOT_OBLAST));
    if (kinds_ & (1u << POSHUK_FACET_HROMADA))
        count_list(counts_[COUNT_HROMADA], doc.get_value(schema::SLOT_HROMADAS));
    if (kinds_ & ((1u << POSHUK_FACET_YEAR) | (1u << POSHUK_FACET_MONTH)))
        count(counts_[COUNT_MONTH], doc.get_value(schema::SLOT_MONTH));
}

Xapian::MatchSpy *FacetSpy::clone() const {
    return new FacetSpy(kinds_);
}

std::string FacetSpy::name() const {
    return "poshuk::FacetSpy";
}

std::string FacetSpy::serialise() const {
    std::string out;
    put_varint(out, kinds_);
    return out;
}

Xapian::MatchSpy *FacetSpy::unserialise(const std::string &serialised, const Xapian::Registry &) const {
    size_t pos = 0;
    uint64_t kinds = 0;
    if (!get_varint(serialised, pos, kinds) || pos != serialised.size())
        throw Xapian::SerialisationError("poshuk::FacetSpy: malformed parameters");
    return new FacetSpy(static_cast<unsigned>(kinds));
}

std::string FacetSpy::serialise_results() const {
    std::string out;
    for (const auto &counts : counts_) {
        put_varint(out, counts.size());
        for (const auto &entry : counts) {
            put_string(out, entry.first);
            put_varint(out, entry.second);
        }
    }
    return out;
}

void FacetSpy::merge_results(const std::string &serialised) {
    size_t pos = 0;
    for (auto &counts : counts_) {
        uint64_t n = 0;
        if (!get_varint(serialised, pos, n))
            throw Xapian::SerialisationError("poshuk::FacetSpy: malformed results");
        for (uint64_t i = 0; i < n; ++i) {
            std::string value;
            uint64_t count = 0;
            if (!get_string(serialised, pos, value) || !get_varint(serialised, pos, count))
                throw Xapian::SerialisationError("poshuk::FacetSpy: malformed results");
            counts[value] += count;
        }
    }
    if (pos != serialised.size())
        throw Xapian::SerialisationError("poshuk::FacetSpy: malformed results");
}

std::string FacetSpy::get_description() const {
    return "poshuk::FacetSpy(kinds=" + std::to_string(kinds_) + ")";
}

FacetValues FacetSpy::values(poshuk_facet_kind kind, size_t limit) const {
    FacetValues out;
    bool chronological = false;
    switch (kind) {
    case POSHUK_FACET_TAG:
        out.assign(counts_[COUNT_TAG].begin(), counts_[COUNT_TAG].end());
        break;
    case POSHUK_FACET_OBLAST:
        out.assign(counts_[COUNT_OBLAST].begin(), counts_[COUNT_OBLAST].end());
        break;
    case POSHUK_FACET_HROMADA:
        out.assign(counts_[COUNT_HROMADA].begin(), counts_[COUNT_HROMADA].end());
        break;
    case POSHUK_FACET_MONTH:
        out.assign(counts_[COUNT_MONTH].begin(), counts_[COUNT_MONTH].end());
        chronological = true;
        break;
    case POSHUK_FACET_YEAR: {
        std::map<std::string, uint64_t> years;
        for (const auto &month : counts_[COUNT_MONTH])
            years[month.first.substr(0, 4)] += month.second;
        out.assign(years.begin(), years.end());
        chronological = true;
        break;
    }
    case POSHUK_FACET_COUNT:
        break;
    }
    if (limit && out.size() > limit) {
        std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(limit), out.end(),
                          by_count_then_value);
        out.resize(limit);
    } else {
        std::sort(out.begin(), out.end(), by_count_then_value);
    }
    if (chronological)
        std::sort(out.begin(), out.end(), by_value);
    return out;
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
