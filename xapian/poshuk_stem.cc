/* A Xapian::StemImplementation that forwards to poshuk_stemmer. */
#include "xapian/poshuk_stem.h"

#include "stemmers/analysis.h"

#include <new>
#include <string>

namespace shim {

namespace {

class PoshukStem : public Xapian::StemImplementation {
  public:
    PoshukStem() : stemmer_(poshuk_stemmer_new()) {
        if (!stemmer_)
            throw std::bad_alloc();
    }
    ~PoshukStem() override {
        poshuk_stemmer_delete(stemmer_);
    }
    PoshukStem(const PoshukStem &) = delete;
    PoshukStem &operator=(const PoshukStem &) = delete;

    std::string operator()(const std::string &word) override {
        size_t len = 0;
        const char *stem = poshuk_stemmer_stem(stemmer_, word.data(), word.size(), &len);
        /* The stemmer's buffer is reused by its next call: copy now. */
        return std::string(stem, len);
    }

    std::string get_description() const override {
        return std::string("poshuk (") + poshuk_analysis_description() + ")";
    }

  private:
    poshuk_stemmer *stemmer_;
};

} // namespace

Xapian::Stem make_stem() {
    /* Xapian::Stem takes the implementation into its reference count and deletes it. */
    return Xapian::Stem(new PoshukStem());
}

} // namespace shim
