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

/* A hit's display fields (id, title, lang, url, oblast, source and the tags and hromadas lists) live
 * in one malloc'd block that starts at its id, with the two pointer arrays after the strings: one
 * allocation and one free per hit instead of one per string, which was most of what building a hit
 * cost beside reading its record. poshuk_results_free frees the block through the id. */
class HitBlock {
  public:
    explicit HitBlock(const DocView &d) {
        size_t text = 0;
        for (std::string_view s : {d.id, d.title, d.lang, d.url, d.oblast, d.source})
            text += s.size() + 1;
        for (const std::vector<std::string_view> *list : {&d.tags, &d.hromadas})
            for (std::string_view s : *list)
                text += s.size() + 1;
        const size_t align = alignof(char *);
        lists_at_ = (text + align - 1) / align * align;
        block_ = static_cast<char *>(
            std::malloc(lists_at_ + (d.tags.size() + d.hromadas.size()) * sizeof(char *)));
        if (!block_)
            throw std::bad_alloc();
        next_ = block_;
    }

    /* The id first, so that the block starts where it does. */
    const char *put(std::string_view s) {
        char *p = next_;
        std::memcpy(p, s.data(), s.size());
        p[s.size()] = '\0';
        next_ += s.size() + 1;
        return p;
    }

    /* NULL for an empty optional field, as the article had it. */
    const char *put_optional(std::string_view s) {
        return s.empty() ? nullptr : put(s);
    }

    /* NULL for an empty list. */
    const char *const *put_list(const std::vector<std::string_view> &items) {
        if (items.empty())
            return nullptr;
        char **array = reinterpret_cast<char **>(block_ + lists_at_) + lists_used_;
        lists_used_ += items.size();
        for (size_t i = 0; i < items.size(); ++i)
            array[i] = const_cast<char *>(put(items[i]));
        return array;
    }

  private:
    char *block_, *next_;
    size_t lists_at_, lists_used_ = 0;
};

} // namespace

static_assert(POSHUK_FACET_COUNT <= POSHUK_FACET_SLOTS,
              "a new facet kind past POSHUK_FACET_SLOTS changes poshuk_results' layout: a new SONAME");

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
    DocView d; /* one for all hits: its lists keep their memory */
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it, ++i) {
        const std::string record = read_record(it.get_document());
        if (!decode_docview(record, d))
            throw Failure{POSHUK_ERR_CORRUPT,
                          "document " + std::to_string(*it) + " of the index holds no poshuk article data"};
        poshuk_hit &h = results_->hits[i];
        results_->n_hits = i + 1;
        h.rank = first_rank + i;
        h.score = scored ? it.get_weight() : 0.0;
        h.date = d.date;
        HitBlock block(d);
        h.id = block.put(d.id);
        h.title = block.put(d.title);
        h.lang = block.put(d.lang);
        h.url = block.put_optional(d.url);
        h.oblast = block.put_optional(d.oblast);
        h.source = block.put_optional(d.source);
        h.tags = block.put_list(d.tags);
        h.n_tags = d.tags.size();
        h.hromadas = block.put_list(d.hromadas);
        h.n_hromadas = d.hromadas.size();
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

/* The values array and its strings in one block, freed through the array, for the same reason as
 * HitBlock. */
void ResultsBuilder::set_facet(poshuk_facet_kind kind, const FacetValues &values) {
    poshuk_facet &f = results_->facets[kind];
    f.counted = 1;
    if (values.empty())
        return;
    const size_t array = values.size() * sizeof(poshuk_facet_value);
    size_t bytes = array;
    for (const auto &v : values)
        bytes += v.first.size() + 1;
    char *block = static_cast<char *>(std::malloc(bytes));
    if (!block)
        throw std::bad_alloc();
    f.values = reinterpret_cast<poshuk_facet_value *>(block);
    f.n_values = values.size();
    char *text = block + array;
    for (size_t i = 0; i < values.size(); ++i) {
        const std::string &v = values[i].first;
        std::memcpy(text, v.data(), v.size() + 1);
        f.values[i] = poshuk_facet_value{text, values[i].second};
        text += v.size() + 1;
    }
}

} // namespace shim

extern "C" void poshuk_results_free(poshuk_results *r) {
    if (!r)
        return;
    for (size_t i = 0; i < r->n_hits; ++i) {
        poshuk_hit &h = r->hits[i];
        std::free(const_cast<char *>(h.id)); /* and every display field with it (HitBlock) */
        std::free(const_cast<char *>(h.snippet));
        std::free(const_cast<poshuk_span *>(h.marks));
    }
    std::free(const_cast<char *>(r->suggestion));
    std::free(r->hits);
    for (poshuk_facet &f : r->facets)
        std::free(f.values); /* and its strings with it */
    std::free(r);
}
