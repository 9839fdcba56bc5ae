/* The one place that says how an article is laid out in a Xapian document: term prefixes, value slots
 * and the shape of boolean terms. The writer builds documents with it and the search builds filters
 * and facets with it, so the two cannot drift apart.
 *
 * Terms (prefixes follow Omega's conventions, X... for our own fields):
 *   Q<id>            the article id, exactly as given (unique; replace and delete go by it)
 *   ZS<stem>         title words, for title: searches (STEM_ALL_Z gives every stem a Z prefix)
 *   Z<stem>          title (wdf 5 per occurrence) and body words, for free text; with positions
 *   K<key>           a tag                 XO<key>  the oblast
 *   XH<key>          a hromada             XS<key>  the source
 *   L<key>           the language
 *   XT<key>          the Latin key of a capitalised Cyrillic word (cross_script.h), no positions
 * where <key> is poshuk_fold_key(value), so a filter typed in any case meets the indexed term.
 *
 * Values (one per slot):
 *   0 date "YYYYMMDD" (absent when the article has no date; sorts and ranges as a string)
 *   1 oblast, display form        2 tags, display forms joined by \x1f
 *   3 hromadas, joined by \x1f     4 month "YYYY-MM" (absent without a date)
 *   5 language                    6 the id (the last tie-break, see search.cc)
 *   7 the body as written, compressed (stored_body.h; read only for snippets and exact phrases)
 *   8 the order of equal scores: newest first, then by id (order_value)
 *   9 what a hit shows (docdata.h); in a value and not in the document data, which Xapian deflates:
 *     inflating each hit's small record cost more than reading it
 *  10 the facets in one value (facet_record): counting them then reads one value a match where it
 *     read one a facet, each a look-up in the value's B-tree. Slots 1-4 stay beside it: Xapian's own
 *     spies count those on remote shards, and indexes written before slot 10 are counted from them
 * Display forms are the caller's text normalised and trimmed; facets show them. */
#ifndef POSHUK_XAPIAN_SCHEMA_H
#define POSHUK_XAPIAN_SCHEMA_H

#include <cstdint>
#include <string>
#include <vector>
#include <xapian.h>

namespace shim {
namespace schema {

inline const char *const PREFIX_ID = "Q";
inline const char *const PREFIX_TITLE = "S";
inline const char *const PREFIX_TAG = "K";
inline const char *const PREFIX_OBLAST = "XO";
inline const char *const PREFIX_HROMADA = "XH";
inline const char *const PREFIX_SOURCE = "XS";
inline const char *const PREFIX_LANG = "L";
inline const char *const PREFIX_CROSS_SCRIPT = "XT";

enum : Xapian::valueno {
    SLOT_DATE = 0,
    SLOT_OBLAST = 1,
    SLOT_TAGS = 2,
    SLOT_HROMADAS = 3,
    SLOT_MONTH = 4,
    SLOT_LANG = 5,
    SLOT_ID = 6,
    SLOT_BODY = 7,
    SLOT_ORDER = 8,
    SLOT_SUMMARY = 9,
    SLOT_FACETS = 10,
};

/* Separates the display forms in the list slots; it cannot occur in a display form (display() turns
 * control characters into spaces). */
inline constexpr char LIST_SEPARATOR = '\x1f';

/* Separates the fields of the facet record; like LIST_SEPARATOR, it cannot occur in a display form. */
inline constexpr char FIELD_SEPARATOR = '\x1e';

/* Xapian refuses longer terms ("Term too long (> 245)"). */
inline constexpr size_t TERM_MAX = 245;

/* prefix + fold key of value; "" when the key is empty (a blank value makes no term). A term that would
 * exceed TERM_MAX is cut at a UTF-8 character boundary and ends in "#" and 16 hex digits of a hash of
 * the whole key, so that long values stay distinct and are still found by their filter. */
std::string boolean_term(const char *prefix, const std::string &value);

/* The text facets and results show for a value: normalised, trimmed, control characters made spaces. */
std::string display(const char *value);

std::string date_value(int32_t date);  /* 20250703 -> "20250703" */
std::string month_value(int32_t date); /* 20250703 -> "2025-07" */

/* The value of SLOT_ORDER: sorted as bytes, ascending, articles come newest first (no date counts as
 * the oldest), then by id. One value the matcher compares as it is, where a key maker would read the
 * date and the id slots and build a key for every candidate (a sixth of a rare-word search). */
std::string order_value(int32_t date, const std::string &id);

/* Display forms joined by LIST_SEPARATOR, and back. */
std::string join_list(const std::vector<std::string> &items);

/* The value of SLOT_FACETS: the values of slots 2, 1, 3 and 4 (tags, oblast, hromadas, month), in
 * that order, joined by FIELD_SEPARATOR. Never empty, so an empty slot means an older document. */
std::string facet_record(const std::string &tags, const std::string &oblast, const std::string &hromadas,
                         const std::string &month);
std::vector<std::string> split_list(const std::string &joined);

} // namespace schema
} // namespace shim

#endif
