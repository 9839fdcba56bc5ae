/* The writer handle, shared by writer.cc (open, upsert, delete, commit, close) and rebuild.cc
 * (publish, merge). */
#ifndef POSHUK_XAPIAN_WRITER_H
#define POSHUK_XAPIAN_WRITER_H

#include "poshuk.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <xapian.h>

struct poshuk_writer {
    std::string path;
    mutable std::string error;   /* mutable: poshuk_writer_doc_count is const but may fail */
    Xapian::WritableDatabase db; /* where changes go: the index at path, or a rebuild's new index */
    Xapian::Stem stem;           /* the writer's own stemmer, shared by its TermGenerator */
    Xapian::TermGenerator termgen;
    bool open = false;
    bool in_transaction = false;

    /* Since the last commit: how many upserts and deletes, and about how many bytes the commit may
     * write for them (commit_safety.h), for the room check before it. A delete counts the mean size
     * of an article in the index, taken once a writer (bytes_per_article). */
    std::uint64_t pending_changes = 0;
    std::uint64_t pending_bytes = 0;
    std::uint64_t bytes_per_article = 0;
    bool bytes_per_article_known = false;
    bool repaired = false; /* the writer repaired the index when it opened (commit_safety.h) */

    /* Upserts into an index that held no articles when the writer opened (a new index, a rebuild's new
     * generation, a shard): an id this writer has not been given cannot be in the index, so its article
     * is added without looking the id up (replace_document's postlist look-up and deletion cost about a
     * third more than add_document). The ids given are kept as 64-bit hashes, about 32 bytes each: a
     * hash seen before (a repeated id, or two ids that collide) takes the replace path, which is always
     * correct. Off for an index that held articles, and after a merge brought articles in. */
    bool fresh = false;
    std::unordered_set<std::uint64_t> given;

    /* A rebuild writer until it is published (generation.h has the scheme): */
    bool rebuilding = false;
    bool building_new = false;     /* poshuk_writer_options.build_new: publish exchanges directories */
    bool published_new = false;    /* ... and did: the writer is closed */
    Xapian::WritableDatabase live; /* the index live at path, open only to hold its lock */
    std::string generation;        /* the directory of the new index */
};

namespace shim {

/* After a failed commit the transaction may be gone; every writing call starts by making sure the
 * writer is back inside one. Throws Failure (POSHUK_ERR_INVALID) on a writer that did not open. */
void ensure_transaction(poshuk_writer *w);

/* Makes every change since the last commit durable and visible (to readers of the index being
 * written), and starts the next transaction. */
void commit_changes(poshuk_writer *w);

/* Repairs the index w holds locked in w->db (repair.cc): its last commit compacted into a new
 * generation and switched in; w->db is then the repaired index. Nothing may be pending. */
void repair_index(poshuk_writer *w);

/* Opens w as a rebuild writer of w->path (rebuild.cc): the live index locked, a new generation
 * created and open in w->db. */
void begin_rebuild(poshuk_writer *w, double wait_seconds);

/* Opens w for poshuk_writer_options.build_new (rebuild.cc): as a rebuild writer when the index at
 * w->path holds no articles, else as an ordinary writer of it. */
void begin_build_new(poshuk_writer *w, double wait_seconds);

/* Drops a rebuild that was not published: the new generation is closed and removed, the live index's
 * lock released. Never throws. */
void abandon_rebuild(poshuk_writer *w) noexcept;

} // namespace shim

#endif
