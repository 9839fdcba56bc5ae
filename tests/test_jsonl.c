/* The JSONL reader: every field, every date form through the reader, every rejection with its exact
 * message and line number, blank lines, CRLF, a byte order mark, a 1 MB line and a read error. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "indexer/jsonl.h"

typedef struct {
    FILE *file;
    poshuk_jsonl *reader;
} source;

static void open_source(source *s, const char *text, size_t len) {
    s->file = tmpfile();
    assert_non_null(s->file);
    assert_int_equal(fwrite(text, 1, len, s->file), len);
    rewind(s->file);
    s->reader = poshuk_jsonl_new(s->file, "feed.jsonl");
    assert_non_null(s->reader);
}

static void close_source(source *s) {
    poshuk_jsonl_free(s->reader);
    fclose(s->file);
}

static const poshuk_article *next_article(source *s, unsigned long line) {
    const poshuk_article *article = NULL;
    poshuk_jsonl_step step = poshuk_jsonl_next(s->reader, &article);
    if (step != POSHUK_JSONL_ARTICLE)
        fail_msg("line %lu: step %d, message '%s'", line, (int)step, poshuk_jsonl_message(s->reader));
    assert_non_null(article);
    assert_int_equal(poshuk_jsonl_line(s->reader), line);
    assert_string_equal(poshuk_jsonl_message(s->reader), "");
    return article;
}

static void next_rejected(source *s, unsigned long line, const char *message) {
    const poshuk_article *article = (const poshuk_article *)&article; /* must be reset to NULL */
    assert_int_equal(poshuk_jsonl_next(s->reader, &article), POSHUK_JSONL_REJECTED);
    assert_null(article);
    assert_string_equal(poshuk_jsonl_message(s->reader), message);
    assert_int_equal(poshuk_jsonl_line(s->reader), line);
}

static void next_end(source *s) {
    const poshuk_article *article;
    assert_int_equal(poshuk_jsonl_next(s->reader, &article), POSHUK_JSONL_END);
    assert_int_equal(poshuk_jsonl_next(s->reader, &article), POSHUK_JSONL_END);
}

/* A file of this one line (with its newline) must be rejected with exactly this message. */
static void reject_line(const char *line, const char *message) {
    source s;
    char *text = malloc(strlen(line) + 2);
    assert_non_null(text);
    sprintf(text, "%s\n", line);
    open_source(&s, text, strlen(text));
    next_rejected(&s, 1, message);
    next_end(&s);
    close_source(&s);
    free(text);
}

/* Reads a file of this one line and hands its article to check. */
static void read_one(const char *line, void (*check)(const poshuk_article *)) {
    source s;
    open_source(&s, line, strlen(line));
    check(next_article(&s, 1));
    next_end(&s);
    close_source(&s);
}

static void check_full(const poshuk_article *a) {
    assert_string_equal(a->id, "12345");
    assert_string_equal(a->lang, "uk");
    assert_string_equal(a->title, "Громада відкрила ЦНАП");
    assert_string_equal(a->body, "Перший абзац.\nДругий абзац.");
    assert_int_equal(a->n_tags, 2);
    assert_string_equal(a->tags[0], "ЦНАП");
    assert_string_equal(a->tags[1], "децентралізація");
    assert_string_equal(a->oblast, "Харківська область");
    assert_int_equal(a->n_hromadas, 1);
    assert_string_equal(a->hromadas[0], "Мереф'янська громада");
    assert_string_equal(a->source, "decentralization.ua");
    assert_int_equal(a->date, 20250703);
    assert_string_equal(a->url, "https://example.org/news/12345");
}

static void test_every_field(void **state) {
    (void)state;
    read_one("{\"id\":\"12345\",\"lang\":\"uk\",\"title\":\"Громада відкрила ЦНАП\","
             "\"body\":\"Перший абзац.\\nДругий абзац.\",\"tags\":[\"ЦНАП\",\"децентралізація\"],"
             "\"oblast\":\"Харківська область\",\"hromadas\":[\"Мереф'янська громада\"],"
             "\"source\":\"decentralization.ua\",\"date\":\"2025-07-03\","
             "\"url\":\"https://example.org/news/12345\",\"unknown\":{\"nested\":[1,null]},\"views\":17}",
             check_full);
}

static void check_minimal(const poshuk_article *a) {
    assert_string_equal(a->id, "7");
    assert_string_equal(a->lang, "en");
    assert_string_equal(a->title, "");
    assert_string_equal(a->body, "Only a body");
    assert_null(a->tags);
    assert_int_equal(a->n_tags, 0);
    assert_null(a->oblast);
    assert_null(a->hromadas);
    assert_int_equal(a->n_hromadas, 0);
    assert_null(a->source);
    assert_int_equal(a->date, 0);
    assert_null(a->url);
}

static void test_missing_null_and_blank_optional_fields(void **state) {
    (void)state;
    read_one("{\"id\":7,\"body\":\"Only a body\"}", check_minimal);
    read_one("{\"id\":7,\"lang\":null,\"title\":null,\"body\":\"Only a body\",\"tags\":null,\"oblast\":null,"
             "\"hromadas\":null,\"source\":null,\"date\":null,\"url\":null}",
             check_minimal);
    read_one("{\"id\":7,\"lang\":\" \",\"title\":\" \\t \",\"body\":\"  Only a "
             "body\\n\",\"tags\":[],\"oblast\":\"\","
             "\"hromadas\":[\" \",\"\"],\"source\":\"\\u00a0\",\"date\":\"  \",\"url\":\"\"}",
             check_minimal);
}

static void check_id_12345(const poshuk_article *a) {
    assert_string_equal(a->id, "12345");
}
static void check_id_negative(const poshuk_article *a) {
    assert_string_equal(a->id, "-42");
}
static void check_id_zero(const poshuk_article *a) {
    assert_string_equal(a->id, "0");
}
static void check_id_trimmed(const poshuk_article *a) {
    assert_string_equal(a->id, "a 1/b");
}
static void check_id_240(const poshuk_article *a) {
    assert_int_equal(strlen(a->id), 240);
}

static void test_id_forms(void **state) {
    (void)state;
    read_one("{\"id\":12345,\"title\":\"t\"}", check_id_12345);
    read_one("{\"id\":\"12345\",\"title\":\"t\"}", check_id_12345);
    read_one("{\"id\":-42,\"title\":\"t\"}", check_id_negative);
    read_one("{\"id\":0,\"title\":\"t\"}", check_id_zero);
    read_one("{\"id\":\"  a 1/b\\u00a0\",\"title\":\"t\"}", check_id_trimmed);
    char line[600];
    snprintf(line, sizeof line, "{\"id\":\"%0240d\",\"title\":\"t\"}", 0);
    read_one(line, check_id_240);
    /* 240 bytes of two-byte letters plus one more byte: over the limit by bytes, not by letters. */
    char id[300] = "";
    for (int i = 0; i < 120; i++)
        strcat(id, "ї");
    snprintf(line, sizeof line, "{\"id\":\"%s\",\"title\":\"t\"}", id);
    read_one(line, check_id_240);
    snprintf(line, sizeof line, "{\"id\":\"%sx\",\"title\":\"t\"}", id);
    reject_line(line, "field \"id\": 241 bytes long, more than the 240 allowed");
}

static void check_uk(const poshuk_article *a) {
    assert_string_equal(a->lang, "uk");
}
static void check_en(const poshuk_article *a) {
    assert_string_equal(a->lang, "en");
}

static void test_lang(void **state) {
    (void)state;
    read_one("{\"id\":1,\"lang\":\"uk\",\"title\":\"Kyiv news\"}", check_uk);
    read_one("{\"id\":1,\"lang\":\"EN\",\"title\":\"Новини\"}", check_en);
    read_one("{\"id\":1,\"lang\":\" Uk \",\"title\":\"t\"}", check_uk);
    /* Guessed: more Cyrillic than Latin letters across title and body. */
    read_one("{\"id\":1,\"title\":\"Новини Києва\",\"body\":\"ЦНАП у Kyiv\"}", check_uk);
    read_one("{\"id\":1,\"title\":\"News from Kyiv\",\"body\":\"про ЦНАП\"}", check_en);
    read_one("{\"id\":1,\"title\":\"Київ\",\"body\":\"Kyiv\"}", check_en); /* a tie is not "more" */
    read_one("{\"id\":1,\"title\":\"2025 — 17%\"}", check_en);
    read_one("{\"id\":1,\"lang\":null,\"body\":\"Повідомлення громади\"}", check_uk);
    read_one("{\"id\":1,\"lang\":\"\",\"body\":\"Повідомлення громади\"}", check_uk);
    reject_line("{\"id\":1,\"lang\":\"ru\",\"title\":\"t\"}",
                "field \"lang\": \"ru\" is not supported (accepted: \"uk\", \"en\")");
    reject_line("{\"id\":1,\"lang\":\"ukr\",\"title\":\"t\"}",
                "field \"lang\": \"ukr\" is not supported (accepted: \"uk\", \"en\")");
    reject_line("{\"id\":1,\"lang\":1,\"title\":\"t\"}", "field \"lang\": expected a string, got a number");
}

static void test_every_date_form(void **state) {
    (void)state;
    static const char *const forms[] = {
        "2025-07-03", "2025-7-3",    "03.07.2025",   "3.7.2025",         "03 July 2025",
        "3 Jul 2025", "3 JULY 2025", "3 липня 2025", "03 Липня 2025 р.", " 3 липень 2025 ",
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        char line[128];
        snprintf(line, sizeof line, "{\"id\":1,\"title\":\"t\",\"date\":\"%s\"}\n", forms[i]);
        source s;
        open_source(&s, line, strlen(line));
        assert_int_equal(next_article(&s, 1)->date, 20250703);
        next_end(&s);
        close_source(&s);
    }
}

static void test_bad_dates(void **state) {
    (void)state;
    reject_line("{\"id\":1,\"title\":\"t\",\"date\":\"31.06.2025\"}",
                "field \"date\": \"31.06.2025\" is not a date (accepted forms: 2025-07-03, 03.07.2025, "
                "3 July 2025, 3 Jul 2025, 3 липня 2025)");
    reject_line("{\"id\":1,\"title\":\"t\",\"date\":\"вчора \\\"ввечері\\\"\"}",
                "field \"date\": \"вчора \\\"ввечері\\\"\" is not a date (accepted forms: 2025-07-03, "
                "03.07.2025, 3 July 2025, 3 Jul 2025, 3 липня 2025)");
    /* A long value is cut, at a character boundary, so the message stays one line. */
    reject_line(
        "{\"id\":1,\"title\":\"t\",\"date\":"
        "\"0123456789012345678901234567890123456789012345678901234567ї9\"}",
        "field \"date\": \"0123456789012345678901234567890123456789012345678901234567...\" is not a date "
        "(accepted forms: 2025-07-03, 03.07.2025, 3 July 2025, 3 Jul 2025, 3 липня 2025)");
    reject_line("{\"id\":1,\"title\":\"t\",\"date\":20250703}",
                "field \"date\": expected a string, got a number");
}

static void check_tidied(const poshuk_article *a) {
    assert_string_equal(a->title, "Перший  рядок   другий");
    assert_string_equal(a->body, "абзац\n\tвідступ  кінець");
    assert_int_equal(a->n_tags, 2);
    assert_string_equal(a->tags[0], "освіта");
    assert_string_equal(a->tags[1], "нова школа");
    assert_string_equal(a->oblast, "Львівська область");
    assert_int_equal(a->n_hromadas, 1);
    assert_string_equal(a->hromadas[0], "Стрийська  громада");
    assert_string_equal(a->source, "Zaxid net");
    assert_string_equal(a->url, "https://zaxid.net/a");
}

static void test_trimming_and_control_characters(void **state) {
    (void)state;
    /* One-line values: controls become spaces, edges are trimmed (ASCII, no-break, zero-width, BOM);
     * the body keeps newlines and tabs. */
    read_one("{\"id\":\"1\",\"title\":\"\\u00a0Перший\\n\\rрядок\\t\\u0085 другий\\u200b\","
             "\"body\":\"\\n абзац\\n\\tвідступ\\r\\u0007кінець \\n\",\"tags\":[\" освіта \",\"\\t\","
             "\"нова\\u001fшкола\",\"\\ufeff\"],\"oblast\":\"\\u3000Львівська область\\r\\n\","
             "\"hromadas\":[\"Стрийська \\u007fгромада\"],\"source\":\"Zaxid\\u0001net\","
             "\"url\":\" https://zaxid.net/a \"}",
             check_tidied);
    reject_line("{\"id\":\"a\\nb\",\"title\":\"t\"}", "field \"id\": contains the control character U+000A");
    reject_line("{\"id\":\"a\\u0085b\",\"title\":\"t\"}",
                "field \"id\": contains the control character U+0085");
    reject_line("{\"id\":\"1\",\"title\":\"t\",\"url\":\"https://a/\\tb\"}",
                "field \"url\": contains the control character U+0009");
}

static void test_wrong_types(void **state) {
    (void)state;
    reject_line("{\"id\":1,\"title\":\"t\",\"tags\":5}",
                "field \"tags\": expected an array of strings, got a number");
    reject_line("{\"id\":1,\"title\":\"t\",\"tags\":\"a,b\"}",
                "field \"tags\": expected an array of strings, got a string");
    reject_line("{\"id\":1,\"title\":\"t\",\"tags\":[\"a\",\"b\",null]}",
                "field \"tags[2]\": expected a string, got null");
    reject_line("{\"id\":1,\"title\":\"t\",\"tags\":[[\"a\"]]}",
                "field \"tags[0]\": expected a string, got an array");
    reject_line("{\"id\":1,\"title\":\"t\",\"hromadas\":{}}",
                "field \"hromadas\": expected an array of strings, got an object");
    reject_line("{\"id\":1,\"title\":\"t\",\"hromadas\":[\"a\",1.5]}",
                "field \"hromadas[1]\": expected a string, got a real number");
    reject_line("{\"id\":1,\"title\":7}", "field \"title\": expected a string, got a number");
    reject_line("{\"id\":1,\"title\":\"t\",\"body\":{\"text\":\"b\"}}",
                "field \"body\": expected a string, got an object");
    reject_line("{\"id\":1,\"title\":\"t\",\"oblast\":[\"Київська\"]}",
                "field \"oblast\": expected a string, got an array");
    reject_line("{\"id\":1,\"title\":\"t\",\"source\":true}",
                "field \"source\": expected a string, got true");
    reject_line("{\"id\":1,\"title\":\"t\",\"url\":false}", "field \"url\": expected a string, got false");
    reject_line("{\"id\":true,\"title\":\"t\"}", "field \"id\": expected a string or an integer, got true");
    reject_line("{\"id\":1.5,\"title\":\"t\"}",
                "field \"id\": expected a string or an integer, got a real number");
    reject_line("{\"id\":[\"1\"],\"title\":\"t\"}",
                "field \"id\": expected a string or an integer, got an array");
}

static void test_required_fields(void **state) {
    (void)state;
    reject_line("{\"title\":\"t\"}", "field \"id\": missing");
    reject_line("{\"id\":null,\"title\":\"t\"}", "field \"id\": missing");
    reject_line("{\"id\":\"\",\"title\":\"t\"}", "field \"id\": empty");
    reject_line("{\"id\":\" \\t\",\"title\":\"t\"}", "field \"id\": empty");
    reject_line("{\"id\":\"1\"}", "field \"title\": title and body are both missing or blank");
    reject_line("{\"id\":\"1\",\"title\":\"  \",\"body\":\"\\n\\t\"}",
                "field \"title\": title and body are both missing or blank");
    reject_line("{\"id\":\"1\",\"title\":null,\"body\":null}",
                "field \"title\": title and body are both missing or blank");
    /* The first failing field in the documented order is the one reported. */
    reject_line("{\"tags\":1}", "field \"id\": missing");
    reject_line("{\"id\":1,\"date\":\"x\",\"tags\":1}",
                "field \"tags\": expected an array of strings, got a number");
}

static void test_nul_in_strings(void **state) {
    (void)state;
    reject_line("{\"id\":1,\"title\":\"t\",\"body\":\"a\\u0000b\"}", "field \"body\": contains \\u0000");
    reject_line("{\"id\":1,\"title\":\"t\",\"tags\":[\"a\",\"\\u0000\"]}",
                "field \"tags[1]\": contains \\u0000");
    reject_line("{\"id\":\"1\\u0000\",\"title\":\"t\"}", "field \"id\": contains \\u0000");
    /* In a field poshuk does not read, it does no harm. */
    source s;
    const char line[] = "{\"id\":1,\"title\":\"t\",\"extra\":\"\\u0000\"}";
    open_source(&s, line, strlen(line));
    assert_string_equal(next_article(&s, 1)->id, "1");
    close_source(&s);
}

static void test_not_json(void **state) {
    (void)state;
    reject_line("{\"id\": x}", "not JSON: invalid token near 'x' at column 8");
    reject_line("{\"id\":\"1\",\"title\":\"t\"", "not JSON: '}' expected near end of file at column 21");
    reject_line("{\"id\":\"1\"} {}", "not JSON: end of file expected near '{' at column 12");
    reject_line("{\"id\":\"1\",\"id\":\"2\"}", "not JSON: duplicate object key near '\"id\"' at column 14");
    reject_line("{\"id\":\"ї\", x}",
                "not JSON: string or '}' expected near 'x' at column 12"); /* characters */
    reject_line("{\"id\":\"a\x01\"}", "not JSON: control character 0x1 near '\"a' at column 8");
    reject_line("{\"id\":\"\\ud800\"}",
                "not JSON: invalid Unicode '\\uD800' near '\"\\ud800\"' at column 14");
    reject_line("{\"id\":123456789012345678901234567890}", "not JSON: too big integer at column 36");
    reject_line("[{\"id\":1,\"title\":\"t\"}]", "not a JSON object: got an array");
    reject_line("\"just a string\"", "not a JSON object: got a string");
    reject_line("42", "not a JSON object: got a number");
    reject_line("null", "not a JSON object: got null");
}

static void test_invalid_utf8(void **state) {
    (void)state;
    reject_line("{\"id\":\"1\",\"title\":\"ab\xff"
                "c\"}",
                "field \"title\": invalid UTF-8 at byte offset 21");
    reject_line("{\"id\":\"1\",\"title\":\"t\",\"tags\":[\"a\",\"b\xd0\"]}",
                "field \"tags[1]\": invalid UTF-8 at byte offset 36");
    reject_line("{\"id\":\"1\",\"title\":\"t\",\"body\":\"\xed\xa0\x80\"}", /* an encoded surrogate */
                "field \"body\": invalid UTF-8 at byte offset 30");
    reject_line("{\"id\":\"1\",\"title\":\"t\",\"body\":\"\xc0\xaf\"}", /* an overlong '/' */
                "field \"body\": invalid UTF-8 at byte offset 30");
    reject_line("{\"id\":\"1\",\"ti\x80tle\":\"t\"}", "invalid UTF-8 at byte offset 13, in a field name");
    reject_line("{\"id\":\"1\", \xfe \"title\":\"t\"}", "invalid UTF-8 at byte offset 11");
    reject_line("[\"\xff\"]", "invalid UTF-8 at byte offset 2");
    reject_line("{\"x\":{\"a\":[\"\xff\"]}}", "field \"x\": invalid UTF-8 at byte offset 12");
    /* A key jansson never saw may hold raw control characters: they come out escaped. */
    reject_line("{\"ta\rgs\":[\"\xff\"]}", "field \"ta\\u000dgs[0]\": invalid UTF-8 at byte offset 11");
}

static void test_lines_blank_crlf_and_bom(void **state) {
    (void)state;
    const char text[] = "\xEF\xBB\xBF{\"id\":\"1\",\"title\":\"перший\"}\r\n"
                        "\r\n"
                        "   \t \n"
                        "{\"id\":\"2\",\"title\":\"другий\"}\r\n"
                        "{\"id\": 3, \"title\": }\r\n"
                        "\n"
                        "{\"id\":\"4\",\"title\":\"без кінця рядка\"}";
    source s;
    open_source(&s, text, strlen(text));
    const poshuk_article *a = next_article(&s, 1);
    assert_string_equal(a->id, "1");
    assert_string_equal(a->title, "перший");
    a = next_article(&s, 4);
    assert_string_equal(a->id, "2");
    assert_string_equal(a->title, "другий");
    next_rejected(&s, 5, "not JSON: unexpected token near '}' at column 20");
    a = next_article(&s, 7);
    assert_string_equal(a->id, "4");
    assert_string_equal(a->title, "без кінця рядка");
    next_end(&s);
    assert_string_equal(poshuk_jsonl_name(s.reader), "feed.jsonl");
    close_source(&s);

    /* Offsets and columns count the byte order mark, as an editor shows the line. */
    const char bom_bad[] = "\xEF\xBB\xBF{\"id\":\"1\",\"title\":\"\xff\"}\n\xEF\xBB\xBF{}\n";
    open_source(&s, bom_bad, strlen(bom_bad));
    next_rejected(&s, 1, "field \"title\": invalid UTF-8 at byte offset 22");
    next_rejected(&s, 2, "not JSON: invalid token near '\xEF\xBB\xBF' at column 1"); /* only the first line */
    next_end(&s);
    close_source(&s);
    const char bom_json[] = "\xEF\xBB\xBF{\"id\": x}\n";
    open_source(&s, bom_json, strlen(bom_json));
    next_rejected(&s, 1, "not JSON: invalid token near 'x' at column 9");
    close_source(&s);
}

static void test_empty_input(void **state) {
    (void)state;
    source s;
    open_source(&s, "", 0);
    next_end(&s);
    assert_int_equal(poshuk_jsonl_line(s.reader), 0);
    close_source(&s);
    open_source(&s, "\n\n  \r\n", 6);
    next_end(&s);
    assert_int_equal(poshuk_jsonl_line(s.reader), 3);
    close_source(&s);
}

static void test_megabyte_line(void **state) {
    (void)state;
    const size_t body_len = 11 * 95326; /* a little over 1 MiB of whole "слово " */
    const char head[] = "{\"id\":\"big\",\"title\":\"Великий текст\",\"body\":\"";
    const char tail[] = "\"}\n{\"id\":\"after\",\"title\":\"t\"}\n";
    size_t len = strlen(head) + body_len + strlen(tail);
    char *text = malloc(len + 1);
    assert_non_null(text);
    memcpy(text, head, strlen(head));
    for (size_t i = 0; i < body_len; i++)
        text[strlen(head) + i] = "слово "[i % 11];
    memcpy(text + strlen(head) + body_len, tail, strlen(tail) + 1);
    source s;
    open_source(&s, text, len);
    const poshuk_article *a = next_article(&s, 1);
    assert_string_equal(a->id, "big");
    assert_string_equal(a->lang, "uk");
    assert_int_equal(strlen(a->body), body_len - 1); /* the trailing space is trimmed */
    assert_memory_equal(a->body, "слово слово", strlen("слово слово"));
    assert_string_equal(next_article(&s, 2)->id, "after");
    next_end(&s);
    close_source(&s);
    free(text);
}

/* Fuzzing found both: a message must be valid UTF-8 even where jansson, or a long field name, would
 * cut a character in half. */
static void test_messages_never_cut_a_character(void **state) {
    (void)state;
    reject_line("\"\\\xd0\x8c", "not JSON: invalid escape near '\"\\\\xd0' at column 3");
    reject_line(
        "{\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\xd1\x8f\":\"\xff\"}",
        "field \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\": invalid UTF-8 at byte offset 54");
}

static void test_read_error(void **state) {
    (void)state;
    FILE *dir = fopen(".", "r"); /* opening a directory works; reading it fails */
    assert_non_null(dir);
    poshuk_jsonl *reader = poshuk_jsonl_new(dir, "<stdin>");
    const poshuk_article *article;
    assert_int_equal(poshuk_jsonl_next(reader, &article), POSHUK_JSONL_READ_ERROR);
    assert_int_equal(poshuk_jsonl_errno(reader), EISDIR);
    assert_string_equal(poshuk_jsonl_name(reader), "<stdin>");
    poshuk_jsonl_free(reader);
    fclose(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_field),
        cmocka_unit_test(test_missing_null_and_blank_optional_fields),
        cmocka_unit_test(test_id_forms),
        cmocka_unit_test(test_lang),
        cmocka_unit_test(test_every_date_form),
        cmocka_unit_test(test_bad_dates),
        cmocka_unit_test(test_trimming_and_control_characters),
        cmocka_unit_test(test_wrong_types),
        cmocka_unit_test(test_required_fields),
        cmocka_unit_test(test_nul_in_strings),
        cmocka_unit_test(test_not_json),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_lines_blank_crlf_and_bom),
        cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_megabyte_line),
        cmocka_unit_test(test_read_error),
        cmocka_unit_test(test_messages_never_cut_a_character),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
