/* Did you mean: a better query built from the index's own words (vocabulary.h), for a query that
 * found little. Two kinds, tried in this order:
 * - the keyboard layout: a word typed with the other layout active (ltwtynhfkspfwsz is
 *   децентралізація on the Ukrainian ЙЦУКЕН keys; сщььгтшен is community on the English ones),
 *   recognised when the word is not in the index and its retyped form is;
 * - spelling: a word not in the index replaced by the closest word that is (at most one edit for
 *   words of up to four letters, two for longer ones; an edit is a letter added, dropped, changed or
 *   two neighbours swapped), the most frequent of the closest, the first letter kept.
 * Only the words change: operators, fields, phrases and the rest of the query stay as typed. */
#ifndef POSHUK_XAPIAN_DID_YOU_MEAN_H
#define POSHUK_XAPIAN_DID_YOU_MEAN_H

#include "poshuk.h"

#include <string>
#include <xapian.h>

namespace shim {

struct Suggestion {
    std::string query; /* empty: nothing better */
    poshuk_suggestion_kind kind = POSHUK_SUGGEST_NONE;
};

/* query as typed (it has passed the syntax check); partial as the request has it. */
Suggestion suggest_query(const Xapian::Database &db, const char *query, bool partial);

/* A word retyped as if the other layout had been active: Latin keys to Ukrainian letters, or
 * Ukrainian letters to the Latin keys; "" when the word mixes scripts or has a character that no
 * key of the two layouts makes. */
std::string retype(const std::string &word);

/* The edit distance (optimal string alignment) between a and b in characters, or max + 1 when it is
 * more than max. */
size_t edit_distance(const std::string &a, const std::string &b, size_t max);

} // namespace shim

#endif
