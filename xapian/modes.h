/* The permissions of an index: a new generation, a merge's output and the files Xapian creates take
 * those of the index they replace or belong to, never the process's umask. An index kept at 0700
 * with 0600 files (say, of articles not yet public) must not become readable to everyone because a
 * rebuild created its files anew, nor because Xapian rewrote its version file at a commit. */
#ifndef POSHUK_XAPIAN_MODES_H
#define POSHUK_XAPIAN_MODES_H

#include <string>
#include <sys/types.h>

namespace shim {

struct Modes {
    bool known = false; /* false: nothing to copy (the directory could not be read) */
    mode_t dir = 0;     /* permission bits of the directory (07777) */
    mode_t file = 0;    /* permission bits for every file in it */
};

/* The modes of the index directory dir: the directory's own, and those of its postlist table, which
 * every index has (its data is what the modes protect). A directory without one, such as an empty
 * directory an index is about to be created in, gives its files its own bits less the execute bits
 * (0700 -> 0600, 02775 -> 0664). */
Modes index_modes(const std::string &dir);

/* Gives dir, and every regular file in it that differs, the modes m (nothing when !m.known).
 * Returns 0, or the errno of the first chmod that failed (the others are still tried). */
int apply_modes(const std::string &dir, const Modes &m);

} // namespace shim

#endif
