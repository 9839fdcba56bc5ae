/* The article body's own value slot (xapian/stored_body.h): short bodies stored as they are, long ones
 * deflated, both read back byte for byte; damage is reported as a corrupt index, not read as text;
 * an index from before the slot (body inside the document data) still gives its bodies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "poshuk.h"
#include "xapian/shim_test.h"

enum { AS_WRITTEN, CUT_SHORT, IN_OLD_DOCDATA, UNKNOWN_FORMAT };

static char buf[1 << 16];

static void short_body_is_stored_as_it_is(void **state) {
    (void)state;
    char format;
    assert_int_equal(
        poshuk_shim_body_test("Громада отримала субвенцію.", AS_WRITTEN, &format, buf, sizeof buf),
        POSHUK_OK);
    assert_int_equal(format, 'r');
    assert_string_equal(buf, "Громада отримала субвенцію.");
}

/* A body long enough to deflate, with every byte value that text can hold after a NUL-free JSON
 * string: Cyrillic, ASCII, the separator of the list slots. */
static const char *long_body(void) {
    static char body[20000];
    if (!body[0]) {
        const char *sentence = "Бюджет громади на 2025 рік: \x1f школи, дороги і водогін. ";
        size_t n = strlen(sentence), at = 0;
        while (at + n < sizeof body - 1) {
            memcpy(body + at, sentence, n);
            at += n;
        }
        body[at] = '\0';
    }
    return body;
}

static void long_body_is_deflated_and_read_back(void **state) {
    (void)state;
    char format;
    assert_int_equal(poshuk_shim_body_test(long_body(), AS_WRITTEN, &format, buf, sizeof buf), POSHUK_OK);
    assert_int_equal(format, 'z');
    assert_string_equal(buf, long_body());
}

static void no_body_stores_nothing(void **state) {
    (void)state;
    char format = 'x';
    assert_int_equal(poshuk_shim_body_test("", AS_WRITTEN, &format, buf, sizeof buf), POSHUK_OK);
    assert_int_equal(format, '\0');
    assert_string_equal(buf, "");
}

static void damaged_body_is_a_corrupt_index(void **state) {
    (void)state;
    char format;
    assert_int_equal(poshuk_shim_body_test(long_body(), CUT_SHORT, &format, buf, sizeof buf),
                     POSHUK_ERR_CORRUPT);
    assert_string_equal(buf, "document 0 of the index holds a damaged body");
    assert_int_equal(poshuk_shim_body_test(long_body(), UNKNOWN_FORMAT, &format, buf, sizeof buf),
                     POSHUK_ERR_CORRUPT);
    assert_string_equal(buf, "document 0 of the index holds a damaged body");
}

static void body_of_an_older_index_is_still_read(void **state) {
    (void)state;
    char format;
    assert_int_equal(poshuk_shim_body_test(long_body(), IN_OLD_DOCDATA, &format, buf, sizeof buf), POSHUK_OK);
    assert_string_equal(buf, long_body());
}

/* What a hit shows: in the summary slot now, in the document data in older indexes; both read. */
static void hit_record_is_read_from_the_slot_or_the_old_place(void **state) {
    (void)state;
    assert_int_equal(poshuk_shim_summary_test(0, buf, sizeof buf), strlen("id-7|Заголовок|бюджет,освіта"));
    assert_string_equal(buf, "id-7|Заголовок|бюджет,освіта");
    assert_int_equal(poshuk_shim_summary_test(1, buf, sizeof buf), strlen("id-7|Заголовок|бюджет,освіта"));
    assert_string_equal(buf, "id-7|Заголовок|бюджет,освіта");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(short_body_is_stored_as_it_is),
        cmocka_unit_test(long_body_is_deflated_and_read_back),
        cmocka_unit_test(no_body_stores_nothing),
        cmocka_unit_test(damaged_body_is_a_corrupt_index),
        cmocka_unit_test(body_of_an_older_index_is_still_read),
        cmocka_unit_test(hit_record_is_read_from_the_slot_or_the_old_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
