/* The test hook declared in xapian/cost_bounds_test.h. */
#include "xapian/cost_bounds_test.h"

#include "xapian/db.h"

extern "C" void poshuk_shim_stop_matches_after_test(poshuk_db *db, size_t n) {
    if (db)
        db->test_stop_after = n;
}
