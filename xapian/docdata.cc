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

bool get_list(const std::string &in, size_t &pos, std::vector<std::string_view> &items) {
    uint64_t n;
    /* Each item takes at least one byte: a count beyond the bytes left is damage, not a reason to
     * reserve memory. */
    if (!get_varint(in, pos, n) || n > in.size() - pos)
        return false;
    items.resize(n);
    for (std::string_view &s : items)
        if (!get_view(in, pos, s))
            return false;
    return true;
}

std::vector<std::string> strings(const std::vector<std::string_view> &views) {
    return std::vector<std::string>(views.begin(), views.end());
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

bool decode_docview(const std::string &in, DocView &d) {
    if (in.empty())
        return false;
    const unsigned char version = static_cast<unsigned char>(in[0]);
    if (version != FORMAT_VERSION && version != FORMAT_VERSION_BODY_INSIDE &&
        version != FORMAT_VERSION_BEFORE_SNIPPETS)
        return false;
    size_t pos = 1;
    uint64_t date = 0;
    if (!get_view(in, pos, d.id) || !get_view(in, pos, d.lang) || !get_view(in, pos, d.title) ||
        !get_view(in, pos, d.url) || !get_varint(in, pos, date) || !get_list(in, pos, d.tags) ||
        !get_view(in, pos, d.oblast) || !get_list(in, pos, d.hromadas) || !get_view(in, pos, d.source))
        return false;
    d.body = std::string_view();
    if (version == FORMAT_VERSION_BODY_INSIDE && !get_view(in, pos, d.body))
        return false;
    if (date > 99991231)
        return false;
    d.date = static_cast<int32_t>(date);
    return pos == in.size();
}

bool decode_docdata(const std::string &in, DocData &d) {
    DocView v;
    if (!decode_docview(in, v))
        return false;
    d.id.assign(v.id);
    d.lang.assign(v.lang);
    d.title.assign(v.title);
    d.url.assign(v.url);
    d.oblast.assign(v.oblast);
    d.source.assign(v.source);
    d.body.assign(v.body);
    d.date = v.date;
    d.tags = strings(v.tags);
    d.hromadas = strings(v.hromadas);
    return true;
}

std::string read_record(const Xapian::Document &doc) {
    std::string summary = doc.get_value(schema::SLOT_SUMMARY);
    if (summary.empty())
        return doc.get_data();
    return summary; /* moved, not copied as a conditional expression would */
}

bool read_docdata(const Xapian::Document &doc, DocData &out) {
    return decode_docdata(read_record(doc), out);
}

} // namespace shim
