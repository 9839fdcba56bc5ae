/* Repairing an index whose commit failed (commit_safety.h has why it is needed): the last committed
 * revision is compacted into a new generation, which is then switched in as a rebuild's is
 * (generation.h). Readers go on with the old directory until they reopen; it is removed by a later
 * switch, as any previous generation is. */
#include "xapian/commit_safety.h"
#include "xapian/fs.h"
#include "xapian/generation.h"
#include "xapian/status.h"
#include "xapian/writer.h"

#include <string>
#include <sys/stat.h>
#include <sys/statvfs.h>

namespace {

using shim::Failure;

/* A generation is made beside the live directory, so a mount point cannot be repaired in place. */
bool mount_point(const std::string &dir) {
    struct stat st, up;
    return ::stat(dir.c_str(), &st) == 0 && ::stat((dir + "/..").c_str(), &up) == 0 && st.st_dev != up.st_dev;
}

/* Compaction writes a whole copy of the index, which is at most as large as the tables it reads. */
void check_room_for_copy(const std::string &where, const std::string &path, std::uint64_t bytes) {
    struct statvfs fs;
    if (::statvfs(where.c_str(), &fs) != 0 || fs.f_frsize == 0)
        return;
    const std::uint64_t room = static_cast<std::uint64_t>(fs.f_bavail) * fs.f_frsize;
    const std::uint64_t needed = bytes + shim::commit_room_needed(0);
    if (room < needed)
        throw Failure{POSHUK_ERR_IO, "cannot repair index '" + path + "': the repaired copy needs " +
                                         std::to_string(needed / (1024 * 1024) + 1) + " MiB beside it and " +
                                         std::to_string(room / (1024 * 1024)) +
                                         " MiB are free (No space left on device); the index holds its "
                                         "last commit"};
}

} // namespace

namespace shim {

/* w holds the live index's lock in w->db, with nothing pending. Afterwards w->db is the repaired
 * index, locked, and the old directory is a previous generation. */
void repair_index(poshuk_writer *w) {
    const Live live = find_live(w->path);
    if (live.dir.empty())
        throw Failure{POSHUK_ERR_OPEN, "no index at '" + w->path + "' to repair"};
    if (mount_point(live.dir))
        throw Failure{POSHUK_ERR_OPEN, "cannot repair index '" + w->path +
                                           "' in place: it is a mount point (the repaired copy is made "
                                           "beside the index); rebuild it from its source files instead"};
    check_room_for_copy(parent_of(live.link), w->path, index_bytes(live.dir));
    const std::string gen = new_generation(live);
    Xapian::WritableDatabase repaired;
    try {
        /* A reader opens the last committed revision, whatever the writer's freelist says. */
        Xapian::Database(live.dir).compact(gen);
        repaired = Xapian::WritableDatabase(gen, Xapian::DB_OPEN | Xapian::DB_BACKEND_GLASS);
    } catch (const Xapian::DatabaseCorruptError &e) {
        remove_tree(gen);
        throw Failure{POSHUK_ERR_CORRUPT, "cannot repair index '" + w->path +
                                              "': its last commit cannot be read (" + e.get_msg() +
                                              "); rebuild it from its source files (--rebuild)"};
    } catch (...) {
        remove_tree(gen);
        throw;
    }
    const std::string previous = switch_generation(live, gen);
    try {
        w->db.close();
    } catch (...) {
    }
    w->db = repaired;
    remove_generations(live, gen, previous);
}

} // namespace shim

extern "C" poshuk_status poshuk_writer_repair(poshuk_writer *w) {
    if (!w)
        return POSHUK_ERR_INVALID;
    return shim::guarded(
        w->error, [&] { return "repairing index '" + w->path + "'"; },
        [&] {
            if (!w->open)
                throw Failure{POSHUK_ERR_INVALID, "the index writer is not open (opening it failed)"};
            if (w->rebuilding)
                throw Failure{POSHUK_ERR_INVALID,
                              "a rebuild writer builds a new index; there is nothing to repair"};
            if (w->pending_changes != 0)
                throw Failure{POSHUK_ERR_INVALID,
                              "the writer has changes that are not committed; commit them "
                              "(or close the writer) before repairing"};
            if (w->in_transaction) {
                w->in_transaction = false;
                w->db.cancel_transaction();
            }
            shim::repair_index(w);
            w->fresh = w->db.get_doccount() == 0;
            w->db.begin_transaction(false);
            w->in_transaction = true;
            return POSHUK_OK;
        });
}

extern "C" int poshuk_writer_repaired(const poshuk_writer *w) {
    return w && w->repaired ? 1 : 0;
}
