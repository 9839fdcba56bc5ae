/* Inspecting, creating and removing index directories with POSIX calls. */
#include "xapian/fs.h"

#include "xapian/status.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace shim {

namespace {

/* The files by which Xapian's backends recognise their own databases. flintlock counts too: Xapian
 * creates it (and takes the lock in it) before it writes iamglass, so a directory holding only the
 * lock file is an index being created, and a second writer must be told it is locked, not that the
 * directory holds other files. */
bool is_xapian_marker(const char *name) {
    return std::strcmp(name, "iamglass") == 0 || std::strcmp(name, "iamchert") == 0 ||
           std::strcmp(name, "iamhoney") == 0 || std::strcmp(name, "flintlock") == 0;
}

bool is_directory(const std::string &path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

[[noreturn]] void cannot_create(const std::string &path, int err) {
    throw Failure{POSHUK_ERR_OPEN, "cannot create index directory '" + path + "' (" + errno_text(err) + ")"};
}

/* Removes everything inside the directory open as dir_fd (which this closes). */
int empty_directory(int dir_fd) {
    std::unique_ptr<DIR, int (*)(DIR *)> dir(::fdopendir(dir_fd), &::closedir);
    if (!dir) {
        int e = errno;
        ::close(dir_fd);
        return e;
    }
    int first = 0;
    while (const struct dirent *entry = ::readdir(dir.get())) {
        const char *name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        if (::unlinkat(dirfd(dir.get()), name, 0) == 0)
            continue;
        int e = errno;
        if (e == EISDIR || e == EPERM) { /* a directory: empty it, then remove it */
            int sub = ::openat(dirfd(dir.get()), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            e = sub < 0 ? errno : empty_directory(sub);
            if (e == 0 && ::unlinkat(dirfd(dir.get()), name, AT_REMOVEDIR) != 0)
                e = errno;
        }
        if (e != 0 && first == 0)
            first = e;
    }
    return first;
}

} // namespace

std::string errno_text(int err) {
    /* Unlike strerror, error_code::message is safe to call from several threads at once. */
    return std::error_code(err, std::generic_category()).message();
}

PathKind inspect_path(const std::string &path, int *err) {
    *err = 0;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
        *err = errno;
        return PathKind::MISSING;
    }
    if (!S_ISDIR(st.st_mode))
        return PathKind::NOT_DIR;

    std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(path.c_str()), &::closedir);
    if (!dir) {
        int e = errno;
        throw Failure{POSHUK_ERR_OPEN, "cannot read directory '" + path + "' (" + errno_text(e) + ")"};
    }
    bool any = false;
    while (const struct dirent *entry = ::readdir(dir.get())) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        if (is_xapian_marker(entry->d_name))
            return PathKind::INDEX_DIR;
        any = true;
    }
    return any ? PathKind::OTHER_DIR : PathKind::EMPTY_DIR;
}

bool has_entry(const std::string &dir, const char *name) {
    struct stat st;
    return ::lstat((dir + "/" + name).c_str(), &st) == 0;
}

void make_parent_directories(const std::string &path) {
    /* Each prefix ending before a '/' is a parent to create first. EEXIST means it is there already;
     * if it is a file rather than a directory, the next mkdir (or the caller's) fails with ENOTDIR,
     * the reason worth reporting. */
    for (size_t slash = path.find('/', 1); slash != std::string::npos; slash = path.find('/', slash + 1)) {
        std::string part = path.substr(0, slash);
        if (part.back() == '/' || ::mkdir(part.c_str(), 0777) == 0)
            continue;
        if (errno != EEXIST)
            cannot_create(path, errno);
    }
}

void make_directories(const std::string &path) {
    make_parent_directories(path);
    if (::mkdir(path.c_str(), 0777) != 0) {
        int e = errno;
        if (e != EEXIST || !is_directory(path))
            cannot_create(path, e);
    }
}

std::string strip_slashes(const std::string &path) {
    size_t end = path.find_last_not_of('/');
    return end == std::string::npos ? (path.empty() ? path : "/") : path.substr(0, end + 1);
}

std::string parent_of(const std::string &path) {
    size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_of(const std::string &path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

int remove_tree(const std::string &path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? 0 : errno;
    int first = empty_directory(fd);
    if (::rmdir(path.c_str()) != 0 && first == 0)
        first = errno;
    return first;
}

} // namespace shim
