/* Opening an index for writing: creating a new one whole, waiting for another writer, and following
 * a rebuild's switch. Used by writer.cc; the rebuild writer (rebuild.cc) opens the live index with it
 * too, to hold the live index's lock for as long as the rebuild runs. */
#ifndef POSHUK_XAPIAN_WRITABLE_H
#define POSHUK_XAPIAN_WRITABLE_H

#include <string>
#include <xapian.h>

namespace shim {

struct Writable {
    Xapian::WritableDatabase db;
    std::string dir; /* the directory the database was opened at: path itself, or where its links lead */
};

/* Opens the index at path for writing, creating it (and the directories above it) if it is missing.
 *
 * A new index is built in a hidden directory beside path (".NAME.new-PID-N") and renamed into place,
 * so that path never names half of an index, whatever moment the process is killed at. An existing
 * empty directory is used in place (it may be a mount point or have permissions someone chose).
 *
 * wait_seconds: when another writer holds the index, try again (after 50 ms, then less often, at
 * least every 0.5 s) until this many seconds have passed (0: fail at once, < 0: without a limit).
 * Throws Failure: POSHUK_ERR_LOCKED ("index 'PATH' is being written by another process"),
 * POSHUK_ERR_OPEN (not an index, cannot create), ... */
Writable open_writable(const std::string &path, double wait_seconds);

/* Removes the PATH.gen-N directories beside path when path is a plain directory; call it holding
 * path's lock. Every rebuild and new build (build_new) of path holds that lock from start to end, and
 * a rebuild leaves path a link of its own; so beside a plain directory they are what a killed one
 * left, such as the empty predecessor of a new build killed between its exchange and its clean-up.
 * (A rebuild removes them at its switch anyway, keeping its generation numbers.) */
void remove_leftover_generations(const std::string &path);

} // namespace shim

#endif
