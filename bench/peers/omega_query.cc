/* The Xapian Omega peer's searcher: an index built by scriptindex with bench/peers/omega.script,
 * searched as an Omega user would through the Xapian API (quest has no facets): scriptindex's analysis
 * at query time too (English stemmer, STEM_SOME), AND of the words, the XO term and a date range on
 * slot 0 as filters, Xapian's default BM25, the exact count, the top 10 with their data, and facets by
 * ValueCountMatchSpy (oblast in slot 1, year in slot 4) and a list spy over the tags in slot 2.
 *
 *   omega_query DB QUERIES [--kind K] [--totals FILE] */
#include "common/qbench.h"
#include "peers/xapian_list_spy.h"

#include <cstdio>
#include <cstdlib>

namespace {

struct Searcher {
    Xapian::Database db;
    Xapian::QueryParser qp;
};

int run_query(void *ctx, const bench_query *q, uint64_t *total, char *err, size_t err_size) {
    Searcher *s = static_cast<Searcher *>(ctx);
    try {
        Xapian::Query query = s->qp.parse_query(std::string(q->word1) + " " + q->word2);
        if (q->oblast[0]) {
            char from[16], to[16];
            std::snprintf(from, sizeof from, "%08ld", static_cast<long>(q->date_from));
            std::snprintf(to, sizeof to, "%08ld", static_cast<long>(q->date_to));
            Xapian::Query filter(Xapian::Query::OP_AND, Xapian::Query(std::string("XO") + q->oblast),
                                 Xapian::Query(Xapian::Query::OP_VALUE_RANGE, 0, from, to));
            query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
        }
        Xapian::Enquire enquire(s->db);
        enquire.set_query(query);
        Xapian::ValueCountMatchSpy oblasts(1), years(4);
        ListCountSpy tags(2, '|');
        if (q->facets) {
            enquire.add_matchspy(&oblasts);
            enquire.add_matchspy(&years);
            enquire.add_matchspy(&tags);
        }
        Xapian::MSet mset = enquire.get_mset(0, 10, s->db.get_doccount());
        *total = mset.get_matches_estimated();
        size_t shown = 0;
        for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it)
            shown += it.get_document().get_data().size();
        if (q->facets) {
            for (Xapian::TermIterator t = oblasts.top_values_begin(10); t != oblasts.top_values_end(10); ++t)
                shown += t.get_termfreq();
            for (Xapian::TermIterator t = years.values_begin(); t != years.values_end(); ++t)
                shown += t.get_termfreq();
            shown += tags.top(10).size();
        }
        if (shown == 0 && *total > 0)
            std::snprintf(err, err_size, "no data");
        return 0;
    } catch (const Xapian::Error &e) {
        std::snprintf(err, err_size, "%s", e.get_description().c_str());
        return -1;
    }
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 3) {
        std::fputs("usage: omega_query DB QUERIES [--kind K] [--totals FILE]\n", stderr);
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
        Searcher s{Xapian::Database(argv[1]), Xapian::QueryParser()};
        s.qp.set_stemmer(Xapian::Stem("english"));
        s.qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        s.qp.set_default_op(Xapian::Query::OP_AND);
        s.qp.add_prefix("title", "S");
        long errors = bench_run_all("omega", qs, static_cast<size_t>(n), kind, totals, run_query, &s);
        std::free(qs);
        return errors ? 1 : 0;
    } catch (const Xapian::Error &e) {
        std::fprintf(stderr, "omega_query: %s\n", e.get_description().c_str());
        return 1;
    }
}
