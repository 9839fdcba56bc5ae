/* Building a poshuk_results the caller frees with poshuk_results_free: every string and array in it is
 * malloc'd and owned by the results, so it outlives the database handle. A hit's display fields share
 * one block, and so do a facet's values and their strings (results.cc). */
#ifndef POSHUK_XAPIAN_RESULTS_H
#define POSHUK_XAPIAN_RESULTS_H

#include "poshuk.h"

#include "xapian/facets.h"

#include <xapian.h>

namespace shim {

/* Owns the results while they are filled; frees them if an exception leaves the search. */
class ResultsBuilder {
  public:
    ResultsBuilder(); /* throws std::bad_alloc */
    ~ResultsBuilder();
    ResultsBuilder(const ResultsBuilder &) = delete;
    ResultsBuilder &operator=(const ResultsBuilder &) = delete;

    /* One hit per document of mset, ranked from first_rank; with snippet_chars > 0 each with a
     * snippet of its body (stem: the index's analysis). Throws Failure (POSHUK_ERR_CORRUPT) for a
     * document without poshuk's document data. */
    void add_hits(const Xapian::MSet &mset, size_t first_rank, bool scored, size_t snippet_chars = 0,
                  const Xapian::Stem *stem = nullptr);

    /* The did-you-mean fields; text is copied. */
    void set_suggestion(const std::string &text, poshuk_suggestion_kind kind, bool applied, uint64_t total);

    void set_facet(poshuk_facet_kind kind, const FacetValues &values);

    poshuk_results *get() {
        return results_;
    }
    poshuk_results *release() {
        poshuk_results *r = results_;
        results_ = nullptr;
        return r;
    }

  private:
    poshuk_results *results_;
};

} // namespace shim

#endif
