/* poshuk_db_search: one request -> query, filters, ranking, exact totals and facets -> results. */
#include "xapian/db.h"

#include "xapian/facets.h"
#include "xapian/query_build.h"
#include "xapian/results.h"
#include "xapian/schema.h"
#include "xapian/status.h"

#include <algorithm>
#include <chrono>

namespace {

/* BM25 with the parameters Lucene and Elasticsearch settled on, not Xapian's defaults (k1=1, b=0.5):
 * - k1=1.2: a word repeated in an article counts a little longer before saturating, which suits news
 *   text where the subject is named again and again;
 * - b=0.75: news runs from two-line notes to long reports; stronger length normalisation keeps long
 *   articles from winning only by being long;
 * - k2=0: no query-length correction (it shifts all scores of a query alike, so it never reorders);
 * - k3=1: a word typed twice in the query counts a little more, with saturation;
 * - min_normlen=0.5: very short articles (a title only) get at most a bounded boost. */
Xapian::BM25Weight ranking() {
    return Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.5);
}

Xapian::doccount clamp(size_t n, Xapian::doccount max) {
    return static_cast<Xapian::doccount>(std::min<size_t>(n, max));
}

} // namespace

extern "C" poshuk_status poshuk_db_search(poshuk_db *d, const poshuk_request *request, poshuk_results **out) {
    if (!out)
        return POSHUK_ERR_INVALID;
    *out = nullptr;
    if (!d)
        return POSHUK_ERR_INVALID;
    d->error_offset = -1;
    return shim::guarded(
        d->error, [] { return std::string("searching"); },
        [&] {
            const auto started = std::chrono::steady_clock::now();
            if (!request)
                throw shim::Failure{POSHUK_ERR_INVALID, "no search request given"};
            if (!d->open)
                throw shim::Failure{POSHUK_ERR_INVALID, "the index is not open (opening it failed)"};

            const std::string text = shim::normalised_query(request->query);
            const bool blank = text.empty();
            Xapian::Query query =
                blank ? Xapian::Query::MatchAll
                      : shim::parse_user_query(d->parser, request->query, text, &d->error_offset);
            const Xapian::Query filter = shim::request_filter(*request);
            /* OP_FILTER: the filters choose articles but add nothing to their scores. */
            if (!filter.empty())
                query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);

            Xapian::Enquire enquire(d->db);
            enquire.set_query(query);
            /* Equal scores go newest first, then by id. Xapian would break such ties by docid, which
             * differs between one index and the same articles in shards, and between rebuilds; the id
             * makes the order a property of the articles alone. A missing date counts as the oldest. */
            Xapian::MultiValueKeyMaker newest_first;
            newest_first.add_value(shim::schema::SLOT_DATE, true, "00000000");
            newest_first.add_value(shim::schema::SLOT_ID);
            if (blank) {
                /* Nothing to rank by: BoolWeight makes every score 0 and the order is the key's. */
                enquire.set_weighting_scheme(Xapian::BoolWeight());
                enquire.set_sort_by_key(&newest_first, false);
            } else {
                enquire.set_weighting_scheme(ranking());
                enquire.set_sort_by_relevance_then_key(&newest_first, false);
            }
            shim::FacetSpy spy(request->facets);
            if (request->facets & POSHUK_FACETS_ALL)
                enquire.add_matchspy(&spy);

            /* checkatleast = every document: the matcher then examines every match, so the total is
             * exact and the spy has counted all of them. */
            const Xapian::doccount all = d->db.get_doccount();
            const Xapian::MSet mset =
                enquire.get_mset(clamp(request->offset, all), clamp(request->limit, all), all);

            shim::ResultsBuilder results;
            results.get()->total = mset.get_matches_estimated();
            results.add_hits(mset, request->offset + 1, !blank);
            for (int k = 0; k < POSHUK_FACET_COUNT; ++k) {
                const poshuk_facet_kind kind = static_cast<poshuk_facet_kind>(k);
                if (request->facets & (1u << k))
                    results.set_facet(kind, spy.values(kind, request->facet_limit));
            }
            results.get()->seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            *out = results.release();
            return POSHUK_OK;
        });
}
