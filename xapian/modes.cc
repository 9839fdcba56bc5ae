/* Index permissions (modes.h) with POSIX calls. */
#include "xapian/modes.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>

namespace shim {

Modes index_modes(const std::string &dir) {
    Modes m;
    struct stat st;
    if (dir.empty() || ::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return m;
    m.known = true;
    m.dir = st.st_mode & 07777;
    struct stat table;
    if (::stat((dir + "/postlist.glass").c_str(), &table) == 0 && S_ISREG(table.st_mode))
        m.file = table.st_mode & 07777;
    else /* no set-id or sticky bits on a file: they mean something else there */
        m.file = m.dir & 0666;
    return m;
}

int apply_modes(const std::string &dir, const Modes &m) {
    if (!m.known)
        return 0;
    int first = 0;
    struct stat st;
    if (::stat(dir.c_str(), &st) != 0)
        return errno;
    if ((st.st_mode & 07777) != m.dir && ::chmod(dir.c_str(), m.dir) != 0)
        first = errno;
    std::unique_ptr<DIR, int (*)(DIR *)> d(::opendir(dir.c_str()), &::closedir);
    if (!d)
        return first ? first : errno;
    while (const struct dirent *entry = ::readdir(d.get())) {
        /* AT_SYMLINK_NOFOLLOW: a link in an index is not ours to follow (Linux cannot chmod a link
         * itself, so links are skipped by the S_ISREG test). */
        if (::fstatat(dirfd(d.get()), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
            (st.st_mode & 07777) == m.file)
            continue;
        if (::fchmodat(dirfd(d.get()), entry->d_name, m.file, 0) != 0 && first == 0)
            first = errno;
    }
    return first;
}

} // namespace shim
