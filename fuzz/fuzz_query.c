/* Fuzzes the query syntax checker (syntax/syntax.h), which reads every query a user or another site
 * sends before Xapian does: it must never crash, and where it points at a problem, that place must
 * exist in the query so a CLI can draw a caret under it.
 *
 * Invariants:
 * - the answer is 0 or 1, the same every time, and the same whether or not the out pointers are given;
 * - on 1 the message is NULL; on 0 it is a non-empty line of printable ASCII (a static English
 *   sentence) and the offset is at most strlen(query) and at the start of a character;
 * - a query that is not valid UTF-8 is refused, pointing at its first bad byte; a valid one is never
 *   refused with the UTF-8 message (found by this harness's own UTF-8 check, not the checker's);
 * - NULL and "" are fine. */
#include "syntax/syntax.h"

#include "fuzz/check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The one message the checker gives for bad bytes (syntax/syntax.c). */
static const char bad_utf8_message[] = "the query is not valid UTF-8";

static void check_message(const char *message) {
    FUZZ_INVARIANT("message-form", message != NULL && message[0] != '\0', "refused without a message");
    for (const char *p = message; *p; p++)
        FUZZ_INVARIANT("message-form", *p >= 0x20 && *p < 0x7F, "message \"%s\" has byte 0x%02x", message,
                       (unsigned char)*p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *query = fuzz_cstring(data, size);
    size_t len = strlen(query);

    size_t offset = (size_t)-1;
    const char *message = (const char *)1;
    int ok = poshuk_query_check(query, &offset, &message);
    FUZZ_INVARIANT("stable", ok == 0 || ok == 1, "returned %d", ok);

    size_t offset_again = (size_t)-1;
    const char *message_again = NULL;
    FUZZ_INVARIANT("stable", poshuk_query_check(query, &offset_again, &message_again) == ok,
                   "a second check differs");
    FUZZ_INVARIANT("stable", poshuk_query_check(query, NULL, NULL) == ok,
                   "a check without out pointers differs");
    FUZZ_INVARIANT("stable", poshuk_query_check(query, &offset_again, NULL) == ok,
                   "a check without the message differs");
    FUZZ_INVARIANT("stable", poshuk_query_check(query, NULL, &message_again) == ok,
                   "a check without the offset differs");

    size_t bad = fuzz_utf8_invalid_at(query, len);
    if (ok) {
        FUZZ_INVARIANT("message-form", message == NULL, "accepted, but with the message \"%s\"", message);
        FUZZ_INVARIANT("utf8", bad == len, "accepted a query with invalid UTF-8 at byte %zu", bad);
    } else {
        check_message(message);
        FUZZ_INVARIANT("offset", offset <= len, "offset %zu past the end of a %zu-byte query (%s)", offset,
                       len, message);
        FUZZ_INVARIANT("offset",
                       offset == len || offset == bad || ((unsigned char)query[offset] & 0xC0) != 0x80,
                       "offset %zu is inside a character (%s)", offset, message);
        if (bad < len)
            FUZZ_INVARIANT("utf8", offset == bad && strcmp(message, bad_utf8_message) == 0,
                           "invalid UTF-8 at byte %zu, but refused at %zu with \"%s\"", bad, offset, message);
        else
            FUZZ_INVARIANT("utf8", strcmp(message, bad_utf8_message) != 0,
                           "valid UTF-8 refused as invalid at %zu", offset);
        size_t offset_second = (size_t)-1;
        const char *message_second = NULL;
        poshuk_query_check(query, &offset_second, &message_second);
        FUZZ_INVARIANT("stable", offset_second == offset && message_second == message,
                       "a second check points elsewhere");
    }

    FUZZ_INVARIANT("null-and-empty", poshuk_query_check(NULL, &offset, &message) == 1, "NULL refused");
    FUZZ_INVARIANT("null-and-empty", poshuk_query_check("", &offset, &message) == 1, "\"\" refused");
    free(query);
    return 0;
}
