/* Turning a (validated) article into the Xapian document schema.h describes. */
#ifndef POSHUK_XAPIAN_ARTICLE_DOCUMENT_H
#define POSHUK_XAPIAN_ARTICLE_DOCUMENT_H

#include "poshuk.h"

#include <xapian.h>

namespace shim {

/* stem must come from make_stem (poshuk_stem.h); termgen splits words only when Xapian's CJK n-grams
 * are on (word_pass.h). */
Xapian::Document make_document(const poshuk_article &article, Xapian::TermGenerator &termgen,
                               const Xapian::Stem &stem);

} // namespace shim

#endif
