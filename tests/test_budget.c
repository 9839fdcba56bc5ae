/* What a job decides before it indexes anything, term by term: the memory rule's share of text per
 * writer (indexer/budget.h; README, "Memory"), when a writer commits (--commit-every, the budget), and
 * how many writers a job gets by default on a stated number of CPUs (indexer/job.h). Each expected
 * value is the README's formula worked out by hand, so a changed constant fails here. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include <cmocka.h>

#include "indexer/budget.h"
#include "indexer/job.h"

#define MIB (1ull << 20)

static unsigned long long limit(unsigned long memory_mb, unsigned writers, unsigned long long ids) {
    poshuk_commit_rule rule = {.memory_mb = memory_mb, .writers = writers};
    return poshuk_budget_text_limit(&rule, ids);
}

/* text per writer = (MB − 48 − 30 × writers − ids × 120 bytes) / (18 × writers), at least 1 MiB */
static void test_text_per_writer(void **state) {
    (void)state;
    assert_int_equal(limit(1024, 1, 0), 55108494);       /* (1024 − 78) MiB / 18 */
    assert_int_equal(limit(1024, 2, 0), 26680433);       /* (1024 − 108) MiB / 36: the -v line's 25 MiB */
    assert_int_equal(limit(1024, 3, 0), 17204413);       /* (1024 − 138) MiB / 54 */
    assert_int_equal(limit(1024, 4, 0), 12466403);       /* (1024 − 168) MiB / 72 */
    assert_int_equal(limit(200, 1, 0), 7107015);         /* (200 − 78) MiB / 18 */
    assert_int_equal(limit(1024, 0, 0), 55108494);       /* no writers count as one */
    assert_int_equal(limit(1024, 2, 1000000), 23347100); /* (916 MiB − 120,000,000) / 36 */
}

/* Each term alone: one more MiB of budget, one more writer, 18 more ids. */
static void test_each_term(void **state) {
    (void)state;
    /* 18 bytes of memory each byte of text: a MiB more gives a writer 1/18 MiB more text. */
    assert_int_equal(limit(1024 + 18, 1, 0) - limit(1024, 1, 0), MIB);
    /* 48 MiB the process's own: (48 + 30) MiB + 18 MiB of budget leave one writer exactly 1 MiB. */
    assert_int_equal(limit(48 + 30 + 18 * 2, 1, 0), 2 * MIB);
    /* 30 MiB each writer: two writers of (48 + 60 + 36 × 2) MiB take 2 MiB each. */
    assert_int_equal(limit(48 + 60 + 36 * 2, 2, 0), 2 * MIB);
    /* 120 bytes each id: 18 ids take 2,160 bytes, 120 bytes of one writer's text; 36 ids of two. */
    assert_int_equal(limit(1024, 1, 0) - limit(1024, 1, 18), 120);
    assert_int_equal(limit(1024, 1, 0) - limit(1024, 1, 18 * 1000), 120000);
    assert_int_equal(limit(1024, 2, 0) - limit(1024, 2, 36 * 1000), 120000);
    /* At least 1 MiB, however small the rest. */
    assert_int_equal(limit(48 + 30 + 17, 1, 0), MIB);
    assert_int_equal(limit(64, 4, 0), MIB);
    assert_int_equal(limit(1024, 1, 100000000), MIB);
    assert_int_equal(limit(48 + 30 + 19, 1, 0), 19 * MIB / 18);
}

static int due(unsigned long every, unsigned long memory_mb, unsigned long articles,
               unsigned long long text) {
    poshuk_commit_rule rule = {.every = every, .memory_mb = memory_mb, .writers = 1};
    return poshuk_budget_due(&rule, articles, text, 0);
}

static void test_when_a_writer_commits(void **state) {
    (void)state;
    /* --commit-every N: at the Nth article since the last commit, not before, whatever the text. */
    assert_int_equal(due(20, 1024, 19, 0), 0);
    assert_int_equal(due(20, 1024, 20, 0), 1);
    assert_int_equal(due(20, 1024, 19, 1ull << 40), 0);
    assert_int_equal(due(1, 1024, 1, 0), 1);
    assert_int_equal(due(1, 1024, 0, 0), 0);
    /* The budget: when the text reaches the share, not a byte before. */
    assert_int_equal(due(0, 1024, 1000, 55108494 - 1), 0);
    assert_int_equal(due(0, 1024, 1, 55108494), 1);
    /* No budget (memory 0, --strict): only at the end. */
    assert_int_equal(due(0, 0, 1000000, 1ull << 40), 0);
}

static void test_text_of_an_article(void **state) {
    (void)state;
    const char *tags[] = {"ab", "cde"}, *hromadas[] = {"fghi"};
    poshuk_article a = {.id = "id-not-counted",
                        .lang = "uk",
                        .title = "12345",
                        .body = "1234567",
                        .tags = tags,
                        .n_tags = 2,
                        .oblast = "123",
                        .hromadas = hromadas,
                        .n_hromadas = 1,
                        .source = "12",
                        .date = 20250703,
                        .url = "https://not.counted/"};
    assert_int_equal(poshuk_budget_text(&a), 5 + 7 + 2 + 3 + 3 + 4 + 2);
    poshuk_article bare = {.id = "x", .body = "1234"};
    assert_int_equal(poshuk_budget_text(&bare), 4);
}

static unsigned writers(unsigned long long input_bytes, long cpus, const char *why) {
    char said[64] = "";
    unsigned n = poshuk_job_auto_threads(input_bytes, cpus, said, sizeof said);
    assert_string_equal(said, why);
    return n;
}

/* -j's default: one writer a CPU, at most 4; one for an input under 4 MiB; a pipe (0) gets the CPUs. */
static void test_writers_by_default(void **state) {
    (void)state;
    assert_int_equal(POSHUK_JOB_AUTO_THREADS_MAX, 4);
    assert_int_equal(writers(0, 1, "1 CPU"), 1);
    assert_int_equal(writers(0, 2, "2 CPUs"), 2);
    assert_int_equal(writers(0, 3, "3 CPUs"), 3);
    assert_int_equal(writers(0, 4, "4 CPUs"), 4);
    assert_int_equal(writers(0, 5, "5 CPUs"), 4);
    assert_int_equal(writers(0, 8, "8 CPUs"), 4);
    assert_int_equal(writers(0, 64, "64 CPUs"), 4);
    assert_int_equal(writers(0, 0, "1 CPU"), 1); /* sysconf could not tell */
    assert_int_equal(writers(0, -1, "1 CPU"), 1);
    assert_int_equal(writers((4ull << 20) - 1, 8, "a small input"), 1);
    assert_int_equal(writers(1, 8, "a small input"), 1);
    assert_int_equal(writers(4ull << 20, 8, "8 CPUs"), 4);
    assert_int_equal(writers(4ull << 20, 2, "2 CPUs"), 2);
    assert_int_equal(poshuk_job_auto_threads(0, 6, NULL, 0), 4);
}

/* $POSHUK_CPUS states the CPU count; anything but a whole number from 1 to 4096 is ignored. */
static void test_stated_cpus(void **state) {
    (void)state;
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    setenv("POSHUK_CPUS", "8", 1);
    assert_int_equal(poshuk_job_cpus(), 8);
    setenv("POSHUK_CPUS", "1", 1);
    assert_int_equal(poshuk_job_cpus(), 1);
    setenv("POSHUK_CPUS", "4096", 1);
    assert_int_equal(poshuk_job_cpus(), 4096);
    const char *ignored[] = {"", "0", "-2", "4097", "3x", "x"};
    for (size_t i = 0; i < sizeof ignored / sizeof *ignored; i++) {
        setenv("POSHUK_CPUS", ignored[i], 1);
        assert_int_equal(poshuk_job_cpus(), online);
    }
    unsetenv("POSHUK_CPUS");
    assert_int_equal(poshuk_job_cpus(), online);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_per_writer),       cmocka_unit_test(test_each_term),
        cmocka_unit_test(test_when_a_writer_commits), cmocka_unit_test(test_text_of_an_article),
        cmocka_unit_test(test_writers_by_default),    cmocka_unit_test(test_stated_cpus),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
