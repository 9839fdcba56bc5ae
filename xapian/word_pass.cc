/* The terms of an article's words in one pass; see word_pass.h. */
#include "xapian/word_pass.h"

#include "xapian/cross_script.h"
#include "xapian/poshuk_stem.h"
#include "xapian/schema.h"
#include "xapian/vocabulary.h"
#include "xapian/word_split.h"

#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace shim {

namespace {

/* Weight of a title word in free text: the title counts as five mentions. */
constexpr Xapian::termcount TITLE_WDF = 5;

/* TermGenerator::increase_termpos's default: the positions between title and body. */
constexpr Xapian::termpos FIELD_GAP = 100;

/* Ends the document and its recording however the pass ends (Xapian may throw). */
class DocumentScope {
  public:
    explicit DocumentScope(PoshukStem &memo) : memo_(memo), serial_(memo.begin_document()) {}
    ~DocumentScope() {
        memo_.end_document();
    }
    DocumentScope(const DocumentScope &) = delete;
    DocumentScope &operator=(const DocumentScope &) = delete;
    unsigned long serial() const {
        return serial_;
    }

  private:
    PoshukStem &memo_;
    unsigned long serial_;
};

/* The entries of text's words that make terms, in order (split as TermGenerator splits). */
void split_into(const std::string &text, PoshukStem &memo, std::vector<CachedWord *> &words) {
    split_words(text, [&](const std::string &word) {
        if (word.size() <= MAX_WORD_BYTES)
            words.push_back(&memo.entry(word));
    });
}

/* The same through TermGenerator itself: the stemmer records the words it is handed. */
void index_recorded(Xapian::TermGenerator &termgen, PoshukStem &memo, const std::string &text,
                    std::vector<CachedWord *> &words) {
    Xapian::Document scratch;
    termgen.set_document(scratch);
    memo.record(&words);
    termgen.index_text(text);
    memo.record(nullptr);
}

const std::string &z_term(StemmedWord &w) {
    if (w.z_term.empty())
        w.z_term = "Z" + w.stem;
    return w.z_term;
}

/* TermGenerator gives a word whose stem is empty no term and no position; poshuk's stemmer never
 * returns one, but the rule is kept so that positions stay TermGenerator's. */
void add_postings(Xapian::Document &doc, const std::vector<CachedWord *> &words, size_t from, size_t to,
                  const char *prefix, Xapian::termcount wdf, Xapian::termpos &pos) {
    for (size_t i = from; i < to; ++i) {
        StemmedWord &w = words[i]->second;
        if (w.stem.empty())
            continue;
        if (*prefix)
            doc.add_posting("Z" + std::string(prefix) + w.stem, ++pos, wdf);
        else
            doc.add_posting(z_term(w), ++pos, wdf);
    }
}

} // namespace

void add_article_words(Xapian::Document &doc, Xapian::TermGenerator &termgen, const Xapian::Stem &stem,
                       const std::string &title, const std::string &body) {
    PoshukStem *memo = poshuk_stem_of(stem);
    if (!memo)
        throw std::logic_error("indexing needs poshuk's own stemmer (make_stem)");
    DocumentScope scope(*memo);

    /* Xapian reads XAPIAN_CJK_NGRAM to split CJK text into n-grams, which split_words does not do: then
     * TermGenerator splits (into a scratch document; the terms are made below all the same). */
    const bool termgenerator_splits = std::getenv("XAPIAN_CJK_NGRAM") != nullptr;
    if (termgenerator_splits) {
        termgen.set_stemmer(stem);
        termgen.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    }
    std::vector<CachedWord *> words;
    if (termgenerator_splits)
        index_recorded(termgen, *memo, title, words);
    else
        split_into(title, *memo, words);
    const size_t title_words = words.size();
    if (termgenerator_splits)
        index_recorded(termgen, *memo, body, words);
    else
        split_into(body, *memo, words);

    /* What TermGenerator made of index_text(title, 1, "S"), index_text(title, 5), increase_termpos(),
     * index_text(body). */
    Xapian::termpos pos = 0;
    if (!title.empty()) {
        add_postings(doc, words, 0, title_words, schema::PREFIX_TITLE, 1, pos);
        add_postings(doc, words, 0, title_words, "", TITLE_WDF, pos);
        pos += FIELD_GAP;
    }
    add_postings(doc, words, title_words, words.size(), "", 1, pos);

    /* Every word's vocabulary term once: a term added again with wdf 0 changes nothing. */
    for (CachedWord *w : words) {
        if (w->second.vocab_doc != scope.serial()) {
            w->second.vocab_doc = scope.serial();
            add_word_term(doc, w->first);
        }
    }
    if (!title.empty())
        add_cross_script_keys(doc, title, stem, *memo, scope.serial());
    if (!body.empty())
        add_cross_script_keys(doc, body, stem, *memo, scope.serial());
}

} // namespace shim
