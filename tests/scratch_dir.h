/* A scratch directory for a cmocka test, under $POSHUK_TEST_TMP (ctest sets it; /tmp otherwise), and
 * its removal with everything in it. Header-only, because each test program is one .c file; define
 * _XOPEN_SOURCE 700 or _GNU_SOURCE before the first include (mkdtemp, nftw). */
#ifndef POSHUK_TESTS_SCRATCH_DIR_H
#define POSHUK_TESTS_SCRATCH_DIR_H

#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

/* Makes a new directory NAME-XXXXXX and writes its path into dir (cap bytes). Returns 0, or -1 when
 * it cannot. */
static inline int scratch_dir_make(char *dir, size_t cap, const char *name) {
    const char *base = getenv("POSHUK_TEST_TMP");
    if (!base || !*base)
        base = "/tmp";
    mkdir(base, 0777);
    if ((size_t)snprintf(dir, cap, "%s/%s-XXXXXX", base, name) >= cap)
        return -1;
    return mkdtemp(dir) ? 0 : -1;
}

static inline int scratch_dir_remove_entry(const char *path, const struct stat *st, int flag,
                                           struct FTW *ftw) {
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static inline void scratch_dir_remove(const char *dir) {
    nftw(dir, scratch_dir_remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* The fixture of a cmocka test that writes indexes: a scratch directory and an index path inside it. */
typedef struct {
    char dir[1024];       /* short of PATH_MAX, so that paths built inside it fit a PATH_MAX buffer */
    char index[PATH_MAX]; /* dir/INDEX_NAME */
} scratch_index;

/* A cmocka setup: a new scratch_index in *state, its directory DIR_NAME-XXXXXX. */
static inline int scratch_index_setup(void **state, const char *dir_name, const char *index_name) {
    scratch_index *f = calloc(1, sizeof *f);
    if (f == NULL || scratch_dir_make(f->dir, sizeof f->dir, dir_name) != 0) {
        free(f);
        return -1;
    }
    snprintf(f->index, sizeof f->index, "%s/%s", f->dir, index_name);
    *state = f;
    return 0;
}

/* The matching teardown: the directory with everything in it, and the fixture. */
static inline int scratch_index_teardown(void **state) {
    scratch_index *f = *state;
    scratch_dir_remove(f->dir);
    free(f);
    return 0;
}

#endif
