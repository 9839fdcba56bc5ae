/* poshuk's stemmer (stemmers/analysis.h) as a Xapian::Stem, so TermGenerator and QueryParser stem with
 * exactly the same code; with a memo of the words it has stemmed, because words follow a Zipf law (a
 * few thousand forms are most of the tokens of a corpus) and an article repeats its own words. */
#ifndef POSHUK_XAPIAN_POSHUK_STEM_H
#define POSHUK_XAPIAN_POSHUK_STEM_H

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>
#include <xapian.h>

#include "stemmers/analysis.h"

namespace shim {

/* What the index side keeps about one word (the exact bytes it was asked to stem). */
struct StemmedWord {
    std::string stem;
    std::string z_term;    /* "Z" + stem, the word's term in free text, once built */
    std::string cross_key; /* its cross-script key (cross_script.h), once key_known */
    bool key_known = false;
    unsigned long vocab_doc = 0; /* the last document that got this word's XW term: added once a document */
    unsigned long key_doc = 0;   /* the last document that got its XT term */
};

/* A cache entry: the word, and what is known about it. */
using CachedWord = std::pair<const std::string, StemmedWord>;

class PoshukStem : public Xapian::StemImplementation {
  public:
    /* A memo of 32,768 words costs a few MB and holds the head of a news corpus's vocabulary. */
    static constexpr size_t DEFAULT_CAPACITY = 32768;

    explicit PoshukStem(size_t capacity = DEFAULT_CAPACITY);
    ~PoshukStem() override;
    PoshukStem(const PoshukStem &) = delete;
    PoshukStem &operator=(const PoshukStem &) = delete;

    /* What Xapian calls: the stem, from the memo when the word is in it. While recording, the word's
     * entry is also appended to the record: TermGenerator calls this once for every term it adds, in
     * order, so the record is the text's words exactly as TermGenerator split them (word_pass.h
     * needs that only when Xapian's CJK n-grams are on; the tests compare word_split.h with it). */
    std::string operator()(const std::string &word) override;
    std::string get_description() const override;

    /* The entry of a word, stemmed on first sight. The reference stays valid until the memo is
     * cleared, which never happens inside a document (begin_document .. end_document). */
    CachedWord &entry(const std::string &word);

    /* Brackets the building of one document. The memo is cleared at the beginning when it holds
     * capacity words or more (and, outside documents, when a new word would pass capacity); inside a
     * document it only grows, so entries and records stay valid. Returns the document's serial
     * number (never 0) for the marks in StemmedWord. */
    unsigned long begin_document();
    void end_document();

    /* Starts (into non-null) or stops (nullptr) recording the entries operator() looks up. */
    void record(std::vector<CachedWord *> *into) {
        record_ = into;
    }

    size_t size() const {
        return memo_.size();
    }
    size_t hits() const {
        return hits_;
    }

  private:
    poshuk_stemmer *stemmer_;
    size_t capacity_;
    std::unordered_map<std::string, StemmedWord> memo_;
    std::vector<CachedWord *> *record_ = nullptr;
    bool in_document_ = false;
    unsigned long serial_ = 0;
    size_t hits_ = 0;
};

/* A new Xapian::Stem over a fresh poshuk_stemmer and its memo; throws std::bad_alloc when memory runs
 * out. The poshuk stemmer is not thread-safe, and the memo is not either, so each handle (each writer,
 * each thread) makes its own. */
Xapian::Stem make_stem(size_t capacity = PoshukStem::DEFAULT_CAPACITY);

/* The PoshukStem inside a Xapian::Stem made by make_stem (nullptr for any other stemmer). */
PoshukStem *poshuk_stem_of(const Xapian::Stem &stem);

} // namespace shim

#endif
