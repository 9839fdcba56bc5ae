/* Repairing an index whose commit failed (xapian/commit_safety.h): a writer that opens a marked index
 * repairs it first, poshuk_writer_repair does it on demand, and neither loses an article or works
 * under uncommitted changes. The disk filling up itself is tests/e2e/index_disk_full.sh's. */
#define _GNU_SOURCE

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
#include <unistd.h>

#include "poshuk.h"
#include "tests/scratch_dir.h"

typedef scratch_index fixture;

static int setup(void **state) {
    return scratch_index_setup(state, "repair", "news");
}

static int teardown(void **state) {
    return scratch_index_teardown(state);
}

static poshuk_writer *open_writer(const char *path) {
    poshuk_writer *w = NULL;
    if (poshuk_writer_open(path, &w) != POSHUK_OK)
        fail_msg("open %s: %s", path, poshuk_writer_error(w));
    return w;
}

static void upsert(poshuk_writer *w, const char *id) {
    poshuk_article a = {.id = id, .lang = "uk", .title = "громада ухвалила бюджет", .body = "бюджет громади"};
    if (poshuk_writer_upsert(w, &a) != POSHUK_OK)
        fail_msg("upsert %s: %s", id, poshuk_writer_error(w));
}

/* An index at f->index of three committed articles. */
static void three_articles(const fixture *f) {
    poshuk_writer *w = open_writer(f->index);
    upsert(w, "a1");
    upsert(w, "a2");
    upsert(w, "a3");
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
}

static char *link_target(const char *path, char *out, size_t size) {
    ssize_t n = readlink(path, out, size - 1);
    out[n < 0 ? 0 : n] = '\0';
    return out;
}

static void test_a_marked_index_is_repaired_when_a_writer_opens_it(void **state) {
    fixture *f = *state;
    three_articles(f);
    char mark[PATH_MAX + 32], target[64];
    snprintf(mark, sizeof mark, "%s/poshuk-repair-needed", f->index);
    FILE *file = fopen(mark, "w");
    assert_non_null(file);
    fclose(file);

    poshuk_writer *w = open_writer(f->index);
    assert_int_equal(poshuk_writer_repaired(w), 1);
    assert_int_equal(poshuk_writer_doc_count(w), 3);
    assert_string_equal(link_target(f->index, target, sizeof target), "news.gen-1");
    assert_int_equal(access(mark, F_OK), -1); /* the new generation has no mark */
    /* It goes on as the repaired index's writer. */
    upsert(w, "a4");
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);

    w = open_writer(f->index);
    assert_int_equal(poshuk_writer_repaired(w), 0);
    assert_int_equal(poshuk_writer_doc_count(w), 4);
    poshuk_writer_close(w);
}

static void test_repair_on_demand_keeps_every_article(void **state) {
    fixture *f = *state;
    three_articles(f);
    poshuk_writer *w = open_writer(f->index);
    assert_int_equal(poshuk_writer_repaired(w), 0);
    assert_int_equal(poshuk_writer_repair(w), POSHUK_OK);
    assert_int_equal(poshuk_writer_doc_count(w), 3);
    poshuk_writer_close(w);

    poshuk_db *db = NULL;
    const char *paths[] = {f->index};
    assert_int_equal(poshuk_db_open(paths, 1, &db), POSHUK_OK);
    poshuk_request r = {POSHUK_REQUEST_SIZE, .query = "бюджет", .limit = 10};
    poshuk_results *res = NULL;
    assert_int_equal(poshuk_db_search(db, &r, &res), POSHUK_OK);
    assert_int_equal(res->total, 3);
    poshuk_results_free(res);
    poshuk_db_close(db);
}

static void test_repair_refuses_uncommitted_changes(void **state) {
    fixture *f = *state;
    three_articles(f);
    poshuk_writer *w = open_writer(f->index);
    upsert(w, "a4");
    assert_int_equal(poshuk_writer_repair(w), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w),
                        "the writer has changes that are not committed; commit them (or "
                        "close the writer) before repairing");
    /* Refused, not lost: the change is still there to commit. */
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    assert_int_equal(poshuk_writer_doc_count(w), 4);
    poshuk_writer_close(w);
}

static void test_a_rebuild_writer_has_nothing_to_repair(void **state) {
    fixture *f = *state;
    three_articles(f);
    poshuk_writer_options o = {.rebuild = 1};
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open_opts(f->index, &o, &w), POSHUK_OK);
    assert_int_equal(poshuk_writer_repair(w), POSHUK_ERR_INVALID);
    assert_string_equal(poshuk_writer_error(w),
                        "a rebuild writer builds a new index; there is nothing to repair");
    poshuk_writer_close(w);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_a_marked_index_is_repaired_when_a_writer_opens_it, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_repair_on_demand_keeps_every_article, setup, teardown),
        cmocka_unit_test_setup_teardown(test_repair_refuses_uncommitted_changes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_rebuild_writer_has_nothing_to_repair, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
