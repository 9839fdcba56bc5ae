/* What one search may cost (poshuk.h: max_query_bytes, max_terms, max_phrases, time_budget, and
 * did you mean for long queries): the exact status and message past each limit, the defaults, what a
 * search that runs out of time returns (through a hook that stops the match after N documents, so no
 * assertion depends on the machine's speed), and that zero in each field means its default. */
#define _XOPEN_SOURCE 700

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <math.h>

#include "poshuk.h"
#include "tests/scratch_dir.h"
#include "xapian/cost_bounds_test.h"

/* Five articles in indexing order (the order a match examines them in). */
static const struct {
    const char *id, *title, *body, *oblast;
    int32_t date;
} corpus[] = {
    {"c1", "Бюджет громади", "Депутати ухвалили бюджет громади на рік.", "Харківська область", 20250703},
    {"c2", "Ремонт школи", "Школу відремонтували до вересня.", "Харківська область", 20250715},
    {"c3", "Нова амбулаторія", "У селі відкрили амбулаторію, бюджет допоміг.", "Львівська область", 20250520},
    {"c4", "Ліс і вода", "Громада висадила ліс біля води.", "Київська область", 20241201},
    {"c5", "Бюджет освіти", "Освіта отримала більший бюджет.", "Київська область", 20230310},
};
#define CORPUS_SIZE (sizeof corpus / sizeof corpus[0])

typedef struct {
    scratch_index scratch;
    poshuk_db *db;
} fixture;

static int setup(void **state) {
    void *scratch = NULL;
    if (scratch_index_setup(&scratch, "cost-bounds", "index") != 0)
        return -1;
    fixture *f = calloc(1, sizeof *f);
    f->scratch = *(scratch_index *)scratch;
    free(scratch);
    poshuk_writer *w = NULL;
    if (poshuk_writer_open(f->scratch.index, &w) != POSHUK_OK)
        return -1;
    for (size_t i = 0; i < CORPUS_SIZE; i++) {
        poshuk_article a = {.id = corpus[i].id,
                            .lang = "uk",
                            .title = corpus[i].title,
                            .body = corpus[i].body,
                            .oblast = corpus[i].oblast,
                            .date = corpus[i].date};
        if (poshuk_writer_upsert(w, &a) != POSHUK_OK)
            return -1;
    }
    if (poshuk_writer_commit(w) != POSHUK_OK)
        return -1;
    poshuk_writer_close(w);
    const char *path = f->scratch.index;
    if (poshuk_db_open(&path, 1, &f->db) != POSHUK_OK)
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fixture *f = *state;
    poshuk_db_close(f->db);
    scratch_dir_remove(f->scratch.dir);
    free(f);
    return 0;
}

/* The search must fail with POSHUK_ERR_QUERY_SYNTAX, this message and no offset. */
static void assert_refused(poshuk_db *db, const poshuk_request *req, const char *message) {
    poshuk_results *r = (poshuk_results *)1;
    assert_int_equal(poshuk_db_search(db, req, &r), POSHUK_ERR_QUERY_SYNTAX);
    assert_null(r);
    assert_string_equal(poshuk_db_error(db), message);
    assert_int_equal(poshuk_db_error_offset(db), -1);
}

static poshuk_results *search(poshuk_db *db, const poshuk_request *req) {
    poshuk_results *r = NULL;
    if (poshuk_db_search(db, req, &r) != POSHUK_OK)
        fail_msg("search '%s': %s", req->query ? req->query : "", poshuk_db_error(db));
    return r;
}

/* n copies of word, each followed by a space. malloc'd. */
static char *repeated(const char *word, size_t n) {
    size_t len = strlen(word);
    char *s = malloc(n * (len + 1) + 1);
    for (size_t i = 0; i < n; i++) {
        memcpy(s + i * (len + 1), word, len);
        s[i * (len + 1) + len] = ' ';
    }
    s[n * (len + 1)] = '\0';
    return s;
}

static void test_query_length(void **state) {
    fixture *f = *state;
    char *query = malloc(POSHUK_MAX_QUERY_BYTES + 2);
    memset(query, 'a', POSHUK_MAX_QUERY_BYTES + 1);
    query[POSHUK_MAX_QUERY_BYTES + 1] = '\0';
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = query, .limit = 10};
    assert_refused(f->db, &req,
                   "the query is 4097 bytes long, over the limit of 4096 bytes (max_query_bytes)");

    query[POSHUK_MAX_QUERY_BYTES] = '\0'; /* exactly the limit: searched */
    poshuk_results *r = search(f->db, &req);
    assert_int_equal(r->total, 0);
    poshuk_results_free(r);
    free(query);

    req = (poshuk_request){POSHUK_REQUEST_SIZE, .query = "бюджет громади", .max_query_bytes = 10};
    assert_refused(f->db, &req, "the query is 27 bytes long, over the limit of 10 bytes (max_query_bytes)");
    req.max_query_bytes = 27;
    r = search(f->db, &req);
    assert_int_equal(r->total, 1);
    poshuk_results_free(r);
}

static void test_terms(void **state) {
    fixture *f = *state;
    /* A word outside a phrase is its term and its other-script key: two terms. */
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = "бюджет громади ліс", .max_terms = 5};
    assert_refused(f->db, &req,
                   "the query stands for 6 terms, over the limit of 5 (max_terms); use fewer words or longer "
                   "wildcards");
    req.max_terms = 6;
    poshuk_results *r = search(f->db, &req);
    assert_int_equal(r->total, 0);
    poshuk_results_free(r);

    /* The default: 501 words are 1002 terms, in 3,507 bytes (under the length limit). */
    char *query = repeated("ліс", 501);
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .query = query};
    assert_refused(f->db, &req,
                   "the query stands for 1002 terms, over the limit of 1000 (max_terms); use fewer words or "
                   "longer wildcards");
    query[500 * strlen("ліс ")] = '\0'; /* 500 words: 1000 terms */
    r = search(f->db, &req);
    assert_int_equal(r->total, 1);
    poshuk_results_free(r);
    free(query);
}

static void test_phrases(void **state) {
    fixture *f = *state;
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = "\"бюджет громади\" \"ліс і вода\" ліс NEAR води",
                          .max_phrases = 2};
    assert_refused(f->db, &req,
                   "the query has 3 phrases and NEAR/ADJ groups, over the limit of 2 (max_phrases)");
    req.max_phrases = 3;
    poshuk_results *r = search(f->db, &req);
    assert_int_equal(r->total, 0);
    poshuk_results_free(r);

    char *query = repeated("(ліс NEAR води)", POSHUK_MAX_PHRASES + 1);
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .query = query};
    assert_refused(f->db, &req,
                   "the query has 33 phrases and NEAR/ADJ groups, over the limit of 32 (max_phrases)");
    free(query);
    query = repeated("(ліс NEAR води)", POSHUK_MAX_PHRASES);
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .query = query, .limit = 10};
    r = search(f->db, &req);
    assert_int_equal(r->total, 1);
    assert_string_equal(r->hits[0].id, "c4");
    poshuk_results_free(r);
    free(query);
}

/* The match stops after the third document (c1, c2, c3): the results are those three. */
static void test_timed_out_returns_what_was_examined(void **state) {
    fixture *f = *state;
    poshuk_request req = {POSHUK_REQUEST_SIZE, .limit = 10, .facets = 1u << POSHUK_FACET_OBLAST};
    poshuk_shim_stop_matches_after_test(f->db, 3);
    poshuk_results *r = search(f->db, &req);
    assert_int_equal(r->timed_out, 1);
    assert_int_equal(r->total, 3);
    assert_int_equal(r->n_hits, 3);
    assert_string_equal(r->hits[0].id, "c2"); /* newest first */
    assert_string_equal(r->hits[1].id, "c1");
    assert_string_equal(r->hits[2].id, "c3");
    const poshuk_facet *oblast = &r->facets[POSHUK_FACET_OBLAST];
    assert_int_equal(oblast->n_values, 2);
    assert_string_equal(oblast->values[0].value, "Харківська область");
    assert_int_equal(oblast->values[0].count, 2);
    assert_string_equal(oblast->values[1].value, "Львівська область");
    assert_int_equal(oblast->values[1].count, 1);
    poshuk_results_free(r);

    /* A ranked query: бюджет is in c1, c3 and c5, and the documents a match examines are those its
     * words lead to: stopped after two, it has c1 and c3. */
    poshuk_shim_stop_matches_after_test(f->db, 2);
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .query = "бюджет", .limit = 10};
    r = search(f->db, &req);
    assert_int_equal(r->timed_out, 1);
    assert_int_equal(r->total, 2);
    assert_int_equal(r->n_hits, 2);
    poshuk_results_free(r);

    poshuk_shim_stop_matches_after_test(f->db, 0);
    r = search(f->db, &req);
    assert_int_equal(r->timed_out, 0);
    assert_int_equal(r->total, 3);
    poshuk_results_free(r);
}

/* Did you mean does not start another search once the time is up: a total cut short by the clock
 * says nothing of whether the query was misspelt. */
static void test_timed_out_skips_did_you_mean(void **state) {
    fixture *f = *state;
    /* Stopped after c1, the query has found 1 article (fewer than 3), and has a word to correct. */
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = "бюджет OR бюджетт", .limit = 10, .did_you_mean = 1};
    poshuk_shim_stop_matches_after_test(f->db, 1);
    poshuk_results *r = search(f->db, &req);
    assert_int_equal(r->timed_out, 1);
    assert_int_equal(r->total, 1);
    assert_null(r->suggestion);
    poshuk_results_free(r);

    /* With time, a query that finds fewer than 3 gets its correction. */
    poshuk_shim_stop_matches_after_test(f->db, 0);
    req.query = "ремонт OR бюджетт";
    r = search(f->db, &req);
    assert_int_equal(r->timed_out, 0);
    assert_string_equal(r->suggestion, "ремонт OR бюджет");
    poshuk_results_free(r);
}

static void test_time_budget_values(void **state) {
    fixture *f = *state;
    /* A nanosecond is over before the match reads its first document. */
    poshuk_request req = {POSHUK_REQUEST_SIZE, .limit = 10, .time_budget = 1e-9};
    poshuk_results *r = search(f->db, &req);
    assert_int_equal(r->timed_out, 1);
    assert_int_equal(r->total, 0);
    assert_int_equal(r->n_hits, 0);
    poshuk_results_free(r);

    req.time_budget = -1; /* none */
    r = search(f->db, &req);
    assert_int_equal(r->timed_out, 0);
    assert_int_equal(r->total, CORPUS_SIZE);
    poshuk_results_free(r);

    req.time_budget = 0; /* the default, POSHUK_TIME_BUDGET */
    r = search(f->db, &req);
    assert_int_equal(r->timed_out, 0);
    assert_int_equal(r->total, CORPUS_SIZE);
    poshuk_results_free(r);

    req.time_budget = NAN;
    r = (poshuk_results *)1;
    assert_int_equal(poshuk_db_search(f->db, &req, &r), POSHUK_ERR_INVALID);
    assert_null(r);
    assert_string_equal(poshuk_db_error(f->db), "the request's time_budget is not a number");
}

/* Did you mean corrects a query of up to POSHUK_DID_YOU_MEAN_MAX_WORDS words, and leaves a longer one
 * alone: each word it corrects costs a scan of the index's words. */
static void test_did_you_mean_skips_long_queries(void **state) {
    fixture *f = *state;
    char *query = repeated("бюджетт", POSHUK_DID_YOU_MEAN_MAX_WORDS);
    poshuk_request req = {POSHUK_REQUEST_SIZE, .query = query, .limit = 10, .did_you_mean = 1};
    poshuk_results *r = search(f->db, &req);
    char *corrected = repeated("бюджет", POSHUK_DID_YOU_MEAN_MAX_WORDS);
    assert_string_equal(r->suggestion, corrected);
    assert_int_equal(r->suggestion_applied, 1);
    assert_int_equal(r->total, 3);
    poshuk_results_free(r);
    free(corrected);
    free(query);

    query = repeated("бюджетт", POSHUK_DID_YOU_MEAN_MAX_WORDS + 1);
    req.query = query;
    r = search(f->db, &req);
    assert_null(r->suggestion);
    assert_int_equal(r->total, 0);
    poshuk_results_free(r);
    free(query);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_query_length, setup, teardown),
        cmocka_unit_test_setup_teardown(test_terms, setup, teardown),
        cmocka_unit_test_setup_teardown(test_phrases, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timed_out_returns_what_was_examined, setup, teardown),
        cmocka_unit_test_setup_teardown(test_timed_out_skips_did_you_mean, setup, teardown),
        cmocka_unit_test_setup_teardown(test_time_budget_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_did_you_mean_skips_long_queries, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
