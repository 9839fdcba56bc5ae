/* Test hooks declared in xapian/shim_test.h: they let tests/test_status.c reach the classifier and the
 * term builder without a database that fails on demand. */
#include "xapian/shim_test.h"

#include "xapian/c_strings.h"
#include "xapian/docdata.h"
#include "xapian/facets.h"
#include "xapian/query_build.h"
#include "xapian/schema.h"
#include "xapian/status.h"
#include "xapian/stored_body.h"
#include "xapian/varint.h"

#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <xapian.h>

namespace {

/* Returns only when the name is unknown. */
void throw_named(const std::string &name) {
    const std::string m = "test message";
#define POSHUK_THROW_IF(cls)                                                                                 \
    if (name == #cls)                                                                                        \
        throw Xapian::cls(m);
    POSHUK_THROW_IF(DatabaseModifiedError)
    POSHUK_THROW_IF(DatabaseLockError)
    POSHUK_THROW_IF(DatabaseNotFoundError)
    POSHUK_THROW_IF(DatabaseOpeningError)
    POSHUK_THROW_IF(DatabaseVersionError)
    POSHUK_THROW_IF(DatabaseCorruptError)
    POSHUK_THROW_IF(DatabaseCreateError)
    POSHUK_THROW_IF(DatabaseClosedError)
    POSHUK_THROW_IF(DatabaseError)
    POSHUK_THROW_IF(QueryParserError)
    POSHUK_THROW_IF(InvalidArgumentError)
    POSHUK_THROW_IF(InvalidOperationError)
    POSHUK_THROW_IF(UnimplementedError)
    POSHUK_THROW_IF(AssertionError)
    POSHUK_THROW_IF(DocNotFoundError)
    POSHUK_THROW_IF(FeatureUnavailableError)
    POSHUK_THROW_IF(InternalError)
    POSHUK_THROW_IF(NetworkError)
    POSHUK_THROW_IF(NetworkTimeoutError)
    POSHUK_THROW_IF(SerialisationError)
    POSHUK_THROW_IF(RangeError)
    POSHUK_THROW_IF(WildcardError)
#undef POSHUK_THROW_IF
    if (name == "Failure")
        throw shim::Failure{POSHUK_ERR_NOT_FOUND, m};
    if (name == "bad_alloc")
        throw std::bad_alloc();
    if (name == "runtime_error")
        throw std::runtime_error(m);
    if (name == "int")
        throw 42;
}

} // namespace

extern "C" poshuk_status poshuk_shim_classify_test(const char *xapian_class_name, char *msg, size_t cap) {
    std::string error;
    poshuk_status status = shim::guarded(
        error, [] { return std::string("testing"); },
        [&] {
            throw_named(xapian_class_name ? xapian_class_name : "");
            return POSHUK_OK;
        });
    shim::copy_to_buffer(status == POSHUK_OK ? std::string("no such class") : error, msg, cap);
    return status;
}

extern "C" size_t poshuk_shim_boolean_term_test(const char *prefix, const char *value, char *buf,
                                                size_t cap) {
    std::string term;
    try {
        term = shim::schema::boolean_term(prefix, value ? value : "");
    } catch (...) {
        term.clear();
    }
    shim::copy_to_buffer(term, buf, cap);
    return term.size();
}

namespace {

/* A document with the four facet slots, or (record_only) with nothing but the facet record. */
Xapian::Document facet_doc(const char *tags, const char *oblast, const char *hromadas, const char *month,
                           bool record_only = false) {
    Xapian::Document doc;
    if (record_only) {
        doc.add_value(shim::schema::SLOT_FACETS, shim::schema::facet_record(tags, oblast, hromadas, month));
        return doc;
    }
    doc.add_value(shim::schema::SLOT_TAGS, tags);
    doc.add_value(shim::schema::SLOT_OBLAST, oblast);
    doc.add_value(shim::schema::SLOT_HROMADAS, hromadas);
    doc.add_value(shim::schema::SLOT_MONTH, month);
    return doc;
}

} // namespace

extern "C" size_t poshuk_shim_facet_merge_test(int variant, char *buf, size_t cap) {
    std::string text;
    try {
        const bool record = variant == 3;
        const Xapian::Document here[] = {facet_doc("b\x1f"
                                                   "a",
                                                   "o1", "h1", "2025-07", record),
                                         facet_doc("a", "o2", "", "2024-12", record)};
        const Xapian::Document there[] = {facet_doc("c\x1f"
                                                    "a",
                                                    "o2",
                                                    "h1\x1f"
                                                    "h2",
                                                    "2025-07"),
                                          facet_doc("", "", "", "")};
        const bool local = variant == 2 || variant == 3;
        shim::FacetSpy spy(POSHUK_FACETS_ALL, !local);
        Xapian::Registry registry;
        for (Xapian::MatchSpy *one : spy.spies()) {
            for (const Xapian::Document &doc : here)
                (*one)(doc, 1.0);
            if (local) { /* the local spy sees every document itself */
                for (const Xapian::Document &doc : there)
                    (*one)(doc, 1.0);
                continue;
            }
            std::unique_ptr<Xapian::MatchSpy> remote(one->unserialise(one->serialise(), registry));
            for (const Xapian::Document &doc : there)
                (*remote)(doc, 1.0);
            one->merge_results(remote->serialise_results());
        }
        for (int k = 0; k < POSHUK_FACET_COUNT; ++k) {
            poshuk_facet_kind kind = static_cast<poshuk_facet_kind>(k);
            text += std::string(k ? "; " : "") + poshuk_facet_name(kind) + ":";
            for (const auto &v : spy.values(kind, 0))
                text += " " + v.first + "=" + std::to_string(v.second);
        }
        if (variant == 1) {
            std::string error;
            shim::guarded(
                error, [] { return std::string("merging"); },
                [&] {
                    spy.spies().front()->merge_results(std::string("\x05\x01", 2));
                    return POSHUK_OK;
                });
            text += " | " + error;
        }
    } catch (...) {
        text = "exception";
    }
    shim::copy_to_buffer(text, buf, cap);
    return text.size();
}

extern "C" poshuk_status poshuk_shim_body_test(const char *body, int variant, char *format, char *buf,
                                               size_t cap) {
    const std::string text = body ? body : "";
    std::string packed = shim::pack_body(text), read, error;
    *format = packed.empty() ? '\0' : packed[0];
    Xapian::Document doc;
    if (variant == 2) {
        std::string v2(1, '\x02');
        shim::put_string(v2, "id-1");
        shim::put_string(v2, "uk");
        shim::put_string(v2, "title");
        shim::put_string(v2, ""); /* url */
        shim::put_varint(v2, 0);  /* date */
        shim::put_varint(v2, 0);  /* no tags */
        shim::put_string(v2, ""); /* oblast */
        shim::put_varint(v2, 0);  /* no hromadas */
        shim::put_string(v2, ""); /* source */
        shim::put_string(v2, text);
        doc.set_data(v2);
    } else {
        if (variant == 1)
            packed.resize(packed.size() / 2);
        if (variant == 3 && !packed.empty())
            packed[0] = 'x';
        doc.add_value(shim::schema::SLOT_BODY, packed);
    }
    poshuk_status status = shim::guarded(
        error, [] { return std::string("reading the body"); },
        [&] {
            read = shim::read_body(doc);
            return POSHUK_OK;
        });
    shim::copy_to_buffer(status == POSHUK_OK ? read : error, buf, cap);
    return status;
}

extern "C" size_t poshuk_shim_summary_test(int in_data, char *buf, size_t cap) {
    std::string text;
    try {
        shim::DocData written;
        written.id = "id-7";
        written.title = "Заголовок";
        written.tags = {"бюджет", "освіта"};
        Xapian::Document doc;
        if (in_data)
            doc.set_data(shim::encode_docdata(written));
        else
            doc.add_value(shim::schema::SLOT_SUMMARY, shim::encode_docdata(written));
        shim::DocData read;
        if (shim::read_docdata(doc, read)) {
            text = read.id + "|" + read.title + "|";
            for (size_t i = 0; i < read.tags.size(); ++i)
                text += (i ? "," : "") + read.tags[i];
        } else {
            text = "unreadable";
        }
    } catch (...) {
        text = "exception";
    }
    shim::copy_to_buffer(text, buf, cap);
    return text.size();
}

extern "C" poshuk_status poshuk_shim_xapian_parse_test(const char *query, long *offset, char *msg,
                                                       size_t cap) {
    std::string error;
    *offset = 0;
    poshuk_status status = shim::guarded(
        error, [] { return std::string("parsing"); },
        [&] {
            const Xapian::Stem stem;
            Xapian::QueryParser parser = shim::make_query_parser(stem);
            shim::parse_checked(parser, shim::normalised_query(query), offset, false);
            return POSHUK_OK;
        });
    shim::copy_to_buffer(error, msg, cap);
    return status;
}
