/* poshuk_db_open and the rest of the read-only handle's life: reopen, count, error, close. */
#include "xapian/db.h"

#include "xapian/fs.h"
#include "xapian/generation.h"
#include "xapian/query_build.h"
#include "xapian/poshuk_stem.h"
#include "xapian/status.h"

#include <new>

namespace {

using shim::Failure;

Xapian::Database open_shard(const std::string &path) {
    int err = 0;
    switch (shim::inspect_path(path, &err)) {
    case shim::PathKind::MISSING:
        throw Failure{POSHUK_ERR_OPEN, "no index at '" + path + "' (" + shim::errno_text(err) + ")"};
    case shim::PathKind::EMPTY_DIR:
    case shim::PathKind::OTHER_DIR:
        throw Failure{POSHUK_ERR_OPEN, "'" + path + "' is not a poshuk index"};
    case shim::PathKind::INDEX_DIR:
    case shim::PathKind::NOT_DIR: /* a stub file listing shards, or something Xapian will refuse */
        break;
    }
    try {
        /* The directory a rebuild's link leads to, not the link: see generation.h. */
        return Xapian::Database(shim::resolve_index(path));
    } catch (const Xapian::DatabaseNotFoundError &) {
        throw Failure{POSHUK_ERR_OPEN, "'" + path + "' is not a poshuk index"};
    }
}

/* Thrown by RemoteProbe: Xapian asked for its serialisation, which it does only to send it to a remote
 * shard. */
struct RemoteShard {};

class RemoteProbe : public Xapian::MatchSpy {
  public:
    void operator()(const Xapian::Document &, double) override {}
    std::string name() const override {
        return "poshuk::RemoteProbe";
    }
    std::string serialise() const override {
        throw RemoteShard{};
    }
};

/* Whether any shard of db is remote. Xapian does not say, and a stub file may name other stubs; a match
 * with a spy does, at the cost of one empty match when the index is opened. The spy fails before
 * anything is sent, so the connection stays as it was. */
bool has_remote_shard(const Xapian::Database &db) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query::MatchAll);
    RemoteProbe probe;
    enquire.add_matchspy(&probe);
    try {
        enquire.get_mset(0, 0);
    } catch (const RemoteShard &) {
        return true;
    }
    return false;
}

/* Whether a path now leads somewhere else than when it was opened. */
bool switched(const poshuk_db &d) {
    for (size_t i = 0; i < d.paths.size(); ++i) {
        if (shim::resolve_index(d.paths[i]) != d.dirs[i])
            return true;
    }
    return false;
}

} // namespace

extern "C" poshuk_status poshuk_db_open(const char *const *paths, size_t n_paths, poshuk_db **out) {
    if (!out)
        return POSHUK_ERR_INVALID;
    poshuk_db *d = new (std::nothrow) poshuk_db;
    *out = d;
    if (!d)
        return POSHUK_ERR_NOMEM;
    std::string current; /* the path being opened, for messages */
    return shim::guarded(
        d->error, [&] { return "opening index '" + current + "'"; },
        [&] {
            if (!paths || n_paths == 0)
                throw Failure{POSHUK_ERR_INVALID, "no index path given"};
            for (size_t i = 0; i < n_paths; ++i) {
                if (!paths[i] || !*paths[i])
                    throw Failure{POSHUK_ERR_INVALID, "index path " + std::to_string(i + 1) + " is empty"};
                current = paths[i];
                d->db.add_database(open_shard(current));
                d->paths.push_back(current);
                d->dirs.push_back(shim::resolve_index(current));
            }
            d->remote = has_remote_shard(d->db);
            d->stem = shim::make_stem();
            d->parser = shim::make_query_parser(d->stem);
            d->open = true;
            return POSHUK_OK;
        });
}

extern "C" poshuk_status poshuk_db_reopen(poshuk_db *d) {
    if (!d)
        return POSHUK_ERR_INVALID;
    d->error_offset = -1;
    return shim::guarded(
        d->error, [] { return std::string("reopening the index"); },
        [&] {
            if (!d->open)
                throw Failure{POSHUK_ERR_INVALID, "the index is not open (opening it failed)"};
            if (!switched(*d)) {
                d->db.reopen();
                return POSHUK_OK;
            }
            /* A rebuild switched a path to a new index: open every shard afresh (the old database
             * object would go on reading the old index, or mix the two). */
            Xapian::Database fresh;
            std::vector<std::string> dirs;
            for (const std::string &path : d->paths) {
                fresh.add_database(open_shard(path));
                dirs.push_back(shim::resolve_index(path));
            }
            d->remote = has_remote_shard(fresh);
            d->db = fresh;
            d->dirs = dirs;
            return POSHUK_OK;
        });
}

extern "C" uint64_t poshuk_db_doc_count(const poshuk_db *d) {
    if (!d || !d->open)
        return 0;
    uint64_t count = 0;
    shim::guarded(
        d->error, [] { return std::string("counting articles"); },
        [&] {
            count = d->db.get_doccount();
            return POSHUK_OK;
        });
    return count;
}

extern "C" const char *poshuk_db_error(const poshuk_db *d) {
    return d ? d->error.c_str() : "";
}

extern "C" long poshuk_db_error_offset(const poshuk_db *d) {
    return d ? d->error_offset : -1;
}

extern "C" void poshuk_db_close(poshuk_db *d) {
    if (!d)
        return;
    try {
        d->db.close();
    } catch (...) {
        /* Nothing to report to, and the memory is freed below regardless. */
    }
    delete d;
}
