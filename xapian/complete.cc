/* poshuk_db_complete: completions of the word being typed, from the index's vocabulary (vocabulary.h).
 * It reads only the term list under XW<prefix>, never a document or a posting list, and at most
 * SCAN terms of it, so its cost does not grow with the index: a keystroke's worth of work. */
#include "xapian/c_strings.h"
#include "xapian/db.h"

#include "xapian/status.h"
#include "xapian/vocabulary.h"
#include "xapian/words.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <new>

namespace {

/* Words read per call at most: a one-letter prefix on a big index begins tens of thousands of words;
 * the most frequent among the first SCAN of them in byte order are good enough while typing. */
constexpr size_t SCAN = 2000;

constexpr size_t DEFAULT_MAX = 10;

/* Where the last word of text begins: after the last character that is neither a word character nor
 * an apostrophe between word characters. text.size() when text ends in something else. */
size_t last_word_start(const std::string &text) {
    size_t start = text.size();
    Xapian::Utf8Iterator it(text), end;
    bool in_word = false;
    for (; it != end; ++it) {
        const unsigned ch = *it;
        const bool word =
            Xapian::Unicode::is_wordchar(ch) || (in_word && (ch == '\'' || ch == 0x2019 || ch == 0x02BC));
        const size_t here = static_cast<size_t>(it.raw() - text.data());
        if (word && !in_word)
            start = here;
        if (!word)
            start = text.size();
        in_word = word;
    }
    return start;
}

} // namespace

extern "C" void poshuk_completions_free(poshuk_completions *c) {
    if (!c)
        return;
    for (size_t i = 0; i < c->n_items; ++i)
        std::free(const_cast<char *>(c->items[i].text));
    std::free(c->items);
    std::free(c);
}

extern "C" poshuk_status poshuk_db_complete(poshuk_db *d, const char *text, size_t max,
                                            poshuk_completions **out) {
    if (!out)
        return POSHUK_ERR_INVALID;
    *out = nullptr;
    if (!d)
        return POSHUK_ERR_INVALID;
    d->error_offset = -1;
    return shim::guarded(
        d->error, [] { return std::string("completing"); },
        [&] {
            const auto started = std::chrono::steady_clock::now();
            if (!d->open)
                throw shim::Failure{POSHUK_ERR_INVALID, "the index is not open (opening it failed)"};
            poshuk_completions *c = static_cast<poshuk_completions *>(std::calloc(1, sizeof *c));
            if (!c)
                throw std::bad_alloc();
            struct Owner {
                poshuk_completions *c;
                ~Owner() {
                    poshuk_completions_free(c);
                }
            } owner{c};
            const std::string typed = text ? text : "";
            const size_t start = last_word_start(typed);
            if (start < typed.size()) {
                const std::string before = typed.substr(0, start);
                /* Ліс -> Лісова: the vocabulary is lower case; a capital typed stays one. */
                const bool capital =
                    Xapian::Unicode::get_category(*Xapian::Utf8Iterator(typed.substr(start))) ==
                    Xapian::Unicode::UPPERCASE_LETTER;
                const auto words = shim::words_with_prefix(d->db, shim::word_form(typed.substr(start)),
                                                           max ? max : DEFAULT_MAX, SCAN, nullptr);
                if (!words.empty()) {
                    c->items = static_cast<poshuk_completion *>(std::calloc(words.size(), sizeof *c->items));
                    if (!c->items)
                        throw std::bad_alloc();
                    for (const auto &w : words) {
                        c->items[c->n_items].text =
                            shim::malloc_copy(before + (capital ? shim::with_capital(w.first) : w.first));
                        c->items[c->n_items].count = w.second;
                        ++c->n_items;
                    }
                }
            }
            c->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            owner.c = nullptr;
            *out = c;
            return POSHUK_OK;
        });
}
