/* Inspecting and creating index directories with POSIX calls. */
#include "xapian/fs.h"

#include "xapian/status.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <memory>
#include <sys/stat.h>
#include <system_error>

namespace shim {

namespace {

/* The files by which Xapian's backends recognise their own databases. */
bool is_xapian_marker(const char *name) {
    return std::strcmp(name, "iamglass") == 0 || std::strcmp(name, "iamchert") == 0 ||
           std::strcmp(name, "iamhoney") == 0;
}

bool is_directory(const std::string &path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
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

void make_directories(const std::string &path) {
    /* Each prefix ending before a '/' is a parent to create first; the whole path comes last. */
    for (size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
        std::string part = slash == std::string::npos ? path : path.substr(0, slash);
        if (!part.empty() && part.back() != '/' && ::mkdir(part.c_str(), 0777) != 0) {
            int e = errno;
            /* EEXIST: already there. If it is a file rather than a directory, the next mkdir fails
             * with ENOTDIR, the reason worth reporting; the last part cannot be one (stat failed). */
            if (e != EEXIST || (slash == std::string::npos && !is_directory(part)))
                throw Failure{POSHUK_ERR_OPEN,
                              "cannot create index directory '" + path + "' (" + errno_text(e) + ")"};
        }
        if (slash == std::string::npos)
            return;
    }
}

} // namespace shim
