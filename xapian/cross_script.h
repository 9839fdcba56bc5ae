/* Matching across scripts: a Latin query word (Kharkiv) finds Ukrainian articles that write the name in
 * Cyrillic (Харкова, Харкові), and a Cyrillic one (Харків) finds English articles that write it in
 * Latin, always weighted below matches in the query's own script. */
#ifndef POSHUK_XAPIAN_CROSS_SCRIPT_H
#define POSHUK_XAPIAN_CROSS_SCRIPT_H

#include "xapian/poshuk_stem.h"

#include <string>
#include <xapian.h>

namespace shim {

/* Both sides meet on a key: the KMU-2010 transliteration of the word's Ukrainian stem. A Cyrillic word
 * is stemmed and transliterated (Харкова → stem → kharkiv); a Latin one is first read back into
 * Cyrillic (poshuk_untranslit: Kharkiv → харків), then the same. Latin words with letters KMU-2010
 * never writes (Albuquerque) have no key. */

/* Index side: for every capitalised word of the (normalised) text, adds XT<key> as a boolean term (no
 * positions, wdf 0). Only capitalised words: names are what people look up across scripts. wdf 0
 * keeps the keys out of the article's length, so they change no BM25 score of a same-script search;
 * and an article that matches a query word only through its key scores 0 for that word, so
 * cross-script matches come after every article that matched in the query's own script. Words are
 * split as each_word (words.h) splits them. stem is the Xapian::Stem around memo; each word's key is
 * kept in memo, and doc_serial (memo's begin_document) marks the words whose term this document has. */
void add_cross_script_keys(Xapian::Document &doc, const std::string &text, const Xapian::Stem &stem,
                           PoshukStem &memo, unsigned long doc_serial);

/* Query side: every stemmed word Z<stem> of a parsed query that is not inside a phrase or a NEAR becomes
 * (Z<stem> OR XT<key>). */
Xapian::Query with_cross_script(const Xapian::Query &query, const Xapian::Stem &stem);

/* The key of a stemmed word (Cyrillic or Latin); "" when it has none. */
std::string cross_script_key(const std::string &stemmed, const Xapian::Stem &stem);

} // namespace shim

#endif
