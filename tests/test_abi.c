/* The ABI rules of poshuk.h: the version macros and poshuk_version() agree; a poshuk_request is read by
 * its struct_size (an older, shorter request works; one not initialised, or setting fields this library
 * does not know, is refused with a message saying so). */
#define _XOPEN_SOURCE 700

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "poshuk.h"
#include "tests/scratch_dir.h"

static void test_version(void **state) {
    (void)state;
    char expected[32];
    snprintf(expected, sizeof expected, "%d.%d.%d", POSHUK_VERSION_MAJOR, POSHUK_VERSION_MINOR,
             POSHUK_VERSION_PATCH);
    assert_string_equal(POSHUK_VERSION, expected);
    assert_string_equal(poshuk_version(), POSHUK_VERSION);
}

/* An index of two articles, opened for reading. */
static poshuk_db *two_articles(const scratch_index *f) {
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(f->index, &w), POSHUK_OK);
    poshuk_article a = {.id = "a1", .lang = "uk", .title = "Бюджет громади", .date = 20250703};
    poshuk_article b = {.id = "b2", .lang = "en", .title = "Community budget", .date = 20250704};
    assert_int_equal(poshuk_writer_upsert(w, &a), POSHUK_OK);
    assert_int_equal(poshuk_writer_upsert(w, &b), POSHUK_OK);
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
    poshuk_db *db = NULL;
    const char *paths[] = {f->index};
    assert_int_equal(poshuk_db_open(paths, 1, &db), POSHUK_OK);
    return db;
}

static void test_request_init(void **state) {
    poshuk_db *db = two_articles(*state);
    poshuk_results *r = NULL;

    poshuk_request by_macro = POSHUK_REQUEST_INIT;
    assert_int_equal(by_macro.struct_size, sizeof(poshuk_request));
    by_macro.limit = 10;
    assert_int_equal(poshuk_db_search(db, &by_macro, &r), POSHUK_OK);
    assert_int_equal(r->total, 2);
    assert_string_equal(r->hits[0].id, "b2"); /* no query: newest first */
    poshuk_results_free(r);

    poshuk_request by_call;
    memset(&by_call, 0xAB, sizeof by_call);
    poshuk_request_init(&by_call);
    assert_int_equal(by_call.struct_size, sizeof(poshuk_request));
    assert_null(by_call.query);
    assert_int_equal(by_call.limit, 0);
    by_call.query = "бюджет";
    by_call.limit = 10;
    assert_int_equal(poshuk_db_search(db, &by_call, &r), POSHUK_OK);
    assert_int_equal(r->total, 1);
    assert_string_equal(r->hits[0].id, "a1");
    poshuk_results_free(r);
    poshuk_db_close(db);
}

static void test_request_not_initialised(void **state) {
    poshuk_db *db = two_articles(*state);
    poshuk_results *r = NULL;
    poshuk_request zeroed = {.limit = 10};
    assert_int_equal(poshuk_db_search(db, &zeroed, &r), POSHUK_ERR_INVALID);
    assert_null(r);
    assert_string_equal(poshuk_db_error(db),
                        "the request's struct_size is 0: initialise a "
                        "poshuk_request with POSHUK_REQUEST_INIT or poshuk_request_init()");
    poshuk_request too_short = {.struct_size = offsetof(poshuk_request, max_window), .limit = 10};
    assert_int_equal(poshuk_db_search(db, &too_short, &r), POSHUK_ERR_INVALID);
    poshuk_db_close(db);
}

/* A program built against a newer poshuk.h passes a longer request: zero past what this library knows
 * is "as before"; anything else is a field the library would silently ignore, so it refuses. */
static void test_request_from_newer_header(void **state) {
    poshuk_db *db = two_articles(*state);
    poshuk_results *r = NULL;
    struct {
        poshuk_request known;
        unsigned char later[16];
    } newer;
    memset(&newer, 0, sizeof newer);
    newer.known.struct_size = sizeof newer;
    newer.known.query = "budget";
    newer.known.limit = 10;
    assert_int_equal(poshuk_db_search(db, &newer.known, &r), POSHUK_OK);
    assert_int_equal(r->total, 1);
    assert_string_equal(r->hits[0].id, "b2");
    poshuk_results_free(r);
    newer.later[3] = 1;
    assert_int_equal(poshuk_db_search(db, &newer.known, &r), POSHUK_ERR_INVALID);
    assert_non_null(
        strstr(poshuk_db_error(db), "sets fields that libposhuk " POSHUK_VERSION " does not know"));
    poshuk_db_close(db);
}

static int setup(void **state) {
    return scratch_index_setup(state, "abi", "index");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version),
        cmocka_unit_test_setup_teardown(test_request_init, setup, scratch_index_teardown),
        cmocka_unit_test_setup_teardown(test_request_not_initialised, setup, scratch_index_teardown),
        cmocka_unit_test_setup_teardown(test_request_from_newer_header, setup, scratch_index_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
