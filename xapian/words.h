/* Words of normalised text the way Xapian's TermGenerator finds them: runs of word characters, joined
 * across an apostrophe (the normaliser has made every apostrophe one). For the places that need the
 * words themselves, not only their terms: cross-script keys and poshuk_analyse. */
#ifndef POSHUK_XAPIAN_WORDS_H
#define POSHUK_XAPIAN_WORDS_H

#include <functional>
#include <string>

namespace shim {

struct Word {
    std::string text;  /* as written */
    std::string lower; /* lower-cased */
    bool capitalised;  /* begins with an upper-case letter */
    size_t letters;    /* characters */
};

void each_word(const std::string &text, const std::function<void(const Word &)> &visit);

/* The word with its first letter upper-cased (громада → Громада), for completions and corrections of
 * a word the user typed with a capital. */
std::string with_capital(const std::string &word);

} // namespace shim

#endif
