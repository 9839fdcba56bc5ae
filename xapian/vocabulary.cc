/* The vocabulary terms (see vocabulary.h). */
#include "xapian/vocabulary.h"

#include "stemmers/analysis.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <new>

namespace shim {

void add_word_term(Xapian::Document &doc, const std::string &word) {
    /* wdf 0 and no positions: the vocabulary adds nothing to the article's length and BM25 never
     * sees it. */
    doc.add_term(PREFIX_WORD + word, 0);
}

bool has_words(const Xapian::Database &db) {
    return db.allterms_begin(PREFIX_WORD) != db.allterms_end(PREFIX_WORD);
}

std::string word_form(const std::string &typed) {
    size_t len = 0;
    char *s = poshuk_normalise(typed.data(), typed.size(), &len);
    if (!s)
        throw std::bad_alloc();
    std::unique_ptr<char, decltype(&std::free)> owner(s, &std::free);
    return Xapian::Unicode::tolower(std::string(s, len));
}

Xapian::doccount word_frequency(const Xapian::Database &db, const std::string &word) {
    return word.empty() ? 0 : db.get_termfreq(PREFIX_WORD + word);
}

std::vector<std::pair<std::string, Xapian::doccount>> words_with_prefix(const Xapian::Database &db,
                                                                        const std::string &prefix, size_t max,
                                                                        size_t scan, bool *more) {
    std::vector<std::pair<std::string, Xapian::doccount>> found;
    const std::string start = PREFIX_WORD + prefix;
    const size_t skip = std::string(PREFIX_WORD).size();
    if (more)
        *more = false;
    for (Xapian::TermIterator t = db.allterms_begin(start); t != db.allterms_end(start); ++t) {
        if (scan && found.size() >= scan) {
            if (more)
                *more = true;
            break;
        }
        found.emplace_back((*t).substr(skip), t.get_termfreq());
    }
    if (!scan && more && found.size() > max)
        *more = true;
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (max && found.size() > max)
        found.resize(max);
    return found;
}

} // namespace shim
