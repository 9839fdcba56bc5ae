/* Article -> Xapian::Document: words, boolean terms, values and document data. */
#include "xapian/article_document.h"

#include "stemmers/analysis.h"
#include "stemmers/oblasts.h"
#include "xapian/c_strings.h"
#include "xapian/docdata.h"
#include "xapian/schema.h"
#include "xapian/stored_body.h"
#include "xapian/word_pass.h"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <set>
#include <string>
#include <vector>

namespace shim {

namespace {

/* Adds prefix+key terms for a list of values and returns their display forms. Values whose key is
 * the same (case or spacing differ) are one value: the article is counted once in its facet. */
std::vector<std::string> add_list(Xapian::Document &doc, const char *prefix, const char *const *values,
                                  size_t n) {
    std::vector<std::string> shown;
    std::set<std::string> seen;
    for (size_t i = 0; i < n; ++i) {
        if (!values[i])
            continue;
        std::string term = schema::boolean_term(prefix, values[i]);
        if (term.empty() || !seen.insert(term).second)
            continue;
        doc.add_boolean_term(term);
        shown.push_back(schema::display(values[i]));
    }
    return shown;
}

/* Adds the boolean term for a single value and returns its display form ("" when blank). */
std::string add_single(Xapian::Document &doc, const char *prefix, const char *value) {
    if (!value)
        return std::string();
    std::string term = schema::boolean_term(prefix, value);
    if (term.empty())
        return std::string();
    doc.add_boolean_term(term);
    return schema::display(value);
}

} // namespace

Xapian::Document make_document(const poshuk_article &a, Xapian::TermGenerator &termgen,
                               const Xapian::Stem &stem) {
    Xapian::Document doc;

    /* Title twice: under S for title: searches, and unprefixed with wdf 5 so that a word in the title
     * weighs more than the same word in the body in free text (word_pass.h has the whole schema of
     * word terms). */
    add_article_words(doc, termgen, stem, normalised_text(a.title), normalised_text(a.body));

    DocData data;
    data.id = a.id;
    data.title = a.title ? a.title : "";
    data.url = a.url ? a.url : "";
    data.date = a.date;
    data.tags = add_list(doc, schema::PREFIX_TAG, a.tags, a.n_tags);
    data.hromadas = add_list(doc, schema::PREFIX_HROMADA, a.hromadas, a.n_hromadas);
    data.oblast = add_single(doc, schema::PREFIX_OBLAST, a.oblast);
    /* A known oblast, however the article spelled it, is one facet value (the portal's Ukrainian form)
     * and shows in the article's language in its hit. */
    std::string oblast_facet = data.oblast;
    if (const poshuk_oblast *known =
            a.oblast ? poshuk_oblast_find(a.oblast, std::strlen(a.oblast)) : nullptr) {
        oblast_facet = known->uk;
        data.oblast = a.lang && std::strcmp(a.lang, "en") == 0 ? known->en : known->uk;
    }
    data.source = add_single(doc, schema::PREFIX_SOURCE, a.source);
    data.lang = add_single(doc, schema::PREFIX_LANG, a.lang);

    /* The id term is the id exactly: ids are keys, not text, so they are not folded. */
    doc.add_boolean_term(schema::PREFIX_ID + data.id);

    const std::string month = a.date != 0 ? schema::month_value(a.date) : std::string();
    const std::string tags = schema::join_list(data.tags), hromadas = schema::join_list(data.hromadas);
    if (a.date != 0) {
        doc.add_value(schema::SLOT_DATE, schema::date_value(a.date));
        doc.add_value(schema::SLOT_MONTH, month);
    }
    if (!oblast_facet.empty())
        doc.add_value(schema::SLOT_OBLAST, oblast_facet);
    if (!tags.empty())
        doc.add_value(schema::SLOT_TAGS, tags);
    if (!hromadas.empty())
        doc.add_value(schema::SLOT_HROMADAS, hromadas);
    doc.add_value(schema::SLOT_FACETS, schema::facet_record(tags, oblast_facet, hromadas, month));
    if (!data.lang.empty())
        doc.add_value(schema::SLOT_LANG, data.lang);
    doc.add_value(schema::SLOT_ID, data.id);
    doc.add_value(schema::SLOT_ORDER, schema::order_value(a.date, data.id));
    if (a.body) /* as written, for snippets and exact phrases */
        doc.add_value(schema::SLOT_BODY, pack_body(a.body));

    doc.add_value(schema::SLOT_SUMMARY, encode_docdata(data));
    return doc;
}

} // namespace shim
