/* poshuk-index: reads JSONL articles and upserts them into an index.
 *
 * Made for unattended batch jobs: a bad record costs one line on stderr and is skipped; everything
 * else is indexed and committed; the exit status tells a script what happened (the highest that
 * applies wins):
 *   0 every record indexed            3 --strict stopped at a bad record; nothing was committed
 *   1 some records rejected           4 an input could not be opened or read (the others were indexed)
 *   2 usage error                     5 the index could not be opened, locked or written
 * With --strict the job commits once, at the end, so a bad record anywhere leaves the index as it was. */
#define _POSIX_C_SOURCE 200809L

#include "poshuk.h"
#include "indexer/jsonl.h"
#include "stemmers/analysis.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PROGRAM "poshuk-index"

enum {
    EXIT_INDEXED = 0,
    EXIT_REJECTED = 1,
    EXIT_USAGE = 2,
    EXIT_STRICT_STOP = 3,
    EXIT_INPUT = 4,
    EXIT_INDEX = 5,
};

static const char usage_text[] =
    "usage: " PROGRAM " [options] -d INDEX [FILE ...]      (no FILE or \"-\": standard input)\n"
    "  -d, --index DIR       the index directory (created if missing)\n"
    "      --strict          stop at the first bad record; the index is left exactly as it was\n"
    "      --commit-every N  commit after every N indexed articles (default 10000; ignored with --strict,\n"
    "                        which commits once at the end)\n"
    "  -q, --quiet           no summary line\n"
    "  -h, --help            -V, --version\n";

typedef struct {
    const char *index;
    int strict;
    unsigned long commit_every;
    int quiet;
    char **files;
    int n_files;
} options;

typedef struct {
    const options *opts;
    poshuk_writer *writer;
    unsigned long read, indexed, replaced, rejected;
    unsigned long since_commit;
    int exit_code; /* the highest status so far */
    int stopped;   /* a --strict stop or an index failure: no more input, no commit */
} job;

/* What to do after a bad record or input: go on, or (with --strict) stop without committing. */
static void fail(job *j, int code) {
    if (code > j->exit_code)
        j->exit_code = code;
    if (j->opts->strict || code == EXIT_INDEX)
        j->stopped = 1;
}

static int usage_error(const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    fprintf(stderr, PROGRAM ": ");
    vfprintf(stderr, format, ap);
    fprintf(stderr, "\nTry '" PROGRAM " --help' for more information.\n");
    va_end(ap);
    return EXIT_USAGE;
}

/* getopt_long said '?': an unknown option, or a long option given an argument it does not take. */
static int bad_option(const char *arg, int option) {
    if (strncmp(arg, "--", 2) == 0) {
        const char *equals = strchr(arg, '=');
        if (option != 0 && equals != NULL)
            return usage_error("option '%.*s' takes no argument", (int)(equals - arg), arg);
        return usage_error("unknown option '%s'", arg);
    }
    char short_option[3] = {'-', (char)option, '\0'};
    return usage_error("unknown option '%s'", short_option);
}

/* Returns -1 when the job should go on, else the exit status to end with at once. */
static int parse_options(int argc, char **argv, options *opts) {
    enum { OPT_STRICT = 256, OPT_COMMIT_EVERY };
    static const struct option long_options[] = {
        {"index", required_argument, NULL, 'd'},
        {"strict", no_argument, NULL, OPT_STRICT},
        {"commit-every", required_argument, NULL, OPT_COMMIT_EVERY},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    opts->commit_every = 10000;
    opterr = 0; /* our own messages, with a fixed program name */
    int c;
    while ((c = getopt_long(argc, argv, ":d:qhV", long_options, NULL)) != -1) {
        switch (c) {
        case 'd':
            opts->index = optarg;
            break;
        case OPT_STRICT:
            opts->strict = 1;
            break;
        case OPT_COMMIT_EVERY: {
            char *end;
            errno = 0;
            unsigned long n = strtoul(optarg, &end, 10);
            if (optarg[0] < '0' || optarg[0] > '9' || *end != '\0' || errno == ERANGE || n == 0)
                return usage_error("--commit-every: expected a positive whole number, got '%s'", optarg);
            opts->commit_every = n;
            break;
        }
        case 'q':
            opts->quiet = 1;
            break;
        case 'h':
            fputs(usage_text, stdout);
            return EXIT_INDEXED;
        case 'V':
            printf(PROGRAM " " POSHUK_VERSION " (analysis: %s)\n", poshuk_analysis_description());
            return EXIT_INDEXED;
        case ':':
            return usage_error("option '%s' needs an argument", argv[optind - 1]);
        default:
            return bad_option(argv[optind - 1], optopt);
        }
    }
    if (opts->index == NULL)
        return usage_error("no index given (-d INDEX)");
    if (opts->index[0] == '\0')
        return usage_error("the index directory name is empty");
    opts->files = argv + optind;
    opts->n_files = argc - optind;
    return -1;
}

/* The writer's messages name the index themselves. */
static void index_failed(job *j) {
    fprintf(stderr, PROGRAM ": %s\n", poshuk_writer_error(j->writer));
    fail(j, EXIT_INDEX);
}

static void commit(job *j) {
    if (poshuk_writer_commit(j->writer) != POSHUK_OK)
        index_failed(j);
    j->since_commit = 0;
}

static void add_article(job *j, const poshuk_jsonl *reader, const poshuk_article *article) {
    uint64_t before = poshuk_writer_doc_count(j->writer);
    poshuk_status status = poshuk_writer_upsert(j->writer, article);
    if (status == POSHUK_ERR_INVALID) { /* this article, not the index: reject it like a bad line */
        j->rejected++;
        fprintf(stderr, PROGRAM ": %s:%lu: %s\n", poshuk_jsonl_name(reader), poshuk_jsonl_line(reader),
                poshuk_writer_error(j->writer));
        fail(j, j->opts->strict ? EXIT_STRICT_STOP : EXIT_REJECTED);
        return;
    }
    if (status != POSHUK_OK) {
        index_failed(j);
        return;
    }
    j->indexed++;
    if (poshuk_writer_doc_count(j->writer) == before)
        j->replaced++;
    if (!j->opts->strict && ++j->since_commit >= j->opts->commit_every)
        commit(j);
}

static void index_stream(job *j, FILE *in, const char *name) {
    poshuk_jsonl *reader = poshuk_jsonl_new(in, name);
    if (reader == NULL) {
        fprintf(stderr, PROGRAM ": %s: %s\n", name, strerror(ENOMEM));
        fail(j, EXIT_INPUT);
        return;
    }
    while (!j->stopped) {
        const poshuk_article *article;
        poshuk_jsonl_step step = poshuk_jsonl_next(reader, &article);
        if (step == POSHUK_JSONL_END)
            break;
        if (step == POSHUK_JSONL_READ_ERROR || step == POSHUK_JSONL_NOMEM) {
            int error = step == POSHUK_JSONL_NOMEM ? ENOMEM : poshuk_jsonl_errno(reader);
            fprintf(stderr, PROGRAM ": %s: cannot read: %s\n", name, strerror(error));
            fail(j, EXIT_INPUT);
            break;
        }
        j->read++;
        if (step == POSHUK_JSONL_REJECTED) {
            j->rejected++;
            fprintf(stderr, PROGRAM ": %s:%lu: %s\n", name, poshuk_jsonl_line(reader),
                    poshuk_jsonl_message(reader));
            fail(j, j->opts->strict ? EXIT_STRICT_STOP : EXIT_REJECTED);
            continue;
        }
        add_article(j, reader, article);
    }
    poshuk_jsonl_free(reader);
}

static void index_file(job *j, const char *path) {
    if (strcmp(path, "-") == 0) {
        index_stream(j, stdin, "<stdin>");
        return;
    }
    FILE *in = fopen(path, "r");
    if (in == NULL) {
        fprintf(stderr, PROGRAM ": %s: cannot open: %s\n", path, strerror(errno));
        fail(j, EXIT_INPUT);
        return;
    }
    index_stream(j, in, path);
    fclose(in); /* read-only: nothing to lose on close */
}

static double seconds_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

int main(int argc, char **argv) {
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    options opts = {0};
    int early = parse_options(argc, argv, &opts);
    if (early >= 0)
        return early;

    job j = {.opts = &opts};
    poshuk_status status = poshuk_writer_open(opts.index, &j.writer);
    if (status != POSHUK_OK) {
        if (j.writer != NULL)
            fprintf(stderr, PROGRAM ": %s\n", poshuk_writer_error(j.writer));
        else
            fprintf(stderr, PROGRAM ": %s: %s\n", opts.index, poshuk_status_str(status));
        poshuk_writer_close(j.writer);
        return EXIT_INDEX;
    }
    if (opts.n_files == 0)
        index_file(&j, "-");
    for (int i = 0; i < opts.n_files && !j.stopped; i++)
        index_file(&j, opts.files[i]);

    if (!j.stopped)
        commit(&j);
    poshuk_writer_close(j.writer); /* after a stop this discards everything since the last commit */

    /* "Nothing was committed" rather than "the index is unchanged": a --strict job on a path with no
     * index leaves the empty index that opening created. */
    if (j.stopped && j.exit_code != EXIT_INDEX)
        fprintf(stderr, PROGRAM ": stopped (--strict): nothing was committed\n");
    if (!j.stopped && !opts.quiet)
        printf(PROGRAM ": read %lu, indexed %lu (%lu replaced), rejected %lu in %.2f s\n", j.read, j.indexed,
               j.replaced, j.rejected, seconds_since(&start));
    return j.exit_code;
}
