/* Building the terms and values described in schema.h. */
#include "xapian/schema.h"

#include "stemmers/analysis.h"
#include "stemmers/oblasts.h"
#include "xapian/c_strings.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

namespace shim {
namespace schema {

namespace {

/* FNV-1a, 64 bits: small, stable across platforms and builds, which matters because the hash is part
 * of terms stored on disk. Not for security; only to tell long values apart. */
uint64_t fnv1a(const std::string &s) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

} // namespace

std::string boolean_term(const char *prefix, const std::string &value) {
    /* Every spelling of a known oblast is filed under its one key, here where the writer, the filters
     * and the oblast: field all get their terms, so none of them can disagree. */
    if (std::strcmp(prefix, PREFIX_OBLAST) == 0)
        if (const poshuk_oblast *known = poshuk_oblast_find(value.data(), value.size()))
            return std::string(prefix) + known->key;
    size_t key_len = 0;
    char *folded = poshuk_fold_key(value.data(), value.size(), &key_len);
    std::string key = take_c_string(folded, key_len); /* two statements: key_len is set by the call */
    if (key.empty())
        return std::string();
    std::string term = std::string(prefix) + key;
    if (term.size() <= TERM_MAX)
        return term;

    char suffix[18];
    std::snprintf(suffix, sizeof suffix, "#%016llx", static_cast<unsigned long long>(fnv1a(key)));
    size_t keep = TERM_MAX - (sizeof suffix - 1);
    while (keep > 0 && is_continuation(static_cast<unsigned char>(term[keep])))
        --keep;
    term.resize(keep);
    term += suffix;
    return term;
}

std::string display(const char *value) {
    if (!value)
        return std::string();
    size_t len = 0;
    char *normalised = poshuk_normalise(value, std::strlen(value), &len);
    std::string s = take_c_string(normalised, len);
    for (char &c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            c = ' ';
    }
    size_t begin = s.find_first_not_of(' ');
    if (begin == std::string::npos)
        return std::string();
    size_t end = s.find_last_not_of(' ');
    return s.substr(begin, end - begin + 1);
}

std::string date_value(int32_t date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08ld", static_cast<long>(date));
    return buf;
}

std::string order_value(int32_t date, const std::string &id) {
    std::string key = date_value(date > 0 ? date : 0);
    for (char &c : key) /* each digit complemented: a later date sorts first */
        c = static_cast<char>('9' - (c - '0'));
    return key + id;
}

std::string month_value(int32_t date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04ld-%02ld", static_cast<long>(date / 10000),
                  static_cast<long>(date / 100 % 100));
    return buf;
}

std::string join_list(const std::vector<std::string> &items) {
    std::string joined;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            joined += LIST_SEPARATOR;
        joined += items[i];
    }
    return joined;
}

std::string facet_record(const std::string &tags, const std::string &oblast, const std::string &hromadas,
                         const std::string &month) {
    return tags + FIELD_SEPARATOR + oblast + FIELD_SEPARATOR + hromadas + FIELD_SEPARATOR + month;
}

std::vector<std::string> split_list(const std::string &joined) {
    std::vector<std::string> items;
    if (joined.empty())
        return items;
    size_t start = 0;
    for (;;) {
        size_t end = joined.find(LIST_SEPARATOR, start);
        items.push_back(joined.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return items;
        start = end + 1;
    }
}

} // namespace schema
} // namespace shim
