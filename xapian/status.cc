/* Sorting exceptions into poshuk statuses, and the statuses' descriptions. */
#include "xapian/status.h"

#include <new>
#include <stdexcept>
#include <xapian.h>

namespace shim {

namespace {

/* The order of the handlers matters: a subclass must come before its base (DatabaseLockError and
 * DatabaseModifiedError are DatabaseErrors; DatabaseNotFoundError and DatabaseVersionError are
 * DatabaseOpeningErrors). Xapian::Error is not a std::exception, hence the separate handlers. */
poshuk_status sort_current(std::string &description, bool &complete) {
    complete = false;
    try {
        throw;
    } catch (const Failure &f) {
        description = f.message;
        complete = true;
        return f.status;
    } catch (const Xapian::Error &e) {
        description = e.get_description();
        try {
            throw;
        } catch (const Xapian::DatabaseModifiedError &) {
            return POSHUK_ERR_MODIFIED;
        } catch (const Xapian::DatabaseLockError &) {
            return POSHUK_ERR_LOCKED;
        } catch (const Xapian::DatabaseOpeningError &) {
            /* Also DatabaseNotFoundError and DatabaseVersionError: either way the index cannot be
             * opened by this build, which is what the caller needs to know. */
            return POSHUK_ERR_OPEN;
        } catch (const Xapian::DatabaseCorruptError &) {
            return POSHUK_ERR_CORRUPT;
        } catch (const Xapian::DatabaseError &) {
            /* What is left of DatabaseError is reading or writing going wrong: a full disk, an I/O
             * error, a closed database, a failed create. */
            return POSHUK_ERR_IO;
        } catch (const Xapian::QueryParserError &) {
            return POSHUK_ERR_QUERY_SYNTAX;
        } catch (const Xapian::InvalidArgumentError &) {
            return POSHUK_ERR_INVALID;
        } catch (const Xapian::DocNotFoundError &) {
            /* poshuk never asks Xapian for a document by a number it did not get from the index (a
             * missing id is poshuk's own Failure): a posting list naming a document that is not
             * there is a damaged index (a corrupted postlist.glass gives this), not a missing article. */
            return POSHUK_ERR_CORRUPT;
        } catch (const Xapian::NetworkError &) {
            return POSHUK_ERR_NETWORK;
        } catch (const Xapian::Error &) {
            return POSHUK_ERR_XAPIAN;
        }
    } catch (const std::bad_alloc &) {
        description = "out of memory";
        return POSHUK_ERR_NOMEM;
    } catch (const std::exception &e) {
        description = e.what();
        return POSHUK_ERR_UNKNOWN;
    } catch (...) {
        description = "an unknown exception";
        return POSHUK_ERR_UNKNOWN;
    }
}

} // namespace

poshuk_status classify_current(std::string &error, const std::string &context) noexcept {
    std::string description;
    bool complete = false;
    poshuk_status status = POSHUK_ERR_UNKNOWN;
    try {
        status = sort_current(description, complete);
    } catch (...) {
        /* Only std::bad_alloc can get here (copying a message); the status is then the honest one. */
        status = POSHUK_ERR_NOMEM;
        description.clear();
    }
    try {
        if (complete || context.empty())
            error = description;
        else
            error = context + ": " + description;
    } catch (...) {
        error.clear();
    }
    return status;
}

} // namespace shim

extern "C" const char *poshuk_status_str(poshuk_status status) {
    switch (status) {
    case POSHUK_OK:
        return "success";
    case POSHUK_ERR_NOMEM:
        return "out of memory";
    case POSHUK_ERR_INVALID:
        return "invalid argument";
    case POSHUK_ERR_NOT_FOUND:
        return "no article with that id";
    case POSHUK_ERR_OPEN:
        return "index cannot be opened";
    case POSHUK_ERR_LOCKED:
        return "index is locked by another writer";
    case POSHUK_ERR_MODIFIED:
        return "index changed while being read; reopen and retry";
    case POSHUK_ERR_CORRUPT:
        return "index is damaged";
    case POSHUK_ERR_QUERY_SYNTAX:
        return "query syntax error";
    case POSHUK_ERR_IO:
        return "index read or write failed";
    case POSHUK_ERR_NETWORK:
        return "remote index cannot be reached";
    case POSHUK_ERR_XAPIAN:
        return "Xapian error";
    case POSHUK_ERR_UNKNOWN:
        return "unknown error";
    }
    return "unknown status";
}
