/* The writer as batch jobs use it: one writer at a time (a directory being created counts as an
 * index, waiting for the lock), new indexes appearing whole, full rebuilds with an atomic switch that
 * readers opened before it survive, and merging shards into a rebuild. Every test works in a
 * temporary directory of its own; child processes stand in for other jobs. */
#define _GNU_SOURCE /* F_OFD_SETLK */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "poshuk.h"
#include "tests/scratch_dir.h"

typedef scratch_index fixture;

static int setup(void **state) {
    return scratch_index_setup(state, "writer-jobs", "news");
}

static int teardown(void **state) {
    return scratch_index_teardown(state);
}

static void path_in(const fixture *f, const char *name, char out[PATH_MAX + 64]) {
    snprintf(out, PATH_MAX + 64, "%s/%s", f->dir, name);
}

static poshuk_article article(const char *id, const char *title) {
    return (poshuk_article){.id = id, .lang = "uk", .title = title, .body = ""};
}

/* Opens path for writing, adds articles with these ids (title "стаття ID"), commits, closes. */
static void write_ids(const char *path, const char *const *ids, size_t n) {
    poshuk_writer *w = NULL;
    if (poshuk_writer_open(path, &w) != POSHUK_OK)
        fail_msg("open %s: %s", path, poshuk_writer_error(w));
    for (size_t i = 0; i < n; i++) {
        char title[64];
        snprintf(title, sizeof title, "стаття %s", ids[i]);
        poshuk_article a = article(ids[i], title);
        assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    }
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
}
#define WRITE_IDS(path, ...)                                                                                 \
    write_ids((path), (const char *const[]){__VA_ARGS__},                                                    \
              sizeof((const char *const[]){__VA_ARGS__}) / sizeof(char *))

static void upsert_ok(poshuk_writer *w, const char *id) {
    poshuk_article a = article(id, id);
    if (poshuk_writer_upsert(w, &a) != POSHUK_OK)
        fail_msg("upsert %s: %s", id, poshuk_writer_error(w));
}

static poshuk_db *open_db(const char *path) {
    poshuk_db *db = NULL;
    if (poshuk_db_open(&path, 1, &db) != POSHUK_OK)
        fail_msg("open %s: %s", path, poshuk_db_error(db));
    return db;
}

/* The ids of every article, in id order, joined by spaces. */
static void ids_of(poshuk_db *db, char *out, size_t size) {
    poshuk_request req = {POSHUK_REQUEST_SIZE, .limit = 100};
    poshuk_results *r = NULL;
    if (poshuk_db_search(db, &req, &r) != POSHUK_OK)
        fail_msg("search: %s", poshuk_db_error(db));
    const char *ids[100];
    for (size_t i = 0; i < r->n_hits; i++)
        ids[i] = r->hits[i].id;
    for (size_t i = 1; i < r->n_hits; i++) /* insertion sort: a handful of ids */
        for (size_t j = i; j > 0 && strcmp(ids[j - 1], ids[j]) > 0; j--) {
            const char *t = ids[j];
            ids[j] = ids[j - 1], ids[j - 1] = t;
        }
    out[0] = '\0';
    for (size_t i = 0; i < r->n_hits; i++)
        snprintf(out + strlen(out), size - strlen(out), "%s%s", i ? " " : "", ids[i]);
    poshuk_results_free(r);
}
#define ASSERT_IDS(db, want)                                                                                 \
    do {                                                                                                     \
        char got_[512];                                                                                      \
        ids_of((db), got_, sizeof got_);                                                                     \
        assert_string_equal(got_, (want));                                                                   \
    } while (0)

/* The names in dir, sorted, joined by spaces. */
static void names_in(const char *dir, char *out, size_t size) {
    struct dirent **list;
    int n = scandir(dir, &list, NULL, alphasort);
    assert_true(n >= 0);
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (strcmp(list[i]->d_name, ".") != 0 && strcmp(list[i]->d_name, "..") != 0)
            snprintf(out + strlen(out), size - strlen(out), "%s%s", out[0] ? " " : "", list[i]->d_name);
        free(list[i]);
    }
    free(list);
}
#define ASSERT_NAMES(dir, want)                                                                              \
    do {                                                                                                     \
        char got_[1024];                                                                                     \
        names_in((dir), got_, sizeof got_);                                                                  \
        assert_string_equal(got_, (want));                                                                   \
    } while (0)

static void assert_link(const char *path, const char *want) {
    char target[PATH_MAX];
    ssize_t n = readlink(path, target, sizeof target - 1);
    if (n < 0)
        fail_msg("%s is not a symbolic link", path);
    target[n] = '\0';
    assert_string_equal(target, want);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A watch on dir for files opened in it: a writer's try at an index's lock opens its flintlock. So a
 * test knows that a waiting writer has found the index locked, rather than sleeping and hoping. */
static int watch_opens(const char *dir) {
    int fd = inotify_init1(IN_CLOEXEC);
    assert_true(fd >= 0);
    assert_true(inotify_add_watch(fd, dir, IN_OPEN) >= 0);
    return fd;
}

/* Returns when the watched directory's flintlock has been opened (by a writer trying its lock) since
 * the watch began or the last call; fails after 60 s without one. */
static void await_lock_try(int fd) {
    union {
        struct inotify_event event;
        char bytes[4096];
    } buf;
    for (;;) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 60000) != 1)
            fail_msg("no writer tried the index's lock");
        ssize_t n = read(fd, buf.bytes, sizeof buf.bytes);
        assert_true(n > 0);
        for (ssize_t at = 0; at < n;) {
            const struct inotify_event *e = (const struct inotify_event *)(buf.bytes + at);
            if (e->len > 0 && strcmp(e->name, "flintlock") == 0)
                return;
            at += (ssize_t)(sizeof *e + e->len);
        }
    }
}

/* Waits for a child and fails unless it exited with 0. */
static void reap(pid_t pid) {
    int status = 0;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail_msg("child %d failed (status 0x%x)", (int)pid, status);
}

/* ---------------------------------------------------------------- one writer */

/* The window the known issue was about: Xapian has made flintlock and holds the lock in it, but has
 * not written iamglass yet. A second writer must hear "locked", not "holds other files". */
static void test_directory_being_created_is_locked_not_foreign(void **state) {
    fixture *f = *state;
    assert_int_equal(mkdir(f->index, 0777), 0);
    char lock[PATH_MAX + 64];
    snprintf(lock, sizeof lock, "%s/flintlock", f->index);
    int fd = open(lock, O_RDWR | O_CREAT, 0666);
    assert_true(fd >= 0);
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
    assert_int_equal(fcntl(fd, F_OFD_SETLK, &fl), 0); /* the kind of lock Xapian takes */

    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_ERR_LOCKED);
    char want[PATH_MAX + 64];
    snprintf(want, sizeof want, "index '%s' is being written by another process", f->index);
    assert_string_equal(poshuk_writer_error(w), want);
    poshuk_writer_close(w);

    /* Once the lock is free the half-made directory is finished into an index. */
    close(fd);
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_OK);
    upsert_ok(w, "a1");
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
    poshuk_db *db = open_db(f->index);
    ASSERT_IDS(db, "a1");
    poshuk_db_close(db);
}

/* A creation killed after Xapian wrote its tables but before iamglass: a clear message. */
static void test_interrupted_creation_says_so(void **state) {
    fixture *f = *state;
    assert_int_equal(mkdir(f->index, 0777), 0);
    const char *names[] = {"flintlock", "postlist.glass", "termlist.glass"};
    for (size_t i = 0; i < 3; i++) {
        char p[PATH_MAX + 64];
        snprintf(p, sizeof p, "%s/%s", f->index, names[i]);
        close(open(p, O_WRONLY | O_CREAT, 0666));
    }
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_ERR_OPEN);
    char want[PATH_MAX + 128];
    snprintf(want, sizeof want,
             "'%s' holds an index whose creation was interrupted; remove the directory and run the job again",
             f->index);
    assert_string_equal(poshuk_writer_error(w), want);
    poshuk_writer_close(w);
}

/* A new index is made beside its path and renamed into place: nothing else is left behind. */
static void test_a_new_index_appears_whole(void **state) {
    fixture *f = *state;
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_OK);
    ASSERT_NAMES(f->dir, "news");
    /* It opens for readers at once, empty, while the writer still holds it. */
    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 0);
    poshuk_db_close(db);
    poshuk_writer_close(w);
    ASSERT_NAMES(f->dir, "news");
    struct stat st;
    assert_int_equal(lstat(f->index, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
}

static void test_wait_gives_up_after_its_time(void **state) {
    fixture *f = *state;
    poshuk_writer *first = NULL, *second = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &first), POSHUK_OK);
    poshuk_writer_options opts = {.wait_seconds = 0.3};
    double start = now();
    assert_int_equal(poshuk_writer_open_opts(f->index, &opts, &second), POSHUK_ERR_LOCKED);
    double waited = now() - start;
    assert_true(waited >= 0.3 && waited < 3);
    char want[PATH_MAX + 80];
    snprintf(want, sizeof want, "index '%s' is being written by another process (waited 0.3 s)", f->index);
    assert_string_equal(poshuk_writer_error(second), want);
    poshuk_writer_close(second);
    poshuk_writer_close(first);
}

/* A writer waiting with POSHUK_WAIT_FOREVER, on a thread of its own. */
typedef struct {
    const char *index;
    poshuk_status status;
    poshuk_writer *writer;
} waiter;

static void *wait_for_index(void *arg) {
    waiter *wt = arg;
    poshuk_writer_options opts = {.wait_seconds = POSHUK_WAIT_FOREVER};
    wt->status = poshuk_writer_open_opts(wt->index, &opts, &wt->writer);
    return NULL;
}

static void test_wait_gets_the_index_when_the_other_writer_ends(void **state) {
    fixture *f = *state;
    WRITE_IDS(f->index, "a1");
    int ready[2], go[2];
    assert_int_equal(pipe(ready), 0);
    assert_int_equal(pipe(go), 0);
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) { /* another job: holds the index until told, then adds a2 */
        poshuk_writer *w = NULL;
        if (poshuk_writer_open(f->index, &w) != POSHUK_OK)
            _exit(1);
        (void)!write(ready[1], "x", 1);
        char x;
        if (read(go[0], &x, 1) != 1)
            _exit(1);
        poshuk_article a = article("a2", "a2");
        int ok = poshuk_writer_upsert(w, &a) == POSHUK_OK && poshuk_writer_commit(w) == POSHUK_OK;
        poshuk_writer_close(w);
        _exit(ok ? 0 : 1);
    }
    char x;
    assert_int_equal(read(ready[0], &x, 1), 1);
    /* The waiter starts while the other job holds the index, and that job lets go only once the
     * waiter has tried the lock: the wait is exercised every time, whatever the machine's speed. */
    int watch = watch_opens(f->index);
    waiter wt = {.index = f->index};
    pthread_t thread;
    assert_int_equal(pthread_create(&thread, NULL, wait_for_index, &wt), 0);
    await_lock_try(watch);
    assert_int_equal(write(go[1], "x", 1), 1);
    assert_int_equal(pthread_join(thread, NULL), 0);
    close(watch);
    poshuk_writer *w = wt.writer;
    if (wt.status != POSHUK_OK)
        fail_msg("waiting open: %s", poshuk_writer_error(w));
    /* It sees what the other job committed after it began to wait, and adds to it. */
    assert_int_equal(poshuk_writer_doc_count(w), 2);
    upsert_ok(w, "a3");
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
    reap(child);
    poshuk_db *db = open_db(f->index);
    ASSERT_IDS(db, "a1 a2 a3");
    poshuk_db_close(db);
    close(ready[0]), close(ready[1]), close(go[0]), close(go[1]);
}

/* ---------------------------------------------------------------- rebuilds */

static poshuk_writer *open_rebuild(const char *path) {
    poshuk_writer_options opts = {.rebuild = 1};
    poshuk_writer *w = NULL;
    if (poshuk_writer_open_opts(path, &opts, &w) != POSHUK_OK)
        fail_msg("rebuild %s: %s", path, poshuk_writer_error(w));
    return w;
}

static void test_rebuild_switches_atomically_and_readers_survive_it(void **state) {
    fixture *f = *state;
    WRITE_IDS(f->index, "a1", "a2");
    poshuk_db *before = open_db(f->index);

    poshuk_writer *w = open_rebuild(f->index);
    upsert_ok(w, "b1");
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    /* Committed, but not live: readers, old and new, see the old index. */
    poshuk_db *during = open_db(f->index);
    ASSERT_IDS(during, "a1 a2");
    ASSERT_NAMES(f->dir, "news news.gen-1");
    /* No other writer while the rebuild runs: its upserts would be lost at the switch. */
    poshuk_writer *other = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &other), POSHUK_ERR_LOCKED);
    poshuk_writer_close(other);

    upsert_ok(w, "b2");
    assert_int_equal(poshuk_writer_publish(w), POSHUK_OK);
    /* The first switch of a plain directory: it becomes generation 0, path a link to generation 1. */
    ASSERT_NAMES(f->dir, "news news.gen-0 news.gen-1");
    assert_link(f->index, "news.gen-1");

    /* Readers opened before go on answering from the old index ... */
    ASSERT_IDS(before, "a1 a2");
    ASSERT_IDS(during, "a1 a2");
    /* ... and see the new one once they reopen, as a reader opened now does. */
    assert_int_equal(poshuk_db_reopen(before), POSHUK_OK);
    ASSERT_IDS(before, "b1 b2");
    poshuk_db *after = open_db(f->index);
    ASSERT_IDS(after, "b1 b2");

    /* After publishing, the writer is an ordinary writer of the new index. */
    upsert_ok(w, "b3");
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    assert_int_equal(poshuk_writer_publish(w), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w),
                        "only a rebuild writer can publish (and only until it is published)");
    poshuk_writer_close(w);
    assert_int_equal(poshuk_db_reopen(after), POSHUK_OK);
    ASSERT_IDS(after, "b1 b2 b3");

    /* The second rebuild replaces the link; generation 0, two switches old, is removed. */
    w = open_rebuild(f->index);
    upsert_ok(w, "c1");
    assert_int_equal(poshuk_writer_publish(w), POSHUK_OK);
    poshuk_writer_close(w);
    ASSERT_NAMES(f->dir, "news news.gen-1 news.gen-2");
    assert_link(f->index, "news.gen-2");
    ASSERT_IDS(after, "b1 b2 b3"); /* its files were not removed under it */
    assert_int_equal(poshuk_db_reopen(after), POSHUK_OK);
    ASSERT_IDS(after, "c1");
    /* A reader two switches behind moves straight to the live index. */
    assert_int_equal(poshuk_db_reopen(during), POSHUK_OK);
    ASSERT_IDS(during, "c1");

    /* Ordinary writers write through the link into the live generation. */
    WRITE_IDS(f->index, "c2");
    assert_int_equal(poshuk_db_reopen(after), POSHUK_OK);
    ASSERT_IDS(after, "c1 c2");
    poshuk_db_close(before);
    poshuk_db_close(during);
    poshuk_db_close(after);
}

static void test_rebuild_not_published_leaves_everything_as_it_was(void **state) {
    fixture *f = *state;
    WRITE_IDS(f->index, "a1");
    poshuk_writer *w = open_rebuild(f->index);
    upsert_ok(w, "b1");
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
    ASSERT_NAMES(f->dir, "news");
    poshuk_db *db = open_db(f->index);
    ASSERT_IDS(db, "a1");
    poshuk_db_close(db);
    /* And the lock is free again. */
    WRITE_IDS(f->index, "a2");
}

static void test_rebuild_of_a_missing_index(void **state) {
    fixture *f = *state;
    poshuk_writer *w = open_rebuild(f->index);
    /* Meanwhile readers find an empty index rather than none. */
    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 0);
    upsert_ok(w, "n1");
    assert_int_equal(poshuk_writer_publish(w), POSHUK_OK);
    poshuk_writer_close(w);
    assert_link(f->index, "news.gen-1");
    assert_int_equal(poshuk_db_reopen(db), POSHUK_OK);
    ASSERT_IDS(db, "n1");
    poshuk_db_close(db);
}

/* A crashed rebuild leaves an unpublished generation; the next rebuild's switch removes it. */
static void test_a_crashed_rebuild_is_cleaned_up_by_the_next(void **state) {
    fixture *f = *state;
    WRITE_IDS(f->index, "a1");
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        poshuk_writer_options opts = {.rebuild = 1};
        poshuk_writer *w = NULL;
        if (poshuk_writer_open_opts(f->index, &opts, &w) != POSHUK_OK)
            _exit(1);
        poshuk_article a = article("x1", "x1");
        poshuk_writer_upsert(w, &a);
        poshuk_writer_commit(w);
        _exit(0); /* dies without closing: like kill -9 */
    }
    reap(child);
    ASSERT_NAMES(f->dir, "news news.gen-1");
    poshuk_db *db = open_db(f->index);
    ASSERT_IDS(db, "a1");
    poshuk_db_close(db);

    poshuk_writer *w = open_rebuild(f->index);
    upsert_ok(w, "b1");
    assert_int_equal(poshuk_writer_publish(w), POSHUK_OK);
    poshuk_writer_close(w);
    ASSERT_NAMES(f->dir, "news news.gen-0 news.gen-2");
    assert_link(f->index, "news.gen-2");
}

/* A writer that waited for the old index's lock while a rebuild switched writes to the new index. */
static void test_a_writer_waiting_across_a_switch_writes_to_the_new_index(void **state) {
    fixture *f = *state;
    WRITE_IDS(f->index, "a1");
    /* The child is forked before the rebuild opens: a child forked later would share the parent's
     * open lock files, and an OFD lock lasts until every copy of its descriptor is closed. */
    int go[2];
    assert_int_equal(pipe(go), 0);
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        char x;
        if (read(go[0], &x, 1) != 1)
            _exit(1);
        poshuk_writer_options opts = {.wait_seconds = 20};
        poshuk_writer *late = NULL;
        if (poshuk_writer_open_opts(f->index, &opts, &late) != POSHUK_OK)
            _exit(1);
        poshuk_article a = article("late", "late");
        int ok = poshuk_writer_upsert(late, &a) == POSHUK_OK && poshuk_writer_commit(late) == POSHUK_OK;
        poshuk_writer_close(late);
        _exit(ok ? 0 : 1);
    }
    poshuk_writer *w = open_rebuild(f->index);
    upsert_ok(w, "b1");
    /* The child tries the old index's lock before the switch, and the new one's after it, while the
     * rebuild still holds both: it waits across the switch every time. */
    int watch = watch_opens(f->index);
    assert_int_equal(write(go[1], "x", 1), 1);
    await_lock_try(watch);
    close(watch);
    char live[PATH_MAX + 64];
    path_in(f, "news.gen-1", live);
    watch = watch_opens(live);
    assert_int_equal(poshuk_writer_publish(w), POSHUK_OK);
    assert_link(f->index, "news.gen-1");
    await_lock_try(watch);
    close(watch);
    poshuk_writer_close(w);
    reap(child);
    poshuk_db *db = open_db(f->index);
    ASSERT_IDS(db, "b1 late");
    poshuk_db_close(db);
    close(go[0]), close(go[1]);
}

/* The site's own link in front of the index: the switch happens where it leads, the link stays. */
static void test_rebuild_behind_a_link_of_the_site(void **state) {
    fixture *f = *state;
    char data[PATH_MAX + 64], real[PATH_MAX + 64], link[PATH_MAX + 64];
    path_in(f, "data", data);
    path_in(f, "data/news", real);
    path_in(f, "site-index", link);
    assert_int_equal(mkdir(data, 0777), 0);
    WRITE_IDS(real, "a1");
    assert_int_equal(symlink("data/news", link), 0);
    poshuk_writer *w = open_rebuild(link);
    upsert_ok(w, "b1");
    assert_int_equal(poshuk_writer_publish(w), POSHUK_OK);
    poshuk_writer_close(w);
    assert_link(link, "data/news");
    assert_link(real, "news.gen-1");
    ASSERT_NAMES(data, "news news.gen-0 news.gen-1");
    poshuk_db *db = open_db(link);
    ASSERT_IDS(db, "b1");
    poshuk_db_close(db);
}

static void test_rebuild_refuses_what_is_not_an_index_directory(void **state) {
    fixture *f = *state;
    char stub[PATH_MAX + 64], shard[PATH_MAX + 64];
    path_in(f, "shard", shard);
    WRITE_IDS(shard, "s1");
    path_in(f, "stub", stub);
    FILE *fp = fopen(stub, "w");
    fprintf(fp, "auto shard\n");
    fclose(fp);
    poshuk_writer_options opts = {.rebuild = 1};
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open_opts(stub, &opts, &w), POSHUK_ERR_OPEN);
    char want[PATH_MAX + 160];
    snprintf(want, sizeof want, "cannot rebuild '%s': it is not an index directory", stub);
    assert_string_equal(poshuk_writer_error(w), want);
    poshuk_writer_close(w);
}

/* ---------------------------------------------------------------- merging shards */

static void test_merge_fills_a_rebuild_from_shards(void **state) {
    fixture *f = *state;
    char s1[PATH_MAX + 64], s2[PATH_MAX + 64];
    path_in(f, "shard-1", s1);
    path_in(f, "shard-2", s2);
    WRITE_IDS(s1, "m1", "m3");
    WRITE_IDS(s2, "m2");
    WRITE_IDS(f->index, "old");

    poshuk_writer *plain = NULL;
    assert_int_equal(poshuk_writer_open(s1, &plain), POSHUK_OK);
    const char *shards[] = {s1, s2};
    assert_int_equal(poshuk_writer_merge(plain, shards, 2), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(plain),
                        "only a rebuild writer can merge shards (and only until it is published)");
    poshuk_writer_close(plain);

    poshuk_writer *w = open_rebuild(f->index);
    const char *bad[] = {s1, f->dir};
    assert_int_equal(poshuk_writer_merge(w, bad, 2), POSHUK_ERR_OPEN);
    char want[PATH_MAX + 64];
    snprintf(want, sizeof want, "'%s' is not a poshuk index", f->dir);
    assert_string_equal(poshuk_writer_error(w), want);
    assert_int_equal(poshuk_writer_merge(w, shards, 0), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w), "no shards given to merge");

    assert_int_equal(poshuk_writer_merge(w, shards, 2), POSHUK_OK);
    assert_int_equal(poshuk_writer_doc_count(w), 3);
    assert_int_equal(poshuk_writer_merge(w, shards, 2), POSHUK_ERR_INVALID);
    assert_string_equal(
        poshuk_writer_error(w),
        "the rebuilt index already holds articles; shards can only be merged into an empty one");
    /* Upserts after the merge replace by id as ever. */
    upsert_ok(w, "m2");
    assert_int_equal(poshuk_writer_doc_count(w), 3);
    assert_int_equal(poshuk_writer_publish(w), POSHUK_OK);
    poshuk_writer_close(w);
    poshuk_db *db = open_db(f->index);
    ASSERT_IDS(db, "m1 m2 m3");
    poshuk_db_close(db);
    /* The shards were only read. */
    db = open_db(s1);
    ASSERT_IDS(db, "m1 m3");
    poshuk_db_close(db);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_directory_being_created_is_locked_not_foreign, setup, teardown),
        cmocka_unit_test_setup_teardown(test_interrupted_creation_says_so, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_new_index_appears_whole, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wait_gives_up_after_its_time, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wait_gets_the_index_when_the_other_writer_ends, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rebuild_switches_atomically_and_readers_survive_it, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_rebuild_not_published_leaves_everything_as_it_was, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_rebuild_of_a_missing_index, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_crashed_rebuild_is_cleaned_up_by_the_next, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_writer_waiting_across_a_switch_writes_to_the_new_index, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_rebuild_behind_a_link_of_the_site, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rebuild_refuses_what_is_not_an_index_directory, setup, teardown),
        cmocka_unit_test_setup_teardown(test_merge_fills_a_rebuild_from_shards, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
