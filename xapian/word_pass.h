/* Every term an article's words make, from one pass over the words of its title and body:
 *   ZS<stem>  the title's stems, positions 1..n, wdf 1 (title: searches);
 *   Z<stem>   the title's stems again, positions n+1..2n, wdf 5 (a title word weighs more in free
 *             text), then a gap of 100 positions (no phrase across the end of the title), then the
 *             body's stems, wdf 1;
 *   XW<word>  the vocabulary (vocabulary.h): every word of title and body as TermGenerator split it;
 *   XT<key>   the cross-script keys of capitalised words (cross_script.h).
 * The words are split once (word_split.h: TermGenerator's boundaries, so the query side's QueryParser
 * meets them) and each word is looked up once in the stemmer's memo (poshuk_stem.h), which holds its
 * stem, its Z term and its cross-script key; the terms are added with Document::add_posting and
 * add_term. The index is the one TermGenerator made with index_text(title, 1, "S"),
 * index_text(title, 5), increase_termpos(), index_text(body), and a STEM_NONE pass for XW. */
#ifndef POSHUK_XAPIAN_WORD_PASS_H
#define POSHUK_XAPIAN_WORD_PASS_H

#include <string>
#include <xapian.h>

namespace shim {

/* title and body are normalised (c_strings.h). stem must come from make_stem (poshuk_stem.h); throws
 * std::logic_error for another stemmer. termgen is used only when XAPIAN_CJK_NGRAM is set (CJK n-grams
 * are TermGenerator's alone): it is then set to stem with STEM_ALL_Z and pointed at a scratch
 * document. */
void add_article_words(Xapian::Document &doc, Xapian::TermGenerator &termgen, const Xapian::Stem &stem,
                       const std::string &title, const std::string &body);

} // namespace shim

#endif
