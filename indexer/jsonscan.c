/* A lexical walk over JSON text that keeps only what is needed to name a place: the nesting depth,
 * whether we are in a string (and whether that string is a key of the top-level object), the current
 * top-level key, and the element index when that key's value is an array. It never decodes anything,
 * so it works on text jansson refused. */
#include "indexer/jsonscan.h"

poshuk_scan_place poshuk_json_place(const char *text, size_t offset, const char **key, size_t *key_len,
                                    size_t *index) {
    int depth = 0;         /* 1 = inside the top-level object */
    int top_is_object = 0; /* only members of an object have names */
    int in_string = 0, escaped = 0, string_is_key = 0;
    int expect_key = 0;     /* at depth 1: the next string is a key */
    int value_is_array = 0; /* the current member's value is an array */
    size_t key_start = 0, klen = 0, element = 0;

    for (size_t i = 0; i < offset; i++) {
        char c = text[i];
        if (in_string) {
            if (escaped) {
                escaped = 0;
            } else if (c == '\\') {
                escaped = 1;
            } else if (c == '"') {
                in_string = 0;
                if (string_is_key)
                    klen = i - key_start;
            }
            continue;
        }
        switch (c) {
        case '"':
            in_string = 1;
            string_is_key = depth == 1 && top_is_object && expect_key;
            if (string_is_key)
                key_start = i + 1;
            break;
        case '{':
        case '[':
            if (depth == 0)
                top_is_object = c == '{', expect_key = 1;
            else if (depth == 1)
                value_is_array = c == '[', element = 0;
            depth++;
            break;
        case '}':
        case ']':
            if (depth > 0)
                depth--;
            break;
        case ':':
            if (depth == 1)
                expect_key = 0;
            break;
        case ',':
            if (depth == 1)
                expect_key = 1, value_is_array = 0;
            else if (depth == 2 && value_is_array)
                element++;
            break;
        default:
            break;
        }
    }
    if (!top_is_object || depth == 0)
        return POSHUK_SCAN_OUTSIDE;
    if (in_string && string_is_key)
        return POSHUK_SCAN_KEY;
    if (depth == 1 && expect_key)
        return POSHUK_SCAN_OUTSIDE;
    *key = text + key_start;
    *key_len = klen;
    if (depth == 2 && value_is_array) {
        *index = element;
        return POSHUK_SCAN_ELEMENT;
    }
    return POSHUK_SCAN_VALUE;
}
