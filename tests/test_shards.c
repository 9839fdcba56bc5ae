/* The directories of a parallel build's shards, which the library owns (poshuk_shards_*): named
 * INDEX.shards-XXXXXX beside the index with the shards 1..N inside, removed whole, and what a killed
 * build left removed by the next job. */
#define _XOPEN_SOURCE 700

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sys/stat.h>

#include "poshuk.h"
#include "tests/scratch_dir.h"

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void test_create_and_remove(void **state) {
    const scratch_index *f = *state;
    poshuk_shards *s = NULL;
    assert_int_equal(poshuk_shards_create(f->index, 3, &s), POSHUK_OK);
    assert_int_equal(poshuk_shards_count(s), 3);
    const char *const *paths = poshuk_shards_paths(s);
    char prefix[PATH_MAX + 16];
    snprintf(prefix, sizeof prefix, "%s.shards-", f->index);
    for (unsigned i = 0; i < 3; i++) {
        assert_memory_equal(paths[i], prefix, strlen(prefix));
        char tail[8];
        snprintf(tail, sizeof tail, "/%u", i + 1);
        assert_string_equal(paths[i] + strlen(paths[i]) - strlen(tail), tail);
    }
    /* The shards' directory exists; the shards are the writers' to make. */
    char dir[PATH_MAX + 32];
    snprintf(dir, sizeof dir, "%.*s", (int)(strrchr(paths[0], '/') - paths[0]), paths[0]);
    assert_true(is_dir(dir));
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(paths[1], &w), POSHUK_OK);
    poshuk_writer_close(w);
    poshuk_shards_remove(s);
    assert_false(is_dir(dir));
    poshuk_shards_remove(NULL);
}

static void test_create_fails(void **state) {
    const scratch_index *f = *state;
    char missing[PATH_MAX + 16];
    snprintf(missing, sizeof missing, "%s/no/such/index", f->dir);
    poshuk_shards *s = NULL;
    assert_int_equal(poshuk_shards_create(missing, 2, &s), POSHUK_ERR_IO);
    assert_non_null(s);
    char expected[PATH_MAX + 128];
    snprintf(expected, sizeof expected,
             "cannot create a directory for the shards beside '%s': No such file or directory", missing);
    assert_string_equal(poshuk_shards_error(s), expected);
    assert_null(poshuk_shards_paths(s));
    poshuk_shards_remove(s);
    s = NULL;
    assert_int_equal(poshuk_shards_create(f->index, 0, &s), POSHUK_ERR_INVALID);
    poshuk_shards_remove(s);
    assert_int_equal(poshuk_shards_create(f->index, 1, NULL), POSHUK_ERR_INVALID);
}

/* A killed build's INDEX.shards-* (directories with shards, or a stray file) go; other names stay. */
static void test_remove_stale(void **state) {
    const scratch_index *f = *state;
    char path[PATH_MAX + 64], keep[PATH_MAX + 64], file[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s.shards-AbC123", f->index);
    assert_int_equal(mkdir(path, 0777), 0);
    snprintf(path, sizeof path, "%s.shards-AbC123/1", f->index);
    assert_int_equal(mkdir(path, 0777), 0);
    snprintf(file, sizeof file, "%s.shards-file", f->index);
    FILE *out = fopen(file, "w");
    assert_non_null(out);
    fclose(out);
    snprintf(keep, sizeof keep, "%s.other", f->index);
    assert_int_equal(mkdir(keep, 0777), 0);

    char with_slash[PATH_MAX + 2];
    snprintf(with_slash, sizeof with_slash, "%s/", f->index);
    poshuk_shards_remove_stale(with_slash);
    snprintf(path, sizeof path, "%s.shards-AbC123", f->index);
    assert_false(is_dir(path));
    struct stat st;
    assert_int_not_equal(stat(file, &st), 0);
    assert_true(is_dir(keep));
    poshuk_shards_remove_stale(NULL);
}

static int setup(void **state) {
    return scratch_index_setup(state, "shards", "index");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_create_and_remove, setup, scratch_index_teardown),
        cmocka_unit_test_setup_teardown(test_create_fails, setup, scratch_index_teardown),
        cmocka_unit_test_setup_teardown(test_remove_stale, setup, scratch_index_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
