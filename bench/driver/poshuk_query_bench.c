/* poshuk's query driver: times poshuk_db_search itself (include/poshuk.h), in process, so that neither
 * process start-up nor output formatting is measured, the same way the peers' drivers time theirs.
 *
 *   poshuk_query_bench INDEX QUERIES [--kind K] [--totals FILE]
 *
 * Each query asks for the top 10; a filter query adds the oblast and the date range as request
 * filters; a facet query asks for tags, oblast and year, 10 values each, counted exactly. */
#include "common/qbench.h"
#include "poshuk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run_query(void *ctx, const bench_query *q, uint64_t *total, char *err, size_t err_size) {
    poshuk_db *db = ctx;
    char words[300];
    snprintf(words, sizeof words, "%s %s", q->word1, q->word2);
    const char *oblasts[1] = {q->oblast};
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = words, .limit = 10};
    if (q->oblast[0]) {
        req.oblasts = oblasts;
        req.n_oblasts = 1;
        req.date_from = q->date_from;
        req.date_to = q->date_to;
    }
    if (q->facets) {
        req.facets = (1u << POSHUK_FACET_TAG) | (1u << POSHUK_FACET_OBLAST) | (1u << POSHUK_FACET_YEAR);
        req.facet_limit = 10;
    }
    poshuk_results *res = NULL;
    poshuk_status st = poshuk_db_search(db, &req, &res);
    if (st != POSHUK_OK) {
        snprintf(err, err_size, "%s: %s", poshuk_status_str(st), poshuk_db_error(db));
        return -1;
    }
    *total = res->total;
    poshuk_results_free(res);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fputs("usage: poshuk_query_bench INDEX QUERIES [--kind K] [--totals FILE]\n", stderr);
        return 2;
    }
    const char *kind, *totals;
    if (bench_common_options(argc - 3, argv + 3, &kind, &totals) != 0)
        return 2;
    bench_query *qs;
    long n = bench_queries_load(argv[2], &qs);
    if (n < 0)
        return 1;
    poshuk_db *db = NULL;
    const char *paths[1] = {argv[1]};
    if (poshuk_db_open(paths, 1, &db) != POSHUK_OK) {
        fprintf(stderr, "poshuk_query_bench: %s\n", db ? poshuk_db_error(db) : "out of memory");
        poshuk_db_close(db);
        free(qs);
        return 1;
    }
    long errors = bench_run_all("poshuk", qs, (size_t)n, kind, totals, run_query, db);
    poshuk_db_close(db);
    free(qs);
    return errors ? 1 : 0;
}
