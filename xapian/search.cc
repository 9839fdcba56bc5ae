/* poshuk_db_search: one request -> query, filters, ranking, exact totals and facets -> results. */
#include "xapian/cost_bounds.h"
#include "xapian/cross_script.h"
#include "xapian/db.h"
#include "xapian/did_you_mean.h"
#include "xapian/exact_phrase.h"

#include "xapian/facets.h"
#include "xapian/poshuk_stem.h"
#include "xapian/query_build.h"
#include "xapian/recency.h"
#include "xapian/request.h"
#include "xapian/results.h"
#include "xapian/schema.h"
#include "xapian/status.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

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

/* A facet whose own filter a multi-select request leaves out when counting it. Tags are not here:
 * they are AND-ed, so their facet keeps drilling down (see poshuk.h). */
struct OwnFilter {
    unsigned filter_kind;
    unsigned facet_bits;
};
const OwnFilter own_filters[] = {
    {shim::FILTER_OBLASTS, 1u << POSHUK_FACET_OBLAST},
    {shim::FILTER_HROMADAS, 1u << POSHUK_FACET_HROMADA},
    {shim::FILTER_DATES, (1u << POSHUK_FACET_YEAR) | (1u << POSHUK_FACET_MONTH)},
};

/* Deep paging costs a fetch of every document up to the last one shown; past the window a person
 * should narrow the search, and a crawler should not be able to walk the whole index page by page. */
void check_window(const poshuk_request &r) {
    const size_t window = r.max_window ? r.max_window : POSHUK_MAX_WINDOW;
    if (r.offset > window || r.limit > window - r.offset)
        throw shim::Failure{POSHUK_ERR_INVALID,
                            "offset " + std::to_string(r.offset) + " and limit " + std::to_string(r.limit) +
                                " go past the result window of " + std::to_string(window) +
                                " hits; narrow the search instead of paging this deep"};
}

/* The order of equal scores in an index without the order slot (see run_match), made only for such
 * an index: building it for every search cost more than the rest of setting up the match. Xapian
 * owns it (release()). */
Xapian::KeyMaker *newest_first_key() {
    auto key = std::make_unique<Xapian::MultiValueKeyMaker>();
    key->add_value(shim::schema::SLOT_DATE, true, "00000000");
    key->add_value(shim::schema::SLOT_ID);
    return key.release()->release();
}

/* One run of the matcher over query in the order the request asks for. checkatleast = every
 * document: the matcher then examines every match, so the total is exact and a spy has counted all
 * of them, unless the clock stops the match (cost_bounds.h). */
Xapian::MSet run_match(Xapian::Database &db, const Xapian::Query &query, bool blank, poshuk_sort sort,
                       const shim::FacetSpy *spy, size_t first, size_t max, shim::MatchClock &clock,
                       bool remote) {
    Xapian::Enquire enquire(db);
    /* A remote shard cannot run the clock's posting source; Xapian's own time limit can only stop
     * the exact count there. */
    if (remote && clock.bounded())
        enquire.set_time_limit(clock.seconds_left());
    enquire.set_query(remote ? query : shim::with_clock(query, clock));
    /* Equal scores go newest first, then by id. Xapian would break such ties by docid, which differs
     * between one index and the same articles in shards, and between rebuilds; the id makes the order
     * a property of the articles alone. A missing date counts as the oldest. The order slot holds
     * that key ready-made; indexes written before it had one get it built from the date and id. */
    const bool ordered = db.get_value_freq(shim::schema::SLOT_ORDER) == db.get_doccount();
    if (blank) {
        /* Nothing to rank by: BoolWeight makes every score 0 and the order is the key's. */
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        if (ordered)
            enquire.set_sort_by_value(shim::schema::SLOT_ORDER, false);
        else
            enquire.set_sort_by_key(newest_first_key(), false);
    } else {
        enquire.set_weighting_scheme(ranking());
        /* Newest first by the date alone, so that one day's articles keep their relevance order (no
         * date is the empty value, the lowest, so those come last). */
        if (sort == POSHUK_SORT_NEWEST)
            enquire.set_sort_by_value_then_relevance(shim::schema::SLOT_DATE, true);
        else if (ordered)
            enquire.set_sort_by_relevance_then_value(shim::schema::SLOT_ORDER, false);
        else
            enquire.set_sort_by_relevance_then_key(newest_first_key(), false);
    }
    if (spy)
        spy->attach(enquire);
    const Xapian::doccount all = db.get_doccount();
    Xapian::MSet mset = enquire.get_mset(clamp(first, all), clamp(max, all), all);
    if (remote && mset.get_matches_lower_bound() != mset.get_matches_upper_bound())
        clock.set_timed_out(); /* only the time limit leaves an exhaustive count inexact */
    return mset;
}

/* The words with the recency boost added to their scores (POSHUK_SORT_RECENT). OP_AND_MAYBE: the
 * boost reorders the articles the words match and finds none of its own. */
Xapian::Query boosted(const Xapian::Query &words, const Xapian::Database &db) {
    const int32_t newest = shim::newest_date(db);
    if (!newest)
        return words;
    Xapian::PostingSource *source = (new shim::RecencySource(newest))->release();
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, words, Xapian::Query(source));
}

Xapian::Query filtered(const Xapian::Query &query, const Xapian::Query &filter) {
    /* OP_FILTER: the filters choose articles but add nothing to their scores. */
    return filter.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

/* Fewer matches than this, and a request with did_you_mean looks for a better query. */
constexpr uint64_t FEW_MATCHES = 3;

/* One search of request as it is: the whole of poshuk_db_search but the did-you-mean step. */
std::unique_ptr<shim::ResultsBuilder> search_once(poshuk_db *d, const poshuk_request &request,
                                                  shim::MatchClock &clock) {
    const std::string text = shim::normalised_query(request.query);
    const bool blank = text.empty();
    const poshuk_sort sort = request.sort;
    const bool partial = request.partial != 0;
    const size_t expansion = request.max_expansion ? request.max_expansion : POSHUK_MAX_EXPANSION;
    Xapian::Query words = Xapian::Query::MatchAll;
    shim::ExactMarks exact_marks;
    if (!blank) {
        shim::check_expansion(d->db, d->parser, request.query, partial, expansion, &d->error_offset);
        /* Exact parts (=word, ="words") reach the parser as fields of their own and come back as
         * stemmed phrases with a check of the stored text (exact_phrase.h). */
        const shim::ExactQuery exact = shim::exact_query(text, partial);
        words = shim::parse_user_query(d->parser, request.query, exact.text, &d->error_offset, partial);
        words = shim::expand_wildcards(words, d->db, d->stem, request.query, partial, expansion);
        words = shim::with_cross_script(words, d->stem);
        exact_marks = shim::exact_marks(words, exact.parts);
        words = shim::with_exact_checks(words, exact.parts);
        shim::check_query_cost(words, shim::cost_bounds(request));
    }
    if (!blank && sort == POSHUK_SORT_RECENT)
        words = boosted(words, d->db);

    /* Multi-select: each facet with a filter of its own is counted by a match of its own. */
    unsigned main_facets = request.facets & POSHUK_FACETS_ALL;
    std::vector<std::pair<std::unique_ptr<shim::FacetSpy>, Xapian::Query>> own_counts;
    if (request.multiselect) {
        const unsigned kinds = shim::request_filter_kinds(request);
        for (const OwnFilter &own : own_filters) {
            if (!(kinds & own.filter_kind) || !(main_facets & own.facet_bits))
                continue;
            main_facets &= ~own.facet_bits;
            own_counts.emplace_back(std::make_unique<shim::FacetSpy>(own.facet_bits, d->remote),
                                    filtered(words, shim::request_filter(request, own.filter_kind)));
        }
    }

    shim::FacetSpy spy(main_facets, d->remote);
    const Xapian::MSet mset =
        run_match(d->db, filtered(words, shim::request_filter(request)), blank, sort,
                  main_facets ? &spy : nullptr, request.offset, request.limit, clock, d->remote);
    for (auto &own : own_counts)
        run_match(d->db, own.second, blank, sort, own.first.get(), 0, 0, clock, d->remote);

    auto results = std::make_unique<shim::ResultsBuilder>();
    results->get()->total = mset.get_matches_estimated();
    /* Snippets stem with the analysis the query was parsed with, so inflected forms are marked. */
    results->add_hits(mset, request.offset + 1, !blank, request.snippet_chars, &d->stem);
    shim::keep_exact_marks(*results->get(), exact_marks, d->stem);
    for (int k = 0; k < POSHUK_FACET_COUNT; ++k) {
        const poshuk_facet_kind kind = static_cast<poshuk_facet_kind>(k);
        if (!(request.facets & (1u << k)))
            continue;
        const shim::FacetSpy *counted = &spy;
        for (const auto &own : own_counts)
            if (own.first->counts(kind))
                counted = own.first.get();
        results->set_facet(kind, counted->values(kind, request.facet_limit));
    }
    return results;
}

/* Did you mean: a better query for one that found fewer than FEW_MATCHES. When the query found
 * nothing and the suggestion finds something, its results replace the query's; otherwise the
 * suggestion is only proposed, and only when it finds more. */
void did_you_mean(poshuk_db *d, const poshuk_request &request, std::unique_ptr<shim::ResultsBuilder> &results,
                  shim::MatchClock &clock) {
    if (results->get()->total >= FEW_MATCHES || shim::normalised_query(request.query).empty())
        return;
    /* A correction costs index reads for every word, then a second search: not for pasted text,
     * and not once the time is used up. */
    if (clock.spent() || !shim::few_enough_words_to_correct(request.query, request.partial != 0))
        return;
    const shim::Suggestion s = shim::suggest_query(d->db, request.query, request.partial != 0);
    if (s.query.empty())
        return;
    poshuk_request again = request;
    again.query = s.query.c_str();
    std::unique_ptr<shim::ResultsBuilder> other;
    try {
        other = search_once(d, again, clock);
    } catch (const shim::Failure &) {
        d->error_offset = -1; /* the suggestion's trouble is not the query's: no suggestion */
        return;
    }
    const uint64_t found = other->get()->total;
    if (results->get()->total == 0 && found > 0) {
        other->set_suggestion(s.query, s.kind, true, found);
        results = std::move(other);
    } else if (found > results->get()->total) {
        results->set_suggestion(s.query, s.kind, false, found);
    }
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
            const poshuk_request req = shim::known_request(request);
            if (!d->open)
                throw shim::Failure{POSHUK_ERR_INVALID, "the index is not open (opening it failed)"};
            check_window(req);
            shim::check_query_length(req.query, shim::cost_bounds(req));
            shim::MatchClock clock(started, req.time_budget, d->test_stop_after);
            const poshuk_sort sort = req.sort;
            if (sort != POSHUK_SORT_RELEVANCE && sort != POSHUK_SORT_NEWEST && sort != POSHUK_SORT_RECENT)
                throw shim::Failure{POSHUK_ERR_INVALID, "the request's sort " +
                                                            std::to_string(static_cast<int>(sort)) +
                                                            " is not a poshuk_sort"};
            std::unique_ptr<shim::ResultsBuilder> results = search_once(d, req, clock);
            if (req.did_you_mean)
                did_you_mean(d, req, results, clock);
            results->get()->timed_out = clock.timed_out() ? 1 : 0;
            results->get()->seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            *out = results->release();
            return POSHUK_OK;
        });
}
