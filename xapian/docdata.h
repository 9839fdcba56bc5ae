/* What a search result shows about an article, stored with the document so results
 * need nothing but the match set. Binary and length-prefixed, so any bytes in any field survive. */
#ifndef POSHUK_XAPIAN_DOCDATA_H
#define POSHUK_XAPIAN_DOCDATA_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <xapian.h>

namespace shim {

struct DocData {
    std::string id, lang, title, url, oblast, source;
    int32_t date = 0;
    std::vector<std::string> tags, hromadas;
    std::string body; /* only from version-2 records; encode_docdata leaves it out (stored_body.h) */
};

/* The same fields as views into a record's bytes, valid while the record lives: results copy a hit's
 * fields straight from the record into one block of their own (results.cc) instead of through a
 * string each. */
struct DocView {
    std::string_view id, lang, title, url, oblast, source;
    int32_t date = 0;
    std::vector<std::string_view> tags, hromadas; /* kept across records, so their memory is reused */
    std::string_view body;
};

std::string encode_docdata(const DocData &data);

/* Returns false when data is not a well-formed record (e.g. a document written by something other
 * than poshuk). */
bool decode_docdata(const std::string &data, DocData &out);
bool decode_docview(const std::string &data, DocView &out);

/* The record of a document: its summary slot (schema::SLOT_SUMMARY), or, in an index written before
 * the slot, its document data. */
std::string read_record(const Xapian::Document &doc);

/* decode_docdata of read_record: false when neither place holds a well-formed record. */
bool read_docdata(const Xapian::Document &doc, DocData &out);

} // namespace shim

#endif
