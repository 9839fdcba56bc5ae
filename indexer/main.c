/* poshuk-index: batch jobs on an index. Upserts JSONL articles or article pages, rebuilds an index
 * from them and switches to it atomically, or deletes articles by id.
 *
 * Made for unattended jobs: a bad record costs one line on stderr and is skipped; everything else is
 * indexed and committed; the exit status tells a script what happened (the highest that applies wins):
 *   0 every record indexed            3 --strict stopped at a bad record; nothing was committed
 *   1 some records rejected           4 an input could not be opened or read (the others were indexed)
 *   2 usage error                     5 the index could not be opened, locked or written
 * The job itself is indexer/job.c; this file reads the command line and prints what the job reports. */
#define _POSIX_C_SOURCE 200809L

#include "poshuk.h"
#include "cli/message.h"
#include "indexer/budget.h"
#include "indexer/job.h"
#include "indexer/repair_cmd.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PROGRAM "poshuk-index"

enum { EXIT_USAGE = 2 };

static const char usage_text[] =
    "usage: " PROGRAM " [options] -d INDEX [FILE ...]      (no FILE or \"-\": standard input)\n"
    "       " PROGRAM " delete [options] -d INDEX [ID ...]  (or: delete INDEX ID ...)\n"
    "       " PROGRAM " repair [--wait[=SECONDS]] [-q] -d INDEX  (after a commit failed)\n"
    "  -d, --index DIR       the index directory (created if missing)\n"
    "      --rebuild         build a new index from the input beside INDEX and switch to it at the end,\n"
    "                        atomically; other writers wait (or fail) until then\n"
    "  -j, --jobs N          a rebuild or a new index: build N shards on N threads, merged at the end\n"
    "                        (default: one a CPU, at most 4; 1 for an input under 4 MiB); updates of an\n"
    "                        index that holds articles always take one writer\n"
    "      --pages           every FILE is one article page (page text), not JSONL\n"
    "      --id ID           with --pages and one FILE: the article's id (default: the file's name)\n"
    "      --date DATE       with --pages: the articles' date (default: none)\n"
    "      --ids FILE        delete: the ids to delete, one a line (\"-\": standard input)\n"
    "      --strict          stop at the first bad record; the index is left exactly as it was\n"
    "      --memory MB       the memory the job may use, in MiB (default 1024, at least 64): each writer\n"
    "                        commits before its changes outgrow its share\n"
    "      --commit-every N  commit after every N articles instead (with --strict: one commit at the end)\n"
    "      --wait[=SECONDS]  wait for another writer to finish (default: fail at once with status 5)\n"
    "  -q, --quiet           no summary line and no progress line\n"
    "  -v, --verbose         say how the job runs: its writers, when they commit, the merge\n"
    "  -h, --help            -V, --version\n";

typedef struct {
    poshuk_job_options job;
    const char *ids_file;
    int quiet;
    int verbose;
    char **args; /* files, or ids to delete */
    int n_args;
} options;

static int usage_error(const char *format, ...) {
    char message[1024];
    va_list ap;
    va_start(ap, format);
    vsnprintf(message, sizeof message, format, ap);
    va_end(ap);
    fprintf(stderr, PROGRAM ": ");
    poshuk_message_put(stderr, message); /* it may quote an option value */
    fprintf(stderr, "\nTry '" PROGRAM " --help' for more information.\n");
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

/* A whole number from 1 to max, or 0 when text is not one. */
static unsigned long positive(const char *text, unsigned long max) {
    char *end;
    errno = 0;
    unsigned long n = strtoul(text, &end, 10);
    if (text[0] < '0' || text[0] > '9' || *end != '\0' || errno == ERANGE || n == 0 || n > max)
        return 0;
    return n;
}

/* Returns -1 when the job should go on, else the exit status to end with at once. */
static int parse_options(int argc, char **argv, options *opts) {
    enum {
        OPT_STRICT = 256,
        OPT_COMMIT_EVERY,
        OPT_MEMORY,
        OPT_REBUILD,
        OPT_PAGES,
        OPT_ID,
        OPT_DATE,
        OPT_IDS,
        OPT_WAIT
    };
    static const struct option long_options[] = {
        {"index", required_argument, NULL, 'd'},
        {"rebuild", no_argument, NULL, OPT_REBUILD},
        {"jobs", required_argument, NULL, 'j'},
        {"pages", no_argument, NULL, OPT_PAGES},
        {"id", required_argument, NULL, OPT_ID},
        {"date", required_argument, NULL, OPT_DATE},
        {"ids", required_argument, NULL, OPT_IDS},
        {"strict", no_argument, NULL, OPT_STRICT},
        {"commit-every", required_argument, NULL, OPT_COMMIT_EVERY},
        {"memory", required_argument, NULL, OPT_MEMORY},
        {"wait", optional_argument, NULL, OPT_WAIT},
        {"quiet", no_argument, NULL, 'q'},
        {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    poshuk_job_options *job = &opts->job;
    job->memory_mb = POSHUK_MEMORY_DEFAULT;
    job->threads = 0; /* chosen by the job */
    int delete = argc > 1 && strcmp(argv[1], "delete") == 0, date_given = 0;
    job->kind = delete ? POSHUK_JOB_DELETE : POSHUK_JOB_UPSERT;
    opterr = 0; /* our own messages, with a fixed program name */
    optind = delete ? 2 : 1;
    int c;
    while ((c = getopt_long(argc, argv, ":d:j:qvhV", long_options, NULL)) != -1) {
        switch (c) {
        case 'd':
            job->index = optarg;
            break;
        case OPT_REBUILD:
            job->rebuild = 1;
            break;
        case 'j':
            if ((job->threads = (unsigned)positive(optarg, 256)) == 0)
                return usage_error("--jobs: expected a whole number from 1 to 256, got '%s'", optarg);
            break;
        case OPT_PAGES:
            job->format = POSHUK_INPUT_PAGES;
            break;
        case OPT_ID:
            job->page_id = optarg;
            break;
        case OPT_DATE:
            if (!poshuk_date_parse(optarg, &job->page_date))
                return usage_error(
                    "--date: '%s' is not a date (accepted forms: 2025-07-03, 03.07.2025, 3 July "
                    "2025, 3 Jul 2025, 3 липня 2025)",
                    optarg);
            date_given = 1;
            break;
        case OPT_IDS:
            opts->ids_file = optarg;
            break;
        case OPT_STRICT:
            job->strict = 1;
            break;
        case OPT_COMMIT_EVERY:
            if ((job->commit_every = positive(optarg, (unsigned long)-1)) == 0)
                return usage_error("--commit-every: expected a positive whole number, got '%s'", optarg);
            break;
        case OPT_MEMORY:
            if ((job->memory_mb = positive(optarg, 1ul << 30)) < POSHUK_MEMORY_MIN)
                return usage_error("--memory: expected a whole number of MiB from %d to %lu, got '%s'",
                                   POSHUK_MEMORY_MIN, 1ul << 30, optarg);
            break;
        case OPT_WAIT:
            if (optarg == NULL) {
                job->wait_seconds = POSHUK_WAIT_FOREVER;
                break;
            }
            char *end;
            errno = 0;
            job->wait_seconds = strtod(optarg, &end);
            if (end == optarg || *end != '\0' || errno == ERANGE || !(job->wait_seconds > 0))
                return usage_error("--wait: expected a number of seconds above 0, got '%s'", optarg);
            break;
        case 'q':
            opts->quiet = 1;
            break;
        case 'v':
            opts->verbose = 1;
            break;
        case 'h':
            fputs(usage_text, stdout);
            return 0;
        case 'V':
            printf(PROGRAM " " POSHUK_VERSION " (analysis: %s)\n", poshuk_analysis_description());
            return 0;
        case ':':
            return usage_error("option '%s' needs an argument", argv[optind - 1]);
        default:
            return bad_option(argv[optind - 1], optopt);
        }
    }
    opts->args = argv + optind;
    opts->n_args = argc - optind;
    if (delete &&job->index == NULL && opts->n_args > 0) { /* the form: delete INDEX ID ... */
        job->index = opts->args[0];
        opts->args++, opts->n_args--;
    }
    if (job->index == NULL)
        return usage_error("no index given (-d INDEX)");
    if (job->index[0] == '\0')
        return usage_error("the index directory name is empty");
    if (delete &&(job->rebuild || job->format == POSHUK_INPUT_PAGES || job->threads > 0))
        return usage_error("delete takes no --rebuild, --pages or --jobs");
    if (delete &&opts->n_args == 0 && opts->ids_file == NULL)
        return usage_error("delete: no ids given (ID ... or --ids FILE)");
    if (!delete &&opts->ids_file != NULL)
        return usage_error("--ids is for delete");
    if (job->format != POSHUK_INPUT_PAGES && (job->page_id != NULL || date_given))
        return usage_error("--id and --date are for --pages");
    if (job->page_id != NULL && opts->n_args != 1)
        return usage_error("--id names one page: give exactly one FILE");
    if (job->format == POSHUK_INPUT_PAGES && job->page_id == NULL) {
        for (int i = 0; i < opts->n_args; i++)
            if (strcmp(opts->args[i], "-") == 0)
                return usage_error("a page from standard input needs --id");
        if (opts->n_args == 0)
            return usage_error("--pages: no FILE given (a page from standard input needs --id and \"-\")");
    }
    return -1;
}

/* ---------------------------------------------------------------- what the job reports */

typedef struct {
    int progress;   /* a terminal, and not --quiet: keep a progress line */
    int verbose;    /* print what the job says of how it runs */
    int line_shown; /* the progress line is on the screen */
    struct timespec start;
} screen;

static double seconds_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void clear_line(screen *s) {
    if (s->line_shown) {
        fputs("\r\033[K", stderr);
        s->line_shown = 0;
    }
}

/* "12345 articles, 2345/s, 45%, about 0:12 left": records read, their rate, and when the size of
 * the input is known, how far into it and how long the rest will take at the rate so far. */
static void show_progress(screen *s, const poshuk_job_counts *c) {
    double elapsed = seconds_since(&s->start);
    char line[160];
    int n = snprintf(line, sizeof line, PROGRAM ": %lu records, %.0f/s", c->read,
                     elapsed > 0 ? (double)c->read / elapsed : 0.0);
    if (c->bytes_total > 0 && c->bytes_done > 0 && c->bytes_done <= c->bytes_total) {
        double share = (double)c->bytes_done / (double)c->bytes_total;
        long left = (long)(elapsed / share - elapsed + 0.5);
        snprintf(line + n, sizeof line - (size_t)n, ", %.0f%%, about %ld:%02ld left", share * 100, left / 60,
                 left % 60);
    }
    fprintf(stderr, "\r\033[K%s", line);
    fflush(stderr);
    s->line_shown = 1;
}

static void report(void *context, poshuk_job_event event, const char *text, const poshuk_job_counts *counts) {
    screen *s = context;
    if (event == POSHUK_JOB_EVENT_PROGRESS) {
        if (s->progress)
            show_progress(s, counts);
        return;
    }
    if (event == POSHUK_JOB_EVENT_INFO && !s->verbose)
        return;
    clear_line(s);
    fprintf(stderr, PROGRAM ": ");
    poshuk_message_put(stderr, text); /* file names, ids and values of the input are in it as they came */
    fputc('\n', stderr);
}

/* The size of the inputs, when every one is a regular file (else 0: not known). */
static unsigned long long input_size(const options *opts) {
    unsigned long long total = 0;
    for (int i = 0; i < opts->n_args; i++) {
        struct stat st;
        int ok = strcmp(opts->args[i], "-") == 0 ? fstat(0, &st) == 0 : stat(opts->args[i], &st) == 0;
        if (!ok || !S_ISREG(st.st_mode))
            return 0;
        total += (unsigned long long)st.st_size;
    }
    return opts->n_args == 0 && opts->job.kind == POSHUK_JOB_UPSERT ? 0 : total;
}

static void print_summary(const options *opts, const poshuk_job_counts *c, double seconds) {
    if (opts->job.kind == POSHUK_JOB_DELETE) {
        printf(PROGRAM ": deleted %lu, not in the index %lu, rejected %lu in %.2f s\n", c->deleted, c->absent,
               c->rejected, seconds);
        return;
    }
    char detail[128] = "";
    int n = opts->job.rebuild ? snprintf(detail, sizeof detail, c->published ? "rebuilt" : "rebuild not used")
                              : snprintf(detail, sizeof detail, "%lu replaced", c->replaced);
    if (c->duplicates > 0)
        snprintf(detail + n, sizeof detail - (size_t)n, ", %lu duplicate%s: the last of each id counts",
                 c->duplicates, c->duplicates == 1 ? "" : "s");
    printf(PROGRAM ": read %lu, indexed %lu (%s), rejected %lu in %.2f s\n", c->read, c->indexed, detail,
           c->rejected, seconds);
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "repair") == 0)
        return poshuk_repair_command(argc, argv, PROGRAM);
    screen s = {0};
    clock_gettime(CLOCK_MONOTONIC, &s.start);
    options opts = {0};
    int early = parse_options(argc, argv, &opts);
    if (early >= 0)
        return early;
    s.progress = !opts.quiet && isatty(STDERR_FILENO);
    s.verbose = opts.verbose;

    poshuk_job *job = poshuk_job_new(&opts.job, report, &s);
    if (job == NULL) {
        fprintf(stderr, PROGRAM ": %s\n", strerror(ENOMEM));
        return POSHUK_JOB_INDEX;
    }
    poshuk_job_expect_bytes(job, input_size(&opts)); /* before opening: it decides how many writers */
    poshuk_job_status status = poshuk_job_open(job);
    if (status != POSHUK_JOB_OK) {
        poshuk_job_free(job);
        return status;
    }
    if (opts.job.kind == POSHUK_JOB_DELETE) {
        for (int i = 0; i < opts.n_args; i++)
            poshuk_job_delete_id(job, opts.args[i], "argument", (unsigned long)i + 1);
        if (opts.ids_file != NULL)
            poshuk_job_input(job, opts.ids_file);
    } else if (opts.n_args == 0) {
        poshuk_job_input(job, "-");
    } else {
        for (int i = 0; i < opts.n_args && !poshuk_job_stopped(job); i++)
            poshuk_job_input(job, opts.args[i]);
    }
    status = poshuk_job_finish(job);
    clear_line(&s);
    int stopped = poshuk_job_stopped(job);
    /* "Nothing was committed" rather than "the index is unchanged": a --strict job on a path with no
     * index leaves the empty index that opening created. */
    if (stopped && status != POSHUK_JOB_INDEX)
        fprintf(stderr, PROGRAM ": stopped (--strict): nothing was committed\n");
    if (opts.verbose) {
        unsigned long commits = poshuk_job_get_counts(job)->commits;
        fprintf(stderr, PROGRAM ": %lu commit%s\n", commits, commits == 1 ? "" : "s");
    }
    if (!stopped && !opts.quiet)
        print_summary(&opts, poshuk_job_get_counts(job), seconds_since(&s.start));
    poshuk_job_free(job);
    return status;
}
