/* Rebuild writers: build a new generation beside the live index, fill it (article by article, or by
 * merging shards), and publish it with one atomic switch (generation.h has the scheme). */
#include "xapian/writer.h"

#include "xapian/fs.h"
#include "xapian/generation.h"
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

} // namespace

namespace shim {

void begin_rebuild(poshuk_writer *w, double wait_seconds) {
    /* The live index's lock, held until the switch, keeps every other writer out: an upsert into the
     * old index while the new one is built would be lost at the switch. A missing index is created
     * (empty) first, so there is a lock to hold and readers meanwhile find an empty index. */
    struct stat st;
    if (::stat(w->path.c_str(), &st) == 0 && !S_ISDIR(st.st_mode))
        throw Failure{POSHUK_ERR_OPEN, "cannot rebuild '" + w->path + "': it is not an index directory"};
    Writable live = open_writable(w->path, wait_seconds);
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
            sources.compact(w->generation);
            w->db = Xapian::WritableDatabase(w->generation, Xapian::DB_OPEN);
            w->db.begin_transaction(false);
            w->in_transaction = true;
            return POSHUK_OK;
        });
}
