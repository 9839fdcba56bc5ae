/* Every term an article's words make, from one TermGenerator pass over the title and one over the body:
 *   ZS<stem>  the title's stems, positions 1..n, wdf 1 (title: searches);
 *   Z<stem>   the title's stems again, positions n+1..2n, wdf 5 (a title word weighs more in free
 *             text), then a gap of 100 positions (no phrase across the end of the title), then the
 *             body's stems, wdf 1;
 *   XW<word>  the vocabulary (vocabulary.h): every word of title and body as TermGenerator split it;
 *   XT<key>   the cross-script keys of capitalised words (cross_script.h).
 * TermGenerator keeps the word boundaries the query side's QueryParser uses. The stemmer records the
 * words TermGenerator hands it (poshuk_stem.h), and the second title field and the vocabulary are made
 * from that record instead of two more passes; stems and keys come from the stemmer's memo. */
#ifndef POSHUK_XAPIAN_WORD_PASS_H
#define POSHUK_XAPIAN_WORD_PASS_H

#include <string>
#include <xapian.h>

namespace shim {

/* title and body are normalised (c_strings.h). termgen must already point at doc (set_document, which
 * also restarts positions); stem must come from make_stem (poshuk_stem.h): termgen is set to it with
 * STEM_ALL_Z. Throws std::logic_error for another stemmer. */
void add_article_words(Xapian::Document &doc, Xapian::TermGenerator &termgen, const Xapian::Stem &stem,
                       const std::string &title, const std::string &body);

} // namespace shim

#endif
