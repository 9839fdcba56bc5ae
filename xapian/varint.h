/* Base-128 varints and length-prefixed strings: the byte format of document data and of the facet
 * spy's serialised results. Readers return false instead of reading past the end, because both
 * formats come from disk or from another process and may be damaged. */
#ifndef POSHUK_XAPIAN_VARINT_H
#define POSHUK_XAPIAN_VARINT_H

#include <cstdint>
#include <string>
#include <string_view>

namespace shim {

inline void put_varint(std::string &out, uint64_t v) {
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

inline void put_string(std::string &out, const std::string &s) {
    put_varint(out, s.size());
    out += s;
}

inline bool get_varint(const std::string &in, size_t &pos, uint64_t &v) {
    v = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            return false;
        unsigned char c = static_cast<unsigned char>(in[pos++]);
        v |= static_cast<uint64_t>(c & 0x7f) << shift;
        if (!(c & 0x80))
            return true;
    }
    return false;
}

/* The string as a view into in: no copy, valid while in lives. */
inline bool get_view(const std::string &in, size_t &pos, std::string_view &s) {
    uint64_t len;
    if (!get_varint(in, pos, len) || len > in.size() - pos)
        return false;
    s = std::string_view(in).substr(pos, len);
    pos += len;
    return true;
}

inline bool get_string(const std::string &in, size_t &pos, std::string &s) {
    std::string_view v;
    if (!get_view(in, pos, v))
        return false;
    s.assign(v);
    return true;
}

} // namespace shim

#endif
