/* What is at an index path, and creating index directories: the checks that keep poshuk from writing
 * an index into a directory that holds something else. */
#ifndef POSHUK_XAPIAN_FS_H
#define POSHUK_XAPIAN_FS_H

#include <string>

namespace shim {

enum class PathKind {
    MISSING,   /* stat failed; the errno is in *err (ENOENT: nothing there) */
    EMPTY_DIR, /* a directory with no entries */
    INDEX_DIR, /* a directory holding a Xapian database */
    OTHER_DIR, /* a directory holding other files */
    NOT_DIR,   /* a file (perhaps a Xapian stub listing shards) */
};

/* Throws Failure (POSHUK_ERR_OPEN) when a directory exists but cannot be listed. */
PathKind inspect_path(const std::string &path, int *err);

/* mkdir -p. Throws Failure (POSHUK_ERR_OPEN, "cannot create index directory 'PATH' (REASON)"). */
void make_directories(const std::string &path);

/* The system's text for an errno value, e.g. "No such file or directory". */
std::string errno_text(int err);

} // namespace shim

#endif
