/* poshuk_writer_*: one WritableDatabase with exact commit semantics.
 *
 * Between commits the writer always sits inside begin_transaction(false). An unflushed transaction
 * keeps Xapian from flushing on its own (XAPIAN_FLUSH_THRESHOLD), so nothing reaches the disk before
 * poshuk_writer_commit, and closing without a commit can cancel everything since the last one, as the
 * header promises. Opening (creating, waiting for the lock) is writable.cc's; rebuilds are rebuild.cc's. */
#include "xapian/writer.h"

#include "xapian/article_document.h"
#include "xapian/commit_safety.h"
#include "xapian/generation.h"
#include "xapian/modes.h"
#include "xapian/schema.h"
#include "xapian/poshuk_stem.h"
#include "xapian/status.h"
#include "xapian/validate.h"
#include "xapian/writable.h"

#include <cstring>
#include <functional>
#include <new>
#include <string>
#include <string_view>

namespace {

using shim::Failure;

/* For messages only: the id as given, or "" when there is none. */
std::string id_text(const char *id) {
    return id ? id : "";
}

/* The text an article brings, for the room check before a commit. */
std::uint64_t text_bytes(const poshuk_article &a) {
    auto len = [](const char *s) -> std::uint64_t { return s ? std::strlen(s) : 0; };
    std::uint64_t n = len(a.id) + len(a.title) + len(a.body) + len(a.oblast) + len(a.source) + len(a.url);
    for (size_t i = 0; i < a.n_tags; ++i)
        n += len(a.tags[i]);
    for (size_t i = 0; i < a.n_hromadas; ++i)
        n += len(a.hromadas[i]);
    return n;
}

/* A delete rewrites about what its article takes in the index: the mean, measured once a writer. */
std::uint64_t article_bytes(poshuk_writer *w) {
    if (!w->bytes_per_article_known) {
        const Xapian::doccount n = w->db.get_doccount();
        const std::string dir = w->rebuilding ? w->generation : shim::resolve_index(w->path);
        w->bytes_per_article = n ? shim::index_bytes(dir) / n : 0;
        w->bytes_per_article_known = true;
    }
    return w->bytes_per_article;
}

} // namespace

namespace shim {

void ensure_transaction(poshuk_writer *w) {
    if (!w->open)
        throw Failure{POSHUK_ERR_INVALID, w->published_new
                                              ? "the index writer is closed (it published the new index)"
                                              : "the index writer is not open (opening it failed)"};
    if (!w->in_transaction) {
        w->db.begin_transaction(false);
        w->in_transaction = true;
    }
}

void commit_changes(poshuk_writer *w) {
    ensure_transaction(w);
    /* commit_transaction ends the transaction even when it throws; commit() then writes an unflushed
     * transaction's changes to disk. */
    const std::string dir = w->rebuilding ? w->generation : resolve_index(w->path);
    check_room_for_commit(dir, w->path, w->pending_bytes);
    w->in_transaction = false;
    {
        CommitGuard guard(dir, "committing index '" + w->path + "'");
        try {
            w->db.commit_transaction();
            w->db.commit();
        } catch (const Xapian::DatabaseError &) {
            /* Xapian may have left the freelist of the last commit wrong: the next writer repairs. */
            mark_for_repair(dir);
            throw;
        }
    }
    w->pending_changes = 0;
    w->pending_bytes = 0;
    /* Xapian rewrote its version file, and may have made new tables, with the umask's mode: they
     * take the live index's (a rebuild's new generation too, before anyone can open it). */
    apply_modes(w->rebuilding ? w->generation : resolve_index(w->path), index_modes(find_live(w->path).dir));
    w->db.begin_transaction(false);
    w->in_transaction = true;
}

} // namespace shim

extern "C" poshuk_status poshuk_writer_open_opts(const char *path, const poshuk_writer_options *options,
                                                 poshuk_writer **out) {
    if (!out)
        return POSHUK_ERR_INVALID;
    poshuk_writer *w = new (std::nothrow) poshuk_writer;
    *out = w;
    if (!w)
        return POSHUK_ERR_NOMEM;
    return shim::guarded(
        w->error, [&] { return "opening index '" + w->path + "' for writing"; },
        [&] {
            if (!path || !*path)
                throw Failure{POSHUK_ERR_INVALID, "no index path given"};
            w->path = path;
            const double wait = options ? options->wait_seconds : 0;
            if (options && options->rebuild)
                shim::begin_rebuild(w, wait);
            else if (options && options->build_new)
                shim::begin_build_new(w, wait);
            else {
                w->db = shim::open_writable(w->path, wait).db;
                shim::remove_leftover_generations(w->path);
            }
            /* A commit of the index failed last time: its freelist cannot be trusted (commit_safety.h). */
            if (!w->rebuilding && shim::marked_for_repair(shim::resolve_index(w->path))) {
                shim::repair_index(w);
                w->repaired = true;
            }
            w->fresh = w->db.get_doccount() == 0;
            w->stem = shim::make_stem();
            w->termgen.set_stemmer(w->stem);
            w->termgen.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
            w->db.begin_transaction(false);
            w->in_transaction = true;
            w->open = true;
            return POSHUK_OK;
        });
}

extern "C" poshuk_status poshuk_writer_open(const char *path, poshuk_writer **out) {
    return poshuk_writer_open_opts(path, nullptr, out);
}

extern "C" poshuk_status poshuk_writer_upsert(poshuk_writer *w, const poshuk_article *article) {
    if (!w)
        return POSHUK_ERR_INVALID;
    return shim::guarded(
        w->error, [&] { return "indexing article '" + id_text(article ? article->id : nullptr) + "'"; },
        [&] {
            shim::check_article(article);
            shim::ensure_transaction(w);
            Xapian::Document doc = shim::make_document(*article, w->termgen, w->stem);
            if (w->fresh && w->given.insert(std::hash<std::string_view>{}(article->id)).second)
                w->db.add_document(doc); /* see writer.h: this id cannot be in the index yet */
            else
                w->db.replace_document(shim::schema::PREFIX_ID + std::string(article->id), doc);
            w->pending_changes++;
            w->pending_bytes += shim::upsert_room(text_bytes(*article));
            return POSHUK_OK;
        });
}

extern "C" poshuk_status poshuk_writer_delete(poshuk_writer *w, const char *id) {
    if (!w)
        return POSHUK_ERR_INVALID;
    return shim::guarded(
        w->error, [&] { return "deleting article '" + id_text(id) + "'"; },
        [&] {
            shim::check_id(id);
            shim::ensure_transaction(w);
            const std::string term = shim::schema::PREFIX_ID + std::string(id);
            if (!w->db.term_exists(term))
                throw Failure{POSHUK_ERR_NOT_FOUND, "no article with id '" + std::string(id) + "'"};
            w->pending_bytes += article_bytes(w);
            w->db.delete_document(term);
            w->pending_changes++;
            return POSHUK_OK;
        });
}

extern "C" poshuk_status poshuk_writer_commit(poshuk_writer *w) {
    if (!w)
        return POSHUK_ERR_INVALID;
    return shim::guarded(
        w->error, [&] { return "committing index '" + w->path + "'"; },
        [&] {
            shim::commit_changes(w);
            return POSHUK_OK;
        });
}

extern "C" uint64_t poshuk_writer_doc_count(const poshuk_writer *w) {
    if (!w || !w->open)
        return 0;
    uint64_t count = 0;
    shim::guarded(
        w->error, [&] { return "counting articles in '" + w->path + "'"; },
        [&] {
            count = w->db.get_doccount();
            return POSHUK_OK;
        });
    return count;
}

extern "C" const char *poshuk_writer_error(const poshuk_writer *w) {
    return w ? w->error.c_str() : "";
}

extern "C" void poshuk_writer_close(poshuk_writer *w) {
    if (!w)
        return;
    if (w->rebuilding) {
        shim::abandon_rebuild(w);
        delete w;
        return;
    }
    /* Cancel first: WritableDatabase::close() would otherwise commit what is pending. Failures here
     * have nobody to report to; the lock is released when the database object goes away regardless. */
    try {
        if (w->open && w->in_transaction)
            w->db.cancel_transaction();
    } catch (...) {
    }
    try {
        if (w->open)
            w->db.close();
    } catch (...) {
    }
    delete w;
}
