/* The generation scheme of generation.h with POSIX calls (and Linux's renameat2 for the first switch). */
#include "xapian/generation.h"

#include "xapian/fs.h"
#include "xapian/modes.h"
#include "xapian/status.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <stdio.h> /* renameat2 (glibc 2.28) */
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace shim {

namespace {

const char GEN_MARK[] = ".gen-";

/* Whether name is BASE.gen-N (N decimal digits, no sign), with N in *n. */
bool generation_number(const std::string &base, const std::string &name, unsigned long *n) {
    const std::string head = base + GEN_MARK;
    if (name.size() <= head.size() || name.compare(0, head.size(), head) != 0)
        return false;
    *n = 0;
    for (size_t i = head.size(); i < name.size(); ++i) {
        if (name[i] < '0' || name[i] > '9' || *n > ULONG_MAX / 10 - 1)
            return false;
        *n = *n * 10 + static_cast<unsigned long>(name[i] - '0');
    }
    return true;
}

std::string read_link(const std::string &path) {
    std::vector<char> buf(256);
    for (;;) {
        ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size());
        if (n < 0)
            return std::string();
        if (static_cast<size_t>(n) < buf.size())
            return std::string(buf.data(), static_cast<size_t>(n));
        buf.resize(buf.size() * 2);
    }
}

std::string real_path(const std::string &path) {
    std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr), &std::free);
    return real ? std::string(real.get()) : std::string();
}

/* The names of the entries of dir that are generations of base, with their numbers. */
std::vector<std::pair<unsigned long, std::string>> generations(const std::string &dir,
                                                               const std::string &base) {
    std::vector<std::pair<unsigned long, std::string>> found;
    std::unique_ptr<DIR, int (*)(DIR *)> d(::opendir(dir.c_str()), &::closedir);
    if (!d)
        return found;
    while (const struct dirent *entry = ::readdir(d.get())) {
        unsigned long n;
        if (generation_number(base, entry->d_name, &n))
            found.emplace_back(n, entry->d_name);
    }
    return found;
}

void sync_directory(const std::string &dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

[[noreturn]] void cannot_switch(const Live &live, const std::string &gen, int err) {
    throw Failure{POSHUK_ERR_IO, "cannot switch '" + live.link + "' to the new index '" + gen + "' (" +
                                     errno_text(err) + "); '" + live.link + "' is unchanged"};
}

} // namespace

Live find_live(const std::string &path) {
    Live live;
    std::string p = strip_slashes(path);
    /* The same limit as the kernel's for a chain of links (ELOOP). */
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st;
        if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) {
            live.link = p;
            live.dir = real_path(p);
            return live;
        }
        const std::string target = read_link(p);
        unsigned long n;
        if (generation_number(base_of(p), target, &n)) {
            live.link = p;
            live.dir = real_path(p);
            live.ours = true;
            return live;
        }
        /* Someone else's link (say /srv/news -> /data/news): the switch happens where it leads. */
        p = strip_slashes(target[0] == '/' ? target : parent_of(p) + "/" + target);
    }
    throw Failure{POSHUK_ERR_OPEN, "'" + path + "': too many levels of symbolic links"};
}

std::string resolve_index(const std::string &path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return path;
    const std::string real = real_path(path);
    return real.empty() ? path : real;
}

std::string new_generation(const Live &live) {
    const std::string dir = parent_of(live.link), base = base_of(live.link);
    unsigned long next = 1; /* 0 is kept for a directory that was live before the first rebuild */
    for (const auto &g : generations(dir, base))
        next = std::max(next, g.first + 1);
    /* Made private, then given the live directory's mode: never wider than the index it replaces,
     * not even while it fills. */
    const Modes modes = index_modes(live.dir);
    for (;; ++next) { /* mkdir claims the name; another rebuild may have claimed it first */
        const std::string gen = dir + "/" + base + GEN_MARK + std::to_string(next);
        if (::mkdir(gen.c_str(), modes.known ? 0700 : 0777) == 0) {
            if (modes.known)
                ::chmod(gen.c_str(), modes.dir);
            return gen;
        }
        if (errno != EEXIST) {
            int e = errno;
            throw Failure{POSHUK_ERR_IO,
                          "cannot create the new index directory '" + gen + "' (" + errno_text(e) + ")"};
        }
    }
}

std::string switch_generation(const Live &live, const std::string &gen) {
    const std::string dir = parent_of(live.link), base = base_of(live.link);
    /* The new link is made under a temporary name first, then renamed over (or exchanged with) the
     * old name: rename is atomic, symlink-over-an-existing-name is not possible at all. */
    const std::string tmp = dir + "/." + base + ".switch-" + std::to_string(::getpid());
    ::unlink(tmp.c_str()); /* left by a crashed switch of a process with our pid */
    /* The files a merge or Xapian made since new_generation have the umask's mode. */
    apply_modes(gen, index_modes(live.dir));
    if (::symlink(base_of(gen).c_str(), tmp.c_str()) != 0)
        cannot_switch(live, gen, errno);

    std::string previous = live.dir;
    struct stat st;
    const bool plain_dir = ::lstat(live.link.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
    if (!plain_dir) {
        if (::rename(tmp.c_str(), live.link.c_str()) != 0) {
            int e = errno;
            ::unlink(tmp.c_str());
            cannot_switch(live, gen, e);
        }
    } else {
        if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, live.link.c_str(), RENAME_EXCHANGE) != 0) {
            int e = errno; /* EINVAL: a filesystem that cannot exchange names */
            ::unlink(tmp.c_str());
            cannot_switch(live, gen, e);
        }
        /* tmp now names the old directory: give it a generation's name, so that it is kept for the
         * readers still busy with it and removed by a later switch like any other. Generation 0, older
         * than any a rebuild makes, unless that is taken (then it stays under the temporary name, out
         * of the way, until someone removes it). */
        const std::string slot = dir + "/" + base + GEN_MARK + "0";
        previous = ::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, slot.c_str(), RENAME_NOREPLACE) == 0
                       ? real_path(slot)
                       : real_path(tmp);
    }
    sync_directory(dir);
    return previous;
}

void exchange_generation(const Live &live, const std::string &gen) {
    struct stat st;
    if (::stat(live.link.c_str(), &st) != 0)
        cannot_switch(live, gen, errno);
    apply_modes(gen, index_modes(live.link));
    if (::chmod(gen.c_str(), st.st_mode & 07777) != 0)
        cannot_switch(live, gen, errno);
    if (::renameat2(AT_FDCWD, gen.c_str(), AT_FDCWD, live.link.c_str(), RENAME_EXCHANGE) != 0)
        cannot_switch(live, gen, errno); /* EINVAL: a filesystem that cannot exchange names */
    sync_directory(parent_of(live.link));
}

void remove_generations(const Live &live, const std::string &keep, const std::string &keep_too) {
    const std::string dir = parent_of(live.link), base = base_of(live.link);
    const std::string kept[] = {real_path(keep), real_path(keep_too)};
    for (const auto &g : generations(dir, base)) {
        const std::string path = dir + "/" + g.second;
        const std::string real = real_path(path);
        if (real.empty() || real == kept[0] || real == kept[1])
            continue;
        remove_tree(path);
    }
}

} // namespace shim
