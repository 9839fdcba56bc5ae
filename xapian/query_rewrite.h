/* Rewriting a parsed query: wildcard expansion and cross-script matching both replace some nodes of
 * what QueryParser built and keep the rest of the tree as it was. */
#ifndef POSHUK_XAPIAN_QUERY_REWRITE_H
#define POSHUK_XAPIAN_QUERY_REWRITE_H

#include <functional>
#include <xapian.h>

namespace shim {

/* Nodes whose operator descend() accepts are rebuilt from their rewritten subqueries (descend must
 * accept only operators that take no parameters, so rebuilding loses nothing); every other node is
 * handed to replace(), which returns it unchanged or what stands in its place. */
Xapian::Query rewrite_query(const Xapian::Query &query, bool (*descend)(Xapian::Query::op),
                            const std::function<Xapian::Query(const Xapian::Query &)> &replace);

/* The operators QueryParser puts above words, wildcards and phrases that take no parameters, so
 * rewrite_query can rebuild them: a descend() for rewrites that reach into every such node. */
bool parameterless_op(Xapian::Query::op op);

} // namespace shim

#endif
