/* The checks an article and an id must pass before they reach Xapian, so that a bad argument is
 * POSHUK_ERR_INVALID with a message naming the problem, not a Xapian error half-way through. */
#ifndef POSHUK_XAPIAN_VALIDATE_H
#define POSHUK_XAPIAN_VALIDATE_H

#include "poshuk.h"

namespace shim {

/* Throws Failure (POSHUK_ERR_INVALID) for a NULL or empty id or one over POSHUK_ID_MAX bytes. */
void check_id(const char *id);

/* check_id, then: a title or a body, a date that exists (or 0), arrays present when counts say so. */
void check_article(const poshuk_article *article);

} // namespace shim

#endif
