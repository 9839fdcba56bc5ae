/* Words of normalised text the way Xapian's TermGenerator finds them: runs of word characters, joined
 * across an apostrophe (the normaliser has made every apostrophe one). For the places that need the
 * words themselves, not only their terms: cross-script keys and poshuk_analyse. */
#ifndef POSHUK_XAPIAN_WORDS_H
#define POSHUK_XAPIAN_WORDS_H

#include "xapian/word_split.h"

#include <functional>
#include <string>
#include <xapian.h>

namespace shim {

struct Word {
    std::string text;  /* as written */
    std::string lower; /* lower-cased */
    bool capitalised;  /* begins with an upper-case letter */
    size_t letters;    /* characters */
};

void each_word(const std::string &text, const std::function<void(const Word &)> &visit);

/* The words of each_word that are capitalised, for the indexer's hot loop: visit(lower, letters) gets
 * the word lower-cased (in a buffer reused for the next word) and its length in characters. The other
 * words are stepped over without building them, over exactly the characters each_word would take. */
template <typename Visit> void each_capitalised_word(const std::string &text, Visit visit) {
    using namespace word_split_detail;
    const WordChars &chars = WordChars::get();
    Chars c(text.data(), text.data() + text.size());
    std::string lower;
    while (!c.done()) {
        if (!chars.lower(c.ch())) {
            c.next();
            continue;
        }
        const bool capitalised = chars.is_capital(c.ch());
        lower.clear();
        size_t letters = 0;
        unsigned l;
        while (!c.done() && ((l = chars.lower(c.ch())) != 0 || c.ch() == '\'')) {
            if (capitalised)
                append_char(lower, l ? l : '\'');
            ++letters;
            c.next();
        }
        if (capitalised)
            visit(static_cast<const std::string &>(lower), letters);
    }
}

/* The word with its first letter upper-cased (громада → Громада), for completions and corrections of
 * a word the user typed with a capital. */
std::string with_capital(const std::string &word);

} // namespace shim

#endif
