/* Exact forms in queries; see exact_phrase.h. */
#include "xapian/exact_phrase.h"

#include "xapian/c_strings.h"
#include "xapian/docdata.h"
#include "xapian/query_rewrite.h"
#include "xapian/schema.h"
#include "xapian/status.h"
#include "xapian/stored_body.h"
#include "xapian/vocabulary.h"

extern "C" {
#include "syntax/syntax.h"
}

#include <algorithm>
#include <memory>

namespace shim {

namespace {

/* A combining acute (U+0301) is a word character to Xapian and is deleted by the normaliser, so a
 * field name holding one cannot come from anything a user types. */
const char *const FIELD_ANYWHERE = "ex\xCC\x81";
const char *const FIELD_TITLE = "tx\xCC\x81";
/* The term prefixes of the fields: the part's number ends at the ":". */
const char *const PREFIX_ANYWHERE = "XEA";
const char *const PREFIX_TITLE = "XET";

std::string field_name(bool title, size_t k) {
    return (title ? FIELD_TITLE : FIELD_ANYWHERE) + std::to_string(k);
}

std::string field_prefix(bool title, size_t k) {
    return (title ? PREFIX_TITLE : PREFIX_ANYWHERE) + std::to_string(k) + ":";
}

bool is_double_quote(unsigned c) {
    return c == '"' || c == 0x201C || c == 0x201D;
}

/* Characters that Xapian's word splitting keeps inside a word when word characters stand on both
 * sides (the same rules as syntax/syntax_lex.c's infix()): 0 splits, IGNORED joins without a
 * character, anything else is the character the word holds there. */
constexpr unsigned IGNORED = 0xFFFFFFFF;

unsigned infix(unsigned c, unsigned prev, unsigned next) {
    if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF)
        return IGNORED;
    const bool digits = prev >= '0' && prev <= '9' && next >= '0' && next <= '9';
    if (digits)
        return (c == ',' || c == '.' || c == ';' || c == 0x037E || c == 0x0589 || c == 0x060D ||
                c == 0x07F8 || c == 0x2044 || c == 0xFE10 || c == 0xFE13 || c == 0xFE14)
                   ? c
                   : 0;
    if (c == '\'' || c == '&' || c == 0xB7 || c == 0x5F4 || c == 0x2027)
        return c;
    if (c == 0x2019 || c == 0x201B)
        return '\'';
    return 0;
}

/* The lower-cased words of normalised text, as Xapian's TermGenerator splits them. */
std::vector<std::string> lower_words(const std::string &text) {
    std::vector<unsigned> cps;
    for (Xapian::Utf8Iterator it(text), end; it != end; ++it)
        cps.push_back(*it);
    std::vector<std::string> words;
    const size_t n = cps.size();
    for (size_t i = 0; i < n;) {
        if (!Xapian::Unicode::is_wordchar(cps[i])) {
            ++i;
            continue;
        }
        std::string word;
        unsigned prev = cps[i];
        Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(cps[i++]));
        while (i < n) {
            unsigned c = cps[i];
            if (!Xapian::Unicode::is_wordchar(c)) {
                if (i + 1 >= n || !Xapian::Unicode::is_wordchar(cps[i + 1]))
                    break;
                c = infix(c, prev, cps[i + 1]);
                if (c == 0)
                    break;
                if (c == IGNORED) {
                    ++i;
                    continue;
                }
            }
            Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(c));
            prev = c;
            ++i;
        }
        /* Up to three trailing + or # belong to the word when no word character follows (C++, C#). */
        size_t p = i;
        while (p < n && p - i < 4 && (cps[p] == '+' || cps[p] == '#'))
            ++p;
        if (p > i && p - i <= 3 && (p >= n || !Xapian::Unicode::is_wordchar(cps[p]))) {
            for (; i < p; ++i)
                word += static_cast<char>(cps[i]);
        }
        words.push_back(std::move(word));
    }
    return words;
}

bool has_run(const std::vector<std::string> &text, const std::vector<std::string> &words) {
    if (words.empty() || words.size() > text.size())
        return false;
    for (size_t i = 0; i + words.size() <= text.size(); ++i) {
        size_t k = 0;
        while (k < words.size() && text[i + k] == words[k])
            ++k;
        if (k == words.size())
            return true;
    }
    return false;
}

/* The check of one exact part, as a posting list: the documents of the shard that use every word of
 * the part in this form (its vocabulary terms; every stem in an index without them), less those whose
 * stems are not adjacent or whose stored text does not hold the words in order. Weightless: the
 * part's phrase beside it ranks. */
class ExactSource : public Xapian::PostingSource {
  public:
    ExactSource(std::shared_ptr<const ExactPart> part, std::vector<std::string> terms)
        : part_(std::move(part)), terms_(std::move(terms)) {}

    Xapian::PostingSource *clone() const override {
        return new ExactSource(part_, terms_);
    }

    /* Remote shards: a posting source that can be serialised must be registered on the server too,
     * and xapian-tcpsrv knows only Xapian's own. Say so rather than let Xapian report a missing
     * serialisation. */
    std::string name() const override {
        return "poshuk::ExactSource";
    }
    std::string serialise() const override {
        throw Failure{POSHUK_ERR_INVALID, "exact forms (=word, =\"words\") cannot be searched on a remote "
                                          "shard: the check needs the article text, which only a local "
                                          "index can read; search without = or open the shards directly"};
    }

    void init(const Xapian::Database &db) override {
        db_ = db;
        /* The candidates: the articles that use every word in exactly this form, when the shard has
         * the vocabulary (XW<word> per article, vocabulary.h), else the articles with every stem.
         * The rarest list leads; the others are asked about its documents. */
        std::vector<std::string> lists = terms_;
        words_known_ = has_words(db);
        if (words_known_) {
            lists.clear();
            for (const std::string &w : part_->words)
                lists.push_back(PREFIX_WORD + w);
        }
        std::string rarest;
        Xapian::doccount fewest = 0;
        for (const std::string &term : lists) {
            const Xapian::doccount tf = db.get_termfreq(term);
            if (rarest.empty() || tf < fewest) {
                rarest = term;
                fewest = tf;
            }
        }
        max_ = fewest;
        it_ = end_ = Xapian::PostingIterator();
        others_.clear();
        if (!rarest.empty()) {
            it_ = db.postlist_begin(rarest);
            end_ = db.postlist_end(rarest);
            for (const std::string &term : lists)
                if (term != rarest)
                    others_.emplace_back(db.postlist_begin(term), db.postlist_end(term));
        }
        started_ = false;
        valid_ = true;
        at_end_ = rarest.empty();
        current_ = 0;
    }

    Xapian::doccount get_termfreq_min() const override {
        return 0;
    }
    /* As many as the rarest term: the matcher then asks the phrase first and this check last, so
     * that only the phrase's matches have their text read. */
    Xapian::doccount get_termfreq_est() const override {
        return max_;
    }
    Xapian::doccount get_termfreq_max() const override {
        return max_;
    }

    void next(double) override {
        advance(started_ ? current_ + 1 : 1);
    }

    void skip_to(Xapian::docid did, double) override {
        if (!started_)
            advance(did);
        else if (!valid_) /* after check() said no: current_ is not a match */
            advance(std::max(did, current_ + 1));
        else if (did > current_)
            advance(did);
    }

    bool check(Xapian::docid did, double) override {
        started_ = true;
        current_ = did;
        valid_ = true;
        if (at_end_)
            return true;
        it_.skip_to(did);
        if (it_ == end_) {
            at_end_ = true;
            return true;
        }
        /* Not a candidate, or not exact: where the next match is stays unknown (next() finds it). */
        valid_ = *it_ == did && holds(did);
        return valid_;
    }

    bool at_end() const override {
        return at_end_;
    }

    Xapian::docid get_docid() const override {
        return current_;
    }

    std::string get_description() const override {
        return "poshuk::ExactSource()";
    }

  private:
    void advance(Xapian::docid from) {
        started_ = true;
        valid_ = true;
        if (at_end_)
            return;
        it_.skip_to(from);
        while (it_ != end_ && !holds(*it_))
            ++it_;
        at_end_ = it_ == end_;
        if (!at_end_)
            current_ = *it_;
    }

    /* Whether every other list holds did. */
    bool in_others(Xapian::docid did) {
        for (auto &list : others_) {
            list.first.skip_to(did);
            if (list.first == list.second || *list.first != did)
                return false;
        }
        return true;
    }

    /* Whether the part's stems stand next to each other in did, as the phrase beside this check
     * requires (Xapian 1.4 checks a phrase's positions after its AND, so this check may be asked
     * first); true when the positions cannot tell. Positions are cheap beside a body. */
    bool stems_adjacent(Xapian::docid did) const {
        if (terms_.size() < 2)
            return true;
        std::vector<std::vector<Xapian::termpos>> pos;
        for (const std::string &term : terms_) {
            pos.emplace_back(db_.positionlist_begin(did, term), db_.positionlist_end(did, term));
            if (pos.back().empty())
                return true;
        }
        for (Xapian::termpos p : pos[0]) {
            size_t k = 1;
            while (k < pos.size() && std::binary_search(pos[k].begin(), pos[k].end(), p + k))
                ++k;
            if (k == pos.size())
                return true;
        }
        return false;
    }

    bool holds(Xapian::docid did) {
        if (!in_others(did) || !stems_adjacent(did))
            return false;
        /* One word in this form anywhere: the vocabulary term says so already (the indexer made it
         * from the same text, split as here). */
        if (words_known_ && part_->words.size() == 1 && !part_->title_only)
            return true;
        const Xapian::Document doc = db_.get_document(did);
        DocData data;
        if (read_docdata(doc, data) &&
            has_run(lower_words(normalised_text(data.title.c_str())), part_->words))
            return true;
        if (part_->title_only)
            return false;
        return holds_exact(read_body(doc), part_->words);
    }

    std::shared_ptr<const ExactPart> part_;
    std::vector<std::string> terms_;
    Xapian::Database db_;
    Xapian::PostingIterator it_, end_;
    std::vector<std::pair<Xapian::PostingIterator, Xapian::PostingIterator>> others_;
    bool words_known_ = false;
    Xapian::doccount max_ = 0;
    Xapian::docid current_ = 0;
    bool started_ = false, at_end_ = true;
    bool valid_ = true; /* false after check() found did not to match */
};

/* The part a term of an exact field belongs to, and the poshuk term it stands for; -1 if the term is
 * not one of them. */
long exact_term(const std::string &term, std::string &real) {
    bool title;
    if (term.compare(0, 3, PREFIX_ANYWHERE) == 0)
        title = false;
    else if (term.compare(0, 3, PREFIX_TITLE) == 0)
        title = true;
    else
        return -1;
    const size_t colon = term.find(':', 3);
    if (colon == std::string::npos || colon == 3)
        return -1;
    long k = 0;
    for (size_t i = 3; i < colon; ++i) {
        if (term[i] < '0' || term[i] > '9')
            return -1;
        k = k * 10 + (term[i] - '0');
    }
    real = std::string("Z") + (title ? schema::PREFIX_TITLE : "") + term.substr(colon + 1);
    return k;
}

} // namespace

void add_exact_fields(Xapian::QueryParser &parser) {
    for (size_t k = 0; k < POSHUK_QUERY_EXACT_MAX; ++k) {
        parser.add_prefix(field_name(false, k), field_prefix(false, k));
        parser.add_prefix(field_name(true, k), field_prefix(true, k));
    }
}

ExactQuery exact_query(const std::string &normalised, bool partial) {
    ExactQuery out;
    const char *q = normalised.c_str();
    const unsigned flags = partial ? POSHUK_QCHECK_PARTIAL : 0;
    /* Every exact part starts with "=": most queries have none, and need not be read word by word. */
    const size_t n =
        normalised.find('=') == std::string::npos ? 0 : poshuk_query_exact_parts(q, flags, nullptr, 0);
    if (n == 0 || n > POSHUK_QUERY_EXACT_MAX) {
        out.text = normalised;
        return out;
    }
    std::vector<poshuk_query_exact> parts(n);
    poshuk_query_exact_parts(q, flags, parts.data(), n);
    size_t done = 0;
    for (size_t k = 0; k < n; ++k) {
        const poshuk_query_exact &p = parts[k];
        const std::string words = normalised.substr(p.start, p.end - p.start);
        out.text += normalised.substr(done, p.from - done);
        out.text += field_name(p.title != 0, k) + ":";
        if (p.quoted) {
            out.text += words;
        } else {
            out.text += "\"" + words + "\"";
            /* Two quotes in a row would be a quote character inside the phrase. */
            Xapian::Utf8Iterator next(normalised.data() + p.end, normalised.size() - p.end);
            if (next != Xapian::Utf8Iterator() && is_double_quote(*next))
                out.text += " ";
        }
        done = p.end;
        ExactPart part;
        part.words = lower_words(words);
        part.title_only = p.title != 0;
        out.parts.push_back(std::move(part));
    }
    out.text += normalised.substr(done);
    return out;
}

Xapian::Query with_exact_checks(const Xapian::Query &parsed, const std::vector<ExactPart> &parts) {
    if (parts.empty())
        return parsed;
    std::vector<std::shared_ptr<const ExactPart>> shared;
    for (const ExactPart &p : parts)
        shared.push_back(std::make_shared<const ExactPart>(p));
    return rewrite_query(parsed, parameterless_op, [&](const Xapian::Query &node) {
        /* A part is one term (a word) or the phrase of its terms. */
        std::vector<std::string> terms;
        long part = -1;
        for (auto t = node.get_terms_begin(); t != node.get_terms_end(); ++t) {
            std::string real;
            const long k = exact_term(*t, real);
            if (k < 0 || (part >= 0 && k != part))
                return node;
            part = k;
            terms.push_back(real);
        }
        const Xapian::Query::op op = node.get_type();
        if (part < 0 || (op != Xapian::Query::LEAF_TERM && op != Xapian::Query::OP_PHRASE))
            return node;
        if (static_cast<size_t>(part) >= shared.size())
            return Xapian::Query::MatchNothing;
        Xapian::Query phrase;
        if (op == Xapian::Query::LEAF_TERM) {
            phrase = Xapian::Query(terms[0]);
        } else {
            std::vector<Xapian::Query> leaves;
            for (size_t i = 0; i < terms.size(); ++i)
                leaves.emplace_back(terms[i], 1, static_cast<Xapian::termpos>(i + 1));
            phrase = Xapian::Query(Xapian::Query::OP_PHRASE, leaves.begin(), leaves.end(), leaves.size());
        }
        Xapian::PostingSource *check = (new ExactSource(shared[static_cast<size_t>(part)], terms))->release();
        return Xapian::Query(Xapian::Query::OP_FILTER, phrase, Xapian::Query(check));
    });
}

ExactMarks exact_marks(const Xapian::Query &parsed, const std::vector<ExactPart> &parts) {
    ExactMarks m;
    if (parts.empty())
        return m;
    for (auto t = parsed.get_terms_begin(); t != parsed.get_terms_end(); ++t) {
        std::string real;
        if (exact_term(*t, real) >= 0) {
            m.exact_terms.push_back(real.compare(0, 2, "ZS") == 0 ? "Z" + real.substr(2) : real);
        } else if ((*t).compare(0, 2, "ZS") == 0) {
            m.plain_terms.push_back("Z" + (*t).substr(2));
        } else if ((*t).compare(0, 1, "Z") == 0) {
            m.plain_terms.push_back(*t);
        }
    }
    for (const ExactPart &p : parts)
        m.exact_words.insert(m.exact_words.end(), p.words.begin(), p.words.end());
    return m;
}

void keep_exact_marks(poshuk_results &results, const ExactMarks &marks, const Xapian::Stem &stem) {
    if (marks.exact_terms.empty())
        return;
    auto has = [](const std::vector<std::string> &v, const std::string &s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    for (size_t i = 0; i < results.n_hits; ++i) {
        poshuk_hit &h = results.hits[i];
        if (!h.snippet || h.n_marks == 0)
            continue;
        /* The marks array is the results' own (malloc'd by ResultsBuilder): filtered in place. */
        poshuk_span *spans = const_cast<poshuk_span *>(h.marks);
        size_t kept = 0;
        for (size_t k = 0; k < h.n_marks; ++k) {
            const std::vector<std::string> words = lower_words(
                normalised_text(std::string(h.snippet + spans[k].start, spans[k].length).c_str()));
            bool drop = false;
            if (words.size() == 1) {
                const std::string term = "Z" + stem(words[0]);
                drop = has(marks.exact_terms, term) && !has(marks.plain_terms, term) &&
                       !has(marks.exact_words, words[0]);
            }
            if (!drop)
                spans[kept++] = spans[k];
        }
        h.n_marks = kept;
    }
}

bool holds_exact(const std::string &text, const std::vector<std::string> &words) {
    if (text.empty())
        return false;
    return has_run(lower_words(normalised_text(text.c_str())), words);
}

} // namespace shim
