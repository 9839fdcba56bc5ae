/* The room check before a commit, the repair mark after a failed one, and the last resort for a
 * commit that Xapian ends with std::terminate (commit_safety.h has why each is needed). */
#include "xapian/commit_safety.h"

#include "xapian/fs.h"
#include "xapian/status.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <exception>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace shim {

const char REPAIR_MARK[] = "poshuk-repair-needed";

namespace {

constexpr std::uint64_t COMMIT_GROWTH_PER_BYTE = 8;
constexpr std::uint64_t COMMIT_FIXED_ROOM = 256 * 1024;

std::string mebibytes(std::uint64_t bytes) {
    const std::uint64_t tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}

thread_local const CommitGuard *innermost_guard = nullptr;
std::terminate_handler previous_handler = nullptr;
std::once_flag handler_installed;

void write_all(int fd, const char *text, size_t n) {
    while (n > 0) {
        const ssize_t done = ::write(fd, text, n);
        if (done <= 0)
            return;
        text += done;
        n -= static_cast<size_t>(done);
    }
}

} // namespace

/* Runs on the thread that called std::terminate. Only calls that need no heap: the heap may be what
 * failed. */
void on_terminate_in_commit() {
    const CommitGuard *guard = innermost_guard;
    if (!guard) {
        (previous_handler ? previous_handler : std::abort)();
        std::abort();
    }
    const int fd = ::open(guard->mark_path_.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd >= 0)
        ::close(fd);
    write_all(STDERR_FILENO, guard->message_.data(), guard->message_.size());
    ::_exit(5);
}

std::uint64_t upsert_room(std::uint64_t text_bytes) {
    return text_bytes * COMMIT_GROWTH_PER_BYTE;
}

std::uint64_t commit_room_needed(std::uint64_t pending_bytes) {
    return pending_bytes + COMMIT_FIXED_ROOM;
}

void check_room_for_commit(const std::string &dir, const std::string &path, std::uint64_t pending_bytes) {
    struct statvfs fs;
    if (::statvfs(dir.c_str(), &fs) != 0 || fs.f_frsize == 0)
        return;
    const std::uint64_t room = static_cast<std::uint64_t>(fs.f_bavail) * fs.f_frsize;
    const std::uint64_t needed = commit_room_needed(pending_bytes);
    if (room >= needed)
        return;
    throw Failure{POSHUK_ERR_IO,
                  "committing index '" + path + "': not enough free space: " + mebibytes(room) +
                      " free, and the changes may need " + mebibytes(needed) +
                      " (No space left on device); nothing was written, the index holds its last "
                      "commit"};
}

std::uint64_t index_bytes(const std::string &dir) {
    std::unique_ptr<DIR, int (*)(DIR *)> listing(::opendir(dir.c_str()), &::closedir);
    if (!listing)
        return 0;
    std::uint64_t total = 0;
    while (const struct dirent *entry = ::readdir(listing.get())) {
        const size_t n = std::strlen(entry->d_name);
        struct stat st;
        if (n > 6 && std::strcmp(entry->d_name + n - 6, ".glass") == 0 &&
            ::fstatat(dirfd(listing.get()), entry->d_name, &st, 0) == 0)
            total += static_cast<std::uint64_t>(st.st_size);
    }
    return total;
}

void mark_for_repair(const std::string &dir) noexcept {
    try {
        const int fd = ::open((dir + "/" + REPAIR_MARK).c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd >= 0)
            ::close(fd);
    } catch (...) {
    }
}

bool marked_for_repair(const std::string &dir) {
    return has_entry(dir, REPAIR_MARK);
}

CommitGuard::CommitGuard(const std::string &dir, const std::string &context)
    : outer_(innermost_guard), mark_path_(dir + "/" + REPAIR_MARK),
      message_(std::string(program_invocation_short_name) + ": " + context +
               ": Xapian failed while undoing a commit it could not write (most likely the disk "
               "is full); the index holds its last commit, and the next job repairs it (or: "
               "poshuk-index repair -d INDEX)\n") {
    std::call_once(handler_installed, [] { previous_handler = std::set_terminate(on_terminate_in_commit); });
    innermost_guard = this;
}

CommitGuard::~CommitGuard() {
    innermost_guard = outer_;
}

} // namespace shim
