/* The pool of pool.h: a bounded queue per thread (a mutex and two condition variables), articles
 * copied into one block each, and the first failure of any shard kept for the job to report. */
#define _POSIX_C_SOURCE 200809L

#include "indexer/pool.h"
#include "indexer/crash.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Articles waiting per thread: enough to keep a thread busy while the reader parses, few enough that
 * memory stays small (an article can be megabytes). */
#define QUEUE_CAP 64

typedef struct {
    poshuk_article article; /* points into the block it lives in */
    char *where;
    unsigned long line;
    unsigned long long text; /* poshuk_budget_text of the article */
} item;

typedef struct {
    poshuk_pool *pool;
    poshuk_writer *writer;
    pthread_t thread;
    int started;
    pthread_mutex_t lock;
    pthread_cond_t not_empty, not_full;
    item *queue[QUEUE_CAP];
    size_t head, count;
    int closing; /* no more articles will come */
    unsigned long indexed, since_commit, commits;
    unsigned long long text_since_commit;
    char **rejections; /* "WHERE:LINE: MESSAGE" for the articles the writer refused */
    size_t n_rejections, cap_rejections;
    char *failure; /* set once: the shard cannot go on */
} worker;

struct poshuk_pool {
    worker *workers;
    unsigned n;
    poshuk_commit_rule rule;
    atomic_ulong submitted; /* articles handed to the threads: about the ids the job holds */
    atomic_int failed;      /* a hint for the reading thread; each worker's own failure is under its lock */
    unsigned long crash_after; /* the crash test's hook (crash.h), over the articles of every worker */
    atomic_ulong taken;
};

/* ---------------------------------------------------------------- copying an article */

static size_t str_size(const char *s) {
    return s ? strlen(s) + 1 : 0;
}

static char *put_str(char **cursor, const char *s) {
    if (s == NULL)
        return NULL;
    size_t n = strlen(s) + 1;
    char *out = memcpy(*cursor, s, n);
    *cursor += n;
    return out;
}

/* One block holding the item, the article's arrays and every string, so one free releases it. */
static item *copy_item(const poshuk_article *a, const char *where, unsigned long line) {
    size_t size = sizeof(item) + (a->n_tags + a->n_hromadas) * sizeof(char *);
    size += str_size(a->id) + str_size(a->lang) + str_size(a->title) + str_size(a->body) +
            str_size(a->oblast) + str_size(a->source) + str_size(a->url) + str_size(where);
    for (size_t i = 0; i < a->n_tags; i++)
        size += str_size(a->tags[i]);
    for (size_t i = 0; i < a->n_hromadas; i++)
        size += str_size(a->hromadas[i]);
    item *it = malloc(size);
    if (it == NULL)
        return NULL;
    const char **tags = (const char **)(it + 1), **hromadas = tags + a->n_tags;
    char *cursor = (char *)(hromadas + a->n_hromadas);
    poshuk_article *c = &it->article;
    *c = *a;
    c->id = put_str(&cursor, a->id);
    c->lang = put_str(&cursor, a->lang);
    c->title = put_str(&cursor, a->title);
    c->body = put_str(&cursor, a->body);
    c->oblast = put_str(&cursor, a->oblast);
    c->source = put_str(&cursor, a->source);
    c->url = put_str(&cursor, a->url);
    for (size_t i = 0; i < a->n_tags; i++)
        tags[i] = put_str(&cursor, a->tags[i]);
    for (size_t i = 0; i < a->n_hromadas; i++)
        hromadas[i] = put_str(&cursor, a->hromadas[i]);
    c->tags = a->n_tags ? tags : NULL;
    c->hromadas = a->n_hromadas ? hromadas : NULL;
    it->where = put_str(&cursor, where);
    it->line = line;
    it->text = poshuk_budget_text(a);
    return it;
}

/* ---------------------------------------------------------------- the threads */

static void note_failure(worker *w, const char *message) {
    /* Called with w->lock held. */
    if (w->failure == NULL)
        w->failure = strdup(message);
    atomic_store(&w->pool->failed, 1);
}

static void note_rejection(worker *w, const item *it, const char *message) {
    size_t n = strlen(it->where) + strlen(message) + 32;
    char *text = malloc(n);
    if (text == NULL ||
        (w->n_rejections == w->cap_rejections &&
         !(w->rejections =
               realloc(w->rejections, (w->cap_rejections = w->cap_rejections * 2 + 8) * sizeof(char *))))) {
        free(text);
        note_failure(w, "out of memory");
        return;
    }
    snprintf(text, n, "%s:%lu: %s", it->where, it->line, message);
    w->rejections[w->n_rejections++] = text;
}

/* Upserts one article; with the lock not held (the writer is the thread's own). */
static void index_item(worker *w, item *it) {
    poshuk_status status = poshuk_writer_upsert(w->writer, &it->article);
    pthread_mutex_lock(&w->lock);
    if (status == POSHUK_OK) {
        w->indexed++;
        w->since_commit++;
        w->text_since_commit += it->text;
    } else if (status == POSHUK_ERR_INVALID) {
        note_rejection(w, it, poshuk_writer_error(w->writer));
    } else {
        note_failure(w, poshuk_writer_error(w->writer));
    }
    int commit =
        w->failure == NULL && poshuk_budget_due(&w->pool->rule, w->since_commit, w->text_since_commit,
                                                atomic_load(&w->pool->submitted));
    pthread_mutex_unlock(&w->lock);
    if (commit) {
        status = poshuk_writer_commit(w->writer);
        pthread_mutex_lock(&w->lock);
        w->since_commit = 0;
        w->text_since_commit = 0;
        if (status != POSHUK_OK)
            note_failure(w, poshuk_writer_error(w->writer));
        else
            w->commits++; /* made, not tried: what -v reports */
        pthread_mutex_unlock(&w->lock);
    }
    if (w->pool->crash_after != 0)
        poshuk_crash_point(atomic_fetch_add(&w->pool->taken, 1) + 1, w->pool->crash_after);
}

static void *run(void *arg) {
    worker *w = arg;
    for (;;) {
        pthread_mutex_lock(&w->lock);
        while (w->count == 0 && !w->closing)
            pthread_cond_wait(&w->not_empty, &w->lock);
        if (w->count == 0) { /* closing and drained */
            pthread_mutex_unlock(&w->lock);
            break;
        }
        item *it = w->queue[w->head];
        w->head = (w->head + 1) % QUEUE_CAP;
        w->count--;
        int skip = w->failure != NULL;
        pthread_cond_signal(&w->not_full);
        pthread_mutex_unlock(&w->lock);
        if (!skip)
            index_item(w, it);
        free(it);
    }
    pthread_mutex_lock(&w->lock);
    int commit = w->failure == NULL;
    pthread_mutex_unlock(&w->lock);
    if (commit) {
        poshuk_status status = poshuk_writer_commit(w->writer);
        pthread_mutex_lock(&w->lock);
        if (status != POSHUK_OK)
            note_failure(w, poshuk_writer_error(w->writer));
        else
            w->commits++;
        pthread_mutex_unlock(&w->lock);
    }
    return NULL;
}

/* ---------------------------------------------------------------- the pool */

static void set_error(char *error, size_t size, const char *text) {
    if (size > 0)
        snprintf(error, size, "%s", text);
}

poshuk_pool *poshuk_pool_new(const char *const *shards, unsigned n, const poshuk_commit_rule *rule,
                             char *error, size_t size) {
    poshuk_pool *pool = calloc(1, sizeof *pool);
    worker *workers = calloc(n, sizeof *workers);
    if (pool == NULL || workers == NULL) {
        free(pool);
        free(workers);
        set_error(error, size, "out of memory");
        return NULL;
    }
    pool->workers = workers;
    pool->rule = *rule;
    pool->crash_after = poshuk_crash_after();
    for (unsigned i = 0; i < n; i++) {
        worker *w = &workers[i];
        w->pool = pool;
        pthread_mutex_init(&w->lock, NULL);
        pthread_cond_init(&w->not_empty, NULL);
        pthread_cond_init(&w->not_full, NULL);
        pool->n = i + 1; /* what poshuk_pool_free must undo */
        if (poshuk_writer_open(shards[i], &w->writer) != POSHUK_OK) {
            set_error(error, size, w->writer ? poshuk_writer_error(w->writer) : "out of memory");
            poshuk_pool_free(pool);
            return NULL;
        }
        if (pthread_create(&w->thread, NULL, run, w) != 0) {
            set_error(error, size, "cannot start a thread");
            poshuk_pool_free(pool);
            return NULL;
        }
        w->started = 1;
    }
    return pool;
}

static uint64_t hash_id(const char *id) {
    uint64_t h = 14695981039346656037ull;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        h = (h ^ *p) * 1099511628211ull;
    return h;
}

int poshuk_pool_submit(poshuk_pool *pool, const poshuk_article *article, const char *where,
                       unsigned long line) {
    if (atomic_load(&pool->failed))
        return 0;
    item *it = copy_item(article, where, line);
    if (it == NULL)
        return -1;
    worker *w = &pool->workers[hash_id(article->id) % pool->n];
    pthread_mutex_lock(&w->lock);
    while (w->count == QUEUE_CAP && w->failure == NULL)
        pthread_cond_wait(&w->not_full, &w->lock);
    int ok = w->failure == NULL;
    if (ok) {
        atomic_fetch_add(&pool->submitted, 1);
        w->queue[(w->head + w->count) % QUEUE_CAP] = it;
        w->count++;
        pthread_cond_signal(&w->not_empty);
    }
    pthread_mutex_unlock(&w->lock);
    if (!ok)
        free(it);
    return ok;
}

/* Tells every thread that nothing more comes, and waits for them. */
static void stop(poshuk_pool *pool) {
    for (unsigned i = 0; i < pool->n; i++) {
        worker *w = &pool->workers[i];
        pthread_mutex_lock(&w->lock);
        w->closing = 1;
        pthread_cond_signal(&w->not_empty);
        pthread_mutex_unlock(&w->lock);
    }
    for (unsigned i = 0; i < pool->n; i++) {
        worker *w = &pool->workers[i];
        if (w->started)
            pthread_join(w->thread, NULL);
        w->started = 0;
    }
}

int poshuk_pool_finish(poshuk_pool *pool, void (*reject)(void *context, const char *text), void *context,
                       unsigned long *indexed, unsigned long *commits, char *error, size_t size) {
    stop(pool);
    int ok = 1;
    *indexed = 0;
    *commits = 0;
    for (unsigned i = 0; i < pool->n; i++) {
        worker *w = &pool->workers[i];
        *indexed += w->indexed;
        *commits += w->commits;
        for (size_t r = 0; r < w->n_rejections; r++)
            reject(context, w->rejections[r]);
        if (w->failure != NULL && ok) {
            set_error(error, size, w->failure);
            ok = 0;
        }
    }
    return ok;
}

void poshuk_pool_free(poshuk_pool *pool) {
    if (pool == NULL)
        return;
    /* Failed or abandoned: nothing more is committed (the threads skip what is queued once failed). */
    atomic_store(&pool->failed, 1);
    for (unsigned i = 0; i < pool->n; i++) {
        worker *w = &pool->workers[i];
        pthread_mutex_lock(&w->lock);
        if (w->failure == NULL)
            w->failure = strdup("the build was abandoned");
        pthread_mutex_unlock(&w->lock);
    }
    stop(pool);
    for (unsigned i = 0; i < pool->n; i++) {
        worker *w = &pool->workers[i];
        poshuk_writer_close(w->writer);
        for (size_t r = 0; r < w->n_rejections; r++)
            free(w->rejections[r]);
        free(w->rejections);
        free(w->failure);
        pthread_mutex_destroy(&w->lock);
        pthread_cond_destroy(&w->not_empty);
        pthread_cond_destroy(&w->not_full);
    }
    free(pool->workers);
    free(pool);
}
