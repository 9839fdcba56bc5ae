/* The Sphinx 2.2 peer's query driver: SphinxQL over the MySQL protocol (libmariadb) to a searchd on
 * loopback, so each timed call includes one local round trip, as any Sphinx client pays.
 *
 *   sphinx_query PORT QUERIES [--kind K] [--totals FILE]
 *
 * Each query is one multi-statement request: the ranked top 10 (ids and weights; Sphinx 2.2 keeps no
 * text to show) with ranker=bm25 and the title weighted 5, the FACET result sets when asked for
 * (tags, oblast, year: exact GROUP BYs over all matches), then SHOW META for the exact total. */
#define _DEFAULT_SOURCE /* timegm */
#include "common/qbench.h"

#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* YYYYMMDD at 00:00 UTC as Unix time, plus extra seconds. */
static long long unix_time(int32_t ymd, long long extra) {
    struct tm tm = {0};
    tm.tm_year = ymd / 10000 - 1900;
    tm.tm_mon = ymd / 100 % 100 - 1;
    tm.tm_mday = ymd % 100;
    return (long long)timegm(&tm) + extra;
}

static int build_sql(const bench_query *q, char *sql, size_t size) {
    char filter[160] = "";
    if (q->oblast_id)
        snprintf(filter, sizeof filter, " AND oblast_id=%d AND published>=%lld AND published<=%lld", q->oblast_id,
                 unix_time(q->date_from, 0), unix_time(q->date_to, 86399));
    int n = snprintf(sql, size,
                     "SELECT id, WEIGHT() AS w FROM news WHERE MATCH('@(title,body) %s %s')%s"
                     " ORDER BY w DESC LIMIT 10 OPTION ranker=bm25, field_weights=(title=5)%s; SHOW META",
                     q->word1, q->word2, filter,
                     q->facets ? " FACET tag_ids ORDER BY COUNT(*) DESC LIMIT 10"
                                 " FACET oblast_id ORDER BY COUNT(*) DESC LIMIT 10"
                                 " FACET year ORDER BY year ASC LIMIT 20"
                               : "");
    return n > 0 && (size_t)n < size ? 0 : -1;
}

static int run_query(void *ctx, const bench_query *q, uint64_t *total, char *err, size_t err_size) {
    MYSQL *m = ctx;
    char sql[1024];
    if (build_sql(q, sql, sizeof sql) != 0) {
        snprintf(err, err_size, "query too long");
        return -1;
    }
    if (mysql_real_query(m, sql, (unsigned long)strlen(sql)) != 0) {
        snprintf(err, err_size, "%s", mysql_error(m));
        return -1;
    }
    int status;
    do {
        MYSQL_RES *res = mysql_store_result(m);
        if (res) {
            MYSQL_ROW row;
            while ((row = mysql_fetch_row(res)))
                if (mysql_num_fields(res) == 2 && row[0] && row[1] && strcmp(row[0], "total_found") == 0)
                    *total = strtoull(row[1], NULL, 10);
            mysql_free_result(res);
        } else if (mysql_field_count(m) != 0) {
            snprintf(err, err_size, "%s", mysql_error(m));
            return -1;
        }
        status = mysql_next_result(m);
        if (status > 0) {
            snprintf(err, err_size, "%s", mysql_error(m));
            return -1;
        }
    } while (status == 0);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fputs("usage: sphinx_query PORT QUERIES [--kind K] [--totals FILE]\n", stderr);
        return 2;
    }
    const char *kind, *totals;
    if (bench_common_options(argc - 3, argv + 3, &kind, &totals) != 0)
        return 2;
    bench_query *qs;
    long n = bench_queries_load(argv[2], &qs);
    if (n < 0)
        return 1;
    MYSQL *m = mysql_init(NULL);
    if (!m || !mysql_real_connect(m, "127.0.0.1", NULL, NULL, NULL, (unsigned)atoi(argv[1]), NULL,
                                  CLIENT_MULTI_STATEMENTS)) {
        fprintf(stderr, "sphinx_query: cannot connect to 127.0.0.1:%s: %s\n", argv[1], m ? mysql_error(m) : "");
        return 1;
    }
    long errors = bench_run_all("sphinx", qs, (size_t)n, kind, totals, run_query, m);
    mysql_close(m);
    free(qs);
    return errors ? 1 : 0;
}
