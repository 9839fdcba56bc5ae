/* What is at an index path, and creating and removing index directories: the checks that keep poshuk
 * from writing an index into a directory that holds something else. */
#ifndef POSHUK_XAPIAN_FS_H
#define POSHUK_XAPIAN_FS_H

#include <string>

namespace shim {

enum class PathKind {
    MISSING,   /* stat failed; the errno is in *err (ENOENT: nothing there) */
    EMPTY_DIR, /* a directory with no entries */
    INDEX_DIR, /* a directory holding a Xapian database, or one being created (flintlock, no iamglass) */
    OTHER_DIR, /* a directory holding other files */
    NOT_DIR,   /* a file (perhaps a Xapian stub listing shards) */
};

/* Throws Failure (POSHUK_ERR_OPEN) when a directory exists but cannot be listed. */
PathKind inspect_path(const std::string &path, int *err);

/* Whether dir/name exists (any kind of file). */
bool has_entry(const std::string &dir, const char *name);

/* mkdir -p. Throws Failure (POSHUK_ERR_OPEN, "cannot create index directory 'PATH' (REASON)"). */
void make_directories(const std::string &path);

/* mkdir -p of every directory above path, not path itself; a failure is reported as above, naming
 * path (the directory the caller wanted), since that is what the user asked for. */
void make_parent_directories(const std::string &path);

/* path without trailing slashes ("idx/" -> "idx"; "/" stays "/"). */
std::string strip_slashes(const std::string &path);

/* The directory part and the last name of a path without trailing slashes: "a/b/idx" -> "a/b" and
 * "idx"; "idx" -> "." and "idx". */
std::string parent_of(const std::string &path);
std::string base_of(const std::string &path);

/* Removes a directory and everything in it, without following symbolic links. Returns 0, or the
 * errno of the first failure (the removal goes on past it). */
int remove_tree(const std::string &path);

/* The system's text for an errno value, e.g. "No such file or directory". */
std::string errno_text(int err);

} // namespace shim

#endif
