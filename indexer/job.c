/* The batch job of job.h. One reading thread; the index is written by it, or, for a parallel rebuild,
 * by the pool's threads into shards that are merged at the end (pool.h). */
#define _GNU_SOURCE /* getline, strdup */

#include "indexer/job.h"

#include "indexer/budget.h"
#include "indexer/crash.h"
#include "indexer/idset.h"
#include "indexer/jsonl.h"
#include "indexer/pagetext.h"
#include "indexer/pool.h"
#include "indexer/record.h"
#include "indexer/text.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The longest page taken, as for a JSONL line. */
#define PAGE_MAX POSHUK_JSONL_LINE_MAX
/* How often the counts are reported while a job runs. */
#define PROGRESS_SECONDS 0.25

struct poshuk_job {
    poshuk_job_options opts;
    poshuk_job_report report;
    void *context;
    poshuk_writer *writer;
    poshuk_pool *pool;
    poshuk_shards *shards; /* a parallel build's shards (their directories are the library's) */
    int building_new;      /* a new index built in shards, put in place at the end (not a rebuild) */
    poshuk_commit_rule rule;
    poshuk_idset *ids; /* upserts: every id seen, to notice one that comes again */
    char **inputs;     /* names of the inputs read so far, for messages about repeated ids */
    unsigned n_inputs;
    poshuk_page *page;
    poshuk_job_counts counts;
    unsigned long long bytes_before; /* of the inputs finished */
    unsigned long since_commit;
    unsigned long long text_since_commit;
    poshuk_job_status status;
    int stopped;
    int input_failed; /* an input could not be opened or read: a rebuild must not publish */
    int warned_no_date;
    double last_progress;
    unsigned long crash_after, changes; /* the crash test's hook (crash.h) */
};

/* ---------------------------------------------------------------- reporting */

static void emit(poshuk_job *job, poshuk_job_event event, const char *format, ...) {
    char small[1024], *text = small;
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(small, sizeof small, format, ap);
    va_end(ap);
    if (n >= (int)sizeof small && (text = malloc((size_t)n + 1)) != NULL) {
        va_start(ap, format);
        vsnprintf(text, (size_t)n + 1, format, ap);
        va_end(ap);
    }
    job->report(job->context, event, text ? text : small, &job->counts);
    if (text != small)
        free(text);
}

static double seconds_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Every 64 records, a look at the clock: the counts go out every PROGRESS_SECONDS, and once early (at
 * the 64th record), so that a short job on a terminal shows what it is doing too. */
static void tick(poshuk_job *job) {
    if (job->counts.read % 64 != 0)
        return;
    double now = seconds_now();
    if (job->counts.read == 64 || now - job->last_progress >= PROGRESS_SECONDS) {
        job->last_progress = now;
        job->report(job->context, POSHUK_JOB_EVENT_PROGRESS, "", &job->counts);
    }
}

/* The status rises to code; --strict, and any failure of the index, stop the job. */
static void fail(poshuk_job *job, poshuk_job_status code) {
    if (code > job->status)
        job->status = code;
    if (job->opts.strict || code == POSHUK_JOB_INDEX)
        job->stopped = 1;
}

static void reject(poshuk_job *job) {
    job->counts.rejected++;
    fail(job, job->opts.strict ? POSHUK_JOB_STRICT_STOP : POSHUK_JOB_REJECTED);
}

/* The writer's messages name the index themselves. */
static void index_failed(poshuk_job *job, const char *message) {
    emit(job, POSHUK_JOB_EVENT_ERROR, "%s", message);
    fail(job, POSHUK_JOB_INDEX);
}

static void input_failed(poshuk_job *job, const char *name, const char *what, int err) {
    emit(job, POSHUK_JOB_EVENT_ERROR, "%s: %s: %s", name, what, strerror(err));
    job->input_failed = 1;
    fail(job, POSHUK_JOB_INPUT);
}

/* ---------------------------------------------------------------- life */

poshuk_job *poshuk_job_new(const poshuk_job_options *options, poshuk_job_report report, void *context) {
    poshuk_job *job = calloc(1, sizeof *job);
    if (job == NULL)
        return NULL;
    job->opts = *options;
    job->report = report;
    job->context = context;
    job->page = poshuk_page_new();
    if (job->opts.kind == POSHUK_JOB_UPSERT)
        job->ids = poshuk_idset_new();
    if (job->page == NULL || (job->opts.kind == POSHUK_JOB_UPSERT && job->ids == NULL)) {
        poshuk_job_free(job);
        return NULL;
    }
    job->last_progress = seconds_now();
    job->crash_after = poshuk_crash_after();
    return job;
}

static void drop_shards(poshuk_job *job) {
    poshuk_pool_free(job->pool);
    job->pool = NULL;
    poshuk_shards_remove(job->shards);
    job->shards = NULL;
}

void poshuk_job_free(poshuk_job *job) {
    if (job == NULL)
        return;
    drop_shards(job);
    poshuk_writer_close(job->writer); /* discards what was not committed; an unpublished rebuild too */
    poshuk_idset_free(job->ids);
    poshuk_page_free(job->page);
    for (unsigned i = 0; i < job->n_inputs; i++)
        free(job->inputs[i]);
    free(job->inputs);
    free(job);
}

/* The index's name without trailing slashes: its length in opts.index. */
static size_t index_name_length(const poshuk_job *job) {
    size_t len = strlen(job->opts.index);
    while (len > 1 && job->opts.index[len - 1] == '/')
        len--;
    return len;
}

/* Removes the shard directories of parallel builds that were killed (poshuk_shards_remove_stale).
 * Called by every job once its writer holds the live index's lock, so an upsert or a delete removes
 * them as well as the next rebuild. */
static void remove_stale_shards(const poshuk_job *job) {
    poshuk_shards_remove_stale(job->opts.index);
}

/* A parallel build's shards, in a directory the library makes beside the index. */
static int open_shards(poshuk_job *job, unsigned n) {
    poshuk_status status = poshuk_shards_create(job->opts.index, n, &job->shards);
    if (status == POSHUK_ERR_NOMEM || job->shards == NULL) {
        index_failed(job, "out of memory");
        return 0;
    }
    if (status != POSHUK_OK) {
        emit(job, POSHUK_JOB_EVENT_ERROR, "%s", poshuk_shards_error(job->shards));
        poshuk_shards_remove(job->shards);
        job->shards = NULL;
        fail(job, POSHUK_JOB_INDEX);
        return 0;
    }
    char error[1024];
    job->pool = poshuk_pool_new(poshuk_shards_paths(job->shards), n, &job->rule, error, sizeof error);
    if (job->pool == NULL) {
        index_failed(job, error);
        return 0;
    }
    return 1;
}

long poshuk_job_cpus(void) {
    const char *stated = getenv("POSHUK_CPUS");
    if (stated != NULL && *stated != '\0') {
        char *end;
        errno = 0;
        long n = strtol(stated, &end, 10);
        if (errno == 0 && *end == '\0' && n >= 1 && n <= 4096)
            return n;
    }
    return sysconf(_SC_NPROCESSORS_ONLN);
}

unsigned poshuk_job_auto_threads(unsigned long long input_bytes, long cpus, char *why, size_t size) {
    if (input_bytes > 0 && input_bytes < POSHUK_JOB_PARALLEL_MIN_BYTES) {
        if (why != NULL)
            snprintf(why, size, "a small input");
        return 1;
    }
    if (why != NULL)
        snprintf(why, size, "%ld CPU%s", cpus < 1 ? 1 : cpus, cpus <= 1 ? "" : "s");
    if (cpus < 1)
        return 1;
    return cpus > POSHUK_JOB_AUTO_THREADS_MAX ? POSHUK_JOB_AUTO_THREADS_MAX : (unsigned)cpus;
}

/* Whether the index is a directory of another file system than the one above it: a new index could
 * not be built beside it and put in its place. */
static int mount_point(const poshuk_job *job) {
    char up[4096];
    struct stat st, above;
    snprintf(up, sizeof up, "%.*s/..", (int)index_name_length(job), job->opts.index);
    return stat(job->opts.index, &st) == 0 && S_ISDIR(st.st_mode) && stat(up, &above) == 0 &&
           st.st_dev != above.st_dev;
}

static void describe_commits(poshuk_job *job) {
    if (job->opts.strict && !job->opts.rebuild && job->rule.writers == 1)
        emit(job, POSHUK_JOB_EVENT_INFO, "one commit at the end (--strict)");
    else if (job->rule.every)
        emit(job, POSHUK_JOB_EVENT_INFO, "a commit every %lu articles%s (--commit-every)", job->rule.every,
             job->rule.writers > 1 ? " of a shard" : "");
    else
        emit(job, POSHUK_JOB_EVENT_INFO,
             "a commit when a writer has taken %.0f MiB of text (--memory %lu: %u writer%s)",
             (double)poshuk_budget_text_limit(&job->rule, 0) / (1 << 20), job->rule.memory_mb,
             job->rule.writers, job->rule.writers == 1 ? "" : "s");
}

poshuk_job_status poshuk_job_open(poshuk_job *job) {
    char why[64] = "";
    unsigned writers = 1;
    if (job->opts.kind == POSHUK_JOB_UPSERT) {
        writers = job->opts.threads;
        if (writers == 0)
            writers = poshuk_job_auto_threads(job->counts.bytes_total, poshuk_job_cpus(), why, sizeof why);
        else
            snprintf(why, sizeof why, "-j %u", writers);
    }
    if (writers > 1 && !job->opts.rebuild && mount_point(job)) {
        writers = 1;
        snprintf(why, sizeof why, "the index directory is a mount point");
    }
    poshuk_writer_options wo = {
        .wait_seconds = job->opts.wait_seconds, .rebuild = job->opts.rebuild, .build_new = writers > 1};
    poshuk_status status = poshuk_writer_open_opts(job->opts.index, &wo, &job->writer);
    if (status == POSHUK_ERR_LOCKED && job->opts.wait_seconds == 0) {
        emit(job, POSHUK_JOB_EVENT_ERROR, "%s (--wait waits for it)", poshuk_writer_error(job->writer));
        fail(job, POSHUK_JOB_INDEX);
        return POSHUK_JOB_INDEX;
    }
    if (status != POSHUK_OK) {
        index_failed(job, job->writer != NULL ? poshuk_writer_error(job->writer) : poshuk_status_str(status));
        return POSHUK_JOB_INDEX;
    }
    if (poshuk_writer_repaired(job->writer))
        emit(job, POSHUK_JOB_EVENT_WARNING,
             "'%s' was repaired first: a commit of it had failed (it holds its last whole commit)",
             job->opts.index);
    /* build_new opened an ordinary writer when the index holds articles: an update, on one writer. */
    if (wo.build_new && !job->opts.rebuild) {
        job->building_new = poshuk_writer_doc_count(job->writer) == 0;
        if (!job->building_new) {
            writers = 1;
            snprintf(why, sizeof why, "an update of an index that holds articles");
        }
    }
    job->counts.writers = writers;
    job->rule = (poshuk_commit_rule){job->opts.commit_every, job->opts.memory_mb, writers};
    if (job->opts.kind == POSHUK_JOB_UPSERT) {
        if (writers > 1)
            emit(job, POSHUK_JOB_EVENT_INFO, "%u shards on %u threads, merged at the end (%s)", writers,
                 writers, why);
        else if (why[0] != '\0')
            emit(job, POSHUK_JOB_EVENT_INFO, "one writer (%s)", why);
        else
            emit(job, POSHUK_JOB_EVENT_INFO, "one writer");
    }
    describe_commits(job);
    remove_stale_shards(job);
    if (writers > 1 && !open_shards(job, writers))
        return POSHUK_JOB_INDEX;
    return POSHUK_JOB_OK;
}

void poshuk_job_expect_bytes(poshuk_job *job, unsigned long long total) {
    job->counts.bytes_total = total;
}

int poshuk_job_stopped(const poshuk_job *job) {
    return job->stopped;
}

const poshuk_job_counts *poshuk_job_get_counts(const poshuk_job *job) {
    return &job->counts;
}

/* ---------------------------------------------------------------- changes */

static void commit(poshuk_job *job) {
    job->since_commit = 0;
    job->text_since_commit = 0;
    /* -v counts the commits that were made, not those that were tried. */
    if (poshuk_writer_commit(job->writer) != POSHUK_OK)
        index_failed(job, poshuk_writer_error(job->writer));
    else
        job->counts.commits++;
}

/* One change more (an upsert of text bytes of text, or a delete); commits when the rule says so. */
static void changed(poshuk_job *job, unsigned long long text) {
    job->since_commit++;
    job->text_since_commit += text;
    /* --strict keeps an update's changes uncommitted to the end; a rebuild's commits go to its new
     * index, which is dropped if the job stops, so they can keep its memory bounded. */
    if ((!job->opts.strict || job->opts.rebuild) &&
        poshuk_budget_due(&job->rule, job->since_commit, job->text_since_commit,
                          job->ids ? poshuk_idset_size(job->ids) : 0))
        commit(job);
    poshuk_crash_point(++job->changes, job->crash_after);
}

/* Notes the id; 1 when it came earlier in this job (and says where). -1 when memory ran out. */
static int repeated(poshuk_job *job, const char *id, unsigned input, unsigned long line) {
    poshuk_id_place before;
    int added = poshuk_idset_add(job->ids, id, (poshuk_id_place){input, line}, &before);
    if (added < 0)
        return -1;
    if (added == 1)
        return 0;
    job->counts.duplicates++;
    char quoted[160];
    emit(job, POSHUK_JOB_EVENT_WARNING, "%s:%lu: id %s also at %s:%lu; the last one counts",
         job->inputs[input], line, poshuk_record_quote(id, strlen(id), quoted, sizeof quoted),
         job->inputs[before.input], before.line);
    return 1;
}

static void add_article(poshuk_job *job, const poshuk_article *article, unsigned input, unsigned long line) {
    const char *where = job->inputs[input];
    int again = repeated(job, article->id, input, line);
    if (again < 0) {
        index_failed(job, "out of memory");
        return;
    }
    if (job->pool != NULL) {
        int ok = poshuk_pool_submit(job->pool, article, where, line);
        if (ok < 0)
            index_failed(job, "out of memory");
        else if (ok == 0)
            job->stopped = 1; /* a shard failed; finish reports why */
        return;
    }
    uint64_t before = poshuk_writer_doc_count(job->writer);
    poshuk_status status = poshuk_writer_upsert(job->writer, article);
    if (status == POSHUK_ERR_INVALID) { /* this article, not the index: reject it like a bad line */
        emit(job, POSHUK_JOB_EVENT_REJECTED, "%s:%lu: %s", where, line, poshuk_writer_error(job->writer));
        reject(job);
        return;
    }
    if (status != POSHUK_OK) {
        index_failed(job, poshuk_writer_error(job->writer));
        return;
    }
    job->counts.indexed++;
    if (!again && poshuk_writer_doc_count(job->writer) == before)
        job->counts.replaced++;
    changed(job, poshuk_budget_text(article));
}

void poshuk_job_delete_id(poshuk_job *job, const char *id, const char *where, unsigned long n) {
    if (job->stopped)
        return;
    job->counts.read++;
    poshuk_status status = poshuk_writer_delete(job->writer, id);
    if (status == POSHUK_OK) {
        job->counts.deleted++;
        changed(job, 0);
    } else if (status == POSHUK_ERR_NOT_FOUND) {
        job->counts.absent++; /* deleting again is not an error: a job run twice ends the same */
    } else if (status == POSHUK_ERR_INVALID) {
        emit(job, POSHUK_JOB_EVENT_REJECTED, "%s:%lu: %s", where, n, poshuk_writer_error(job->writer));
        reject(job);
    } else {
        index_failed(job, poshuk_writer_error(job->writer));
    }
    tick(job);
}

/* ---------------------------------------------------------------- inputs */

/* Remembers the input's name; its number, or -1 when memory ran out. */
static int add_input(poshuk_job *job, const char *name) {
    char **inputs = realloc(job->inputs, (job->n_inputs + 1) * sizeof *inputs);
    if (inputs == NULL)
        return -1;
    job->inputs = inputs;
    if ((inputs[job->n_inputs] = strdup(name)) == NULL)
        return -1;
    return (int)job->n_inputs++;
}

static void read_jsonl(poshuk_job *job, FILE *in, unsigned input) {
    const char *name = job->inputs[input];
    poshuk_jsonl *reader = poshuk_jsonl_new(in, name);
    if (reader == NULL) {
        input_failed(job, name, "cannot read", ENOMEM);
        return;
    }
    while (!job->stopped) {
        const poshuk_article *article;
        poshuk_jsonl_step step = poshuk_jsonl_next(reader, &article);
        job->counts.bytes_done = job->bytes_before + poshuk_jsonl_bytes(reader);
        if (step == POSHUK_JSONL_END)
            break;
        if (step == POSHUK_JSONL_READ_ERROR || step == POSHUK_JSONL_NOMEM) {
            input_failed(job, name, "cannot read",
                         step == POSHUK_JSONL_NOMEM ? ENOMEM : poshuk_jsonl_errno(reader));
            break;
        }
        job->counts.read++;
        if (step == POSHUK_JSONL_REJECTED) {
            emit(job, POSHUK_JOB_EVENT_REJECTED, "%s:%lu: %s", name, poshuk_jsonl_line(reader),
                 poshuk_jsonl_message(reader));
            reject(job);
        } else {
            add_article(job, article, input, poshuk_jsonl_line(reader));
        }
        tick(job);
    }
    job->bytes_before += poshuk_jsonl_bytes(reader);
    poshuk_jsonl_free(reader);
}

/* Reads all of in, up to PAGE_MAX bytes. 1 and the text in *out (malloc'd), 0 when it is longer
 * (reported), -1 on a read error (errno set). */
static int slurp(poshuk_job *job, FILE *in, unsigned input, char **out, size_t *len) {
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (buf == NULL)
        return errno = ENOMEM, -1;
    for (;;) {
        if (n == cap) {
            if (cap > PAGE_MAX) {
                free(buf);
                emit(job, POSHUK_JOB_EVENT_REJECTED, "%s: the page is longer than %lu bytes",
                     job->inputs[input], (unsigned long)PAGE_MAX);
                return 0;
            }
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL)
                return free(buf), errno = ENOMEM, -1;
            buf = bigger, cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, in);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(in) || n > PAGE_MAX) {
        int err = errno ? errno : EIO;
        free(buf);
        if (n > PAGE_MAX && !ferror(in)) {
            emit(job, POSHUK_JOB_EVENT_REJECTED, "%s: the page is longer than %lu bytes", job->inputs[input],
                 (unsigned long)PAGE_MAX);
            return 0;
        }
        return errno = err, -1;
    }
    *out = buf, *len = n;
    return 1;
}

static void read_page(poshuk_job *job, FILE *in, const char *path, unsigned input) {
    const char *name = job->inputs[input];
    char *text = NULL;
    size_t len = 0;
    errno = 0;
    int got = slurp(job, in, input, &text, &len);
    job->counts.bytes_done = job->bytes_before += len;
    if (got < 0) {
        input_failed(job, name, "cannot read", errno);
        return;
    }
    job->counts.read++;
    if (got == 0) {
        reject(job);
        return;
    }
    /* --id is passed as it is, never cut to a buffer: the parser's check must see its real length. A
     * file's name fits (NAME_MAX is 255 bytes). */
    char from_path[POSHUK_ID_MAX + 64], message[512];
    const char *id = job->opts.page_id;
    if (id == NULL)
        id = poshuk_page_id_from_path(path, from_path, sizeof from_path);
    if (job->opts.page_date == 0 && !job->warned_no_date) {
        job->warned_no_date = 1;
        emit(job, POSHUK_JOB_EVENT_WARNING, "no --date given: the pages' articles have no date");
    }
    switch (poshuk_page_parse(job->page, text, len, id, job->opts.page_date, message, sizeof message)) {
    case POSHUK_PAGE_OK:
        add_article(job, poshuk_page_article(job->page), input, 1);
        break;
    case POSHUK_PAGE_REJECTED:
        emit(job, POSHUK_JOB_EVENT_REJECTED, "%s: %s", name, message);
        reject(job);
        break;
    case POSHUK_PAGE_NOMEM:
        input_failed(job, name, "cannot read", ENOMEM);
        break;
    }
    free(text);
    tick(job);
}

/* One id a line; blank lines are skipped, spaces around an id are not part of it. */
static void read_ids(poshuk_job *job, FILE *in, unsigned input) {
    const char *name = job->inputs[input];
    char *line = NULL;
    size_t cap = 0;
    unsigned long line_no = 0;
    ssize_t got;
    errno = 0;
    while (!job->stopped && (got = getline(&line, &cap, in)) >= 0) {
        line_no++;
        job->counts.bytes_done = (job->bytes_before += (unsigned long long)got);
        size_t len = (size_t)got;
        if (len > 0 && line[len - 1] == '\n')
            line[--len] = '\0';
        if (poshuk_input_trim(line, len) == 0)
            continue;
        poshuk_job_delete_id(job, line, name, line_no);
    }
    if (ferror(in))
        input_failed(job, name, "cannot read", errno ? errno : EIO);
    free(line);
}

void poshuk_job_input(poshuk_job *job, const char *path) {
    if (job->stopped)
        return;
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    int input = add_input(job, name);
    if (input < 0) {
        index_failed(job, "out of memory");
        return;
    }
    FILE *in = is_stdin ? stdin : fopen(path, "r");
    if (in == NULL) {
        input_failed(job, name, "cannot open", errno);
        return;
    }
    if (job->opts.kind == POSHUK_JOB_DELETE)
        read_ids(job, in, (unsigned)input);
    else if (job->opts.format == POSHUK_INPUT_PAGES)
        read_page(job, in, path, (unsigned)input);
    else
        read_jsonl(job, in, (unsigned)input);
    if (!is_stdin)
        fclose(in); /* read-only: nothing to lose on close */
}

/* ---------------------------------------------------------------- the end */

static void report_rejection(void *context, const char *text) {
    poshuk_job *job = context;
    emit(job, POSHUK_JOB_EVENT_REJECTED, "%s", text);
    reject(job);
}

/* A parallel build: the shards are finished and merged into the new index. */
static void merge_shards(poshuk_job *job) {
    char error[1024];
    unsigned long indexed = 0, commits = 0;
    int ok = poshuk_pool_finish(job->pool, report_rejection, job, &indexed, &commits, error, sizeof error);
    job->counts.indexed = indexed;
    job->counts.commits += commits;
    if (!ok) {
        index_failed(job, error);
        return;
    }
    if (job->stopped || indexed == 0) /* --strict, a failure while reading, or nothing to merge */
        return;
    double start = seconds_now();
    const unsigned n = poshuk_shards_count(job->shards);
    if (poshuk_writer_merge(job->writer, poshuk_shards_paths(job->shards), n) != POSHUK_OK)
        index_failed(job, poshuk_writer_error(job->writer));
    else
        emit(job, POSHUK_JOB_EVENT_INFO, "%u shards merged in %.2f s", n, seconds_now() - start);
}

poshuk_job_status poshuk_job_finish(poshuk_job *job) {
    if (job->pool != NULL) /* also after a stop: the shards' own failures and rejections are reported */
        merge_shards(job);
    drop_shards(job);
    if (job->stopped || job->writer == NULL)
        return job->status;
    if (job->building_new) {
        /* Nothing indexed: the empty index stays, as a job on one writer would leave it. */
        if (job->counts.indexed > 0 && poshuk_writer_publish(job->writer) != POSHUK_OK)
            index_failed(job, poshuk_writer_error(job->writer));
        return job->status;
    }
    if (!job->opts.rebuild) {
        commit(job);
        return job->status;
    }
    if (job->input_failed) {
        emit(job, POSHUK_JOB_EVENT_ERROR,
             "not all input could be read: the rebuilt index is not used; '%s' is left as it was",
             job->opts.index);
    } else if (job->counts.indexed == 0) {
        emit(job, POSHUK_JOB_EVENT_ERROR, "the rebuild indexed no articles: '%s' is left as it was",
             job->opts.index);
        fail(job, POSHUK_JOB_INPUT);
    } else if (poshuk_writer_publish(job->writer) != POSHUK_OK) {
        index_failed(job, poshuk_writer_error(job->writer));
    } else {
        job->counts.commits++; /* publishing commits the last changes */
        job->counts.published = 1;
    }
    return job->status;
}
