/* poshuk's stemmer (stemmers/analysis.h) as a Xapian::Stem, so TermGenerator and QueryParser stem with
 * exactly the same code. */
#ifndef POSHUK_XAPIAN_POSHUK_STEM_H
#define POSHUK_XAPIAN_POSHUK_STEM_H

#include <xapian.h>

namespace shim {

/* A new Xapian::Stem over a fresh poshuk_stemmer; throws std::bad_alloc when memory runs out. The
 * poshuk stemmer is not thread-safe, so each handle makes its own. */
Xapian::Stem make_stem();

} // namespace shim

#endif
