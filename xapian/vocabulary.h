/* The index's own vocabulary: every word of a title or body, as written (lower-cased, not stemmed),
 * kept as a term XW<word> with wdf 0 and no positions, so it changes no document length and no score.
 * It is what wildcards and the partial last word expand over (so школ* finds школярі although the
 * stem of that word is not школ…), what completions are taken from, and what did-you-mean corrects
 * towards. Its term frequency is the number of articles that use the word. */
#ifndef POSHUK_XAPIAN_VOCABULARY_H
#define POSHUK_XAPIAN_VOCABULARY_H

#include <string>
#include <utility>
#include <vector>
#include <xapian.h>

namespace shim {

inline const char *const PREFIX_WORD = "XW";

/* Index side: XW<word> for one word of a title or body (normalised, split and lower-cased as Xapian's
 * TermGenerator splits and lower-cases it: word_pass.h splits with word_split.h, which keeps its
 * boundaries). */
void add_word_term(Xapian::Document &doc, const std::string &word);

/* Whether the index has the vocabulary (indexes built before it do not). */
bool has_words(const Xapian::Database &db);

/* The lower-cased form a word of a query takes in the vocabulary: normalised, then lower-cased as
 * Xapian's parser lower-cases it. */
std::string word_form(const std::string &typed);

/* Whether word is in the vocabulary, and in how many articles. */
Xapian::doccount word_frequency(const Xapian::Database &db, const std::string &word);

/* Words of the vocabulary that begin with prefix, with their article counts: at most max of them,
 * most frequent first, equal counts in byte order. Reads at most scan words in byte order, so a
 * one-letter prefix on a big index costs no more than scan steps. *more is set when there were
 * more than scan (or, with scan 0, when there were more than max). */
std::vector<std::pair<std::string, Xapian::doccount>>
words_with_prefix(const Xapian::Database &db, const std::string &prefix, size_t max, size_t scan, bool *more);

} // namespace shim

#endif
