/* Splitting normalised text into words; see words.h. */
#include "xapian/words.h"

#include <xapian.h>

namespace shim {

void each_word(const std::string &text, const std::function<void(const Word &)> &visit) {
    Xapian::Utf8Iterator it(text), end;
    while (it != end) {
        if (!Xapian::Unicode::is_wordchar(*it)) {
            ++it;
            continue;
        }
        Word w;
        w.capitalised = Xapian::Unicode::get_category(*it) == Xapian::Unicode::UPPERCASE_LETTER;
        w.letters = 0;
        while (it != end && (Xapian::Unicode::is_wordchar(*it) || *it == '\'')) {
            Xapian::Unicode::append_utf8(w.text, *it);
            Xapian::Unicode::append_utf8(w.lower, Xapian::Unicode::tolower(*it));
            ++w.letters;
            ++it;
        }
        visit(w);
    }
}

std::string with_capital(const std::string &word) {
    Xapian::Utf8Iterator it(word);
    if (it == Xapian::Utf8Iterator())
        return word;
    std::string out;
    Xapian::Unicode::append_utf8(out, Xapian::Unicode::toupper(*it));
    return out + word.substr(static_cast<size_t>((++it).raw() - word.data()));
}

} // namespace shim
