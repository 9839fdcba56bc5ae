/* The programs' message escaping (cli/message.c): what is escaped, how, and what is left alone. */
#define _POSIX_C_SOURCE 200809L /* fmemopen */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cli/message.h"

static void expect(const char *text, const char *escaped) {
    char *got = poshuk_message_escape(text);
    assert_non_null(got);
    assert_string_equal(got, escaped);
    free(got);
}

static void test_plain_text_is_left_alone(void **state) {
    (void)state;
    expect("", "");
    expect("pages/12345.txt: the id is empty", "pages/12345.txt: the id is empty");
    expect("Харківська область · п’ять «лапки» €", "Харківська область · п’ять «лапки» €");
    expect("a \\x1b typed as text", "a \\x1b typed as text"); /* a backslash is not escaped */
}

static void test_controls_are_escaped(void **state) {
    (void)state;
    expect("ctrl\x01\x1b[31mname.txt", "ctrl\\x01\\x1b[31mname.txt");
    expect("a\tb\nc\rd\x7f", "a\\x09b\\x0ac\\x0dd\\x7f");
    expect("csi \xc2\x9b"
           "31m, nel \xc2\x85",
           "csi \\u009b31m, nel \\u0085");          /* C1 controls */
    expect("nbsp\xc2\xa0kept", "nbsp\xc2\xa0kept"); /* U+00A0 is not one */
}

static void test_invalid_bytes_are_escaped_one_by_one(void **state) {
    (void)state;
    expect("\xff", "\\xff");
    expect("ab\xd0", "ab\\xd0");                        /* a character cut at the end */
    expect("\xd0\xd0\xb1", "\\xd0б");                   /* a lead byte without its tail, then a whole one */
    expect("\xc0\xaf", "\\xc0\\xaf");                   /* an overlong '/' */
    expect("\xed\xa0\x80", "\\xed\\xa0\\x80");          /* a surrogate */
    expect("\xf4\x90\x80\x80", "\\xf4\\x90\\x80\\x80"); /* past U+10FFFF */
}

static void test_put_writes_the_same(void **state) {
    (void)state;
    char buf[64] = "";
    FILE *f = fmemopen(buf, sizeof buf, "w");
    assert_non_null(f);
    poshuk_message_put(f, "x\x1b[0m\xff");
    fclose(f);
    assert_string_equal(buf, "x\\x1b[0m\\xff");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_text_is_left_alone),
        cmocka_unit_test(test_controls_are_escaped),
        cmocka_unit_test(test_invalid_bytes_are_escaped_one_by_one),
        cmocka_unit_test(test_put_writes_the_same),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
