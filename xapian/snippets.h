/* Snippets: a passage of an article's body around its best match, as plain text with the byte
 * spans of the matched words, built with Xapian's MSet::snippet. */
#ifndef POSHUK_XAPIAN_SNIPPETS_H
#define POSHUK_XAPIAN_SNIPPETS_H

#include <string>
#include <utility>
#include <vector>
#include <xapian.h>

namespace shim {

struct Snippet {
    std::string text;
    std::vector<std::pair<size_t, size_t>> marks; /* (start, length) in bytes of text, in order */
};

/* About chars characters of body around the terms of mset's query that it contains (inflected forms
 * too: stem must be the analysis the index was built with), "…" where the passage was cut. The start
 * of the body when no query word is in it (a title match); empty for an empty body. */
Snippet make_snippet(const Xapian::MSet &mset, const std::string &body, size_t chars,
                     const Xapian::Stem &stem);

/* The first chars characters of body, cut at a word boundary, with "…" when something was cut: the
 * snippet of a search without words, where there is no match to centre on. */
Snippet lead_snippet(const std::string &body, size_t chars);

} // namespace shim

#endif
