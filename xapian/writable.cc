/* open_writable: the one way poshuk opens an index for writing. */
#include "xapian/writable.h"

#include "xapian/fs.h"
#include "xapian/generation.h"
#include "xapian/modes.h"
#include "xapian/status.h"

#include <cerrno>
#include <algorithm>
#include <chrono>
#include <sys/stat.h>
#include <fcntl.h>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace shim {

namespace {

using Clock = std::chrono::steady_clock;

/* 2 -> "2", 0.5 -> "0.5": as a user would have typed it. */
std::string seconds_text(double seconds) {
    std::ostringstream out;
    out << seconds;
    return out.str();
}

/* What open_once throws when a rebuild switched path to another directory between our look at it and
 * our taking the lock: open again at once, it is not a conflict with another writer. */
struct Moved {};

/* Makes the directory entry of a rename durable: without it, a crash could forget the new name. */
void sync_directory(const std::string &dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

/* Creates ".NAME.new-PID-N" beside target. Not mkdtemp: its mode 0700 would become the index's, where
 * mkdir's 0777 lets the umask decide, as it does for every other directory poshuk creates. */
std::string make_hidden_directory(const std::string &target, const std::string &path) {
    const std::string stem =
        parent_of(target) + "/." + base_of(target) + ".new-" + std::to_string(::getpid()) + "-";
    for (unsigned n = 0;; ++n) {
        const std::string tmp = stem + std::to_string(n);
        if (::mkdir(tmp.c_str(), 0777) == 0)
            return tmp;
        int e = errno;
        if (e != EEXIST || n >= 1000)
            throw Failure{POSHUK_ERR_OPEN,
                          "cannot create index directory '" + path + "' (" + errno_text(e) + ")"};
    }
}

/* Builds an empty index beside path and renames it to path. Returns with path holding an index: ours,
 * or one another process put there first (then the caller opens that one, and may find it locked). */
void create_whole(const std::string &path) {
    const std::string target = strip_slashes(path);
    make_parent_directories(target);
    const std::string tmp = make_hidden_directory(target, path);
    try {
        Xapian::WritableDatabase fresh(tmp, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
        fresh.commit();
        fresh.close();
    } catch (...) {
        remove_tree(tmp);
        throw;
    }
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        int e = errno;
        remove_tree(tmp);
        if (e == EEXIST || e == ENOTEMPTY) /* someone else created it meanwhile */
            return;
        throw Failure{POSHUK_ERR_OPEN,
                      "cannot create index directory '" + path + "' (" + errno_text(e) + ")"};
    }
    sync_directory(parent_of(target));
}

/* 0 when dir's lock file can be opened for writing (so a lock error means another writer), else
 * why not. */
int lock_file_error(const std::string &dir) {
    int fd = ::open((dir + "/flintlock").c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666); /* as Xapian would */
    if (fd < 0)
        return errno;
    ::close(fd);
    return 0;
}

Writable open_once(const std::string &path) {
    int err = 0;
    int action = Xapian::DB_CREATE_OR_OPEN;
    const PathKind kind = inspect_path(path, &err);
    switch (kind) {
    case PathKind::MISSING:
        create_whole(path);
        break;
    case PathKind::EMPTY_DIR:
    case PathKind::INDEX_DIR:
        /* CREATE_OR_OPEN: a directory holding only flintlock is an index being created; Xapian takes
         * the lock before it creates anything, so a second writer gets DatabaseLockError. */
        break;
    case PathKind::NOT_DIR: /* perhaps a stub file; Xapian decides */
        action = Xapian::DB_OPEN;
        break;
    case PathKind::OTHER_DIR:
        /* Creating an index here would scatter Xapian's tables among someone else's files. */
        throw Failure{POSHUK_ERR_OPEN, "'" + path + "' is not a poshuk index (it holds other files)"};
    }
    Writable w;
    w.dir = resolve_index(path);
    struct stat before;
    const bool known = ::stat(w.dir.c_str(), &before) == 0;
    const Modes modes = kind == PathKind::EMPTY_DIR ? index_modes(w.dir) : Modes();
    try {
        w.db = Xapian::WritableDatabase(w.dir, action | Xapian::DB_BACKEND_GLASS);
    } catch (const Xapian::DatabaseLockError &) {
        /* Xapian says "cannot lock" also when it cannot open the lock file at all (a read-only
         * directory or file system, no permission): that is not another writer, and waiting for it
         * would wait for ever. */
        const int err = lock_file_error(w.dir);
        if (err != 0)
            throw Failure{POSHUK_ERR_OPEN, "cannot write to index '" + path + "' (" + errno_text(err) + ")"};
        throw Failure{POSHUK_ERR_LOCKED, "index '" + path + "' is being written by another process"};
    } catch (const Xapian::DatabaseNotFoundError &) {
        if (has_entry(w.dir, "flintlock") && !has_entry(w.dir, "iamglass"))
            throw Failure{POSHUK_ERR_OPEN, "'" + path +
                                               "' holds an index whose creation was interrupted; remove the "
                                               "directory and run the job again"};
        throw Failure{POSHUK_ERR_OPEN, "'" + path + "' is not a poshuk index"};
    }
    /* Xapian has just created its files with the umask's mode, in a directory someone made, and
     * perhaps made private, on purpose: the files take the directory's mode instead. */
    apply_modes(w.dir, modes);
    /* A rebuild may have switched path to a new generation while we waited for this one's lock:
     * writing here now would go to an index no reader will open again. */
    /* Or exchanged a new index into the same name (build_new): the name is the same, the directory
     * is not, and the lock we got may be the old directory's. */
    struct stat after;
    if (resolve_index(path) != w.dir ||
        (known && (::stat(w.dir.c_str(), &after) != 0 || after.st_ino != before.st_ino ||
                   after.st_dev != before.st_dev))) {
        w.db.close();
        throw Moved{};
    }
    return w;
}

} // namespace

Writable open_writable(const std::string &path, double wait_seconds) {
    const auto start = Clock::now();
    int pause = 50; /* ms */
    for (;;) {
        try {
            return open_once(path);
        } catch (const Moved &) {
            continue;
        } catch (const Failure &f) {
            if (f.status != POSHUK_ERR_LOCKED || wait_seconds == 0)
                throw;
            const std::chrono::duration<double> waited = Clock::now() - start;
            if (wait_seconds > 0 && waited.count() >= wait_seconds)
                throw Failure{POSHUK_ERR_LOCKED,
                              f.message + " (waited " + seconds_text(wait_seconds) + " s)"};
        }
        /* Soon after the first try, as a short job may be about to finish; then less often, so that a
         * job waiting for a long rebuild costs next to nothing. */
        std::this_thread::sleep_for(std::chrono::milliseconds(pause));
        pause = std::min(pause * 2, 500);
    }
}

void remove_leftover_generations(const std::string &path) {
    const Live live = find_live(path);
    struct stat st;
    if (!live.ours && ::lstat(live.link.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        remove_generations(live, "", "");
}

} // namespace shim
