#define _POSIX_C_SOURCE 200809L
#include "qbench.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

double bench_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU time of this thread: on a machine shared with other work, a query preempted for a scheduler tick
 * shows up in wall time (4 ms at 250 Hz) but not here, so the CPU percentiles say what the engine
 * costs and the wall ones what a caller waits. */
static double thread_cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int copy_field(char *dst, size_t size, const char *src) {
    size_t n = strlen(src);
    if (n >= size)
        return -1;
    memcpy(dst, src, n + 1);
    return 0;
}

/* One line: kind lang words oblast oblast_id date_from date_to facets. */
static int parse_line(char *line, bench_query *q) {
    char *field[8];
    size_t n = 0;
    for (char *p = line; n < 8; n++) {
        field[n] = p;
        char *tab = strchr(p, '\t');
        if (!tab) {
            n++;
            break;
        }
        *tab = '\0';
        p = tab + 1;
    }
    if (n != 8)
        return -1;
    memset(q, 0, sizeof *q);
    char *space = strchr(field[2], ' ');
    if (!space)
        return -1;
    *space = '\0';
    if (copy_field(q->kind, sizeof q->kind, field[0]) || copy_field(q->lang, sizeof q->lang, field[1]) ||
        copy_field(q->word1, sizeof q->word1, field[2]) || copy_field(q->word2, sizeof q->word2, space + 1) ||
        copy_field(q->oblast, sizeof q->oblast, strcmp(field[3], "-") == 0 ? "" : field[3]))
        return -1;
    q->oblast_id = atoi(field[4]);
    q->date_from = (int32_t)atol(field[5]);
    q->date_to = (int32_t)atol(field[6]);
    q->facets = atoi(field[7]);
    return 0;
}

long bench_queries_load(const char *path, bench_query **out) {
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t n = 0, cap = 0;
    bench_query *qs = NULL;
    char line[1024];
    long lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (!*line)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            bench_query *grown = realloc(qs, cap * sizeof *qs);
            if (!grown) {
                fputs("out of memory\n", stderr);
                free(qs);
                fclose(f);
                return -1;
            }
            qs = grown;
        }
        if (parse_line(line, &qs[n]) != 0) {
            fprintf(stderr, "%s:%ld: not a query line\n", path, lineno);
            free(qs);
            fclose(f);
            return -1;
        }
        n++;
    }
    fclose(f);
    *out = qs;
    return (long)n;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The nearest-rank percentile of sorted values. */
static double percentile(const double *sorted, size_t n, double p) {
    size_t rank = (size_t)(p / 100.0 * (double)n + 0.999999);
    if (rank < 1)
        rank = 1;
    if (rank > n)
        rank = n;
    return sorted[rank - 1];
}

static long run_kind(const char *engine, const bench_query *qs, size_t n, const char *kind, FILE *totals,
                     bench_run_fn run, void *ctx) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += strcmp(qs[i].kind, kind) == 0;
    double *us = malloc((count ? count : 1) * sizeof *us);
    double *cpu_us = malloc((count ? count : 1) * sizeof *cpu_us);
    if (!us || !cpu_us) {
        fputs("out of memory\n", stderr);
        free(us);
        free(cpu_us);
        return (long)count;
    }
    char err[512];
    uint64_t total;
    long errors = 0;
    for (size_t i = 0; i < n; i++) /* the warm pass */
        if (strcmp(qs[i].kind, kind) == 0)
            run(ctx, &qs[i], &total, err, sizeof err);
    size_t k = 0;
    double sum_total = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(qs[i].kind, kind) != 0)
            continue;
        total = 0;
        err[0] = '\0';
        double c0 = thread_cpu_now(), t0 = bench_now();
        int rc = run(ctx, &qs[i], &total, err, sizeof err);
        us[k] = (bench_now() - t0) * 1e6;
        cpu_us[k] = (thread_cpu_now() - c0) * 1e6;
        if (rc != 0 && errors++ == 0)
            fprintf(stderr, "%s: %s query \"%s %s\": %s\n", engine, kind, qs[i].word1, qs[i].word2, err);
        if (totals)
            fprintf(totals, "%s\t%zu\t%llu\n", kind, k, (unsigned long long)total);
        sum_total += (double)total;
        k++;
    }
    qsort(us, k, sizeof *us, by_value);
    qsort(cpu_us, k, sizeof *cpu_us, by_value);
    if (k)
        printf("RESULT %s %s n=%zu median_us=%.1f p90_us=%.1f p99_us=%.1f cpu_median_us=%.1f cpu_p99_us=%.1f "
               "mean_total=%.1f errors=%ld\n",
               engine, kind, k, percentile(us, k, 50), percentile(us, k, 90), percentile(us, k, 99),
               percentile(cpu_us, k, 50), percentile(cpu_us, k, 99), sum_total / (double)k, errors);
    fflush(stdout);
    free(us);
    free(cpu_us);
    return errors;
}

long bench_run_all(const char *engine, const bench_query *qs, size_t n, const char *only_kind,
                   const char *totals_path, bench_run_fn run, void *ctx) {
    FILE *totals = NULL;
    if (totals_path && !(totals = fopen(totals_path, "w"))) {
        fprintf(stderr, "%s: %s\n", totals_path, strerror(errno));
        return 1;
    }
    long errors = 0;
    for (size_t i = 0; i < n; i++) {
        int seen = 0; /* each kind once, in the order of its first query */
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(qs[j].kind, qs[i].kind) == 0;
        if (seen || (only_kind && strcmp(only_kind, qs[i].kind) != 0))
            continue;
        errors += run_kind(engine, qs, n, qs[i].kind, totals, run, ctx);
    }
    if (totals)
        fclose(totals);
    return errors;
}

int bench_common_options(int argc, char **argv, const char **kind, const char **totals) {
    *kind = NULL;
    *totals = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--kind") == 0 && i + 1 < argc)
            *kind = argv[++i];
        else if (strcmp(argv[i], "--totals") == 0 && i + 1 < argc)
            *totals = argv[++i];
        else {
            fprintf(stderr, "unknown option %s\n", argv[i]);
            return -1;
        }
    }
    return 0;
}
