/* The full dump of an index; see index_dump.h. */
#include "xapian/index_dump.h"

#include "xapian/generation.h"
#include "xapian/status.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <xapian.h>

namespace {

void append_escaped(std::string &line, const std::string &bytes) {
    for (unsigned char c : bytes) {
        if (c < 0x20 || c == 0x7f || c == '\\') {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            line += hex;
        } else {
            line += static_cast<char>(c);
        }
    }
}

class Dumper {
  public:
    Dumper(poshuk_dump_line_fn emit, void *ctx) : emit_(emit), ctx_(ctx) {}

    void run(const Xapian::Database &db) {
        line_ = "index docs " + std::to_string(db.get_doccount()) + " lastdocid " +
                std::to_string(db.get_lastdocid()) + " length " + std::to_string(db.get_total_length());
        flush();
        for (Xapian::TermIterator k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) {
            line_ = "meta ";
            append_escaped(line_, *k);
            line_ += ' ';
            append_escaped(line_, db.get_metadata(*k));
            flush();
        }
        for (Xapian::PostingIterator d = db.postlist_begin(""); d != db.postlist_end(""); ++d)
            document(db, *d);
    }

  private:
    void document(const Xapian::Database &db, Xapian::docid id) {
        const Xapian::Document doc = db.get_document(id);
        line_ = "doc " + std::to_string(id);
        flush();
        line_ = "data ";
        append_escaped(line_, doc.get_data());
        flush();
        for (Xapian::ValueIterator v = doc.values_begin(); v != doc.values_end(); ++v) {
            line_ = "value " + std::to_string(v.get_valueno()) + ' ';
            append_escaped(line_, *v);
            flush();
        }
        for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            line_ = "term ";
            append_escaped(line_, *t);
            line_ += " wdf " + std::to_string(t.get_wdf());
            if (t.positionlist_count() > 0) {
                line_ += " pos";
                for (Xapian::PositionIterator p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
                    line_ += ' ' + std::to_string(*p);
            }
            flush();
        }
    }

    void flush() {
        emit_(line_.data(), line_.size(), ctx_);
    }

    poshuk_dump_line_fn emit_;
    void *ctx_;
    std::string line_;
};

} // namespace

extern "C" poshuk_status poshuk_shim_index_dump(const char *path, poshuk_dump_line_fn emit, void *ctx,
                                                char *err, size_t cap) {
    std::string error;
    const poshuk_status status = shim::guarded(
        error, [&] { return "dumping index '" + std::string(path ? path : "") + "'"; },
        [&] {
            if (!path || !emit)
                return POSHUK_ERR_INVALID;
            Dumper(emit, ctx).run(Xapian::Database(shim::resolve_index(path)));
            return POSHUK_OK;
        });
    if (err && cap) {
        const size_t n = error.size() < cap - 1 ? error.size() : cap - 1;
        std::memcpy(err, error.data(), n);
        err[n] = '\0';
    }
    return status;
}
