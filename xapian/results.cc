/* poshuk_results: filling and freeing. Memory is plain malloc so that the C side's free() rules hold,
 * and every pointer starts NULL so poshuk_results_free can free a half-built result. */
#include "xapian/results.h"

#include "xapian/c_strings.h"
#include "xapian/docdata.h"
#include "xapian/stored_body.h"
#include "xapian/snippets.h"
#include "xapian/status.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

namespace shim {

namespace {

void *alloc_zeroed(size_t n, size_t size) {
    if (n == 0)
        return nullptr;
    void *p = std::calloc(n, size);
    if (!p)
        throw std::bad_alloc();
    return p;
}

/* NULL for an empty optional field, as the article had it. */
char *dup_optional(const std::string &s) {
    return s.empty() ? nullptr : malloc_copy(s);
}

/* Sets *out and *n before filling, so a failure half-way leaves a freeable array. */
void dup_list(const std::vector<std::string> &items, const char *const **out, size_t *n) {
    char **array = static_cast<char **>(alloc_zeroed(items.size(), sizeof(char *)));
    *out = array;
    *n = items.size();
    for (size_t i = 0; i < items.size(); ++i)
        array[i] = malloc_copy(items[i]);
}

} // namespace

void free_list(const char *const *items, size_t n) {
    if (!items)
        return;
    for (size_t i = 0; i < n; ++i)
        std::free(const_cast<char *>(items[i]));
    std::free(const_cast<char **>(items));
}

ResultsBuilder::ResultsBuilder()
    : results_(static_cast<poshuk_results *>(alloc_zeroed(1, sizeof(poshuk_results)))) {
    for (int k = 0; k < POSHUK_FACET_COUNT; ++k)
        results_->facets[k].kind = static_cast<poshuk_facet_kind>(k);
}

ResultsBuilder::~ResultsBuilder() {
    poshuk_results_free(results_);
}

void ResultsBuilder::add_hits(const Xapian::MSet &mset, size_t first_rank, bool scored, size_t snippet_chars,
                              const Xapian::Stem *stem) {
    results_->hits = static_cast<poshuk_hit *>(alloc_zeroed(mset.size(), sizeof(poshuk_hit)));
    size_t i = 0;
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it, ++i) {
        DocData d;
        if (!read_docdata(it.get_document(), d))
            throw Failure{POSHUK_ERR_CORRUPT,
                          "document " + std::to_string(*it) + " of the index holds no poshuk article data"};
        poshuk_hit &h = results_->hits[i];
        results_->n_hits = i + 1;
        h.rank = first_rank + i;
        h.score = scored ? it.get_weight() : 0.0;
        h.date = d.date;
        h.id = malloc_copy(d.id);
        h.title = malloc_copy(d.title);
        h.lang = malloc_copy(d.lang);
        h.url = dup_optional(d.url);
        h.oblast = dup_optional(d.oblast);
        h.source = dup_optional(d.source);
        dup_list(d.tags, &h.tags, &h.n_tags);
        dup_list(d.hromadas, &h.hromadas, &h.n_hromadas);
        const std::string body = snippet_chars && stem ? read_body(it.get_document()) : std::string();
        if (!body.empty()) {
            const Snippet snippet =
                scored ? make_snippet(mset, body, snippet_chars, *stem) : lead_snippet(body, snippet_chars);
            h.snippet = malloc_copy(snippet.text);
            poshuk_span *marks =
                static_cast<poshuk_span *>(alloc_zeroed(snippet.marks.size(), sizeof(poshuk_span)));
            h.marks = marks;
            h.n_marks = snippet.marks.size();
            for (size_t m = 0; m < snippet.marks.size(); ++m)
                marks[m] = poshuk_span{snippet.marks[m].first, snippet.marks[m].second};
        }
    }
}

void ResultsBuilder::set_suggestion(const std::string &text, poshuk_suggestion_kind kind, bool applied,
                                    uint64_t total) {
    std::free(const_cast<char *>(results_->suggestion));
    results_->suggestion = nullptr;
    results_->suggestion = malloc_copy(text);
    results_->suggestion_kind = kind;
    results_->suggestion_applied = applied ? 1 : 0;
    results_->suggestion_total = total;
}

void ResultsBuilder::set_facet(poshuk_facet_kind kind, const FacetValues &values) {
    poshuk_facet &f = results_->facets[kind];
    f.counted = 1;
    f.values = static_cast<poshuk_facet_value *>(alloc_zeroed(values.size(), sizeof(poshuk_facet_value)));
    for (size_t i = 0; i < values.size(); ++i) {
        f.values[i].value = malloc_copy(values[i].first);
        f.values[i].count = values[i].second;
        f.n_values = i + 1;
    }
}

} // namespace shim

extern "C" void poshuk_results_free(poshuk_results *r) {
    if (!r)
        return;
    for (size_t i = 0; i < r->n_hits; ++i) {
        poshuk_hit &h = r->hits[i];
        std::free(const_cast<char *>(h.id));
        std::free(const_cast<char *>(h.title));
        std::free(const_cast<char *>(h.url));
        std::free(const_cast<char *>(h.lang));
        std::free(const_cast<char *>(h.oblast));
        std::free(const_cast<char *>(h.source));
        shim::free_list(h.tags, h.n_tags);
        shim::free_list(h.hromadas, h.n_hromadas);
        std::free(const_cast<char *>(h.snippet));
        std::free(const_cast<poshuk_span *>(h.marks));
    }
    std::free(const_cast<char *>(r->suggestion));
    std::free(r->hits);
    for (poshuk_facet &f : r->facets) {
        for (size_t i = 0; i < f.n_values; ++i)
            std::free(const_cast<char *>(f.values[i].value));
        std::free(f.values);
    }
    std::free(r);
}
