/* A batch job of poshuk-index: upsert (or rebuild from) JSONL or page-text inputs, or delete ids,
 * with the commit, strictness and status rules the README gives. Internal to indexer/: poshuk-index
 * (main.c) drives it and prints what it reports; the job itself prints nothing.
 *
 * Statuses, the highest that applies wins (they are poshuk-index's exit statuses):
 *   0 every record went in    1 some records were rejected    3 --strict stopped at a bad record
 *   4 an input could not be opened or read    5 the index could not be opened, locked or written
 *
 * Commits: after every commit_every changes (articles upserted, ids deleted) when that is given, else
 * whenever a writer's share of the memory budget is used up (budget.h); and at the end; with strict,
 * only at the end. A rebuild publishes at the end, and only when every input was read and at least one
 * article went in: a truncated or unreadable dump must not replace a working index.
 *
 * Writers: a rebuild, and an upsert into a new index (none at the path, an empty directory, or an
 * index without articles), are built in shards by several threads and merged at the end, unless
 * threads is 1; threads 0 chooses (poshuk_job_auto_threads). A new index built in shards shows no
 * article until the end: it is put in place of the empty one in one step (poshuk.h, build_new). An
 * update of an index that holds articles, and a delete, take one writer. */
#ifndef POSHUK_INDEXER_JOB_H
#define POSHUK_INDEXER_JOB_H

#include "poshuk.h"

#include <stddef.h>
#include <stdint.h>

typedef enum {
    POSHUK_JOB_OK = 0,
    POSHUK_JOB_REJECTED = 1,
    POSHUK_JOB_STRICT_STOP = 3,
    POSHUK_JOB_INPUT = 4,
    POSHUK_JOB_INDEX = 5,
} poshuk_job_status;

typedef enum { POSHUK_JOB_UPSERT, POSHUK_JOB_DELETE } poshuk_job_kind;
typedef enum { POSHUK_INPUT_JSONL, POSHUK_INPUT_PAGES } poshuk_input_format;

typedef struct {
    poshuk_job_kind kind;
    const char *index;
    int strict;
    unsigned long commit_every; /* 0: by memory_mb */
    unsigned long memory_mb;    /* the budget for the whole job, MiB (0: commit only at the end) */
    double wait_seconds;        /* for the index's lock, as poshuk_writer_options says */
    int rebuild;
    unsigned threads; /* shards built at once, then merged (a rebuild or a new index); 0: chosen */
    poshuk_input_format format;
    const char *page_id; /* pages: the id of the (one) page; NULL: each file's name gives it */
    int32_t page_date;   /* pages: their date, YYYYMMDD; 0: none (the job warns once) */
} poshuk_job_options;

typedef enum {
    POSHUK_JOB_EVENT_REJECTED, /* a record was skipped */
    POSHUK_JOB_EVENT_WARNING,  /* nothing was skipped, but the user should know (a repeated id) */
    POSHUK_JOB_EVENT_ERROR,    /* an input or the index failed */
    POSHUK_JOB_EVENT_PROGRESS, /* the counts moved on (text is "") */
    POSHUK_JOB_EVENT_INFO,     /* how the job runs: its writers, when they commit, the merge */
} poshuk_job_event;

typedef struct {
    unsigned long read;       /* records (lines, pages, ids) read */
    unsigned long indexed;    /* articles upserted */
    unsigned long replaced;   /* of those, ids that were in the index before the job */
    unsigned long duplicates; /* records whose id came earlier in the same job (the last one counts) */
    unsigned long rejected;
    unsigned long deleted, absent;              /* delete jobs: ids removed, ids that were not in the index */
    unsigned long long bytes_done, bytes_total; /* input read so far, and in all (0: not known) */
    int published;         /* a rebuild: it was switched to (1), or not (0: the index is as it was) */
    unsigned writers;      /* 1, or the number of shards built at once */
    unsigned long commits; /* made by all writers, the last ones too; a commit that failed is not one */
} poshuk_job_counts;

/* text is one line without the program's name, e.g. "feed.jsonl:4: field \"date\": ...". */
typedef void (*poshuk_job_report)(void *context, poshuk_job_event event, const char *text,
                                  const poshuk_job_counts *counts);

typedef struct poshuk_job poshuk_job;

/* NULL when memory ran out. The options are copied (their strings must outlive the job). */
poshuk_job *poshuk_job_new(const poshuk_job_options *options, poshuk_job_report report, void *context);

/* Parallel shards are worth it when the input is at least this big (or of unknown size): below it, a
 * job takes under a few seconds, and starting the threads and merging costs about what they save. */
#define POSHUK_JOB_PARALLEL_MIN_BYTES (4ull << 20)
/* At most this many writers are chosen: the reading thread feeds them, and is the limit beyond. */
#define POSHUK_JOB_AUTO_THREADS_MAX 4

/* The writers a job of input_bytes (0: not known) gets when threads is 0 on a machine of cpus CPUs
 * (poshuk_job_cpus()): cpus, at most POSHUK_JOB_AUTO_THREADS_MAX, and 1 for an input below
 * POSHUK_JOB_PARALLEL_MIN_BYTES. When why is not NULL, a few words on the choice go into
 * why[0..size) ("2 CPUs", "a small input"). */
unsigned poshuk_job_auto_threads(unsigned long long input_bytes, long cpus, char *why, size_t size);

/* The CPUs online, or the whole number from 1 to 4096 that $POSHUK_CPUS holds: a stated count, so that
 * the default of -j can be tested (and chosen) independently of the host. */
long poshuk_job_cpus(void);

/* Opens the index (waiting for it as the options say). POSHUK_JOB_INDEX when that failed (reported).
 * Call poshuk_job_expect_bytes first: the number of writers depends on the input's size. */
poshuk_job_status poshuk_job_open(poshuk_job *job);

/* The size of all the input, when known beforehand, for the progress's estimate. */
void poshuk_job_expect_bytes(poshuk_job *job, unsigned long long total);

/* Reads one input, a file or "-" for standard input: JSONL articles, one page, or ids to delete (one
 * a line), as the job's kind and format say. Does nothing once the job has stopped. */
void poshuk_job_input(poshuk_job *job, const char *path);

/* Deletes one id given on the command line; where and n say where (for messages: "WHERE:N: ..."). */
void poshuk_job_delete_id(poshuk_job *job, const char *id, const char *where, unsigned long n);

/* Whether the job stopped early (--strict, or the index failed): nothing more will be read. */
int poshuk_job_stopped(const poshuk_job *job);

/* Ends the job: the last commit, the merge of a parallel build, the switch of a rebuild. Returns the
 * job's status. */
poshuk_job_status poshuk_job_finish(poshuk_job *job);

const poshuk_job_counts *poshuk_job_get_counts(const poshuk_job *job);

/* Frees the job; a job not finished is abandoned: nothing more is committed. */
void poshuk_job_free(poshuk_job *job);

#endif
