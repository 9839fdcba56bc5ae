/* A disk that fills up, for tests: loaded with LD_PRELOAD into a poshuk program, it lets the regular
 * files the program writes grow by POSHUK_DISK_ROOM bytes in all, and fails every write that would
 * grow one further with ENOSPC. Writes inside a file's present size go through, as on a real full
 * disk, where blocks already allocated can be rewritten: that difference is what let a failed
 * Xapian commit damage the freelist of the revision before it (xapian/commit_safety.h).
 *
 * Without POSHUK_DISK_ROOM nothing is changed, and statvfs is not either, unless POSHUK_DISK_FREE
 * says what it reports free: the room check before a commit sees the real disk, so that the writes
 * themselves fail at the point the test chose, or the free space the test states. At exit, when
 * POSHUK_DISK_ROOM_REPORT names a file, the bytes the files grew by are written to it, so a test can
 * measure a job first and then fill the disk at chosen points of it. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <unistd.h>

static long long room = -1; /* bytes the files may still grow by; < 0: no limit */
static long long grown;
static int started;

static void report_growth(void) {
    const char *path = getenv("POSHUK_DISK_ROOM_REPORT");
    FILE *f = path ? fopen(path, "w") : NULL;
    if (f) {
        fprintf(f, "%lld\n", grown);
        fclose(f);
    }
}

static void start(void) {
    if (started)
        return;
    started = 1;
    const char *limit = getenv("POSHUK_DISK_ROOM");
    room = limit && *limit ? atoll(limit) : -1;
    atexit(report_growth);
}

/* Whether a write of n bytes at off (or at the file offset when off < 0) must fail. */
static int disk_full(int fd, off_t off, size_t n) {
    start();
    struct stat st;
    /* Standard output and error stay writable even when redirected to a file: they are how the test
     * reads what the program said about the full disk. */
    if (fd <= STDERR_FILENO || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    if (off < 0)
        off = (fcntl(fd, F_GETFL) & O_APPEND) ? st.st_size : lseek(fd, 0, SEEK_CUR);
    long long end = (long long)off + (long long)n;
    long long growth = end > st.st_size ? end - st.st_size : 0;
    if (room >= 0 && growth > room) {
        errno = ENOSPC;
        return 1;
    }
    if (room >= 0)
        room -= growth;
    grown += growth;
    return 0;
}

#define NEXT(name)                                                                                           \
    static __typeof__(name) *next;                                                                           \
    if (!next)                                                                                               \
    next = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

/* POSHUK_DISK_FREE, when set, is what statvfs reports free (for the room check before a commit). */
int statvfs(const char *path, struct statvfs *buf) {
    NEXT(statvfs);
    int rc = next(path, buf);
    const char *free_bytes = getenv("POSHUK_DISK_FREE");
    if (rc == 0 && free_bytes && *free_bytes && buf->f_frsize > 0)
        buf->f_bavail = (fsblkcnt_t)(atoll(free_bytes) / (long long)buf->f_frsize);
    return rc;
}

ssize_t write(int fd, const void *buf, size_t n) {
    NEXT(write);
    return disk_full(fd, -1, n) ? -1 : next(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
    NEXT(pwrite);
    return disk_full(fd, off, n) ? -1 : next(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off) {
    NEXT(pwrite64);
    return disk_full(fd, off, n) ? -1 : next(fd, buf, n, off);
}
