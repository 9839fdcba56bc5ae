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

#endif
