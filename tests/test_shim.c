/* The Xapian shim through the public API: writing (upsert, replace, delete, commit semantics, locking,
 * opening errors, id limits), searching (text, fields, filters, dates, empty query order, paging),
 * exact facets, and shards searched as one. Every test works in its own temporary directory. */
#define _XOPEN_SOURCE 700

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "poshuk.h"
#include "tests/scratch_dir.h"
#include "syntax/syntax.h"
#include "xapian/shim_test.h"

/* ---------------------------------------------------------------- the test articles */

typedef struct {
    const char *id, *lang, *title, *body;
    const char *tags[3];
    const char *oblast;
    const char *hromadas[3];
    const char *source;
    int32_t date;
    const char *url;
} test_article;

/* Eight articles whose facets are counted by hand in test_facets_are_exact. */
static const test_article corpus[] = {
    {"a1",
     "uk",
     "Бюджет громади на 2025 рік",
     "Депутати ухвалили бюджет громади.",
     {"Бюджет", "Громади"},
     "Харківська область",
     {"Харківська громада"},
     "Суспільне",
     20250703,
     "https://example.org/a1"},
    {"a2",
     "uk",
     "Ремонт школи у Дергачах",
     "Школу відремонтували до вересня.",
     {"Освіта"},
     "Харківська область",
     {"Дергачівська громада"},
     NULL,
     20250715,
     NULL},
    {"a3",
     "uk",
     "Нова амбулаторія",
     "У селі відкрили амбулаторію.",
     {"Медицина", "Громади"},
     "Львівська область",
     {"Жовківська громада", "Львівська громада"},
     NULL,
     20250520,
     NULL},
    {"a4",
     "en",
     "Budget hearings in Lviv",
     "The council discussed the budget.",
     {"Бюджет"},
     "Львівська область",
     {"Львівська громада"},
     NULL,
     20241201,
     NULL},
    {"a5",
     "en",
     "School repairs finished",
     "Repairs of the school finished early.",
     {"Освіта", "Бюджет"},
     "Київська область",
     {NULL},
     NULL,
     20241215,
     NULL},
    {"a6",
     "uk",
     "Вибори старост",
     "Громада обрала старост.",
     {"Громади"},
     "Харківська область",
     {"Харківська громада"},
     NULL,
     20250101,
     NULL},
    {"a7", "uk", "Без дати", "Стаття без дати про бюджет.", {NULL}, NULL, {NULL}, NULL, 0, NULL},
    {"a8",
     "en",
     "Hospital opens",
     "A new hospital opened.",
     {"Медицина"},
     "Київська область",
     {NULL},
     NULL,
     20230310,
     NULL},
};
#define CORPUS_SIZE (sizeof corpus / sizeof corpus[0])

static size_t count_set(const char *const *items, size_t cap) {
    size_t n = 0;
    while (n < cap && items[n])
        n++;
    return n;
}

static poshuk_article to_article(const test_article *t) {
    poshuk_article a = {
        .id = t->id,
        .lang = t->lang,
        .title = t->title,
        .body = t->body,
        .tags = t->tags,
        .n_tags = count_set(t->tags, 3),
        .oblast = t->oblast,
        .hromadas = t->hromadas,
        .n_hromadas = count_set(t->hromadas, 3),
        .source = t->source,
        .date = t->date,
        .url = t->url,
    };
    return a;
}

/* ---------------------------------------------------------------- helpers */

typedef scratch_index fixture; /* index: dir/index, the usual index path */

static int setup(void **state) {
    return scratch_index_setup(state, "shim", "index");
}

static int teardown(void **state) {
    return scratch_index_teardown(state);
}

static void sub_path(const fixture *f, const char *name, char *out) {
    snprintf(out, PATH_MAX, "%s/%s", f->dir, name);
}

static void write_articles(const char *path, const test_article *arts, size_t n) {
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(path, &w), POSHUK_OK);
    for (size_t i = 0; i < n; i++) {
        poshuk_article a = to_article(&arts[i]);
        if (poshuk_writer_upsert(w, &a) != POSHUK_OK)
            fail_msg("upsert %s: %s", arts[i].id, poshuk_writer_error(w));
    }
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
}

static poshuk_db *open_db(const char *path) {
    poshuk_db *db = NULL;
    if (poshuk_db_open(&path, 1, &db) != POSHUK_OK)
        fail_msg("open %s: %s", path, poshuk_db_error(db));
    return db;
}

static poshuk_results *run(poshuk_db *db, const poshuk_request *req) {
    poshuk_results *r = NULL;
    if (poshuk_db_search(db, req, &r) != POSHUK_OK)
        fail_msg("search '%s': %s", req->query ? req->query : "", poshuk_db_error(db));
    return r;
}

/* Every hit of a query with all facets off and a limit large enough for the corpus. */
static poshuk_results *query_all(poshuk_db *db, const char *query) {
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = query, .limit = 100};
    return run(db, &req);
}

static void assert_ids(const poshuk_results *r, const char *const *ids, size_t n) {
    if (r->n_hits != n)
        fail_msg("%zu hits, expected %zu (first: %s)", r->n_hits, n, r->n_hits ? r->hits[0].id : "-");
    for (size_t i = 0; i < n; i++)
        assert_string_equal(r->hits[i].id, ids[i]);
}
#define ASSERT_IDS(r, ...)                                                                                   \
    assert_ids((r), (const char *const[]){__VA_ARGS__},                                                      \
               sizeof((const char *const[]){__VA_ARGS__}) / sizeof(char *))
#define ASSERT_NO_HITS(r) assert_int_equal((r)->n_hits, 0)

typedef struct {
    const char *value;
    uint64_t count;
} facet_value;

static void assert_facet(const poshuk_results *r, poshuk_facet_kind kind, const facet_value *want, size_t n) {
    const poshuk_facet *f = &r->facets[kind];
    assert_int_equal(f->kind, kind);
    assert_int_equal(f->counted, 1);
    if (f->n_values != n)
        fail_msg("facet %s: %zu values, expected %zu", poshuk_facet_name(kind), f->n_values, n);
    for (size_t i = 0; i < n; i++) {
        assert_string_equal(f->values[i].value, want[i].value);
        if (f->values[i].count != want[i].count)
            fail_msg("facet %s value %s: count %llu, expected %llu", poshuk_facet_name(kind), want[i].value,
                     (unsigned long long)f->values[i].count, (unsigned long long)want[i].count);
    }
}
#define ASSERT_FACET(r, kind, ...)                                                                           \
    assert_facet((r), (kind), (const facet_value[]){__VA_ARGS__},                                            \
                 sizeof((const facet_value[]){__VA_ARGS__}) / sizeof(facet_value))

/* ---------------------------------------------------------------- writing */

static void test_upsert_then_search_finds_it(void **state) {
    fixture *f = *state;
    write_articles(f->index, &corpus[0], 1);
    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 1);
    poshuk_results *r = query_all(db, "бюджет");
    assert_int_equal(r->total, 1);
    ASSERT_IDS(r, "a1");
    assert_int_equal(r->hits[0].rank, 1);
    assert_true(r->hits[0].score > 0);
    poshuk_results_free(r);
    poshuk_db_close(db);
}

static void test_hit_carries_the_article_fields(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, CORPUS_SIZE);
    poshuk_db *db = open_db(f->index);
    poshuk_results *r = query_all(db, "бюджет громади ухвалили");
    ASSERT_IDS(r, "a1");
    const poshuk_hit *h = &r->hits[0];
    assert_string_equal(h->title, "Бюджет громади на 2025 рік");
    assert_string_equal(h->url, "https://example.org/a1");
    assert_string_equal(h->lang, "uk");
    assert_int_equal(h->date, 20250703);
    assert_int_equal(h->n_tags, 2);
    assert_string_equal(h->tags[0], "Бюджет");
    assert_string_equal(h->tags[1], "Громади");
    assert_string_equal(h->oblast, "Харківська область");
    assert_int_equal(h->n_hromadas, 1);
    assert_string_equal(h->hromadas[0], "Харківська громада");
    assert_string_equal(h->source, "Суспільне");
    poshuk_results_free(r);

    /* Absent optional fields come back NULL, absent lists empty. */
    r = query_all(db, "стаття");
    ASSERT_IDS(r, "a7");
    h = &r->hits[0];
    assert_string_equal(h->title, "Без дати");
    assert_null(h->url);
    assert_null(h->oblast);
    assert_null(h->source);
    assert_int_equal(h->date, 0);
    assert_int_equal(h->n_tags, 0);
    assert_null(h->tags);
    assert_int_equal(h->n_hromadas, 0);
    poshuk_results_free(r);
    poshuk_db_close(db);
}

static void test_upsert_same_id_replaces(void **state) {
    fixture *f = *state;
    test_article old = {.id = "x1", .lang = "uk", .title = "Старий заголовок", .body = "Текст."};
    test_article new = {.id = "x1", .lang = "uk", .title = "Новий заголовок", .body = "Текст."};
    write_articles(f->index, &old, 1);
    write_articles(f->index, &new, 1);
    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 1);
    poshuk_results *r = query_all(db, "новий");
    ASSERT_IDS(r, "x1");
    assert_string_equal(r->hits[0].title, "Новий заголовок");
    poshuk_results_free(r);
    r = query_all(db, "старий");
    assert_int_equal(r->total, 0);
    ASSERT_NO_HITS(r);
    poshuk_results_free(r);
    poshuk_db_close(db);
}

/* A writer of a new index adds an id it has not been given without a look-up; one given again (also
 * after a delete) must still replace it. */
static void test_new_index_writer_repeats_and_deletes(void **state) {
    fixture *f = *state;
    test_article v1 = {.id = "x1", .lang = "uk", .title = "Старий заголовок", .body = "Текст."};
    test_article v2 = {.id = "x1", .lang = "uk", .title = "Новий заголовок", .body = "Текст."};
    test_article other = {.id = "x2", .lang = "uk", .title = "Інша новина", .body = "Текст."};
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_OK);
    poshuk_article a = to_article(&v1);
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    a = to_article(&other);
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    a = to_article(&v2);
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    assert_int_equal(poshuk_writer_doc_count(w), 2);
    assert_int_equal(poshuk_writer_delete(w, "x2"), POSHUK_OK);
    a = to_article(&other);
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 2);
    poshuk_results *r = query_all(db, "заголовок");
    ASSERT_IDS(r, "x1");
    assert_string_equal(r->hits[0].title, "Новий заголовок");
    poshuk_results_free(r);
    r = query_all(db, "новина");
    ASSERT_IDS(r, "x2");
    poshuk_results_free(r);
    poshuk_db_close(db);
}

/* build_new on a missing path: an empty index there, locked, while the new one is built beside it;
 * then the new one in its place, a plain directory, nothing left beside it, and the writer closed. */
static void test_build_new_puts_the_index_in_place(void **state) {
    fixture *f = *state;
    poshuk_writer_options o = {.build_new = 1};
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open_opts(f->index, &o, &w), POSHUK_OK);
    assert_int_equal(poshuk_writer_doc_count(w), 0);
    for (size_t i = 0; i < 3; i++) {
        poshuk_article a = to_article(&corpus[i]);
        assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    }
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_db *reader = open_db(f->index); /* open across the exchange, as a site's search would be */
    assert_int_equal(poshuk_db_doc_count(reader), 0); /* committed into the new index, not published */
    poshuk_writer *second = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &second), POSHUK_ERR_LOCKED);
    poshuk_writer_close(second);

    assert_int_equal(poshuk_writer_publish(w), POSHUK_OK);
    struct stat st;
    assert_int_equal(lstat(f->index, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    char gen[PATH_MAX];
    sub_path(f, "index.gen-1", gen);
    assert_int_equal(lstat(gen, &st), -1);
    poshuk_article a = to_article(&corpus[3]);
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w), "the index writer is closed (it published the new index)");
    poshuk_writer_close(w);
    /* The path's name is the same before and after: reopening must still notice the new directory. */
    assert_int_equal(poshuk_db_reopen(reader), POSHUK_OK);
    assert_int_equal(poshuk_db_doc_count(reader), 3);
    poshuk_db_close(reader);
    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 3);
    poshuk_db_close(db);
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_OK); /* the lock is free */
    poshuk_writer_close(w);
}

/* build_new filled by merging shards, as poshuk-index does; closing without publishing leaves the
 * empty index. */
static void test_build_new_merges_shards(void **state) {
    fixture *f = *state;
    char one[PATH_MAX], two[PATH_MAX];
    sub_path(f, "s1", one);
    sub_path(f, "s2", two);
    write_articles(one, corpus, 2);
    write_articles(two, corpus + 2, 3);
    const char *shards[] = {one, two};
    poshuk_writer_options o = {.build_new = 1};
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open_opts(f->index, &o, &w), POSHUK_OK);
    assert_int_equal(poshuk_writer_merge(w, shards, 2), POSHUK_OK);
    poshuk_writer_close(w); /* not published */
    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 0);
    poshuk_db_close(db);
    assert_int_equal(poshuk_writer_open_opts(f->index, &o, &w), POSHUK_OK);
    assert_int_equal(poshuk_writer_merge(w, shards, 2), POSHUK_OK);
    assert_int_equal(poshuk_writer_publish(w), POSHUK_OK);
    poshuk_writer_close(w);
    db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 5);
    poshuk_results *r = query_all(db, "school");
    ASSERT_IDS(r, "a5");
    poshuk_results_free(r);
    poshuk_db_close(db);
}

/* build_new on an index that holds articles: an ordinary writer, an update. */
static void test_build_new_on_articles_is_an_update(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, 1);
    poshuk_writer_options o = {.build_new = 1};
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open_opts(f->index, &o, &w), POSHUK_OK);
    assert_int_equal(poshuk_writer_doc_count(w), 1);
    poshuk_article a = to_article(&corpus[1]);
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    assert_int_equal(poshuk_writer_publish(w), POSHUK_ERR_INVALID);
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 2);
    poshuk_db_close(db);
}

static void test_delete_removes_and_missing_id_is_not_found(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, 2);
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_OK);
    assert_int_equal(poshuk_writer_delete(w, "a1"), POSHUK_OK);
    assert_string_equal(poshuk_writer_error(w), "");
    assert_int_equal(poshuk_writer_doc_count(w), 1);
    /* Deleted a moment ago, not committed yet: already gone for this writer. */
    assert_int_equal(poshuk_writer_delete(w, "a1"), POSHUK_ERR_NOT_FOUND);
    assert_string_equal(poshuk_writer_error(w), "no article with id 'a1'");
    assert_int_equal(poshuk_writer_delete(w, "nope"), POSHUK_ERR_NOT_FOUND);
    assert_string_equal(poshuk_writer_error(w), "no article with id 'nope'");
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);

    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 1);
    poshuk_results *r = query_all(db, "бюджет");
    ASSERT_NO_HITS(r);
    poshuk_results_free(r);
    r = query_all(db, "школи");
    ASSERT_IDS(r, "a2");
    poshuk_results_free(r);
    poshuk_db_close(db);
}

static void test_close_without_commit_discards_and_commit_keeps(void **state) {
    fixture *f = *state;
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_OK);
    poshuk_article a1 = to_article(&corpus[0]), a2 = to_article(&corpus[1]), a3 = to_article(&corpus[2]);
    assert_int_equal(poshuk_writer_upsert(w, &a1), POSHUK_OK);
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    assert_int_equal(poshuk_writer_upsert(w, &a2), POSHUK_OK);
    assert_int_equal(poshuk_writer_upsert(w, &a3), POSHUK_OK);
    assert_int_equal(poshuk_writer_doc_count(w), 3); /* the writer sees its own changes */

    /* A reader sees only what was committed. */
    poshuk_db *db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 1);
    poshuk_db_close(db);

    poshuk_writer_close(w);
    db = open_db(f->index);
    assert_int_equal(poshuk_db_doc_count(db), 1);
    poshuk_results *r = query_all(db, "");
    ASSERT_IDS(r, "a1");
    poshuk_results_free(r);
    poshuk_db_close(db);

    /* And the writer that comes next starts from the last commit. */
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_OK);
    assert_int_equal(poshuk_writer_doc_count(w), 1);
    poshuk_writer_close(w);
}

static void test_second_writer_is_locked(void **state) {
    fixture *f = *state;
    poshuk_writer *first = NULL, *second = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &first), POSHUK_OK);
    assert_int_equal(poshuk_writer_open(f->index, &second), POSHUK_ERR_LOCKED);
    assert_non_null(second);
    char want[PATH_MAX + 64];
    snprintf(want, sizeof want, "index '%s' is being written by another process", f->index);
    assert_string_equal(poshuk_writer_error(second), want);
    /* A writer that did not open refuses work instead of crashing. */
    poshuk_article a = to_article(&corpus[0]);
    assert_int_equal(poshuk_writer_upsert(second, &a), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(second), "the index writer is not open (opening it failed)");
    assert_int_equal(poshuk_writer_doc_count(second), 0);
    poshuk_writer_close(second);
    poshuk_writer_close(first);

    /* Closing the first releases the lock. */
    assert_int_equal(poshuk_writer_open(f->index, &second), POSHUK_OK);
    poshuk_writer_close(second);
}

static void test_writer_creates_missing_directories(void **state) {
    fixture *f = *state;
    char path[PATH_MAX];
    sub_path(f, "a/b/c", path);
    write_articles(path, corpus, 1);
    poshuk_db *db = open_db(path);
    assert_int_equal(poshuk_db_doc_count(db), 1);
    poshuk_db_close(db);
}

static void test_writer_refuses_a_directory_of_other_files(void **state) {
    fixture *f = *state;
    char path[PATH_MAX], file[PATH_MAX + 16];
    sub_path(f, "notes", path);
    mkdir(path, 0777);
    snprintf(file, sizeof file, "%s/todo.txt", path);
    FILE *fp = fopen(file, "w");
    assert_non_null(fp);
    fclose(fp);

    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(path, &w), POSHUK_ERR_OPEN);
    char want[PATH_MAX + 64];
    snprintf(want, sizeof want, "'%s' is not a poshuk index (it holds other files)", path);
    assert_string_equal(poshuk_writer_error(w), want);
    poshuk_writer_close(w);
    /* Nothing of Xapian's was left there. */
    char marker[PATH_MAX + 16];
    snprintf(marker, sizeof marker, "%s/iamglass", path);
    assert_int_equal(access(marker, F_OK), -1);
}

static void test_writer_reports_a_parent_it_cannot_create(void **state) {
    fixture *f = *state;
    char file[PATH_MAX], path[PATH_MAX + 16];
    sub_path(f, "plain", file);
    FILE *fp = fopen(file, "w");
    assert_non_null(fp);
    fclose(fp);
    snprintf(path, sizeof path, "%s/sub/index", file);

    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(path, &w), POSHUK_ERR_OPEN);
    char want[PATH_MAX + 80];
    snprintf(want, sizeof want, "cannot create index directory '%s' (Not a directory)", path);
    assert_string_equal(poshuk_writer_error(w), want);
    poshuk_writer_close(w);
}

static void test_db_open_errors(void **state) {
    fixture *f = *state;
    char missing[PATH_MAX], empty[PATH_MAX], want[PATH_MAX + 64];
    sub_path(f, "missing", missing);
    sub_path(f, "empty", empty);
    mkdir(empty, 0777);

    poshuk_db *db = NULL;
    const char *p = missing;
    assert_int_equal(poshuk_db_open(&p, 1, &db), POSHUK_ERR_OPEN);
    snprintf(want, sizeof want, "no index at '%s' (No such file or directory)", missing);
    assert_string_equal(poshuk_db_error(db), want);
    /* A handle that did not open refuses to search. */
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = "x"};
    poshuk_results *r = NULL;
    assert_int_equal(poshuk_db_search(db, &req, &r), POSHUK_ERR_INVALID);
    assert_null(r);
    assert_int_equal(poshuk_db_doc_count(db), 0);
    poshuk_db_close(db);

    p = empty;
    assert_int_equal(poshuk_db_open(&p, 1, &db), POSHUK_ERR_OPEN);
    snprintf(want, sizeof want, "'%s' is not a poshuk index", empty);
    assert_string_equal(poshuk_db_error(db), want);
    poshuk_db_close(db);

    /* One bad shard among good ones fails the whole open, naming the bad one. */
    write_articles(f->index, corpus, 1);
    const char *both[] = {f->index, missing};
    assert_int_equal(poshuk_db_open(both, 2, &db), POSHUK_ERR_OPEN);
    snprintf(want, sizeof want, "no index at '%s' (No such file or directory)", missing);
    assert_string_equal(poshuk_db_error(db), want);
    poshuk_db_close(db);

    assert_int_equal(poshuk_db_open(both, 0, &db), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_db_error(db), "no index path given");
    poshuk_db_close(db);
}

static void test_invalid_articles(void **state) {
    fixture *f = *state;
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_OK);

    char id[POSHUK_ID_MAX + 2];
    memset(id, 'x', sizeof id - 1);
    id[sizeof id - 1] = '\0'; /* 241 bytes */
    test_article t = {.id = id, .lang = "uk", .title = "Заголовок"};
    poshuk_article a = to_article(&t);
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w), "article id is 241 bytes long; at most 240 are allowed");
    assert_int_equal(poshuk_writer_delete(w, id), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w), "article id is 241 bytes long; at most 240 are allowed");

    id[POSHUK_ID_MAX] = '\0'; /* 240 bytes: the longest allowed */
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    assert_string_equal(poshuk_writer_error(w), "");

    a.id = "";
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w), "article id is empty");
    a.id = NULL;
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w), "article id is empty");

    a.id = "t1";
    a.title = "";
    a.body = NULL;
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w), "article 't1' has neither a title nor a body");

    a.body = "Текст.";
    a.date = 20250230;
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w),
                        "article 't1' has an invalid date 20250230 (expected YYYYMMDD)");
    a.date = 20240229; /* a leap day */
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);

    assert_int_equal(poshuk_writer_upsert(w, NULL), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w), "no article given");
    assert_int_equal(poshuk_writer_doc_count(w), 2);
    poshuk_writer_close(w);
}

static void test_long_tag_is_indexed_and_found(void **state) {
    fixture *f = *state;
    /* 400 bytes, Cyrillic: 200 two-byte letters. Two such tags share their first 300 bytes. */
    char tag_a[402], tag_b[402];
    for (int i = 0; i < 199; i++)
        memcpy(tag_a + 2 * i, "ж", 2);
    memcpy(tag_b, tag_a, 398);
    memcpy(tag_a + 398, "а", 3);
    memcpy(tag_b + 398, "б", 3);
    test_article arts[] = {
        {.id = "long-a", .lang = "uk", .title = "Перша", .tags = {tag_a}},
        {.id = "long-b", .lang = "uk", .title = "Друга", .tags = {tag_b}},
    };
    write_articles(f->index, arts, 2);
    poshuk_db *db = open_db(f->index);

    const char *filter[] = {tag_a};
    poshuk_request req = {POSHUK_REQUEST_SIZE, .tags = filter, .n_tags = 1, .limit = 10,
                          .facets = 1u << POSHUK_FACET_TAG};
    poshuk_results *r = run(db, &req);
    assert_int_equal(r->total, 1);
    ASSERT_IDS(r, "long-a");
    assert_int_equal(strlen(r->hits[0].tags[0]), 400);
    assert_string_equal(r->hits[0].tags[0], tag_a);
    assert_int_equal(r->facets[POSHUK_FACET_TAG].n_values, 1);
    assert_string_equal(r->facets[POSHUK_FACET_TAG].values[0].value, tag_a);
    poshuk_results_free(r);

    /* The same filter written in the query syntax. */
    char query[420];
    snprintf(query, sizeof query, "tag:\"%s\"", tag_b);
    r = query_all(db, query);
    ASSERT_IDS(r, "long-b");
    poshuk_results_free(r);
    poshuk_db_close(db);
}

static void test_reopen_sees_a_new_commit(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, 1);
    poshuk_db *db = open_db(f->index);
    write_articles(f->index, &corpus[1], 1);
    assert_int_equal(poshuk_db_doc_count(db), 1);
    assert_int_equal(poshuk_db_reopen(db), POSHUK_OK);
    assert_int_equal(poshuk_db_doc_count(db), 2);
    poshuk_db_close(db);
}

/* ---------------------------------------------------------------- searching */

static void test_title_words_rank_above_body_words(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, CORPUS_SIZE);
    poshuk_db *db = open_db(f->index);
    /* a1 has the word in its title and body, a7 only in its body; a4's English "budget" is not it. */
    poshuk_results *r = query_all(db, "бюджет");
    assert_int_equal(r->total, 2);
    ASSERT_IDS(r, "a1", "a7");
    assert_int_equal(r->hits[1].rank, 2);
    assert_true(r->hits[0].score > r->hits[1].score);
    poshuk_results_free(r);

    /* English words meet their stems: "repairs" in the query, "Repairs" in a5. */
    r = query_all(db, "repair");
    ASSERT_IDS(r, "a5");
    poshuk_results_free(r);
    /* Every word must match (default AND). */
    r = query_all(db, "school hospital");
    ASSERT_NO_HITS(r);
    poshuk_results_free(r);
    r = query_all(db, "school OR hospital");
    assert_int_equal(r->total, 2);
    poshuk_results_free(r);
    poshuk_db_close(db);
}

static void test_query_fields(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, CORPUS_SIZE);
    poshuk_db *db = open_db(f->index);
    poshuk_results *r;

    r = query_all(db, "title:бюджет");
    ASSERT_IDS(r, "a1");
    poshuk_results_free(r);
    r = query_all(db, "\"new hospital\"");
    ASSERT_IDS(r, "a8");
    poshuk_results_free(r);
    r = query_all(db, "\"hospital new\"");
    ASSERT_NO_HITS(r);
    poshuk_results_free(r);

    /* Filter fields: quoted values, any case of the field name and the value. */
    r = query_all(db, "oblast:\"харківська область\"");
    ASSERT_IDS(r, "a2", "a1", "a6"); /* filters only: every score 0, newest first */
    poshuk_results_free(r);
    r = query_all(db, "OBLAST:\"Харківська Область\"");
    assert_int_equal(r->total, 3);
    poshuk_results_free(r);
    r = query_all(db, "Oblast:\"ХАРКІВСЬКА  ОБЛАСТЬ\" школи");
    ASSERT_IDS(r, "a2");
    poshuk_results_free(r);
    /* Two oblasts: either; two tags: both. */
    r = query_all(db, "oblast:\"Львівська область\" oblast:\"Київська область\"");
    assert_int_equal(r->total, 4);
    poshuk_results_free(r);
    r = query_all(db, "tag:бюджет tag:громади");
    ASSERT_IDS(r, "a1");
    poshuk_results_free(r);
    r = query_all(db, "hromada:\"львівська громада\" lang:en");
    ASSERT_IDS(r, "a4");
    poshuk_results_free(r);
    r = query_all(db, "source:суспільне");
    ASSERT_IDS(r, "a1");
    poshuk_results_free(r);
    r = query_all(db, "бюджет NOT tag:громади");
    ASSERT_IDS(r, "a7");
    poshuk_results_free(r);
    poshuk_db_close(db);
}

static void test_filters(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, CORPUS_SIZE);
    poshuk_db *db = open_db(f->index);
    poshuk_results *r;

    const char *budget[] = {"бюджет"}, *budget_and_hromady[] = {"БЮДЖЕТ", "Громади"};
    poshuk_request req = {POSHUK_REQUEST_SIZE, .tags = budget, .n_tags = 1, .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a1", "a5", "a4"); /* no words: newest first */
    poshuk_results_free(r);
    req.tags = budget_and_hromady;
    req.n_tags = 2;
    r = run(db, &req);
    ASSERT_IDS(r, "a1");
    poshuk_results_free(r);

    const char *two_oblasts[] = {"харківська область", "КИЇВСЬКА ОБЛАСТЬ"};
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .oblasts = two_oblasts, .n_oblasts = 2, .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a2", "a1", "a6", "a5", "a8");
    poshuk_results_free(r);

    const char *lviv[] = {"Львівська громада"};
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .hromadas = lviv, .n_hromadas = 1, .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a3", "a4");
    poshuk_results_free(r);

    const char *en[] = {"en"};
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .langs = en, .n_langs = 1, .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a5", "a4", "a8");
    poshuk_results_free(r);

    /* Kinds narrow each other. */
    const char *kharkiv[] = {"Харківська область"}, *hromady[] = {"громади"}, *uk[] = {"uk"};
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .oblasts = kharkiv, .n_oblasts = 1,
                           .tags = hromady,     .n_tags = 1,        .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a1", "a6");
    poshuk_results_free(r);
    req.langs = en;
    req.n_langs = 1;
    r = run(db, &req);
    ASSERT_NO_HITS(r);
    poshuk_results_free(r);
    req.langs = uk;
    req.query = "громади";
    r = run(db, &req);
    assert_int_equal(r->total, 2);
    poshuk_results_free(r);

    /* Dates: both ends inclusive; undated articles are outside every range. */
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .date_from = 20250520, .date_to = 20250703, .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a1", "a3");
    poshuk_results_free(r);
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .date_from = 20250703, .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a2", "a1");
    poshuk_results_free(r);
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .date_to = 20241215, .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a5", "a4", "a8");
    poshuk_results_free(r);
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .query = "бюджет", .date_from = 20250101, .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a1");
    poshuk_results_free(r);

    /* Filters choose, they do not score: the same words score the same with and without them. */
    r = query_all(db, "бюджет");
    double unfiltered = r->hits[0].score;
    poshuk_results_free(r);
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .query = "бюджет", .oblasts = kharkiv, .n_oblasts = 1,
                           .limit = 100};
    r = run(db, &req);
    ASSERT_IDS(r, "a1");
    assert_true(r->hits[0].score == unfiltered);
    poshuk_results_free(r);

    req = (poshuk_request){POSHUK_REQUEST_SIZE, .n_tags = 2, .limit = 100};
    assert_int_equal(poshuk_db_search(db, &req, &r), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_db_error(db), "the request has 2 tags but no array of them");
    poshuk_db_close(db);
}

static void test_empty_query_is_newest_first_and_pages(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, CORPUS_SIZE);
    poshuk_db *db = open_db(f->index);
    poshuk_results *r = query_all(db, NULL);
    assert_int_equal(r->total, 8);
    ASSERT_IDS(r, "a2", "a1", "a3", "a6", "a5", "a4", "a8", "a7");
    for (size_t i = 0; i < r->n_hits; i++) {
        assert_int_equal(r->hits[i].rank, i + 1);
        assert_true(r->hits[i].score == 0.0);
    }
    assert_true(r->seconds >= 0.0);
    poshuk_results_free(r);

    r = query_all(db, "  \t ");
    assert_int_equal(r->total, 8);
    poshuk_results_free(r);

    poshuk_request req = {POSHUK_REQUEST_SIZE, .offset = 1, .limit = 2};
    r = run(db, &req);
    assert_int_equal(r->total, 8);
    ASSERT_IDS(r, "a1", "a3");
    assert_int_equal(r->hits[0].rank, 2);
    assert_int_equal(r->hits[1].rank, 3);
    poshuk_results_free(r);

    req = (poshuk_request){POSHUK_REQUEST_SIZE, .offset = 50, .limit = 10};
    r = run(db, &req);
    assert_int_equal(r->total, 8);
    ASSERT_NO_HITS(r);
    poshuk_results_free(r);
    poshuk_db_close(db);
}

/* ---------------------------------------------------------------- facets */

static void assert_corpus_facets(const poshuk_results *r) {
    assert_int_equal(r->total, 8);
    ASSERT_FACET(r, POSHUK_FACET_TAG, {"Бюджет", 3}, {"Громади", 3}, {"Медицина", 2}, {"Освіта", 2});
    ASSERT_FACET(r, POSHUK_FACET_OBLAST, {"Харківська область", 3}, {"Київська область", 2},
                 {"Львівська область", 2});
    ASSERT_FACET(r, POSHUK_FACET_HROMADA, {"Львівська громада", 2}, {"Харківська громада", 2},
                 {"Дергачівська громада", 1}, {"Жовківська громада", 1});
    ASSERT_FACET(r, POSHUK_FACET_YEAR, {"2023", 1}, {"2024", 2}, {"2025", 4});
    ASSERT_FACET(r, POSHUK_FACET_MONTH, {"2023-03", 1}, {"2024-12", 2}, {"2025-01", 1}, {"2025-05", 1},
                 {"2025-07", 2});
}

static void test_facets_are_exact(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, CORPUS_SIZE);
    poshuk_db *db = open_db(f->index);

    /* limit 0: no hits, but every match is still counted. */
    poshuk_request req = {POSHUK_REQUEST_SIZE, .facets = POSHUK_FACETS_ALL};
    poshuk_results *r = run(db, &req);
    ASSERT_NO_HITS(r);
    assert_corpus_facets(r);
    poshuk_results_free(r);

    /* Under a filter and words, facets count the matches only. */
    const char *en[] = {"en"};
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .langs = en, .n_langs = 1, .limit = 1,
                           .facets = POSHUK_FACETS_ALL};
    r = run(db, &req);
    assert_int_equal(r->total, 3);
    assert_int_equal(r->n_hits, 1);
    ASSERT_FACET(r, POSHUK_FACET_TAG, {"Бюджет", 2}, {"Медицина", 1}, {"Освіта", 1});
    ASSERT_FACET(r, POSHUK_FACET_OBLAST, {"Київська область", 2}, {"Львівська область", 1});
    ASSERT_FACET(r, POSHUK_FACET_HROMADA, {"Львівська громада", 1});
    ASSERT_FACET(r, POSHUK_FACET_YEAR, {"2023", 1}, {"2024", 2});
    ASSERT_FACET(r, POSHUK_FACET_MONTH, {"2023-03", 1}, {"2024-12", 2});
    poshuk_results_free(r);

    req = (poshuk_request){POSHUK_REQUEST_SIZE, .query = "бюджет", .facets = POSHUK_FACETS_ALL};
    r = run(db, &req);
    assert_int_equal(r->total, 2);
    ASSERT_FACET(r, POSHUK_FACET_TAG, {"Бюджет", 1}, {"Громади", 1});
    ASSERT_FACET(r, POSHUK_FACET_OBLAST, {"Харківська область", 1});
    ASSERT_FACET(r, POSHUK_FACET_YEAR, {"2025", 1});
    poshuk_results_free(r);

    /* Only what was asked for is counted. */
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .facets = 1u << POSHUK_FACET_YEAR};
    r = run(db, &req);
    ASSERT_FACET(r, POSHUK_FACET_YEAR, {"2023", 1}, {"2024", 2}, {"2025", 4});
    for (int k = 0; k < POSHUK_FACET_COUNT; k++) {
        if (k == POSHUK_FACET_YEAR)
            continue;
        assert_int_equal(r->facets[k].counted, 0);
        assert_int_equal(r->facets[k].n_values, 0);
        assert_int_equal(r->facets[k].kind, k);
    }
    poshuk_results_free(r);
    poshuk_db_close(db);
}

static void test_facet_limit_keeps_the_most_frequent(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, CORPUS_SIZE);
    poshuk_db *db = open_db(f->index);
    poshuk_request req = {POSHUK_REQUEST_SIZE, .facets = POSHUK_FACETS_ALL, .facet_limit = 2};
    poshuk_results *r = run(db, &req);
    ASSERT_FACET(r, POSHUK_FACET_TAG, {"Бюджет", 3}, {"Громади", 3});
    ASSERT_FACET(r, POSHUK_FACET_OBLAST, {"Харківська область", 3}, {"Київська область", 2});
    /* The two most frequent years and months, still oldest first. */
    ASSERT_FACET(r, POSHUK_FACET_YEAR, {"2024", 2}, {"2025", 4});
    ASSERT_FACET(r, POSHUK_FACET_MONTH, {"2024-12", 2}, {"2025-07", 2});
    poshuk_results_free(r);
    poshuk_db_close(db);
}

static void test_two_shards_search_as_one(void **state) {
    fixture *f = *state;
    char shard_a[PATH_MAX], shard_b[PATH_MAX];
    sub_path(f, "shard-a", shard_a);
    sub_path(f, "shard-b", shard_b);
    write_articles(f->index, corpus, CORPUS_SIZE);
    write_articles(shard_a, corpus, 3);
    write_articles(shard_b, corpus + 3, CORPUS_SIZE - 3);

    poshuk_db *one = open_db(f->index);
    poshuk_db *two = NULL;
    const char *shards[] = {shard_a, shard_b};
    assert_int_equal(poshuk_db_open(shards, 2, &two), POSHUK_OK);
    assert_int_equal(poshuk_db_doc_count(two), 8);

    poshuk_request req = {POSHUK_REQUEST_SIZE, .limit = 100, .facets = POSHUK_FACETS_ALL};
    poshuk_results *r = run(two, &req);
    assert_corpus_facets(r);
    ASSERT_IDS(r, "a2", "a1", "a3", "a6", "a5", "a4", "a8", "a7");
    poshuk_results_free(r);

    /* Ranking statistics are global: the same scores as one index. */
    req.query = "бюджет OR budget OR school";
    poshuk_results *r1 = run(one, &req), *r2 = run(two, &req);
    assert_int_equal(r1->total, 4);
    assert_int_equal(r2->total, r1->total);
    for (size_t i = 0; i < r1->n_hits; i++) {
        assert_string_equal(r2->hits[i].id, r1->hits[i].id);
        assert_true(r2->hits[i].score == r1->hits[i].score);
    }
    for (int k = 0; k < POSHUK_FACET_COUNT; k++) {
        assert_int_equal(r2->facets[k].n_values, r1->facets[k].n_values);
        for (size_t i = 0; i < r1->facets[k].n_values; i++) {
            assert_string_equal(r2->facets[k].values[i].value, r1->facets[k].values[i].value);
            assert_int_equal(r2->facets[k].values[i].count, r1->facets[k].values[i].count);
        }
    }
    poshuk_results_free(r1);
    poshuk_results_free(r2);
    poshuk_db_close(one);
    poshuk_db_close(two);
}

/* The shim reports what syntax/syntax.h's checker says about the query as typed: its message and
 * offset, given here as they must be. */
static void assert_syntax_error(poshuk_db *db, const char *query, long at, const char *expected) {
    size_t offset = 0;
    const char *message = NULL;
    assert_int_equal(poshuk_query_check(query, &offset, &message), 0);
    assert_int_equal((long)offset, at);
    assert_string_equal(message, expected);
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = query, .limit = 10};
    poshuk_results *r = NULL;
    assert_int_equal(poshuk_db_search(db, &req, &r), POSHUK_ERR_QUERY_SYNTAX);
    assert_null(r);
    assert_int_equal(poshuk_db_error_offset(db), at);
    assert_string_equal(poshuk_db_error(db), expected);
}

static void test_query_syntax_error(void **state) {
    fixture *f = *state;
    write_articles(f->index, corpus, 1);
    poshuk_db *db = open_db(f->index);
    assert_syntax_error(db, "бюджет AND", 13, "AND needs a word on its right");
    assert_syntax_error(db, "AND бюджет", 0, "AND needs a word on its left");
    assert_syntax_error(db, "бюджет OR OR громади", 13, "OR needs a word on its right");

    /* The next call clears the error. */
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = "бюджет", .limit = 10};
    poshuk_results *r = run(db, &req);
    assert_int_equal(r->total, 1);
    assert_int_equal(poshuk_db_error_offset(db), -1);
    assert_string_equal(poshuk_db_error(db), "");
    poshuk_results_free(r);
    poshuk_db_close(db);
}

/* What the checker stops never reaches Xapian's parser, so its errors are met here, past the checker:
 * Xapian's message, no offset, the same status. */
static void test_xapian_parse_error(void **state) {
    (void)state;
    char msg[256];
    long offset = 0;
    assert_int_equal(poshuk_shim_xapian_parse_test("бюджет AND", &offset, msg, sizeof msg),
                     POSHUK_ERR_QUERY_SYNTAX);
    assert_int_equal(offset, -1);
    assert_string_equal(msg, "Syntax: <expression> AND <expression>");
    assert_int_equal(poshuk_shim_xapian_parse_test("бюджет OR OR громади", &offset, msg, sizeof msg),
                     POSHUK_ERR_QUERY_SYNTAX);
    assert_int_equal(offset, -1);
    assert_string_equal(msg, "Syntax: <expression> OR <expression>");
    assert_int_equal(poshuk_shim_xapian_parse_test("бюджет OR громади", &offset, msg, sizeof msg), POSHUK_OK);
    assert_int_equal(offset, 0);
    assert_string_equal(msg, "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_xapian_parse_error),
        cmocka_unit_test_setup_teardown(test_upsert_then_search_finds_it, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hit_carries_the_article_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(test_upsert_same_id_replaces, setup, teardown),
        cmocka_unit_test_setup_teardown(test_new_index_writer_repeats_and_deletes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_build_new_puts_the_index_in_place, setup, teardown),
        cmocka_unit_test_setup_teardown(test_build_new_merges_shards, setup, teardown),
        cmocka_unit_test_setup_teardown(test_build_new_on_articles_is_an_update, setup, teardown),
        cmocka_unit_test_setup_teardown(test_delete_removes_and_missing_id_is_not_found, setup, teardown),
        cmocka_unit_test_setup_teardown(test_close_without_commit_discards_and_commit_keeps, setup, teardown),
        cmocka_unit_test_setup_teardown(test_second_writer_is_locked, setup, teardown),
        cmocka_unit_test_setup_teardown(test_writer_creates_missing_directories, setup, teardown),
        cmocka_unit_test_setup_teardown(test_writer_refuses_a_directory_of_other_files, setup, teardown),
        cmocka_unit_test_setup_teardown(test_writer_reports_a_parent_it_cannot_create, setup, teardown),
        cmocka_unit_test_setup_teardown(test_db_open_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_invalid_articles, setup, teardown),
        cmocka_unit_test_setup_teardown(test_long_tag_is_indexed_and_found, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reopen_sees_a_new_commit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_title_words_rank_above_body_words, setup, teardown),
        cmocka_unit_test_setup_teardown(test_query_fields, setup, teardown),
        cmocka_unit_test_setup_teardown(test_filters, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_query_is_newest_first_and_pages, setup, teardown),
        cmocka_unit_test_setup_teardown(test_facets_are_exact, setup, teardown),
        cmocka_unit_test_setup_teardown(test_facet_limit_keeps_the_most_frequent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_two_shards_search_as_one, setup, teardown),
        cmocka_unit_test_setup_teardown(test_query_syntax_error, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
