/* A MatchSpy counting the items of a multi-valued field kept in one value slot as a joined list (tags).
 * Xapian's own ValueCountMatchSpy counts a slot's whole value, which serves single-valued fields only;
 * this is the small class any Xapian user writes for tags. Header-only: the raw Xapian floor and the
 * Omega peer share it. */
#ifndef BENCH_XAPIAN_LIST_SPY_H
#define BENCH_XAPIAN_LIST_SPY_H

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>
#include <xapian.h>

/* The n most frequent items of counts, ties by value. */
inline std::vector<std::pair<std::string, uint64_t>>
top_counts(const std::unordered_map<std::string, uint64_t> &counts, size_t n) {
    std::vector<std::pair<std::string, uint64_t>> all(counts.begin(), counts.end());
    auto order = [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    if (all.size() > n) {
        std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), order);
        all.resize(n);
    } else {
        std::sort(all.begin(), all.end(), order);
    }
    return all;
}

class ListCountSpy : public Xapian::MatchSpy {
  public:
    ListCountSpy(Xapian::valueno slot, char separator) : slot_(slot), separator_(separator) {}

    void operator()(const Xapian::Document &doc, double) override {
        const std::string joined = doc.get_value(slot_);
        size_t start = 0;
        while (start < joined.size()) {
            size_t end = joined.find(separator_, start);
            if (end == std::string::npos)
                end = joined.size();
            if (end > start)
                ++counts_[joined.substr(start, end - start)];
            start = end + 1;
        }
    }

    std::vector<std::pair<std::string, uint64_t>> top(size_t n) const {
        return top_counts(counts_, n);
    }

  private:
    Xapian::valueno slot_;
    char separator_;
    std::unordered_map<std::string, uint64_t> counts_;
};

#endif
