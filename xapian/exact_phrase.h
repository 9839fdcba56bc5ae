/* Exact forms in queries: =громади and ="бюджету громади" match only those forms of the words, next
 * to each other, not every inflection their stems stand for (title:=… the same in the title only).
 *
 * The index has stems with positions and no unstemmed positional terms (positions are most of its
 * size). So an exact part is the stemmed phrase, which finds the candidates through Xapian's
 * positional match, filtered by a check of the stored text: the title (document data) and the body
 * (stored_body.h) must hold the words in that order, adjacent, compared after poshuk's normalisation
 * and case folding.
 *
 * The check is a PostingSource put beside the part's phrase in the query tree (OP_FILTER), not a
 * MatchDecider on the whole match: a decider can only drop documents, so it gives wrong answers when
 * the exact part is one side of OR, or under NOT or -; in the tree the part is checked where it stands.
 * Like a decider it runs before the match spies, so totals and facet counts stay exact.
 *
 * The parser reaches the part through a field of its own: exact_query() rewrites =word as
 * F:"word" and ="…" as F:"…", with F one of POSHUK_QUERY_EXACT_MAX field names per kind (anywhere,
 * title), which carry the part's number into the terms; with_exact_checks() turns those terms back
 * into poshuk's Z and ZS terms and adds the check. The field names hold a stress mark, which the
 * normaliser deletes from every query, so no query can type them. */
#ifndef POSHUK_XAPIAN_EXACT_PHRASE_H
#define POSHUK_XAPIAN_EXACT_PHRASE_H

#include "poshuk.h"

#include <string>
#include <vector>
#include <xapian.h>

namespace shim {

/* One exact part of a query. */
struct ExactPart {
    std::vector<std::string> words; /* normalised and lower-cased, as each_word (words.h) splits them */
    bool title_only = false;
};

struct ExactQuery {
    std::string text;             /* what the parser gets */
    std::vector<ExactPart> parts; /* in the order of the query */
};

/* Registers the exact parts' fields on poshuk's parser (make_query_parser calls it). */
void add_exact_fields(Xapian::QueryParser &parser);

/* The normalised query (normalised_query) with its exact parts rewritten for the parser, and the
 * parts. A query without them comes back as it is. Meant for a query the syntax checker accepted. */
ExactQuery exact_query(const std::string &normalised, bool partial);

/* The parsed query with each exact part's terms made poshuk's terms again and the part filtered by
 * the check of the stored text. A match that sends it to a remote shard, which cannot run the check,
 * throws Failure (POSHUK_ERR_INVALID) saying so (ExactSource::serialise). */
Xapian::Query with_exact_checks(const Xapian::Query &parsed, const std::vector<ExactPart> &parts);

/* What snippets should mark for a query with exact parts. MSet::snippet marks every form of a stem
 * in the query; an exact word (=громади) asked for one form, so a mark of another form of that stem
 * (громад) is dropped, unless a word of the query outside the exact parts has the same stem. */
struct ExactMarks {
    std::vector<std::string> exact_terms; /* Z<stem> of the exact parts' words */
    std::vector<std::string> plain_terms; /* Z<stem> of the query's other words (ZS made Z) */
    std::vector<std::string> exact_words; /* the exact parts' words */
};

/* From the parsed query, before with_exact_checks. */
ExactMarks exact_marks(const Xapian::Query &parsed, const std::vector<ExactPart> &parts);

/* Drops the marks of results' snippets that stand on another form of an exact word. stem is the
 * analysis the query was parsed with. */
void keep_exact_marks(poshuk_results &results, const ExactMarks &marks, const Xapian::Stem &stem);

/* 1 if text (as written; normalised here) holds words (normalised, lower-case) in this order, adjacent:
 * as consecutive words of each_word, whatever non-word characters stand between them. */
bool holds_exact(const std::string &text, const std::vector<std::string> &words);

} // namespace shim

#endif
