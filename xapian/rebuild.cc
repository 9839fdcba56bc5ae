/* Rebuild writers: build a new generation beside the live index, fill it (article by article, or by
 * merging shards), and publish it with one atomic switch (generation.h has the scheme). */
#include "xapian/writer.h"

#include "xapian/fs.h"
#include "xapian/generation.h"
#include "xapian/modes.h"
#include "xapian/status.h"
#include "xapian/writable.h"

#include <string>
#include <sys/stat.h>

namespace {

using shim::Failure;

void require_rebuilding(const poshuk_writer *w, const char *what) {
    if (!w->open)
        throw Failure{POSHUK_ERR_INVALID, "the index writer is not open (opening it failed)"};
    if (!w->rebuilding)
        throw Failure{POSHUK_ERR_INVALID,
                      std::string("only a rebuild writer can ") + what + " (and only until it is published)"};
}

/* poshuk_writer_publish of a build_new writer. Its database is closed before the exchange: opened
 * under the generation's name, which will then name the old, empty directory, it could not go on. No
 * other writer can reach the new index meanwhile: a rebuild would need the live lock we hold. */
void publish_new(poshuk_writer *w) {
    const shim::Live where = shim::find_live(w->path);
    shim::ensure_transaction(w);
    w->in_transaction = false;
    w->db.commit_transaction();
    w->db.commit();
    w->db.close();
    struct stat st;
    try {
        if (::lstat(where.link.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
            shim::exchange_generation(where, w->generation);
        else /* path is a link of ours (an index emptied by deletes): switch it as a rebuild does */
            shim::switch_generation(where, w->generation);
    } catch (...) {
        /* Unpublished, as the header promises: the writer can go on, or publish again. */
        w->db = Xapian::WritableDatabase(w->generation, Xapian::DB_OPEN);
        w->db.begin_transaction(false);
        w->in_transaction = true;
        throw;
    }
    w->rebuilding = false;
    w->building_new = false;
    w->open = false;
    w->published_new = true;
    try {
        w->live.close(); /* the empty index's lock, now under the generation's name */
    } catch (...) {
    }
    w->live = Xapian::WritableDatabase();
    /* The empty index had no reader worth keeping it for; leftovers of killed builds go with it. */
    shim::remove_generations(where, where.link, "");
}

} // namespace

namespace shim {

namespace {

/* Creates the new generation beside the live index, whose lock the caller holds in live, and makes w
 * its rebuild writer. */
void start_generation(poshuk_writer *w, const Writable &live) {
    const std::string gen = new_generation(find_live(w->path));
    try {
        w->db = Xapian::WritableDatabase(gen, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    } catch (...) {
        remove_tree(gen);
        throw;
    }
    w->live = live.db;
    w->generation = gen;
    w->rebuilding = true;
}

/* Whether dir is a mount point: a directory of another file system than the one above it. */
bool mount_point(const std::string &dir) {
    struct stat st, up;
    return ::stat(dir.c_str(), &st) == 0 && ::stat((dir + "/..").c_str(), &up) == 0 && st.st_dev != up.st_dev;
}

} // namespace

void begin_rebuild(poshuk_writer *w, double wait_seconds) {
    /* The live index's lock, held until the switch, keeps every other writer out: an upsert into the
     * old index while the new one is built would be lost at the switch. A missing index is created
     * (empty) first, so there is a lock to hold and readers meanwhile find an empty index. */
    struct stat st;
    if (::stat(w->path.c_str(), &st) == 0 && !S_ISDIR(st.st_mode))
        throw Failure{POSHUK_ERR_OPEN, "cannot rebuild '" + w->path + "': it is not an index directory"};
    start_generation(w, open_writable(w->path, wait_seconds));
}

void begin_build_new(poshuk_writer *w, double wait_seconds) {
    /* Decided under the lock: an index that holds articles now gets an ordinary writer, whatever the
     * caller saw before, so no article of another job can be lost at the exchange. */
    Writable live = open_writable(w->path, wait_seconds);
    remove_leftover_generations(w->path);
    if (live.db.get_doccount() != 0) {
        w->db = live.db;
        return;
    }
    const Live where = find_live(w->path);
    if (mount_point(where.dir))
        throw Failure{POSHUK_ERR_OPEN, "cannot build a new index in place of '" + w->path +
                                           "': it is a mount point (the index is built beside it)"};
    start_generation(w, live);
    w->building_new = true;
}

void abandon_rebuild(poshuk_writer *w) noexcept {
    try {
        if (w->in_transaction)
            w->db.cancel_transaction();
    } catch (...) {
    }
    try {
        w->db.close();
    } catch (...) {
    }
    if (!w->generation.empty())
        remove_tree(w->generation);
    try {
        w->live.close();
    } catch (...) {
    }
    w->rebuilding = false;
}

} // namespace shim

extern "C" poshuk_status poshuk_writer_publish(poshuk_writer *w) {
    if (!w)
        return POSHUK_ERR_INVALID;
    return shim::guarded(
        w->error, [&] { return "publishing the rebuilt index '" + w->path + "'"; },
        [&] {
            require_rebuilding(w, "publish");
            if (w->building_new) {
                publish_new(w);
                return POSHUK_OK;
            }
            shim::commit_changes(w);
            const shim::Live where = shim::find_live(w->path);
            const std::string previous = shim::switch_generation(where, w->generation);
            /* From here on the new index is the live one: this writer goes on as its ordinary writer,
             * and the old index's lock is let go. */
            w->rebuilding = false;
            try {
                w->live.close();
            } catch (...) {
            }
            w->live = Xapian::WritableDatabase();
            shim::remove_generations(where, w->generation, previous);
            return POSHUK_OK;
        });
}

extern "C" poshuk_status poshuk_writer_merge(poshuk_writer *w, const char *const *shards, size_t n_shards) {
    if (!w)
        return POSHUK_ERR_INVALID;
    std::string current;
    return shim::guarded(
        w->error, [&] { return "merging shard '" + current + "' into the rebuilt index '" + w->path + "'"; },
        [&] {
            require_rebuilding(w, "merge shards");
            if (!shards || n_shards == 0)
                throw Failure{POSHUK_ERR_INVALID, "no shards given to merge"};
            if (w->db.get_doccount() != 0)
                throw Failure{POSHUK_ERR_INVALID, "the rebuilt index already holds articles; shards can only "
                                                  "be merged into an empty one"};
            Xapian::Database sources;
            for (size_t i = 0; i < n_shards; ++i) {
                current = shards[i] ? shards[i] : "";
                int err = 0;
                if (current.empty() || shim::inspect_path(current, &err) != shim::PathKind::INDEX_DIR)
                    throw Failure{POSHUK_ERR_OPEN, "'" + current + "' is not a poshuk index"};
                sources.add_database(Xapian::Database(shim::resolve_index(current)));
            }
            current = w->generation;
            w->in_transaction = false;
            w->db.cancel_transaction();
            w->db.close();
            /* Compaction writes a whole new database; the empty one it replaces goes first, so that
             * none of its files can outlive it in the directory. */
            const int err = shim::remove_tree(w->generation);
            if (err != 0)
                throw Failure{POSHUK_ERR_IO, "cannot empty '" + w->generation + "' for the merge (" +
                                                 shim::errno_text(err) + ")"};
            /* Into a directory made with the live index's mode, as new_generation made it: compaction
             * would make it with the umask's. */
            const shim::Modes modes = shim::index_modes(shim::find_live(w->path).dir);
            if (modes.known && ::mkdir(w->generation.c_str(), 0700) == 0)
                ::chmod(w->generation.c_str(), modes.dir);
            sources.compact(w->generation);
            shim::apply_modes(w->generation, modes);
            /* The articles came from elsewhere: the ids this writer was given no longer tell which
             * are in the index. */
            w->fresh = false;
            w->given.clear();
            w->db = Xapian::WritableDatabase(w->generation, Xapian::DB_OPEN);
            w->db.begin_transaction(false);
            w->in_transaction = true;
            return POSHUK_OK;
        });
}
