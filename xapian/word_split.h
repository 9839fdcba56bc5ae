/* Xapian 1.4 TermGenerator's word boundaries, without TermGenerator: the same words, lower-cased the
 * same, from the same Xapian::Unicode tables, in the same order, so the indexer can make every term of
 * a word from one lookup (word_pass.h) and the query side's QueryParser still meets them.
 *
 * The rules (Xapian's, as documented in its termgenerator code and checked against the installed
 * library by tests/test_word_split.c on every build):
 *   - a word starts at a word character (Xapian::Unicode::is_wordchar) and runs over word characters,
 *     each lower-cased;
 *   - initials: an ASCII capital followed by ".X" groups (X an ASCII capital), two letters or more, and
 *     not followed by a word character, is one word of the letters (U.S.A. -> usa);
 *   - one character between two word characters joins them: between digits , . ; and a few other
 *     number separators (3.14, 1,000); otherwise an apostrophe (' U+2019 U+201B, written '), & U+00B7
 *     U+05F4 U+2027 (AT&T); zero-width characters join without being kept;
 *   - up to three + or # right after a word belong to it (C++, C#), unless a word character follows;
 *   - CJK n-grams (XAPIAN_CJK_NGRAM in the environment) are not done here: word_pass.h falls back to
 *     TermGenerator then. */
#ifndef POSHUK_XAPIAN_WORD_SPLIT_H
#define POSHUK_XAPIAN_WORD_SPLIT_H

#include <string>
#include <xapian.h>

namespace shim {

/* Xapian's default longest term (TermGenerator::set_max_word_length): longer words make no term. */
constexpr size_t MAX_WORD_BYTES = 64;

namespace word_split_detail {

constexpr unsigned JOIN_UNKEPT = 0xffffffffu; /* a zero-width joiner: joins, adds nothing */

inline bool is_zero_width(unsigned ch) {
    return (ch >= 0x200b && ch <= 0x200d) || ch == 0x2060 || ch == 0xfeff;
}

/* The character between two letters (or a letter and a digit) that keeps them one word, as kept. */
inline unsigned word_joiner(unsigned ch) {
    switch (ch) {
    case '\'':
    case '&':
    case 0xb7:
    case 0x5f4:
    case 0x2027:
        return ch;
    case 0x2019:
    case 0x201b:
        return '\'';
    default:
        return is_zero_width(ch) ? JOIN_UNKEPT : 0;
    }
}

/* The character between two digits that keeps them one number. */
inline unsigned number_joiner(unsigned ch) {
    switch (ch) {
    case ',':
    case '.':
    case ';':
    case 0x37e:
    case 0x589:
    case 0x60d:
    case 0x7f8:
    case 0x2044:
    case 0xfe10:
    case 0xfe13:
    case 0xfe14:
        return ch;
    default:
        return is_zero_width(ch) ? JOIN_UNKEPT : 0;
    }
}

inline bool is_ascii_capital(unsigned ch) {
    return ch >= 'A' && ch <= 'Z';
}

/* Xapian's word-character test and lower-casing, read from Xapian's tables, for the first 2,048
 * characters (Latin, Cyrillic, the combining marks: nearly every character of the corpus) kept in one
 * table made once, so that a character costs one load instead of two look-ups. */
class WordChars {
  public:
    static constexpr unsigned TABLE = 0x800;
    WordChars() {
        for (unsigned ch = 0; ch < TABLE; ++ch) {
            lower_[ch] = lookup(ch);
            digit_[ch] = Xapian::Unicode::get_category(ch) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
            capital_[ch] = Xapian::Unicode::get_category(ch) == Xapian::Unicode::UPPERCASE_LETTER;
        }
    }
    /* The lower-case form of a word character, 0 for any other character. */
    unsigned lower(unsigned ch) const {
        return ch < TABLE ? lower_[ch] : lookup(ch);
    }
    bool is_digit(unsigned ch) const {
        return ch < TABLE ? digit_[ch]
                          : Xapian::Unicode::get_category(ch) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
    }
    bool is_capital(unsigned ch) const {
        return ch < TABLE ? capital_[ch]
                          : Xapian::Unicode::get_category(ch) == Xapian::Unicode::UPPERCASE_LETTER;
    }
    static const WordChars &get() {
        static const WordChars table; /* immutable once made; C++ makes it once, thread-safely */
        return table;
    }

  private:
    static unsigned lookup(unsigned ch) {
        return Xapian::Unicode::is_wordchar(ch) ? Xapian::Unicode::tolower(ch) : 0;
    }
    unsigned lower_[TABLE];
    bool digit_[TABLE];
    bool capital_[TABLE];
};

/* Reads text a character at a time as Xapian::Utf8Iterator reads it. One- and two-byte sequences are
 * decoded here (they have one reading); anything else, a longer sequence or a byte that is not valid
 * UTF-8, is handed to Utf8Iterator itself, so broken input is read exactly as Xapian reads it. */
class Chars {
  public:
    Chars(const char *p, const char *end)
        : p_(reinterpret_cast<const unsigned char *>(p)), end_(reinterpret_cast<const unsigned char *>(end)) {
        decode();
    }
    bool done() const {
        return p_ == end_;
    }
    unsigned ch() const {
        return ch_;
    }
    void next() {
        p_ += len_;
        decode();
    }
    /* The character after this one (0 when there is none: callers only ask about word characters,
     * and NUL is not one). */
    unsigned peek() const {
        Chars after = *this;
        after.next();
        return after.done() ? 0 : after.ch_;
    }

  private:
    /* GCC 12 with the sanitizers (scripts/test --sanitize) wrongly thinks Xapian::Utf8Iterator's own
     * sequence length may be read uninitialised once its constructor is inlined here; it is set by
     * that constructor. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
    void decode() {
        if (p_ == end_) {
            ch_ = 0;
            len_ = 0;
            return;
        }
        const unsigned char b = *p_;
        if (b < 0x80) {
            ch_ = b;
            len_ = 1;
        } else if (b >= 0xc2 && b <= 0xdf && end_ - p_ >= 2 && (p_[1] & 0xc0) == 0x80) {
            ch_ = ((b & 0x1fu) << 6) | (p_[1] & 0x3fu);
            len_ = 2;
        } else {
            Xapian::Utf8Iterator it(reinterpret_cast<const char *>(p_), static_cast<size_t>(end_ - p_));
            ch_ = *it;
            ++it;
            len_ = static_cast<unsigned>(reinterpret_cast<const unsigned char *>(it.raw()) - p_);
        }
    }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
    const unsigned char *p_;
    const unsigned char *end_;
    unsigned ch_ = 0;
    unsigned len_ = 0;
};

/* Appends ch to s in UTF-8, as Xapian::Unicode::append_utf8 does. */
inline void append_char(std::string &s, unsigned ch) {
    if (ch < 0x80) {
        s += static_cast<char>(ch);
    } else if (ch < 0x800) {
        const char two[2] = {static_cast<char>(0xc0 | (ch >> 6)), static_cast<char>(0x80 | (ch & 0x3f))};
        s.append(two, 2);
    } else {
        Xapian::Unicode::append_utf8(s, ch);
    }
}

/* Initials at c (U.S.A.): true with the word in word and c past it; else false, word empty, c as it
 * was. */
inline bool take_initials(Chars &c, std::string &word, const WordChars &chars) {
    Chars p = c;
    while (true) {
        word += static_cast<char>(p.ch() - 'A' + 'a');
        p.next();
        if (p.done() || p.ch() != '.')
            break;
        p.next(); /* the dot is taken even when no capital follows it */
        if (p.done() || !is_ascii_capital(p.ch()))
            break;
    }
    if (word.size() > 1 && (p.done() || !chars.lower(p.ch()))) {
        c = p;
        return true;
    }
    word.clear();
    return false;
}

} // namespace word_split_detail

/* Calls visit(word) for every word of text, in order; word is lower-cased, in a buffer reused for the
 * next word. Words over MAX_WORD_BYTES are visited too: dropping them is the caller's part, as it is
 * TermGenerator's. */
template <typename Visit> void split_words(const std::string &text, Visit visit) {
    using namespace word_split_detail;
    const WordChars &chars = WordChars::get();
    Chars c(text.data(), text.data() + text.size());
    std::string word;
    while (true) {
        unsigned ch = 0;
        for (; !c.done(); c.next()) {
            if ((ch = chars.lower(c.ch())) != 0)
                break;
        }
        if (c.done())
            return;
        word.clear();
        if (is_ascii_capital(c.ch()) && take_initials(c, word, chars)) {
            visit(static_cast<const std::string &>(word));
            continue;
        }
        bool text_ended = false;
        while (true) {
            unsigned last;
            do { /* a run of word characters */
                append_char(word, ch);
                last = ch;
                c.next();
                if (c.done()) {
                    text_ended = true;
                    break;
                }
                ch = chars.lower(c.ch());
            } while (ch);
            if (text_ended)
                break;
            const unsigned after = c.peek();
            const unsigned next = after ? chars.lower(after) : 0;
            if (!next)
                break;
            const unsigned joiner =
                chars.is_digit(last) && chars.is_digit(after) ? number_joiner(c.ch()) : word_joiner(c.ch());
            if (!joiner)
                break;
            if (joiner != JOIN_UNKEPT)
                append_char(word, joiner);
            ch = next;
            c.next();
        }
        if (!text_ended) { /* C++, C#: at most three, and not glued to a following word */
            const size_t bare = word.size();
            unsigned n = 0;
            while (c.ch() == '+' || c.ch() == '#') {
                if (++n > 3) {
                    word.resize(bare);
                    break;
                }
                word += static_cast<char>(c.ch());
                c.next();
                if (c.done()) {
                    text_ended = true;
                    break;
                }
            }
            if (!text_ended && chars.lower(c.ch()))
                word.resize(bare);
        }
        visit(static_cast<const std::string &>(word));
    }
}

} // namespace shim

#endif
