/* poshuk_analyse: the words of a text with what indexing makes of each. The term comes from a
 * TermGenerator set up as the writer's, run on the word alone, so it is the term an article holds. */
#include "poshuk.h"

#include "stemmers/analysis.h"
#include "xapian/c_strings.h"
#include "xapian/cross_script.h"
#include "xapian/poshuk_stem.h"
#include "xapian/schema.h"
#include "xapian/status.h"
#include "xapian/words.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>
#include <xapian.h>

namespace {

struct TokenData {
    std::string word, lower, term, translit, cross_key;
    const char *script = nullptr; /* static: "uk", "en" or "other" */
    bool has_term = false, has_translit = false, has_cross_key = false;
    bool stopword = false;
};

const char *script_of(const std::string &lower) {
    bool cyrillic = false, latin = false, other = false;
    Xapian::Utf8Iterator it(lower), end;
    for (; it != end; ++it) {
        const unsigned ch = *it;
        if (ch == '\'')
            continue; /* joins parts of a word in either script */
        if (ch >= 0x400 && ch <= 0x52f)
            cyrillic = true;
        else if (ch >= 'a' && ch <= 'z')
            latin = true;
        else
            other = true;
    }
    if (cyrillic && !latin && !other)
        return "uk";
    if (latin && !cyrillic && !other)
        return "en";
    return "other";
}

/* The one Z term TermGenerator makes of a single word ("" for none: too long, or no word at all). */
std::string term_of(Xapian::TermGenerator &termgen, const std::string &word) {
    Xapian::Document doc;
    termgen.set_document(doc);
    termgen.index_text(word);
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
        return *t;
    return std::string();
}

std::string translit_of(const std::string &lower) {
    size_t len = 0;
    char *latin = poshuk_translit(lower.data(), lower.size(), &len);
    return shim::take_c_string(latin, len); /* two statements: len is set by the call */
}

} // namespace

extern "C" void poshuk_tokens_free(poshuk_tokens *tokens) {
    if (!tokens)
        return;
    for (size_t i = 0; i < tokens->n_items; ++i) {
        poshuk_token &t = tokens->items[i];
        std::free(const_cast<char *>(t.word));
        std::free(const_cast<char *>(t.lower));
        std::free(const_cast<char *>(t.term));
        std::free(const_cast<char *>(t.translit));
        std::free(const_cast<char *>(t.cross_key));
    }
    std::free(tokens->items);
    std::free(tokens);
}

extern "C" poshuk_status poshuk_analyse(const char *text, poshuk_tokens **out) {
    if (!out)
        return POSHUK_ERR_INVALID;
    *out = nullptr;
    if (!text)
        return POSHUK_ERR_INVALID;
    std::string error; /* no handle to keep it on: the status says all a caller can act on */
    return shim::guarded(
        error, [] { return std::string("analysing text"); },
        [&] {
            const std::string normalised = shim::normalised_text(text);

            const Xapian::Stem stem = shim::make_stem();
            Xapian::TermGenerator termgen;
            termgen.set_stemmer(stem);
            termgen.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);

            std::vector<TokenData> words;
            shim::each_word(normalised, [&](const shim::Word &w) {
                TokenData t;
                t.word = w.text;
                t.lower = w.lower;
                t.script = script_of(w.lower);
                t.term = term_of(termgen, w.lower);
                t.has_term = !t.term.empty();
                if (std::strcmp(t.script, "uk") == 0) {
                    t.translit = translit_of(w.lower);
                    t.has_translit = true;
                }
                if (w.capitalised && w.letters >= 3) {
                    const std::string key = shim::cross_script_key(stem(w.lower), stem);
                    t.has_cross_key = !key.empty();
                    t.cross_key = shim::schema::PREFIX_CROSS_SCRIPT + key;
                }
                t.stopword = poshuk_is_stopword(w.lower.data(), w.lower.size()) != 0;
                words.push_back(std::move(t));
            });

            poshuk_tokens *tokens = static_cast<poshuk_tokens *>(std::calloc(1, sizeof *tokens));
            if (!tokens)
                throw std::bad_alloc();
            std::unique_ptr<poshuk_tokens, decltype(&poshuk_tokens_free)> result(tokens, &poshuk_tokens_free);
            tokens->items = static_cast<poshuk_token *>(std::calloc(words.size() + 1, sizeof(poshuk_token)));
            if (!tokens->items)
                throw std::bad_alloc();
            for (const TokenData &d : words) {
                poshuk_token &t = tokens->items[tokens->n_items++];
                t.word = shim::malloc_copy(d.word);
                t.lower = shim::malloc_copy(d.lower);
                t.script = d.script;
                t.term = d.has_term ? shim::malloc_copy(d.term) : nullptr;
                t.translit = d.has_translit ? shim::malloc_copy(d.translit) : nullptr;
                t.cross_key = d.has_cross_key ? shim::malloc_copy(d.cross_key) : nullptr;
                t.stopword = d.stopword;
            }
            *out = result.release();
            return POSHUK_OK;
        });
}
