/* Snippets through MSet::snippet. It returns HTML: matches wrapped in the strings we give it and the
 * text escaped. poshuk's library hands out plain text and spans instead, so that the CLI can print
 * bold on a terminal and nothing through a pipe, and a page can mark it up as it likes: the matches
 * are wrapped in two control characters that cannot survive in the body (they are blanked first) and
 * the escaping is undone while the spans are measured. */
#include "xapian/snippets.h"

#include <cstring>

namespace shim {

namespace {

const char MARK_START = '\x02';
const char MARK_END = '\x03';
const char *const OMIT = "\xE2\x80\xA6"; /* … */

size_t utf8_chars(const std::string &s) {
    size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

/* The entities MSet::snippet writes, and the characters they stand for. */
const struct {
    const char *entity;
    char plain;
} entities[] = {{"&amp;", '&'},  {"&lt;", '<'},   {"&gt;", '>'},
                {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};

} // namespace

Snippet make_snippet(const Xapian::MSet &mset, const std::string &body, size_t chars,
                     const Xapian::Stem &stem) {
    Snippet out;
    if (body.empty() || chars == 0)
        return out;
    std::string clean = body;
    for (char &c : clean)
        if (c == MARK_START || c == MARK_END)
            c = ' ';
    /* MSet::snippet counts bytes; Cyrillic takes two a letter, Latin one: scale by this body's mix. */
    const size_t body_chars = utf8_chars(clean);
    const size_t bytes = body_chars ? chars * clean.size() / body_chars : chars;
    const std::string html = mset.snippet(
        clean, bytes, stem, Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
        std::string(1, MARK_START), std::string(1, MARK_END), OMIT);

    size_t open = std::string::npos;
    for (size_t i = 0; i < html.size();) {
        const char c = html[i];
        if (c == MARK_START) {
            open = out.text.size();
            ++i;
            continue;
        }
        if (c == MARK_END) {
            if (open != std::string::npos && out.text.size() > open)
                out.marks.emplace_back(open, out.text.size() - open);
            open = std::string::npos;
            ++i;
            continue;
        }
        if (c == '&') {
            bool replaced = false;
            for (const auto &e : entities) {
                const size_t n = std::strlen(e.entity);
                if (html.compare(i, n, e.entity) == 0) {
                    out.text += e.plain;
                    i += n;
                    replaced = true;
                    break;
                }
            }
            if (replaced)
                continue;
        }
        out.text += c;
        ++i;
    }
    return out;
}

Snippet lead_snippet(const std::string &body, size_t chars) {
    Snippet out;
    size_t i = 0, n = 0, last_space = std::string::npos;
    while (i < body.size() && n < chars) {
        const unsigned char c = static_cast<unsigned char>(body[i]);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            last_space = i;
        ++i;
        while (i < body.size() && (static_cast<unsigned char>(body[i]) & 0xC0) == 0x80)
            ++i;
        ++n;
    }
    if (i >= body.size()) {
        out.text = body;
        return out;
    }
    /* Cut before the word the limit fell in, unless that word is all there is. */
    const size_t end = last_space != std::string::npos ? last_space : i;
    out.text = body.substr(0, end);
    while (!out.text.empty() && (out.text.back() == ' ' || out.text.back() == ',' || out.text.back() == '\n'))
        out.text.pop_back();
    out.text += OMIT;
    return out;
}

} // namespace shim
