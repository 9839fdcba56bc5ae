/* What the raw Xapian floor's indexer and searcher share: poshuk's analysis (stemmers/, plain C, not
 * the shim) as a Xapian::Stem, the fold key of facet values, and the layout poshuk's schema documents
 * (xapian/schema.h): the same prefixes, slots and BM25 parameters, written here directly against
 * Xapian so the difference from poshuk is what its C layer costs. */
#ifndef BENCH_XAPIAN_RAW_COMMON_H
#define BENCH_XAPIAN_RAW_COMMON_H

#include "stemmers/analysis.h"

#include <cstdlib>
#include <new>
#include <string>
#include <xapian.h>

namespace raw {

enum : Xapian::valueno {
    SLOT_DATE = 0,
    SLOT_OBLAST = 1,
    SLOT_TAGS = 2,
    SLOT_HROMADAS = 3,
    SLOT_MONTH = 4,
    SLOT_LANG = 5,
    SLOT_ID = 6,
    SLOT_BODY = 7,
    SLOT_ORDER = 8,
    SLOT_SUMMARY = 9,
    SLOT_FACETS = 10 /* tags, oblast, hromadas, month joined by FIELD_SEPARATOR */
};
constexpr char LIST_SEPARATOR = '\x1f';
constexpr char FIELD_SEPARATOR = '\x1e';

class AnalysisStem : public Xapian::StemImplementation {
  public:
    AnalysisStem() : stemmer_(poshuk_stemmer_new()) {
        if (!stemmer_)
            throw std::bad_alloc();
    }
    ~AnalysisStem() override {
        poshuk_stemmer_delete(stemmer_);
    }
    AnalysisStem(const AnalysisStem &) = delete;
    AnalysisStem &operator=(const AnalysisStem &) = delete;
    std::string operator()(const std::string &word) override {
        size_t len = 0;
        const char *s = poshuk_stemmer_stem(stemmer_, word.data(), word.size(), &len);
        return std::string(s, len);
    }
    std::string get_description() const override {
        return "raw floor over poshuk's analysis";
    }

  private:
    poshuk_stemmer *stemmer_;
};

inline Xapian::Stem make_stem() {
    return Xapian::Stem(new AnalysisStem());
}

/* Takes a malloc'd result of the analysis functions. */
inline std::string take(char *s, size_t len) {
    if (!s)
        throw std::bad_alloc();
    std::string out(s, len);
    std::free(s);
    return out;
}

/* Two statements each: len is set by the call, and argument order is unspecified. */
inline std::string normalise(const std::string &text) {
    size_t len = 0;
    char *s = poshuk_normalise(text.data(), text.size(), &len);
    return take(s, len);
}

/* Boolean terms hold the fold key of the value (no long-value hashing: the corpus has none). */
inline std::string boolean_term(const char *prefix, const std::string &value) {
    size_t len = 0;
    char *folded = poshuk_fold_key(value.data(), value.size(), &len);
    std::string key = take(folded, len);
    return key.empty() ? key : prefix + key;
}

inline Xapian::BM25Weight ranking() {
    return Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.5);
}

} // namespace raw

#endif
