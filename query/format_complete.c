/* The output of poshuk-query --suggest (see format.h): text for people, JSON for a search box's
 * script. */
#include "query/format.h"

#include "query/strbuf.h"
#include "query/utf8.h"

#include <inttypes.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *poshuk_format_completions_text(const poshuk_completions *c) {
    poshuk_strbuf sb = {0};
    size_t width = 0;
    for (size_t i = 0; i < c->n_items; i++) {
        size_t cols = poshuk_utf8_count(c->items[i].text, strlen(c->items[i].text));
        if (cols > width)
            width = cols;
    }
    for (size_t i = 0; i < c->n_items; i++) {
        const char *t = c->items[i].text;
        poshuk_sb_puts(&sb, t);
        poshuk_sb_repeat(&sb, ' ', width - poshuk_utf8_count(t, strlen(t)) + 2);
        poshuk_sb_printf(&sb, "%" PRIu64 "\n", c->items[i].count);
    }
    if (!sb.data && !sb.failed)
        return calloc(1, 1); /* no completions: an empty output, not an error */
    return poshuk_sb_take(&sb);
}

char *poshuk_format_completions_json(const poshuk_completions *c, const char *text) {
    json_t *root = json_object();
    json_t *items = json_array();
    if (!root || !items) {
        json_decref(root);
        json_decref(items);
        return NULL;
    }
    json_object_set_new(root, "text", json_string(text ? text : ""));
    json_object_set_new(root, "took_ms", json_real(round(c->seconds * 1e6) / 1e3));
    for (size_t i = 0; i < c->n_items; i++) {
        json_t *item = json_object();
        json_object_set_new(item, "text", json_string(c->items[i].text));
        json_object_set_new(item, "count", json_integer((json_int_t)c->items[i].count));
        json_array_append_new(items, item);
    }
    json_object_set_new(root, "completions", items);
    char *dumped = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    json_decref(root);
    if (!dumped)
        return NULL;
    size_t len = strlen(dumped);
    char *out = malloc(len + 2);
    if (out) {
        memcpy(out, dumped, len);
        memcpy(out + len, "\n", 2);
    }
    free(dumped);
    return out;
}
