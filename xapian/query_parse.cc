/* The QueryParser for what users type. */
#include "xapian/query_build.h"

#include "stemmers/analysis.h"
#include "xapian/c_strings.h"
#include "xapian/date_field.h"
#include "xapian/exact_phrase.h"
#include "xapian/schema.h"
#include "xapian/status.h"

extern "C" {
#include "syntax/fields.h"
#include "syntax/syntax.h"
}

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

namespace shim {

namespace {

/* A field like oblast:"Харківська область" becomes the same folded term the writer indexed, so case
 * and spacing in the query do not matter. Xapian hands over a quoted value without its quotes. */
class BooleanField : public Xapian::FieldProcessor {
  public:
    explicit BooleanField(const char *prefix) : prefix_(prefix) {}
    Xapian::Query operator()(const std::string &value) override {
        std::string term = schema::boolean_term(prefix_, value);
        if (term.empty())
            return Xapian::Query::MatchNothing;
        return Xapian::Query(term);
    }

  private:
    const char *prefix_;
};

/* Stopwords (та, на, the, of …) are indexed like any word, so phrases keep them ("школа на Харківщині"),
 * but outside phrases they only narrow an AND query for no reason: the parser drops them there. */
class Stopwords : public Xapian::Stopper {
  public:
    bool operator()(const std::string &word) const override {
        return poshuk_is_stopword(word.data(), word.size()) != 0;
    }
};

/* The terms a field of the language (syntax/fields.h) searches: a switch, so that a field added there
 * without its terms here does not compile (-Wswitch). */
const char *field_prefix(poshuk_field_id id) {
    switch (id) {
    case POSHUK_FIELD_TAG:
        return schema::PREFIX_TAG;
    case POSHUK_FIELD_OBLAST:
        return schema::PREFIX_OBLAST;
    case POSHUK_FIELD_HROMADA:
        return schema::PREFIX_HROMADA;
    case POSHUK_FIELD_SOURCE:
        return schema::PREFIX_SOURCE;
    case POSHUK_FIELD_LANG:
        return schema::PREFIX_LANG;
    case POSHUK_FIELD_TITLE:
        return schema::PREFIX_TITLE;
    case POSHUK_FIELD_DATE:
        break; /* the date slot, not terms (date_field.h) */
    }
    return "";
}

} // namespace

Xapian::QueryParser make_query_parser(const Xapian::Stem &stem) {
    Xapian::QueryParser qp;
    qp.set_stemmer(stem);
    /* STEM_ALL with "Z" as the default prefix makes the same terms as STEM_ALL_Z (Z<stem>, ZS<stem>),
     * and it also gives word* and the partial last word the pattern Z<word>: Xapian's expansion over
     * stems for indexes without a vocabulary, and what expand_wildcards recognises and replaces
     * (expansion.cc). Under STEM_ALL_Z the pattern would have no prefix and match no term at all. */
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
    qp.add_prefix("", "Z");
    /* AND: someone who types three words expects articles with all three, as web search engines
     * taught them; OR would rank pages that match one common word above nothing better. */
    qp.set_default_op(Xapian::Query::OP_AND);
    qp.set_stopper((new Stopwords())->release());

    /* Every spelling of every field of the language, from the table the checker reads too. */
    for (size_t i = 0; i < poshuk_n_fields; i++) {
        const poshuk_field &f = poshuk_fields[i];
        /* One grouping for all spellings of a field, so oblast:a OBLAST:b is still "either oblast"
         * (date:a date:b either period); an empty grouping makes each tag filter its own group,
         * AND-ed with the others. */
        const std::string grouping = f.all_values_required ? std::string() : std::string(f.name);
        for (int k = 0; k < POSHUK_FIELD_SPELLINGS; k++) {
            char name[POSHUK_FIELD_NAME_MAX];
            poshuk_field_spelling(&f, k, name);
            switch (f.kind) {
            case POSHUK_FIELD_FREE_TEXT:
                qp.add_prefix(name, std::string("Z") + field_prefix(f.id));
                break;
            case POSHUK_FIELD_BOOLEAN:
                qp.add_boolean_prefix(name, (new BooleanField(field_prefix(f.id)))->release(), &grouping);
                break;
            case POSHUK_FIELD_DATES:
                qp.add_boolean_prefix(name, (new DateField())->release(), &grouping);
                break;
            }
        }
    }
    add_exact_fields(qp); /* =word and ="words", which exact_query() rewrites into these fields */
    return qp;
}

std::string normalised_query(const char *query) {
    std::string s = normalised_text(query);
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)))
            return s;
    return std::string();
}

Xapian::Query parse_user_query(Xapian::QueryParser &parser, const char *query, const std::string &normalised,
                               long *error_offset, bool partial) {
    /* Our checker runs on the text as typed, so its offset points into what the user sees. */
    size_t offset = 0;
    const char *message = nullptr;
    if (!poshuk_query_check_flags(query, partial ? POSHUK_QCHECK_PARTIAL : 0, &offset, &message)) {
        *error_offset = static_cast<long>(offset);
        throw Failure{POSHUK_ERR_QUERY_SYNTAX, message ? message : "query syntax error"};
    }
    return parse_checked(parser, normalised, error_offset, partial);
}

Xapian::Query parse_checked(Xapian::QueryParser &parser, const std::string &normalised, long *error_offset,
                            bool partial) {
    const unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                           Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_PURE_NOT |
                           Xapian::QueryParser::FLAG_WILDCARD |
                           (partial ? Xapian::QueryParser::FLAG_PARTIAL : 0);
    try {
        return parser.parse_query(normalised, flags);
    } catch (const Xapian::QueryParserError &e) {
        *error_offset = -1;
        throw Failure{POSHUK_ERR_QUERY_SYNTAX, e.get_msg()};
    }
}

} // namespace shim
