/* The word splitter's test hook; see word_split_test.h. */
#include "xapian/word_split_test.h"

#include "xapian/c_strings.h"
#include "xapian/poshuk_stem.h"
#include "xapian/word_split.h"
#include "xapian/words.h"

#include <string>
#include <vector>
#include <xapian.h>

namespace {

std::string joined(const std::vector<std::string> &words) {
    std::string out;
    for (const std::string &w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

int compare(const std::string &text, std::string &out) {
    std::vector<std::string> mine;
    shim::split_words(text, [&](const std::string &w) {
        if (w.size() <= shim::MAX_WORD_BYTES)
            mine.push_back(w);
    });

    const Xapian::Stem stem = shim::make_stem();
    shim::PoshukStem &memo = *shim::poshuk_stem_of(stem);
    std::vector<shim::CachedWord *> recorded;
    Xapian::Document doc;
    Xapian::TermGenerator termgen;
    termgen.set_stemmer(stem);
    termgen.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    termgen.set_document(doc);
    memo.record(&recorded);
    termgen.index_text(text);
    memo.record(nullptr);
    std::vector<std::string> theirs;
    for (const shim::CachedWord *w : recorded)
        theirs.push_back(w->first);

    if (mine == theirs) {
        out = joined(mine);
        return 1;
    }
    out = "split: " + joined(mine) + " | termgenerator: " + joined(theirs);
    return 0;
}

int compare_capitalised(const std::string &text, std::string &out) {
    std::vector<std::string> fast, slow;
    shim::each_capitalised_word(text, [&](const std::string &lower, size_t letters) {
        fast.push_back(lower + "/" + std::to_string(letters));
    });
    shim::each_word(text, [&](const shim::Word &w) {
        if (w.capitalised)
            slow.push_back(w.lower + "/" + std::to_string(w.letters));
    });
    if (fast == slow) {
        out = joined(fast);
        return 1;
    }
    out = "each_capitalised_word: " + joined(fast) + " | each_word: " + joined(slow);
    return 0;
}

using Comparison = int (*)(const std::string &, std::string &);

int run(Comparison compare_fn, const char *text, size_t len, char *buf, size_t cap) {
    std::string out;
    int result;
    try {
        result = compare_fn(std::string(text, len), out);
    } catch (...) {
        out = "error";
        result = -1;
    }
    shim::copy_to_buffer(out, buf, cap);
    return result;
}

} // namespace

extern "C" int poshuk_shim_capitalised_words_test(const char *text, size_t len, char *buf, size_t cap) {
    return run(compare_capitalised, text, len, buf, cap);
}

extern "C" int poshuk_shim_word_split_test(const char *text, size_t len, char *buf, size_t cap) {
    return run(compare, text, len, buf, cap);
}
