/* See c_strings.h. */
#include "xapian/c_strings.h"

#include "stemmers/analysis.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

namespace shim {

std::string take_c_string(char *s, size_t len) {
    if (!s)
        throw std::bad_alloc();
    std::unique_ptr<char, decltype(&std::free)> owner(s, &std::free);
    return std::string(s, len);
}

char *malloc_copy(const std::string &s) {
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (!p)
        throw std::bad_alloc();
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
}

void copy_to_buffer(const std::string &s, char *buf, size_t cap) {
    if (!buf || cap == 0)
        return;
    const size_t n = s.size() < cap - 1 ? s.size() : cap - 1;
    std::memcpy(buf, s.data(), n);
    buf[n] = '\0';
}

std::string normalised_text(const char *text) {
    if (!text || !*text)
        return std::string();
    size_t len = 0;
    char *s = poshuk_normalise(text, std::strlen(text), &len);
    return take_c_string(s, len); /* two statements: len is set by the call */
}

} // namespace shim
