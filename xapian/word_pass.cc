/* The terms of an article's words in one pass; see word_pass.h. */
#include "xapian/word_pass.h"

#include "xapian/cross_script.h"
#include "xapian/poshuk_stem.h"
#include "xapian/schema.h"
#include "xapian/vocabulary.h"

#include <stdexcept>
#include <vector>

namespace shim {

namespace {

/* Weight of a title word in free text: the title counts as five mentions. */
constexpr Xapian::termcount TITLE_WDF = 5;

/* Ends the document and its recording however the pass ends (TermGenerator may throw). */
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

/* Runs TermGenerator over text, appending the words it indexed (in order) to words. */
void index_recorded(Xapian::TermGenerator &termgen, PoshukStem &memo, const std::string &text,
                    Xapian::termcount wdf, const std::string &prefix, std::vector<CachedWord *> &words) {
    memo.record(&words);
    termgen.index_text(text, wdf, prefix);
    memo.record(nullptr);
}

} // namespace

void add_article_words(Xapian::Document &doc, Xapian::TermGenerator &termgen, const Xapian::Stem &stem,
                       const std::string &title, const std::string &body) {
    PoshukStem *memo = poshuk_stem_of(stem);
    if (!memo)
        throw std::logic_error("indexing needs poshuk's own stemmer (make_stem)");
    /* The record comes from the stemmer TermGenerator calls: make sure that is this one. */
    termgen.set_stemmer(stem);
    termgen.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
    DocumentScope scope(*memo);

    std::vector<CachedWord *> words;
    if (!title.empty()) {
        index_recorded(termgen, *memo, title, 1, schema::PREFIX_TITLE, words);
        /* What a second index_text(title, TITLE_WDF) would add: the same words, stemmed the same, at
         * the positions after the first copy. TermGenerator gives an empty stem no term and no
         * position; poshuk's stemmer never returns one, but the rule is kept. */
        Xapian::termpos pos = termgen.get_termpos();
        for (const CachedWord *w : words) {
            if (!w->second.stem.empty())
                doc.add_posting("Z" + w->second.stem, ++pos, TITLE_WDF);
        }
        termgen.set_termpos(pos);
        termgen.increase_termpos();
    }
    if (!body.empty())
        index_recorded(termgen, *memo, body, 1, std::string(), words);

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
