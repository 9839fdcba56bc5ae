/* Did you mean (see did_you_mean.h). */
#include "xapian/did_you_mean.h"

#include "xapian/vocabulary.h"
#include "xapian/words.h"

extern "C" {
#include "syntax/syntax.h"
}

#include <algorithm>
#include <cctype>
#include <cstring>
#include <vector>

namespace shim {

namespace {

/* The Ukrainian ЙЦУКЕН layout over the US keys, lower and upper case: the key's Latin character,
 * then the letter it types under the Ukrainian layout. The apostrophe sits on the ` key and ґ on \. */
const struct {
    unsigned latin, ukrainian;
} keys[] = {
    {'q', 0x439}, {'w', 0x446},  {'e', 0x443}, {'r', 0x43A}, {'t', 0x435}, {'y', 0x43D},  {'u', 0x433},
    {'i', 0x448}, {'o', 0x449},  {'p', 0x437}, {'[', 0x445}, {']', 0x457}, {'a', 0x444},  {'s', 0x456},
    {'d', 0x432}, {'f', 0x430},  {'g', 0x43F}, {'h', 0x440}, {'j', 0x43E}, {'k', 0x43B},  {'l', 0x434},
    {';', 0x436}, {'\'', 0x454}, {'z', 0x44F}, {'x', 0x447}, {'c', 0x441}, {'v', 0x43C},  {'b', 0x438},
    {'n', 0x442}, {'m', 0x44C},  {',', 0x431}, {'.', 0x44E}, {'`', '\''},  {'\\', 0x491}, {'Q', 0x419},
    {'W', 0x426}, {'E', 0x423},  {'R', 0x41A}, {'T', 0x415}, {'Y', 0x41D}, {'U', 0x413},  {'I', 0x428},
    {'O', 0x429}, {'P', 0x417},  {'{', 0x425}, {'}', 0x407}, {'A', 0x424}, {'S', 0x406},  {'D', 0x412},
    {'F', 0x410}, {'G', 0x41F},  {'H', 0x420}, {'J', 0x41E}, {'K', 0x41B}, {'L', 0x414},  {':', 0x416},
    {'"', 0x404}, {'Z', 0x42F},  {'X', 0x427}, {'C', 0x421}, {'V', 0x41C}, {'B', 0x418},  {'N', 0x422},
    {'M', 0x42C}, {'<', 0x411},  {'>', 0x42E}, {'|', 0x490},
};

std::vector<unsigned> code_points(const std::string &s) {
    std::vector<unsigned> out;
    for (Xapian::Utf8Iterator it(s); it != Xapian::Utf8Iterator(); ++it)
        out.push_back(*it);
    return out;
}

size_t chars(const std::string &s) {
    size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

bool is_operator(const std::string &w) {
    for (const char *op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"})
        if (w == op)
            return true;
    return false;
}

/* One word in the sense the vocabulary has words: word characters, an apostrophe inside. */
bool one_word(const std::string &s) {
    const std::vector<unsigned> cps = code_points(s);
    if (cps.empty())
        return false;
    for (size_t i = 0; i < cps.size(); ++i) {
        if (Xapian::Unicode::is_wordchar(cps[i]))
            continue;
        if (cps[i] == '\'' && i > 0 && i + 1 < cps.size())
            continue;
        return false;
    }
    return true;
}

bool capitalised(const std::string &s) {
    Xapian::Utf8Iterator it(s);
    return it != Xapian::Utf8Iterator() &&
           Xapian::Unicode::get_category(*it) == Xapian::Unicode::UPPERCASE_LETTER;
}

/* The query with [start, end) spans replaced, given in order and not overlapping. */
struct Edit {
    size_t start, end;
    std::string text;
};
std::string with_edits(const std::string &query, const std::vector<Edit> &edits) {
    std::string out;
    size_t at = 0;
    for (const Edit &e : edits) {
        out.append(query, at, e.start - at);
        out += e.text;
        at = e.end;
    }
    out.append(query, at, std::string::npos);
    return out;
}

/* Layout: each white-space separated piece of the query that is not an operator, without the
 * brackets, quotes and signs around it, is retyped; the query changes when every piece that is not
 * a word of the index became one. */
Suggestion layout(const Xapian::Database &db, const std::string &query) {
    std::vector<Edit> edits;
    size_t i = 0;
    while (i < query.size()) {
        while (i < query.size() && std::isspace(static_cast<unsigned char>(query[i])))
            ++i;
        size_t end = i;
        while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])))
            ++end;
        size_t a = i, b = end;
        while (a < b && std::strchr("+-(\"", query[a]))
            ++a;
        while (b > a && std::strchr(")\"", query[b - 1]))
            --b;
        const std::string piece = query.substr(a, b - a);
        i = end;
        if (piece.empty() || is_operator(piece) || word_frequency(db, word_form(piece)))
            continue;
        const std::string typed = retype(piece);
        if (typed.empty() || !one_word(typed) || !word_frequency(db, word_form(typed)))
            return Suggestion(); /* a piece the index does not know either way: not a layout slip */
        edits.push_back(Edit{a, b, typed});
    }
    if (edits.empty())
        return Suggestion();
    return Suggestion{with_edits(query, edits), POSHUK_SUGGEST_LAYOUT};
}

/* The closest word of the vocabulary to word (its vocabulary form), "" when none is close enough.
 * Candidates share the first letter: a typo there is rare, and the letter narrows the search to one
 * stretch of the term list. */
std::string closest(const Xapian::Database &db, const std::string &word) {
    constexpr size_t SCAN = 50000; /* candidates read at most, for one first letter */
    const size_t len = chars(word);
    if (len < 3)
        return std::string();
    const size_t max = len <= 4 ? 1 : 2;
    Xapian::Utf8Iterator first(word);
    std::string letter;
    Xapian::Unicode::append_utf8(letter, *first);
    const std::string start = std::string(PREFIX_WORD) + letter;
    const size_t skip = std::strlen(PREFIX_WORD);
    std::string best;
    size_t best_distance = max + 1;
    Xapian::doccount best_freq = 0;
    size_t seen = 0;
    for (Xapian::TermIterator t = db.allterms_begin(start); t != db.allterms_end(start) && seen < SCAN;
         ++t, ++seen) {
        const std::string candidate = (*t).substr(skip);
        const size_t clen = chars(candidate);
        if (clen + max < len || len + max < clen)
            continue;
        const size_t d = edit_distance(word, candidate, max);
        if (d == 0 || d > max)
            continue;
        const Xapian::doccount freq = t.get_termfreq();
        if (d < best_distance || (d == best_distance && freq > best_freq)) {
            best = candidate;
            best_distance = d;
            best_freq = freq;
        }
    }
    return best;
}

Suggestion spelling(const Xapian::Database &db, const std::string &query, bool partial) {
    const unsigned flags = partial ? POSHUK_QCHECK_PARTIAL : 0;
    const size_t n = poshuk_query_words(query.c_str(), flags, nullptr, 0);
    std::vector<poshuk_query_word> words(n);
    if (n)
        poshuk_query_words(query.c_str(), flags, words.data(), n);
    std::vector<Edit> edits;
    for (const poshuk_query_word &w : words) {
        if (w.kind != POSHUK_QWORD_PLAIN)
            continue;
        const std::string typed = query.substr(w.start, w.end - w.start);
        const std::string form = word_form(typed);
        if (word_frequency(db, form))
            continue;
        const std::string better = closest(db, form);
        if (!better.empty())
            edits.push_back(Edit{w.start, w.end, capitalised(typed) ? with_capital(better) : better});
    }
    if (edits.empty())
        return Suggestion();
    return Suggestion{with_edits(query, edits), POSHUK_SUGGEST_SPELLING};
}

} // namespace

std::string retype(const std::string &word) {
    const std::vector<unsigned> cps = code_points(word);
    if (cps.empty())
        return std::string();
    const bool from_latin = cps[0] < 128;
    std::string out;
    for (unsigned c : cps) {
        unsigned mapped = 0;
        for (const auto &k : keys) {
            if (from_latin ? k.latin == c : k.ukrainian == c) {
                mapped = from_latin ? k.ukrainian : k.latin;
                break;
            }
        }
        if (!mapped)
            return std::string();
        Xapian::Unicode::append_utf8(out, mapped);
    }
    return out;
}

size_t edit_distance(const std::string &a_text, const std::string &b_text, size_t max) {
    const std::vector<unsigned> a = code_points(a_text), b = code_points(b_text);
    const size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > max)
        return max + 1;
    /* Three rows of the optimal string alignment table: the one before last for transpositions. */
    std::vector<size_t> before(m + 1), last(m + 1), row(m + 1);
    for (size_t j = 0; j <= m; ++j)
        last[j] = j;
    for (size_t i = 1; i <= n; ++i) {
        row[0] = i;
        size_t smallest = row[0];
        for (size_t j = 1; j <= m; ++j) {
            const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({last[j] + 1, row[j - 1] + 1, last[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[j] = std::min(row[j], before[j - 2] + 1);
            smallest = std::min(smallest, row[j]);
        }
        if (smallest > max)
            return max + 1; /* every path is already too long */
        std::swap(before, last);
        std::swap(last, row);
    }
    return std::min(last[m], max + 1);
}

Suggestion suggest_query(const Xapian::Database &db, const char *query, bool partial) {
    if (!query || !has_words(db))
        return Suggestion();
    const std::string q = query;
    Suggestion s = layout(db, q);
    if (s.query.empty())
        s = spelling(db, q, partial);
    /* A suggestion must itself be a query poshuk accepts. */
    if (!s.query.empty() &&
        !poshuk_query_check_flags(s.query.c_str(), partial ? POSHUK_QCHECK_PARTIAL : 0, nullptr, nullptr))
        return Suggestion();
    return s;
}

} // namespace shim
