/* Turning a (validated) article into the Xapian document schema.h describes. */
#ifndef POSHUK_XAPIAN_ARTICLE_DOCUMENT_H
#define POSHUK_XAPIAN_ARTICLE_DOCUMENT_H

#include "poshuk.h"

#include <xapian.h>

namespace shim {

/* termgen must already have poshuk's stemmer and STEM_ALL_Z; it is pointed at the new document. */
Xapian::Document make_document(const poshuk_article &article, Xapian::TermGenerator &termgen,
                               const Xapian::Stem &stem);

} // namespace shim

#endif
