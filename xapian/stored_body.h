/* The article body as written, kept beside the index terms for snippets and for checking exact
 * phrases. It lives in its own value slot, compressed, and not in the document data: every hit reads
 * the document data, but only snippets and exact phrases need the body, and inflating a whole body
 * for each hit of a plain search was most of the cost of a search for rare words. */
#ifndef POSHUK_XAPIAN_STORED_BODY_H
#define POSHUK_XAPIAN_STORED_BODY_H

#include <string>
#include <xapian.h>

namespace shim {

/* The value for schema::SLOT_BODY ("" for an empty body, so the slot is not set). */
std::string pack_body(const std::string &body);

/* The body of a document as written; "" when it has none, or the index was written before bodies
 * were stored. Reads a version-2 document data record's body too (older indexes). Throws Failure
 * (POSHUK_ERR_CORRUPT) when the stored body is damaged. */
std::string read_body(const Xapian::Document &doc);

} // namespace shim

#endif
