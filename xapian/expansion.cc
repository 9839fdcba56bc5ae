/* word* and the partial last word: the cost limit (how many index words one prefix may stand for) and
 * the expansion over the vocabulary (vocabulary.h) that replaces Xapian's expansion over stems. */
#include "xapian/query_build.h"
#include "xapian/query_rewrite.h"

#include "xapian/status.h"
#include "xapian/vocabulary.h"

extern "C" {
#include "syntax/syntax.h"
}

#include <algorithm>
#include <cstring>
#include <vector>

namespace shim {

namespace {

/* The partial last word takes the most frequent words among at most this many that begin with it:
 * the first letters typed may begin tens of thousands, and reading them all would cost more than
 * the search. */
constexpr size_t PARTIAL_SCAN = 5000;

/* Whether more than limit terms begin with prefix. Stops counting at limit + 1, so a one-letter
 * prefix costs no more than a long one. */
bool more_than(const Xapian::Database &db, const std::string &prefix, size_t limit) {
    size_t n = 0;
    for (Xapian::TermIterator t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t)
        if (++n > limit)
            return true;
    return false;
}

/* The pattern of an OP_WILDCARD query: the serialisation ends with it (Xapian 1.4 writes the
 * expansion limit, its kind and the combining operator, then the pattern with its length). Of the
 * patterns the query's words could have made, the longest the serialisation ends with. */
std::string wildcard_pattern(const Xapian::Query &q, const std::vector<std::string> &candidates) {
    const std::string s = q.serialise();
    std::string best;
    for (const std::string &c : candidates)
        if (c.size() > best.size() && s.size() > c.size() && s.compare(s.size() - c.size(), c.size(), c) == 0)
            best = c;
    return best;
}

struct Expander {
    const Xapian::Database &db;
    const Xapian::Stem &stem;
    size_t limit;
    std::vector<std::string> patterns; /* "Z" or "ZS", then a wildcard or partial word */
    std::vector<std::string> errors;   /* the wildcard words (with their field prefix) that must not be cut */

    /* The words of the vocabulary that begin with word, as the terms their stems make under prefix
     * (Z or ZS), each once: OP_SYNONYM, so that the group weighs as one word, as Xapian's own
     * wildcards do. */
    Xapian::Query expand(const std::string &prefix, const std::string &word, bool must_fit) const {
        bool more = false;
        const auto words = words_with_prefix(db, word, limit, must_fit ? limit : PARTIAL_SCAN, &more);
        if (must_fit && more)
            return Xapian::Query(); /* reported by check_expansion before we get here */
        std::vector<std::string> terms;
        for (const auto &w : words) {
            const std::string term = prefix + stem(w.first);
            if (std::find(terms.begin(), terms.end(), term) == terms.end() && db.term_exists(term))
                terms.push_back(term);
        }
        if (terms.empty())
            return Xapian::Query::MatchNothing;
        return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
    }

    Xapian::Query rewrite(const Xapian::Query &query) const {
        return rewrite_query(query, parameterless_op, [&](const Xapian::Query &q) {
            if (q.get_type() != Xapian::Query::OP_WILDCARD)
                return q;
            const std::string pattern = wildcard_pattern(q, patterns);
            if (pattern.empty())
                return q;
            const bool title = pattern.compare(0, 2, "ZS") == 0;
            const std::string prefix = title ? "ZS" : "Z";
            const bool must_fit = std::find(errors.begin(), errors.end(), pattern) != errors.end();
            Xapian::Query expanded = expand(prefix, pattern.substr(prefix.size()), must_fit);
            return expanded.empty() ? q : expanded;
        });
    }
};

/* Whether the query can hold a word to expand at all: without a "*" and without --partial it cannot,
 * and then neither the checker nor the vocabulary needs to be asked (most queries; this keeps their
 * cost that of the search itself). */
bool may_expand(const char *query, bool partial) {
    return query && (partial || std::strchr(query, '*'));
}

std::vector<poshuk_query_word> query_words(const char *query, unsigned flags) {
    const size_t n = poshuk_query_words(query, flags, nullptr, 0);
    std::vector<poshuk_query_word> words(n);
    if (n)
        poshuk_query_words(query, flags, words.data(), n);
    return words;
}

} // namespace

void check_expansion(const Xapian::Database &db, Xapian::QueryParser &parser, const char *query, bool partial,
                     size_t limit, long *error_offset) {
    /* Xapian's own limits, for an index without the vocabulary (its wildcards then expand over
     * stems): an error for word* (someone asked for every word that begins so, and fewer would be a
     * silently different answer), the most frequent words for the partial last word (while typing,
     * the first letters may well stand for thousands). */
    parser.set_max_expansion(static_cast<Xapian::termcount>(limit), Xapian::Query::WILDCARD_LIMIT_ERROR,
                             Xapian::QueryParser::FLAG_WILDCARD);
    parser.set_max_expansion(static_cast<Xapian::termcount>(limit),
                             Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT, Xapian::QueryParser::FLAG_PARTIAL);
    const unsigned flags = partial ? POSHUK_QCHECK_PARTIAL : 0;
    /* A query with a syntax error is parse_user_query's to report. */
    if (!may_expand(query, partial) || !poshuk_query_check_flags(query, flags, nullptr, nullptr))
        return;
    const bool vocabulary = has_words(db);
    for (const poshuk_query_word &w : query_words(query, flags)) {
        if (w.kind != POSHUK_QWORD_WILDCARD)
            continue;
        const std::string word = word_form(std::string(query + w.start, w.end - w.start));
        bool more = false;
        if (vocabulary)
            words_with_prefix(db, word, limit, limit, &more);
        else
            more = more_than(db, "Z" + word, limit);
        if (more) {
            *error_offset = static_cast<long>(w.start);
            throw Failure{POSHUK_ERR_QUERY_SYNTAX, std::string(query + w.start, w.end - w.start) +
                                                       "* stands for more than " + std::to_string(limit) +
                                                       " words of the index; type more of the word"};
        }
    }
}

Xapian::Query expand_wildcards(const Xapian::Query &parsed, const Xapian::Database &db,
                               const Xapian::Stem &stem, const char *query, bool partial, size_t limit) {
    if (!may_expand(query, partial) || !has_words(db))
        return parsed;
    Expander e{db, stem, limit, {}, {}};
    for (const poshuk_query_word &w : query_words(query, partial ? POSHUK_QCHECK_PARTIAL : 0)) {
        if (w.kind == POSHUK_QWORD_PLAIN)
            continue;
        const std::string word = word_form(std::string(query + w.start, w.end - w.start));
        for (const char *prefix : {"Z", "ZS"}) {
            e.patterns.push_back(prefix + word);
            if (w.kind == POSHUK_QWORD_WILDCARD)
                e.errors.push_back(prefix + word);
        }
    }
    return e.rewrite(parsed);
}

} // namespace shim
