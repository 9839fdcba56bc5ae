/* Building the Xapian query of a search: the parser for what the user typed (query_parse.cc) and the filter
 * for the request's fields (query_filter.cc). Both make their boolean terms with schema::boolean_term, the
 * function the writer indexes with. */
#ifndef POSHUK_XAPIAN_QUERY_BUILD_H
#define POSHUK_XAPIAN_QUERY_BUILD_H

#include "poshuk.h"

#include <string>
#include <xapian.h>

namespace shim {

/* A QueryParser with poshuk's stemmer, Z<stem> terms, default operator AND, title: as a probabilistic
 * field and tag: oblast: hromada: source: lang: date: as filters (each field name also in upper case
 * and capitalised). */
Xapian::QueryParser make_query_parser(const Xapian::Stem &stem);

/* The normalised query text, or "" when the query is NULL or only white space (then the search is
 * "every article that passes the filters"). */
std::string normalised_query(const char *query);

/* Checks query's syntax (syntax/syntax.h) and parses normalised, with wildcards (word*) and, when
 * partial, the last word as a prefix too. On a syntax error throws Failure (POSHUK_ERR_QUERY_SYNTAX)
 * with the error text and sets *error_offset (-1 when Xapian found it). */
Xapian::Query parse_user_query(Xapian::QueryParser &parser, const char *query, const std::string &normalised,
                               long *error_offset, bool partial = false);

/* parse_user_query after the checker: Xapian's parser alone, its QueryParserError thrown as Failure
 * (POSHUK_ERR_QUERY_SYNTAX, Xapian's message, *error_offset -1). */
Xapian::Query parse_checked(Xapian::QueryParser &parser, const std::string &normalised, long *error_offset,
                            bool partial);

/* Refuses (Failure POSHUK_ERR_QUERY_SYNTAX, *error_offset at the word) a query whose word* begins
 * more than limit distinct words of the index, before anything is matched: a short prefix would
 * otherwise OR together thousands of terms. Sets the parser's own limits to match, so call it before
 * parse_user_query. A query with a syntax error passes (parse_user_query reports it). */
void check_expansion(const Xapian::Database &db, Xapian::QueryParser &parser, const char *query, bool partial,
                     size_t limit, long *error_offset);

/* The parsed query with each word* and partial last word expanded over the index's vocabulary
 * (vocabulary.h): the stems of the words that begin with what was typed, as one OP_SYNONYM; so
 * decentrali* finds decentralisation even when its stem is decentr. query is the text as typed (the
 * words come from it). An index without the vocabulary keeps Xapian's expansion over stems. */
Xapian::Query expand_wildcards(const Xapian::Query &parsed, const Xapian::Database &db,
                               const Xapian::Stem &stem, const char *query, bool partial, size_t limit);

/* The kinds of request filter, as bits for request_filter's skip. */
enum FilterKind : unsigned {
    FILTER_TAGS = 1u << 0,
    FILTER_OBLASTS = 1u << 1,
    FILTER_HROMADAS = 1u << 2,
    FILTER_LANGS = 1u << 3,
    FILTER_DATES = 1u << 4,
};

/* The request's filters as one boolean query, leaving out the kinds in skip (multi-select facets
 * count without their own filter); an empty Query when none is left. Throws Failure
 * (POSHUK_ERR_INVALID) for inconsistent arrays or dates out of range. */
Xapian::Query request_filter(const poshuk_request &request, unsigned skip = 0);

/* The kinds of filter the request actually sets (non-blank values, a date bound). */
unsigned request_filter_kinds(const poshuk_request &request);

} // namespace shim

#endif
