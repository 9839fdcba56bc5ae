/* The raw Xapian floor's searcher: what poshuk_db_search does, straight over the Xapian API. The same
 * QueryParser set-up (poshuk's analysis as the stemmer, STEM_ALL_Z, AND, the title: prefix), the same
 * filters (XO term, date range on slot 0) under OP_FILTER, BM25(1.2, 0, 1, 0.75, 0.5), the exact count
 * (checkatleast = all documents), equal scores newest first then by id, the top 10 with what each
 * shows (the summary slot), and, for facet queries, tags, oblast and years counted over every match from
 * the facet record slot.
 *
 *   xapian_raw_query DB QUERIES [--kind K] [--totals FILE] */
#include "common/qbench.h"
#include "peers/xapian_list_spy.h"
#include "peers/xapian_raw_common.h"
#include "peers/xapian_raw_cross.h"

#include <cstdio>
#include <map>
#include <string_view>
#include <unordered_map>

namespace {

/* Tags, oblasts and months counted over every match from the one facet record (slot 10), as poshuk
 * counts them: one value read a match instead of one a facet. */
class FacetRecordSpy : public Xapian::MatchSpy {
  public:
    void operator()(const Xapian::Document &doc, double) override {
        const std::string record = doc.get_value(raw::SLOT_FACETS);
        std::string_view fields = record;
        for (int field = 0; field < 4; ++field) { /* tags, oblast, hromadas, month */
            const size_t end = fields.find(raw::FIELD_SEPARATOR);
            const std::string_view value = fields.substr(0, end);
            if (field == 0)
                count_list(value);
            else if (field == 1 && !value.empty())
                ++oblasts[std::string(value)];
            else if (field == 3 && !value.empty())
                ++months[std::string(value)];
            if (end == std::string_view::npos)
                return;
            fields.remove_prefix(end + 1);
        }
    }

    std::unordered_map<std::string, uint64_t> tags, oblasts, months;

  private:
    void count_list(std::string_view joined) {
        for (;;) {
            const size_t end = joined.find(raw::LIST_SEPARATOR);
            if (end != 0 && !joined.empty())
                ++tags[std::string(joined.substr(0, end))];
            if (end == std::string_view::npos)
                return;
            joined.remove_prefix(end + 1);
        }
    }
};

struct Searcher {
    Xapian::Database db;
    Xapian::QueryParser qp;
    Xapian::Stem stem;
};

int run_query(void *ctx, const bench_query *q, uint64_t *total, char *err, size_t err_size) {
    Searcher *s = static_cast<Searcher *>(ctx);
    try {
        const std::string text = raw::normalise(std::string(q->word1) + " " + q->word2);
        const unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                               Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_PURE_NOT;
        Xapian::Query query = raw::with_cross(s->qp.parse_query(text, flags), s->stem);
        if (q->oblast[0]) {
            char from[16], to[16];
            std::snprintf(from, sizeof from, "%08ld", static_cast<long>(q->date_from));
            std::snprintf(to, sizeof to, "%08ld", static_cast<long>(q->date_to));
            Xapian::Query filter(Xapian::Query::OP_AND, Xapian::Query(raw::boolean_term("XO", q->oblast)),
                                 Xapian::Query(Xapian::Query::OP_VALUE_RANGE, raw::SLOT_DATE, from, to));
            query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
        }
        Xapian::Enquire enquire(s->db);
        enquire.set_query(query);
        enquire.set_weighting_scheme(raw::ranking());
        /* Equal scores newest first, then by id, as poshuk orders them (the order slot). */
        enquire.set_sort_by_relevance_then_value(raw::SLOT_ORDER, false);
        FacetRecordSpy facets;
        if (q->facets)
            enquire.add_matchspy(&facets);
        const Xapian::doccount all = s->db.get_doccount();
        Xapian::MSet mset = enquire.get_mset(0, 10, all);
        *total = mset.get_matches_estimated();
        size_t shown = 0;
        for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it)
            shown += it.get_document().get_value(raw::SLOT_SUMMARY).size(); /* what a hit shows */
        if (q->facets) {
            size_t n = 0;
            for (const auto &[oblast, count] : top_counts(facets.oblasts, 10))
                n += oblast.size() + count;
            std::map<std::string, uint64_t> years;
            for (const auto &[month, count] : facets.months)
                years[month.substr(0, 4)] += count;
            n += years.size() + top_counts(facets.tags, 10).size();
            shown += n;
        }
        if (shown == 0 && *total > 0)
            std::snprintf(err, err_size, "no data"); /* keeps the work above from being optimised away */
        return 0;
    } catch (const Xapian::Error &e) {
        std::snprintf(err, err_size, "%s", e.get_description().c_str());
        return -1;
    }
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 3) {
        std::fputs("usage: xapian_raw_query DB QUERIES [--kind K] [--totals FILE]\n", stderr);
        return 2;
    }
    const char *kind, *totals;
    if (bench_common_options(argc - 3, argv + 3, &kind, &totals) != 0)
        return 2;
    bench_query *qs;
    long n = bench_queries_load(argv[2], &qs);
    if (n < 0)
        return 1;
    try {
        Searcher s{Xapian::Database(argv[1]), Xapian::QueryParser(), raw::make_stem()};
        s.qp.set_stemmer(s.stem);
        s.qp.set_stopper((new raw::Stopwords())->release());
        s.qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
        s.qp.set_default_op(Xapian::Query::OP_AND);
        s.qp.add_prefix("title", "S");
        long errors = bench_run_all("xapian-raw", qs, static_cast<size_t>(n), kind, totals, run_query, &s);
        std::free(qs);
        return errors ? 1 : 0;
    } catch (const Xapian::Error &e) {
        std::fprintf(stderr, "xapian_raw_query: %s\n", e.get_description().c_str());
        return 1;
    }
}
