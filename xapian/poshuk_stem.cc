/* The caching Xapian::StemImplementation over poshuk_stemmer; see poshuk_stem.h. */
#include "xapian/poshuk_stem.h"

#include <new>
#include <string>

namespace shim {

PoshukStem::PoshukStem(size_t capacity) : stemmer_(poshuk_stemmer_new()), capacity_(capacity ? capacity : 1) {
    if (!stemmer_)
        throw std::bad_alloc();
}

PoshukStem::~PoshukStem() {
    poshuk_stemmer_delete(stemmer_);
}

CachedWord &PoshukStem::entry(const std::string &word) {
    auto found = memo_.find(word);
    if (found != memo_.end()) {
        ++hits_;
        return *found;
    }
    /* Clearing, not evicting one by one: the words that matter come back within a few articles, and
     * a clear costs nothing per lookup. */
    if (!in_document_ && memo_.size() >= capacity_)
        memo_.clear();
    size_t len = 0;
    const char *stem = poshuk_stemmer_stem(stemmer_, word.data(), word.size(), &len);
    StemmedWord fresh;
    fresh.stem.assign(stem, len); /* the stemmer's buffer is reused by its next call: copy now */
    return *memo_.emplace(word, std::move(fresh)).first;
}

std::string PoshukStem::operator()(const std::string &word) {
    CachedWord &e = entry(word);
    if (record_)
        record_->push_back(&e);
    return e.second.stem;
}

std::string PoshukStem::get_description() const {
    return std::string("poshuk (") + poshuk_analysis_description() + ")";
}

unsigned long PoshukStem::begin_document() {
    if (memo_.size() >= capacity_)
        memo_.clear();
    in_document_ = true;
    return ++serial_;
}

void PoshukStem::end_document() {
    in_document_ = false;
    record_ = nullptr;
}

Xapian::Stem make_stem(size_t capacity) {
    /* Xapian::Stem takes the implementation into its reference count and deletes it. */
    return Xapian::Stem(new PoshukStem(capacity));
}

PoshukStem *poshuk_stem_of(const Xapian::Stem &stem) {
    return dynamic_cast<PoshukStem *>(stem.internal.get());
}

} // namespace shim
