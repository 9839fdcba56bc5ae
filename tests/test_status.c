/* The shim's error classification (every Xapian error class and the C++ exceptions), the status
 * descriptions, and the boolean terms the shim builds for filters and facets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "poshuk.h"
#include "xapian/shim_test.h"

struct mapping {
    const char *thrown;
    poshuk_status status;
    const char *message;
};

static const struct mapping mappings[] = {
    {"DatabaseModifiedError", POSHUK_ERR_MODIFIED, "testing: DatabaseModifiedError: test message"},
    {"DatabaseLockError", POSHUK_ERR_LOCKED, "testing: DatabaseLockError: test message"},
    {"DatabaseNotFoundError", POSHUK_ERR_OPEN, "testing: DatabaseNotFoundError: test message"},
    {"DatabaseOpeningError", POSHUK_ERR_OPEN, "testing: DatabaseOpeningError: test message"},
    {"DatabaseVersionError", POSHUK_ERR_OPEN, "testing: DatabaseVersionError: test message"},
    {"DatabaseCorruptError", POSHUK_ERR_CORRUPT, "testing: DatabaseCorruptError: test message"},
    {"DatabaseCreateError", POSHUK_ERR_IO, "testing: DatabaseCreateError: test message"},
    {"DatabaseClosedError", POSHUK_ERR_IO, "testing: DatabaseClosedError: test message"},
    {"DatabaseError", POSHUK_ERR_IO, "testing: DatabaseError: test message"},
    {"QueryParserError", POSHUK_ERR_QUERY_SYNTAX, "testing: QueryParserError: test message"},
    {"InvalidArgumentError", POSHUK_ERR_INVALID, "testing: InvalidArgumentError: test message"},
    /* A document the index's own lists name is not there: damage (issue 14), not a missing id. */
    {"DocNotFoundError", POSHUK_ERR_CORRUPT, "testing: DocNotFoundError: test message"},
    {"NetworkError", POSHUK_ERR_NETWORK, "testing: NetworkError: test message"},
    {"NetworkTimeoutError", POSHUK_ERR_NETWORK, "testing: NetworkTimeoutError: test message"},
    {"InvalidOperationError", POSHUK_ERR_XAPIAN, "testing: InvalidOperationError: test message"},
    {"UnimplementedError", POSHUK_ERR_XAPIAN, "testing: UnimplementedError: test message"},
    {"AssertionError", POSHUK_ERR_XAPIAN, "testing: AssertionError: test message"},
    {"FeatureUnavailableError", POSHUK_ERR_XAPIAN, "testing: FeatureUnavailableError: test message"},
    {"InternalError", POSHUK_ERR_XAPIAN, "testing: InternalError: test message"},
    {"SerialisationError", POSHUK_ERR_XAPIAN, "testing: SerialisationError: test message"},
    {"RangeError", POSHUK_ERR_XAPIAN, "testing: RangeError: test message"},
    {"WildcardError", POSHUK_ERR_XAPIAN, "testing: WildcardError: test message"},
    /* poshuk's own failures carry their whole message, without the context. */
    {"Failure", POSHUK_ERR_NOT_FOUND, "test message"},
    {"bad_alloc", POSHUK_ERR_NOMEM, "testing: out of memory"},
    {"runtime_error", POSHUK_ERR_UNKNOWN, "testing: test message"},
    {"int", POSHUK_ERR_UNKNOWN, "testing: an unknown exception"},
};

static void test_every_class_maps_to_its_status(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof mappings / sizeof mappings[0]; i++) {
        char msg[200];
        poshuk_status st = poshuk_shim_classify_test(mappings[i].thrown, msg, sizeof msg);
        if (st != mappings[i].status)
            fail_msg("%s: status %d, expected %d", mappings[i].thrown, (int)st, (int)mappings[i].status);
        assert_string_equal(msg, mappings[i].message);
    }
}

static void test_unknown_class_name_throws_nothing(void **state) {
    (void)state;
    char msg[64];
    assert_int_equal(poshuk_shim_classify_test("NoSuchError", msg, sizeof msg), POSHUK_OK);
    assert_string_equal(msg, "no such class");
}

static void test_message_is_cut_to_the_buffer(void **state) {
    (void)state;
    char msg[9];
    assert_int_equal(poshuk_shim_classify_test("DatabaseLockError", msg, sizeof msg), POSHUK_ERR_LOCKED);
    assert_string_equal(msg, "testing:");
}

static void test_status_descriptions(void **state) {
    (void)state;
    assert_string_equal(poshuk_status_str(POSHUK_OK), "success");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_NOMEM), "out of memory");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_INVALID), "invalid argument");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_NOT_FOUND), "no article with that id");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_OPEN), "index cannot be opened");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_LOCKED), "index is locked by another writer");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_MODIFIED),
                        "index changed while being read; reopen and retry");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_CORRUPT), "index is damaged");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_QUERY_SYNTAX), "query syntax error");
    /* 9 was POSHUK_ERR_READ_ONLY, never returned and removed: a number no status has. */
    assert_string_equal(poshuk_status_str((poshuk_status)9), "unknown status");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_IO), "index read or write failed");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_NETWORK), "remote index cannot be reached");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_XAPIAN), "Xapian error");
    assert_string_equal(poshuk_status_str(POSHUK_ERR_UNKNOWN), "unknown error");
    assert_string_equal(poshuk_status_str((poshuk_status)99), "unknown status");
}

static void test_facet_names(void **state) {
    (void)state;
    assert_string_equal(poshuk_facet_name(POSHUK_FACET_TAG), "tags");
    assert_string_equal(poshuk_facet_name(POSHUK_FACET_OBLAST), "oblast");
    assert_string_equal(poshuk_facet_name(POSHUK_FACET_HROMADA), "hromada");
    assert_string_equal(poshuk_facet_name(POSHUK_FACET_YEAR), "year");
    assert_string_equal(poshuk_facet_name(POSHUK_FACET_MONTH), "month");
}

static void test_short_term_is_prefix_and_fold_key(void **state) {
    (void)state;
    char buf[300];
    assert_int_equal(
        poshuk_shim_boolean_term_test("XH", "  Харківська   ТЕРИТОРІАЛЬНА громада ", buf, sizeof buf),
        strlen("XHхарківська територіальна громада"));
    assert_string_equal(buf, "XHхарківська територіальна громада");
    /* A known oblast is filed under its one key, whichever name it was given. */
    assert_int_equal(poshuk_shim_boolean_term_test("XO", "  Харківська   ОБЛАСТЬ ", buf, sizeof buf), 9);
    assert_string_equal(buf, "XOkharkiv");
    poshuk_shim_boolean_term_test("XO", "Kharkiv Oblast", buf, sizeof buf);
    assert_string_equal(buf, "XOkharkiv");
    poshuk_shim_boolean_term_test("XO", "Країна Мрій", buf, sizeof buf);
    assert_string_equal(buf, "XOкраїна мрій");
    assert_int_equal(poshuk_shim_boolean_term_test("K", " \t ", buf, sizeof buf), 0);
    assert_string_equal(buf, "");
}

/* 'ж' is two bytes: with the one-byte prefix K a cut at a fixed byte count would split a letter. */
static void fill_cyrillic(char *out, size_t letters, const char *tail) {
    for (size_t i = 0; i < letters; i++)
        memcpy(out + 2 * i, "ж", 2);
    strcpy(out + 2 * letters, tail);
}

static void test_long_term_is_cut_at_a_character_and_hashed(void **state) {
    (void)state;
    char a[420], b[420], ta[300], tb[300];
    fill_cyrillic(a, 200, "a"); /* 401 bytes */
    fill_cyrillic(b, 200, "b");
    size_t la = poshuk_shim_boolean_term_test("K", a, ta, sizeof ta);
    size_t lb = poshuk_shim_boolean_term_test("K", b, tb, sizeof tb);
    /* "K" + 113 letters (226 bytes; a 114th would pass 228) + "#" + 16 hex digits = 244 bytes. */
    assert_int_equal(la, 244);
    assert_int_equal(lb, 244);
    assert_memory_equal(ta, "K", 1);
    for (size_t i = 0; i < 113; i++)
        assert_memory_equal(ta + 1 + 2 * i, "ж", 2);
    assert_int_equal(ta[227], '#');
    for (size_t i = 228; i < 244; i++)
        assert_true(strchr("0123456789abcdef", ta[i]) != NULL);
    /* Same first 228 bytes, different values: different terms. */
    assert_memory_equal(ta, tb, 228);
    assert_string_not_equal(ta, tb);
    /* The same value always gives the same term (the writer and the filter must agree). */
    char again[300];
    poshuk_shim_boolean_term_test("K", a, again, sizeof again);
    assert_string_equal(ta, again);
}

/* The facet counting the remote way, in one process: Xapian's ValueCountMatchSpy per slot, serialised
 * and unserialised as a remote shard's would be, counting there, and merged back from its serialised
 * results as Xapian does across remote shards; the joined tag and hromada lists are split into items
 * and summed. The merged counts are the sums, in the order results give them, and the same as the
 * local spy's over the same four documents. Across processes for real (xapian-tcpsrv shards):
 * tests/e2e/query_remote.sh. */
static void test_facet_spy_merges_serialised_results(void **state) {
    (void)state;
    const char *want = "tags: a=3 b=1 c=1; oblast: o2=2 o1=1; hromada: h1=2 h2=1; "
                       "year: 2024=1 2025=2; month: 2024-12=1 2025-07=2";
    char buf[400];
    poshuk_shim_facet_merge_test(0, buf, sizeof buf);
    assert_string_equal(buf, want);
    poshuk_shim_facet_merge_test(2, buf, sizeof buf);
    assert_string_equal(buf, want);
    /* The local spy reads the facet record where a document has one and the four slots where it does
     * not (an index written before the record), with the same counts. */
    poshuk_shim_facet_merge_test(3, buf, sizeof buf);
    assert_string_equal(buf, want);
    /* Malformed results from a shard are Xapian's error, reported as any other. */
    poshuk_shim_facet_merge_test(1, buf, sizeof buf);
    assert_string_equal(buf, "tags: a=3 b=1 c=1; oblast: o2=2 o1=1; hromada: h1=2 h2=1; "
                             "year: 2024=1 2025=2; month: 2024-12=1 2025-07=2"
                             " | merging: NetworkError: Bad encoded length: no data");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_class_maps_to_its_status),
        cmocka_unit_test(test_unknown_class_name_throws_nothing),
        cmocka_unit_test(test_message_is_cut_to_the_buffer),
        cmocka_unit_test(test_status_descriptions),
        cmocka_unit_test(test_facet_names),
        cmocka_unit_test(test_short_term_is_prefix_and_fold_key),
        cmocka_unit_test(test_long_term_is_cut_at_a_character_and_hashed),
        cmocka_unit_test(test_facet_spy_merges_serialised_results),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
