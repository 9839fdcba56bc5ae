/* The raw Xapian floor's indexer: poshuk's JSONL to the index poshuk builds, straight over the Xapian
 * API (jansson for JSON, as poshuk-index uses). Same terms, values, positions and transaction pattern
 * as poshuk's writer: replace by the Q term inside an unflushed transaction, committed every N articles.
 *
 *   xapian_raw_index DB FILE.jsonl [COMMIT_EVERY]     (default 10000, as poshuk-index) */
#include "peers/xapian_raw_common.h"
#include "peers/xapian_raw_cross.h"

#include <cstdio>
#include <cstring>
#include <jansson.h>
#include <string>
#include <vector>
#include <zlib.h>

namespace {

std::string field(json_t *o, const char *key) {
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

std::vector<std::string> list(json_t *o, const char *key) {
    std::vector<std::string> out;
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(o, key), i, v) if (json_string_value(v))
        out.push_back(json_string_value(v));
    return out;
}

std::string joined(const std::vector<std::string> &items) {
    std::string s;
    for (size_t i = 0; i < items.size(); ++i)
        s += (i ? std::string(1, raw::LIST_SEPARATOR) : std::string()) + items[i];
    return s;
}

/* What a hit shows, length-prefixed like poshuk's record (in its summary slot) so the size on disk is
 * comparable. */
void put(std::string &out, const std::string &s) {
    char len[12];
    int n = std::snprintf(len, sizeof len, "%zu:", s.size());
    out.append(len, static_cast<size_t>(n));
    out += s;
}

/* The written words (lower-cased, unstemmed) as XW terms with wdf 0 and no positions: poshuk's
 * vocabulary for wildcards, completion and did-you-mean (xapian/vocabulary.h). */
void add_words(Xapian::Document &doc, Xapian::TermGenerator &words, const std::string &text) {
    if (text.empty())
        return;
    words.set_document(doc);
    words.index_text_without_positions(text, 0, "XW");
}

Xapian::Document make_document(json_t *o, Xapian::TermGenerator &tg, Xapian::TermGenerator &words,
                               const Xapian::Stem &stem) {
    Xapian::Document doc;
    tg.set_document(doc);
    const std::string title = raw::normalise(field(o, "title")), body = raw::normalise(field(o, "body"));
    if (!title.empty()) {
        tg.index_text(title, 1, "S");
        tg.index_text(title, 5);
        tg.increase_termpos();
        raw::add_cross_keys(doc, title, stem);
    }
    if (!body.empty()) {
        tg.index_text(body);
        raw::add_cross_keys(doc, body, stem);
    }
    add_words(doc, words, title);
    add_words(doc, words, body);

    const std::string id = field(o, "id"), lang = field(o, "lang"), oblast = field(o, "oblast"),
                      source = field(o, "source"), date = field(o, "date"), url = field(o, "url");
    const std::vector<std::string> tags = list(o, "tags"), hromadas = list(o, "hromadas");
    auto add_term = [&doc](const char *prefix, const std::string &value) {
        const std::string term = raw::boolean_term(prefix, value);
        if (!term.empty())
            doc.add_boolean_term(term);
    };
    for (const std::string &t : tags)
        add_term("K", t);
    for (const std::string &h : hromadas)
        add_term("XH", h);
    add_term("XO", oblast);
    add_term("XS", source);
    add_term("L", lang);
    doc.add_boolean_term("Q" + id);

    const bool dated = date.size() == 10; /* the generator writes YYYY-MM-DD */
    const std::string ymd = dated ? date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2) : "";
    const std::string month = dated ? date.substr(0, 7) : "";
    const std::string tag_list = joined(tags), hromada_list = joined(hromadas);
    if (dated) {
        doc.add_value(raw::SLOT_DATE, ymd);
        doc.add_value(raw::SLOT_MONTH, month);
    }
    if (!oblast.empty())
        doc.add_value(raw::SLOT_OBLAST, oblast);
    if (!tags.empty())
        doc.add_value(raw::SLOT_TAGS, tag_list);
    if (!hromadas.empty())
        doc.add_value(raw::SLOT_HROMADAS, hromada_list);
    if (!lang.empty())
        doc.add_value(raw::SLOT_LANG, lang);
    doc.add_value(raw::SLOT_ID, id);
    doc.add_value(raw::SLOT_FACETS, tag_list + raw::FIELD_SEPARATOR + oblast + raw::FIELD_SEPARATOR +
                                        hromada_list + raw::FIELD_SEPARATOR + month);
    /* equal scores newest first, then by id: the date's digits complemented, then the id */
    std::string order = dated ? ymd : "00000000";
    for (char &c : order)
        c = static_cast<char>('9' - (c - '0'));
    doc.add_value(raw::SLOT_ORDER, order + id);

    std::string data;
    put(data, id);
    put(data, lang);
    put(data, field(o, "title"));
    put(data, url);
    put(data, date);
    put(data, joined(tags));
    put(data, oblast);
    put(data, joined(hromadas));
    put(data, source);
    doc.add_value(raw::SLOT_SUMMARY, data); /* what a hit shows, as poshuk keeps it */
    /* poshuk keeps the body for snippets in a slot of its own, deflated at level 1 */
    const std::string text = field(o, "body");
    if (!text.empty()) {
        uLongf room = compressBound(text.size());
        std::string packed(room, '\0');
        compress2(reinterpret_cast<Bytef *>(&packed[0]), &room, reinterpret_cast<const Bytef *>(text.data()),
                  text.size(), 1);
        packed.resize(room);
        doc.add_value(raw::SLOT_BODY, packed);
    }
    return doc;
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 3) {
        std::fputs("usage: xapian_raw_index DB FILE.jsonl [COMMIT_EVERY]\n", stderr);
        return 2;
    }
    const long every = argc > 3 ? std::atol(argv[3]) : 10000;
    FILE *in = std::fopen(argv[2], "r");
    if (!in) {
        std::perror(argv[2]);
        return 1;
    }
    try {
        Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
        Xapian::TermGenerator tg;
        const Xapian::Stem stem = raw::make_stem();
        tg.set_stemmer(stem);
        tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
        Xapian::TermGenerator words;
        words.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
        db.begin_transaction(false);
        char *line = nullptr;
        size_t cap = 0;
        ssize_t len;
        long n = 0;
        while ((len = getline(&line, &cap, in)) > 0) {
            json_error_t err;
            json_t *o = json_loadb(line, static_cast<size_t>(len), 0, &err);
            if (!json_is_object(o)) {
                std::fprintf(stderr, "xapian_raw_index: line %ld: %s\n", n + 1, err.text);
                json_decref(o);
                continue;
            }
            db.replace_document("Q" + field(o, "id"), make_document(o, tg, words, stem));
            json_decref(o);
            if (++n % every == 0) {
                db.commit_transaction();
                db.commit();
                db.begin_transaction(false);
            }
        }
        std::free(line);
        db.commit_transaction();
        db.commit();
        db.close();
    } catch (const Xapian::Error &e) {
        std::fprintf(stderr, "xapian_raw_index: %s\n", e.get_description().c_str());
        return 1;
    }
    std::fclose(in);
    return 0;
}
