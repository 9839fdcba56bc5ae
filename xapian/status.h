/* How the shim turns whatever was thrown into a poshuk_status and a message on the handle.
 *
 * Every extern "C" entry point runs its body through shim::guarded(): nothing may escape into C, and
 * the sorting of exceptions lives in one function (classify_current, notmuch's rethrow pattern), so
 * two entry points can never disagree about what a DatabaseLockError means. */
#ifndef POSHUK_XAPIAN_STATUS_H
#define POSHUK_XAPIAN_STATUS_H

#include "poshuk.h"

#include <string>
#include <utility>

namespace shim {

/* Thrown by poshuk's own checks when the status and the whole message are already known (an empty id,
 * "no index at 'PATH'", ...). Its message is used as it is, without the context prefix. */
struct Failure {
    poshuk_status status;
    std::string message;
};

/* Call only inside a catch handler: rethrows the current exception to sort it, stores
 * "CONTEXT: DESCRIPTION" (or a Failure's own message) into error and returns the status. */
poshuk_status classify_current(std::string &error, const std::string &context) noexcept;

/* Runs body (which returns a poshuk_status) with error cleared first; anything thrown becomes a status
 * and a message. context is a callable returning what poshuk was doing ("indexing article '42'"); it is
 * only called when something went wrong, so the happy path builds no strings. */
template <class Context, class Body>
poshuk_status guarded(std::string &error, Context &&context, Body &&body) noexcept {
    error.clear();
    try {
        return std::forward<Body>(body)();
    } catch (...) {
        std::string what;
        try {
            what = std::forward<Context>(context)();
        } catch (...) {
            /* Out of memory while describing the failure: report the failure without its context. */
        }
        return classify_current(error, what);
    }
}

} // namespace shim

#endif
