/* See query_rewrite.h. */
#include "xapian/query_rewrite.h"

#include <vector>

namespace shim {

Xapian::Query rewrite_query(const Xapian::Query &query, bool (*descend)(Xapian::Query::op),
                            const std::function<Xapian::Query(const Xapian::Query &)> &replace) {
    const Xapian::Query::op op = query.get_type();
    if (!descend(op))
        return replace(query);
    std::vector<Xapian::Query> parts;
    for (size_t i = 0; i < query.get_num_subqueries(); ++i)
        parts.push_back(rewrite_query(query.get_subquery(i), descend, replace));
    return Xapian::Query(op, parts.begin(), parts.end());
}

bool parameterless_op(Xapian::Query::op op) {
    switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
        return true;
    default:
        return false;
    }
}

} // namespace shim
