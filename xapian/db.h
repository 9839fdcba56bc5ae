/* The read-only handle, shared by db.cc (opening, reopening) and search.cc. */
#ifndef POSHUK_XAPIAN_DB_H
#define POSHUK_XAPIAN_DB_H

#include "poshuk.h"

#include <string>
#include <vector>
#include <xapian.h>

struct poshuk_db {
    std::vector<std::string> paths;
    /* What each path led to when it was opened: a rebuild may switch it later (generation.h). */
    std::vector<std::string> dirs;
    Xapian::Database db;        /* every shard added to one Database: global BM25 statistics */
    Xapian::Stem stem;          /* the handle's own stemmer (not thread-safe, so not shared) */
    Xapian::QueryParser parser; /* built once per handle, with that stemmer */
    mutable std::string error;  /* mutable: poshuk_db_doc_count is const but may fail */
    long error_offset = -1;
    bool open = false;
    /* Whether any shard is served by xapian-tcpsrv, which runs only Xapian's own match spies and
     * posting sources: facets are then counted with those (facets.h). */
    bool remote = false;
    /* Tests only (cost_bounds_test.h): > 0 stops every match after this many documents, as if
     * the time budget had run out there. */
    size_t test_stop_after = 0;
};

#endif
