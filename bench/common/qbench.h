/* What every query driver shares, so that poshuk and each peer are timed the same way: reading the
 * query sets (format in bench/gen/queries.h), a warm pass, then one timed call per query around the
 * engine's own in-process call, and the same percentiles printed in the same line format:
 *
 *   RESULT <engine> <kind> n=<queries> median_us=<..> p90_us=<..> p99_us=<..> cpu_median_us=<..>
 *          cpu_p99_us=<..> mean_total=<..> errors=<..>
 *
 * (wall-clock percentiles, then the calling thread's CPU time, which excludes waiting for the CPU on a
 * shared machine and, for Sphinx, the server's work).
 * bench/run reads these lines. With a totals file, each query's match count is written too
 * ("kind<TAB>number<TAB>total"), so the engines' answers can be compared. */
#ifndef BENCH_QBENCH_H
#define BENCH_QBENCH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bench_query {
    char kind[16];
    char lang[4];
    char word1[128], word2[128];
    char oblast[128];           /* "" when there is no oblast filter */
    int oblast_id;              /* 1-based, 0 for none */
    int32_t date_from, date_to; /* YYYYMMDD or 0 */
    int facets;                 /* count tags, oblast and year over the whole match set */
} bench_query;

/* Runs one query; sets *total to the exact number of matching articles. Returns 0, or -1 on an error
 * (counted, and the first one printed, by the runner). */
typedef int (*bench_run_fn)(void *ctx, const bench_query *q, uint64_t *total, char *err, size_t err_size);

/* Reads path; returns the number of queries (and *out, to free with free()), or -1 with a message on
 * standard error. */
long bench_queries_load(const char *path, bench_query **out);

/* For each kind in the file's order (or only `only_kind` when not NULL): runs every query once
 * untimed (warm caches), then once timed, and prints a RESULT line on standard output. Returns the
 * number of failed queries. */
long bench_run_all(const char *engine, const bench_query *queries, size_t n, const char *only_kind,
                   const char *totals_path, bench_run_fn run, void *ctx);

/* Parses the options every driver takes after its own: [--kind K] [--totals FILE]. Returns 0, or -1
 * for an unknown option. */
int bench_common_options(int argc, char **argv, const char **kind, const char **totals);

double bench_now(void); /* seconds, monotonic */

#ifdef __cplusplus
}
#endif

#endif
