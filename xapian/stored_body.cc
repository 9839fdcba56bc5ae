/* The body's slot: a format byte, then either the bytes as they are ('r', when compressing does not
 * pay, as for short bodies) or the length as a varint and a zlib stream ('z').
 *
 * Level 1: at commit, deflating the bodies at zlib's default level cost about a seventh of the
 * indexer's time; level 1 does it several times faster for a body a few per cent larger. */
#include "xapian/stored_body.h"

#include "xapian/docdata.h"
#include "xapian/schema.h"
#include "xapian/status.h"
#include "xapian/varint.h"

#include <zlib.h>

namespace shim {

namespace {

constexpr char FORMAT_RAW = 'r';
constexpr char FORMAT_ZLIB = 'z';
/* Not worth a zlib stream's header and the work: such bodies are stored as they are. */
constexpr size_t COMPRESS_FROM = 96;
/* deflate cannot shrink data more than about 1032:1; a longer claim is damage, not a reason to
 * allocate. */
constexpr uint64_t MAX_RATIO = 1100;

Failure damaged(const Xapian::Document &doc) {
    return Failure{POSHUK_ERR_CORRUPT,
                   "document " + std::to_string(doc.get_docid()) + " of the index holds a damaged body"};
}

} // namespace

std::string pack_body(const std::string &body) {
    if (body.empty())
        return std::string();
    if (body.size() >= COMPRESS_FROM) {
        uLongf room = compressBound(body.size());
        std::string packed(1, FORMAT_ZLIB);
        put_varint(packed, body.size());
        const size_t head = packed.size();
        packed.resize(head + room);
        if (compress2(reinterpret_cast<Bytef *>(&packed[head]), &room,
                      reinterpret_cast<const Bytef *>(body.data()), body.size(), 1) == Z_OK &&
            head + room < body.size() + 1) {
            packed.resize(head + room);
            return packed;
        }
    }
    std::string raw(1, FORMAT_RAW);
    raw += body;
    return raw;
}

std::string read_body(const Xapian::Document &doc) {
    const std::string packed = doc.get_value(schema::SLOT_BODY);
    if (packed.empty()) {
        /* Indexes written before the body had its own slot kept it in the document data. */
        DocData old;
        return decode_docdata(doc.get_data(), old) ? old.body : std::string();
    }
    if (packed[0] == FORMAT_RAW)
        return packed.substr(1);
    size_t pos = 1;
    uint64_t length = 0;
    if (packed[0] != FORMAT_ZLIB || !get_varint(packed, pos, length) ||
        length > (packed.size() - pos) * MAX_RATIO + 64)
        throw damaged(doc);
    std::string body(length, '\0');
    uLongf got = length;
    if (uncompress(reinterpret_cast<Bytef *>(&body[0]), &got, reinterpret_cast<const Bytef *>(&packed[pos]),
                   packed.size() - pos) != Z_OK ||
        got != length)
        throw damaged(doc);
    return body;
}

} // namespace shim
