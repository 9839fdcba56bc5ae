/* The record of what a hit shows.
 *
 * A version byte, then the fields in a fixed order: id, lang, title, url, date, tags, oblast,
 * hromadas, source. A string is its length as a base-128 varint followed by its bytes; the date is a
 * varint (YYYYMMDD or 0); a list is its count as a varint followed by that many strings.
 *
 * Version 3 (written now) keeps the body out: it has a value slot of its own (stored_body.h), read
 * only when a snippet or an exact phrase needs it. Still read: version 2, which had the body as a last
 * string, and version 1, from before snippets, which had none.
 *
 * The record is the value of schema::SLOT_SUMMARY. Older indexes kept it as the document data, which
 * Xapian deflates: for a record this small, inflating it cost more than finding it. read_docdata
 * looks in both places. */
#include "xapian/docdata.h"

#include "xapian/schema.h"
#include "xapian/varint.h"

namespace shim {

namespace {

constexpr unsigned char FORMAT_VERSION = 3;
constexpr unsigned char FORMAT_VERSION_BODY_INSIDE = 2;
constexpr unsigned char FORMAT_VERSION_BEFORE_SNIPPETS = 1;

void put_list(std::string &out, const std::vector<std::string> &items) {
    put_varint(out, items.size());
    for (const std::string &s : items)
        put_string(out, s);
}

bool get_list(const std::string &in, size_t &pos, std::vector<std::string> &items) {
    uint64_t n;
    /* Each item takes at least one byte: a count beyond the bytes left is damage, not a reason to
     * reserve memory. */
    if (!get_varint(in, pos, n) || n > in.size() - pos)
        return false;
    items.assign(n, std::string());
    for (std::string &s : items)
        if (!get_string(in, pos, s))
            return false;
    return true;
}

} // namespace

std::string encode_docdata(const DocData &d) {
    std::string out;
    out += static_cast<char>(FORMAT_VERSION);
    put_string(out, d.id);
    put_string(out, d.lang);
    put_string(out, d.title);
    put_string(out, d.url);
    put_varint(out, static_cast<uint32_t>(d.date));
    put_list(out, d.tags);
    put_string(out, d.oblast);
    put_list(out, d.hromadas);
    put_string(out, d.source);
    return out;
}

bool decode_docdata(const std::string &in, DocData &d) {
    if (in.empty())
        return false;
    const unsigned char version = static_cast<unsigned char>(in[0]);
    if (version != FORMAT_VERSION && version != FORMAT_VERSION_BODY_INSIDE &&
        version != FORMAT_VERSION_BEFORE_SNIPPETS)
        return false;
    size_t pos = 1;
    uint64_t date = 0;
    if (!get_string(in, pos, d.id) || !get_string(in, pos, d.lang) || !get_string(in, pos, d.title) ||
        !get_string(in, pos, d.url) || !get_varint(in, pos, date) || !get_list(in, pos, d.tags) ||
        !get_string(in, pos, d.oblast) || !get_list(in, pos, d.hromadas) || !get_string(in, pos, d.source))
        return false;
    d.body.clear();
    if (version == FORMAT_VERSION_BODY_INSIDE && !get_string(in, pos, d.body))
        return false;
    if (date > 99991231)
        return false;
    d.date = static_cast<int32_t>(date);
    return pos == in.size();
}

bool read_docdata(const Xapian::Document &doc, DocData &out) {
    const std::string summary = doc.get_value(schema::SLOT_SUMMARY);
    return decode_docdata(summary.empty() ? doc.get_data() : summary, out);
}

} // namespace shim
