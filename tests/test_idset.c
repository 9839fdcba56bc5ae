/* The id set behind "id X also at FILE:LINE; the last one counts" (indexer/idset.h): new ids, repeats
 * with the place they were last seen, and the same answers after the table has grown many times. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "indexer/idset.h"

static void test_new_and_repeated_ids(void **state) {
    (void)state;
    poshuk_idset *set = poshuk_idset_new();
    assert_non_null(set);
    poshuk_id_place before = {99, 99};
    assert_int_equal(poshuk_idset_add(set, "a1", (poshuk_id_place){0, 1}, &before), 1);
    assert_int_equal(poshuk_idset_add(set, "a2", (poshuk_id_place){0, 2}, &before), 1);
    assert_int_equal(before.input, 99); /* untouched for a new id */
    assert_int_equal(poshuk_idset_add(set, "a1", (poshuk_id_place){1, 7}, &before), 0);
    assert_int_equal(before.input, 0);
    assert_int_equal(before.line, 1);
    /* A third copy is told about the second, the one it replaces. */
    assert_int_equal(poshuk_idset_add(set, "a1", (poshuk_id_place){2, 3}, &before), 0);
    assert_int_equal(before.input, 1);
    assert_int_equal(before.line, 7);
    /* Ids are compared exactly: case and a prefix make other ids. */
    assert_int_equal(poshuk_idset_add(set, "A1", (poshuk_id_place){0, 4}, &before), 1);
    assert_int_equal(poshuk_idset_add(set, "a", (poshuk_id_place){0, 5}, &before), 1);
    assert_int_equal(poshuk_idset_size(set), 4);
    poshuk_idset_free(set);
}

static void test_many_ids_survive_growth(void **state) {
    (void)state;
    poshuk_idset *set = poshuk_idset_new();
    assert_non_null(set);
    char id[32];
    poshuk_id_place before;
    for (unsigned long i = 0; i < 100000; i++) {
        snprintf(id, sizeof id, "id-%lu", i);
        assert_int_equal(poshuk_idset_add(set, id, (poshuk_id_place){0, i + 1}, &before), 1);
    }
    assert_int_equal(poshuk_idset_size(set), 100000);
    for (unsigned long i = 0; i < 100000; i += 997) {
        snprintf(id, sizeof id, "id-%lu", i);
        assert_int_equal(poshuk_idset_add(set, id, (poshuk_id_place){1, 1}, &before), 0);
        assert_int_equal(before.input, 0);
        assert_int_equal(before.line, i + 1);
    }
    assert_int_equal(poshuk_idset_size(set), 100000);
    poshuk_idset_free(set);
    poshuk_idset_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_and_repeated_ids),
        cmocka_unit_test(test_many_ids_survive_growth),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
