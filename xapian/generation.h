/* Generations: how a full rebuild replaces an index in one atomic step.
 *
 * An index path starts as a plain directory. The first rebuild builds a new index in a directory
 * beside it, NAME.gen-N (N one more than any there), and then makes NAME a symbolic link to it
 * ("NAME.gen-N", relative, so the parent directory can be moved): by renaming a new link over the old
 * one, or, while NAME is still a directory, by exchanging the two names (renameat2 RENAME_EXCHANGE).
 * Either way there is no moment at which NAME names nothing or half an index.
 *
 * Readers and writers open the directory the link leads to, never the link itself: Xapian opens table
 * files by path long after it opened the database, and would otherwise mix two indexes. A reader
 * that sees the link lead elsewhere opens the new index (poshuk_db_reopen).
 *
 * After a switch the generation that was live until then is kept, for readers still busy with it; all
 * older ones (and unfinished ones from crashed rebuilds) are removed. A directory that was live before
 * the first rebuild becomes generation 0 and goes the same way. */
#ifndef POSHUK_XAPIAN_GENERATION_H
#define POSHUK_XAPIAN_GENERATION_H

#include <string>

namespace shim {

/* Where the index a path names lives now. */
struct Live {
    std::string link;  /* the name a switch replaces: the path (without trailing slashes), or the end of
                          a chain of symbolic links that are not ours (a link of the site's own) */
    std::string dir;   /* the real path of the live directory; "" when there is none */
    bool ours = false; /* link is a symbolic link to one of our generations */
};
Live find_live(const std::string &path);

/* The real path of path when it is a directory (through any links), else path as it is: the name
 * under which to open an index so that a later switch of a link cannot change what is open. */
std::string resolve_index(const std::string &path);

/* Creates the empty directory of the next generation beside live.link, with live.dir's mode, and
 * returns its path. Throws Failure (POSHUK_ERR_IO) when it cannot. */
std::string new_generation(const Live &live);

/* Makes live.link lead to gen (a directory made by new_generation), atomically, and durably; gen and
 * its files get live.dir's modes first (modes.h), whatever made them since. Returns
 * the path of the directory that was live until then (renamed into a generation if it was a plain
 * directory), or "" when there was none. Throws Failure (POSHUK_ERR_IO) with live.link unchanged. */
std::string switch_generation(const Live &live, const std::string &gen);

/* For a new index built beside an empty one (poshuk_writer_options.build_new): live.link, a plain
 * directory, and gen exchange names in one atomic step (renameat2 RENAME_EXCHANGE), so that live.link
 * stays a plain directory and now holds the new index; gen then names the old directory. The new
 * directory gets the old one's permission bits first (it may have been made by someone on purpose),
 * and its files those of the old one's (modes.h).
 * Throws Failure (POSHUK_ERR_IO) with live.link unchanged. */
void exchange_generation(const Live &live, const std::string &gen);

/* Removes every generation of live.link except the two given (paths or ""). Best effort: a directory
 * that cannot be removed now is removed by a later switch. */
void remove_generations(const Live &live, const std::string &keep, const std::string &keep_too);

} // namespace shim

#endif
