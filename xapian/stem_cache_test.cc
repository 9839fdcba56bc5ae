/* The stemmer memo's test hook; see stem_cache_test.h. */
#include "xapian/stem_cache_test.h"

#include "xapian/c_strings.h"
#include "xapian/poshuk_stem.h"

#include <string>
#include <vector>
#include <xapian.h>

namespace {

std::string run_ops(size_t capacity, const char *const *ops, size_t n_ops) {
    const Xapian::Stem stem = shim::make_stem(capacity);
    shim::PoshukStem &memo = *shim::poshuk_stem_of(stem);
    std::string out;
    for (size_t i = 0; i < n_ops; ++i) {
        const std::string op = ops[i];
        if (!out.empty())
            out += "; ";
        if (op == "[") {
            memo.begin_document();
            out += "[ " + std::to_string(memo.size());
        } else if (op == "]") {
            memo.end_document();
            out += "]";
        } else if (op.compare(0, 3, "tg:") == 0) {
            std::vector<shim::CachedWord *> words;
            Xapian::Document doc;
            Xapian::TermGenerator termgen;
            termgen.set_stemmer(stem);
            termgen.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
            termgen.set_document(doc);
            memo.record(&words);
            termgen.index_text(op.substr(3));
            memo.record(nullptr);
            out += "tg:";
            for (const shim::CachedWord *w : words)
                out += " " + w->first;
        } else {
            const size_t hits = memo.hits();
            const std::string stemmed = stem(op);
            out +=
                op + "=" + stemmed + (memo.hits() > hits ? " hit " : " miss ") + std::to_string(memo.size());
        }
    }
    return out;
}

} // namespace

extern "C" size_t poshuk_shim_stem_cache_test(size_t capacity, const char *const *ops, size_t n_ops,
                                              char *buf, size_t cap) {
    std::string out;
    try {
        out = run_ops(capacity, ops, n_ops);
    } catch (...) {
        out = "error";
    }
    shim::copy_to_buffer(out, buf, cap);
    return out == "error" ? 0 : out.size();
}
