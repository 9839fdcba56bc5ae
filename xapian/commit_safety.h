/* What keeps a full disk from costing an index.
 *
 * Xapian's glass backend writes a commit copy-on-write and switches to it last, so a commit that fails
 * normally leaves the previous revision whole. A commit that fails for want of room is not always so
 * clean: measured with Xapian 1.4.22 (tests/e2e/index_disk_full.sh fills the disk at every point of a
 * commit), Xapian can leave the revision readable but its freelist wrong ("Used block also in
 * freelist"; every later commit then fails with DatabaseCorruptError), and it can throw while
 * unwinding inside WritableDatabase::commit, which ends the process through std::terminate. So:
 *
 * 1. before a commit, the free space of the index's file system is checked against what the pending
 *    changes may need to write (commit_room_needed); too little, and the commit is refused untouched;
 * 2. a commit that Xapian failed marks the index directory (REPAIR_MARK), so the next writer knows its
 *    freelist cannot be trusted;
 * 3. a marked index is repaired (repair.cc): its last committed revision, which readers still read, is
 *    compacted into a new generation and switched in, as a rebuild would be. The compaction reads the
 *    B-trees, not the freelist, and writes fresh tables. */
#ifndef POSHUK_XAPIAN_COMMIT_SAFETY_H
#define POSHUK_XAPIAN_COMMIT_SAFETY_H

#include <cstdint>
#include <string>

namespace shim {

/* The file a failed commit leaves in the index directory; the directory's next writer repairs it. */
extern const char REPAIR_MARK[];

/* What a commit may write beyond what the index has, for the room check: an upsert, the new
 * postings, positions, values and record of its text and the B-tree blocks they rewrite, measured at
 * 5-8 times the text (bench corpus, 1,100 articles), so counted as 8 times; a delete, about the
 * article's share of the index (the blocks that held it are rewritten). commit_room_needed adds 256 KiB
 * for the blocks any commit rewrites (the roots, the version file). */
std::uint64_t upsert_room(std::uint64_t text_bytes);
std::uint64_t commit_room_needed(std::uint64_t pending_bytes);

/* Throws Failure (POSHUK_ERR_IO, "committing index 'PATH': not enough free space: ...") when the file
 * system of dir (where the index at path is) has less room for an unprivileged writer than
 * commit_room_needed(pending_bytes). Nothing is written: the changes stay pending. A file system that
 * cannot tell its free space is not refused. */
void check_room_for_commit(const std::string &dir, const std::string &path, std::uint64_t pending_bytes);

/* The bytes the index's table files take (the *.glass files of dir), for estimates. */
std::uint64_t index_bytes(const std::string &dir);

/* Leaves REPAIR_MARK in dir; best effort (the disk may be full: an empty file needs no data block on
 * the file systems poshuk has met). Never throws. */
void mark_for_repair(const std::string &dir) noexcept;
bool marked_for_repair(const std::string &dir);

/* While a CommitGuard lives on a thread, an exception that Xapian throws while unwinding inside that
 * thread's commit (std::terminate) marks dir for repair, writes "MESSAGE (the index holds its last
 * commit ...)" to standard error and ends the process with status 5 instead of abort's 134: there is
 * no way back into the caller, and status 5 is what poshuk's programs report for a failed write. */
class CommitGuard {
  public:
    CommitGuard(const std::string &dir, const std::string &context);
    ~CommitGuard();
    CommitGuard(const CommitGuard &) = delete;
    CommitGuard &operator=(const CommitGuard &) = delete;

  private:
    const CommitGuard *outer_;
    std::string mark_path_;
    std::string message_;
    friend void on_terminate_in_commit();
};

} // namespace shim

#endif
