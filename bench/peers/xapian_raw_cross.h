/* The raw floor's copy of poshuk's two query-side behaviours that change what is matched, written
 * directly against Xapian over poshuk's C analysis (stemmers/), so the floor keeps doing the same work
 * as poshuk (xapian/cross_script.h, xapian/query_parse.cc describe the behaviour):
 * - stopwords are dropped from queries outside phrases (indexed like any word);
 * - capitalised words of 3+ letters also index XT<key>, the KMU-2010 romanisation of their Ukrainian
 *   stem (a Latin word is read back into Cyrillic first), and each query word Z<stem> becomes
 *   (Z<stem> OR XT<key>), so Kharkiv finds Харкові and back. */
#ifndef BENCH_XAPIAN_RAW_CROSS_H
#define BENCH_XAPIAN_RAW_CROSS_H

#include "peers/xapian_raw_common.h"
#include "stemmers/untranslit.h"

#include <vector>

namespace raw {

class Stopwords : public Xapian::Stopper {
  public:
    bool operator()(const std::string &word) const override {
        return poshuk_is_stopword(word.data(), word.size()) != 0;
    }
};

inline std::string romanised(const std::string &cyrillic) {
    size_t len = 0;
    char *s = poshuk_translit(cyrillic.data(), cyrillic.size(), &len);
    return take(s, len);
}

/* "" when the stemmed word has no key (digits, or Latin letters KMU-2010 never writes). */
inline std::string cross_key(const std::string &stemmed, const Xapian::Stem &stem) {
    if (stemmed.empty())
        return stemmed;
    const unsigned first = *Xapian::Utf8Iterator(stemmed);
    if (first >= 0x400 && first <= 0x52f)
        return romanised(stemmed);
    if (first < 'a' || first > 'z')
        return std::string();
    size_t len = 0;
    char *s = poshuk_untranslit(stemmed.data(), stemmed.size(), &len);
    const std::string cyrillic = take(s, len);
    return cyrillic.empty() ? cyrillic : romanised(stem(cyrillic));
}

/* Index side: the keys of the capitalised words of normalised text. */
inline void add_cross_keys(Xapian::Document &doc, const std::string &text, const Xapian::Stem &stem) {
    Xapian::Utf8Iterator it(text), end;
    while (it != end) {
        if (!Xapian::Unicode::is_wordchar(*it)) {
            ++it;
            continue;
        }
        const bool capital = Xapian::Unicode::get_category(*it) == Xapian::Unicode::UPPERCASE_LETTER;
        std::string lower;
        size_t letters = 0;
        for (; it != end && (Xapian::Unicode::is_wordchar(*it) || *it == '\''); ++it, ++letters)
            Xapian::Unicode::append_utf8(lower, Xapian::Unicode::tolower(*it));
        if (!capital || letters < 3)
            continue;
        const std::string key = cross_key(stem(lower), stem);
        if (!key.empty() && key.size() + 2 <= 245)
            doc.add_boolean_term("XT" + key);
    }
}

/* Query side: Z<stem> -> (Z<stem> OR XT<key>) below the word-combining operators. */
inline Xapian::Query with_cross(const Xapian::Query &q, const Xapian::Stem &stem) {
    const Xapian::Query::op op = q.get_type();
    if (op == Xapian::Query::LEAF_TERM) {
        const std::string term = *q.get_terms_begin();
        if (term.size() < 2 || term[0] != 'Z' || term[1] == 'S')
            return q;
        const std::string key = cross_key(term.substr(1), stem);
        return key.empty() ? q : Xapian::Query(Xapian::Query::OP_OR, q, Xapian::Query("XT" + key));
    }
    if (op != Xapian::Query::OP_AND && op != Xapian::Query::OP_OR && op != Xapian::Query::OP_AND_NOT &&
        op != Xapian::Query::OP_XOR && op != Xapian::Query::OP_AND_MAYBE && op != Xapian::Query::OP_FILTER)
        return q;
    std::vector<Xapian::Query> parts;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        parts.push_back(with_cross(q.get_subquery(i), stem));
    return Xapian::Query(op, parts.begin(), parts.end());
}

} // namespace raw

#endif
