/* A test hook into the time budget (xapian/cost_bounds.h), for tests/test_cost_bounds.c only; not part
 * of the public API. */
#ifndef POSHUK_XAPIAN_COST_BOUNDS_TEST_H
#define POSHUK_XAPIAN_COST_BOUNDS_TEST_H

#include "poshuk.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* From now on every match of db stops after n documents, as if the time budget had run out right
 * there, whatever the clock says: the way to test what a timed-out search returns without a test
 * that depends on how fast the machine is. n = 0 goes back to the clock. */
void poshuk_shim_stop_matches_after_test(poshuk_db *db, size_t n);

#ifdef __cplusplus
}
#endif

#endif
