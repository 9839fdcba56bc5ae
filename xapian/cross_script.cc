/* Matching across scripts; see cross_script.h. */
#include "xapian/cross_script.h"

#include "stemmers/analysis.h"
#include "stemmers/untranslit.h"
#include "xapian/c_strings.h"
#include "xapian/query_rewrite.h"
#include "xapian/schema.h"
#include "xapian/words.h"

namespace shim {

namespace {

bool is_cyrillic(unsigned ch) {
    return ch >= 0x400 && ch <= 0x52f;
}

bool starts_cyrillic(const std::string &s) {
    Xapian::Utf8Iterator it(s);
    return it != Xapian::Utf8Iterator() && is_cyrillic(*it);
}

bool starts_latin(const std::string &s) {
    return !s.empty() && s[0] >= 'a' && s[0] <= 'z';
}

std::string transliterated(const std::string &word) {
    size_t len = 0;
    char *latin = poshuk_translit(word.data(), word.size(), &len);
    return take_c_string(latin, len); /* two statements: len is set by the call */
}

/* The operators whose subqueries are independent words; a phrase or NEAR needs its terms as they
 * are, and the others (value ranges, wildcards, scaled weights) have nothing to rewrite. SYNONYM and MAX
 * (what a wildcard or the partial last word expands to) are left as they are. */
bool combines_words(Xapian::Query::op op) {
    return parameterless_op(op) && op != Xapian::Query::OP_SYNONYM && op != Xapian::Query::OP_MAX;
}

} // namespace

std::string cross_script_key(const std::string &stemmed, const Xapian::Stem &stem) {
    if (starts_cyrillic(stemmed))
        return transliterated(stemmed);
    if (!starts_latin(stemmed))
        return std::string();
    /* A Latin word is read back into Cyrillic and stemmed as Ukrainian, so that Kharkiv meets whatever
     * stem the Ukrainian stemmer gives Харків, Харкова and Харкові. */
    size_t len = 0;
    char *untranslit = poshuk_untranslit(stemmed.data(), stemmed.size(), &len);
    const std::string cyrillic = take_c_string(untranslit, len);
    if (cyrillic.empty())
        return std::string(); /* letters KMU-2010 never writes: not a Ukrainian name */
    return transliterated(stem(cyrillic));
}

void add_cross_script_keys(Xapian::Document &doc, const std::string &text, const Xapian::Stem &stem,
                           PoshukStem &memo, unsigned long doc_serial) {
    each_capitalised_word(text, [&](const std::string &lower, size_t letters) {
        if (letters < 3)
            return;
        StemmedWord &w = memo.entry(lower).second;
        if (w.key_doc == doc_serial)
            return; /* the term is there already: a boolean term added twice is the same term */
        w.key_doc = doc_serial;
        if (!w.key_known) {
            /* A name recurs across articles, and its key costs two transliterations and a stem. */
            w.cross_key = cross_script_key(w.stem, stem);
            w.key_known = true;
        }
        if (!w.cross_key.empty() && w.cross_key.size() + 2 <= schema::TERM_MAX)
            doc.add_boolean_term(schema::PREFIX_CROSS_SCRIPT + w.cross_key);
    });
}

Xapian::Query with_cross_script(const Xapian::Query &query, const Xapian::Stem &stem) {
    return rewrite_query(query, combines_words, [&](const Xapian::Query &node) {
        if (node.get_type() != Xapian::Query::LEAF_TERM)
            return node;
        const std::string term = *node.get_terms_begin();
        /* Z<stem> only: ZS<stem> is a title: search, the user asked for that field's exact words. */
        if (term.size() < 2 || term[0] != 'Z' || term[1] == 'S')
            return node;
        const std::string key = cross_script_key(term.substr(1), stem);
        if (key.empty())
            return node;
        return Xapian::Query(Xapian::Query::OP_OR, node, Xapian::Query(schema::PREFIX_CROSS_SCRIPT + key));
    });
}

} // namespace shim
