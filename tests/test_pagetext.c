/* The page-text reader (indexer/pagetext.h): body, labelled blocks with glued labels, the rail that
 * must not be indexed, tag splitting, ids from file names, rejections; and the seed page of the
 * project's samples when it is present (it is a real news page, so it is not copied into the repo:
 * the pages here are written for poshuk in the same shape). */
#define _XOPEN_SOURCE 700

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "indexer/pagetext.h"
#include "poshuk.h"
#include "tests/scratch_dir.h"

/* The seed page is shared between the project's repositories: ../shared/samples/ beside the source
 * tree (POSHUK_SOURCE_DIR, which ctest sets). Without it the test is skipped, and says so: main
 * returns 77, which ctest reports as a skip, not a pass. */
static char seed_page[PATH_MAX];
static int seed_page_missing;

static const char *seed_page_path(void) {
    const char *source = getenv("POSHUK_SOURCE_DIR");
    snprintf(seed_page, sizeof seed_page, "%s/../shared/samples/seed-page.txt", source ? source : ".");
    return seed_page;
}

/* A page in the shape of the seed page, written for this test. */
static const char kyiv_page[] = "У громаді відкрили новий центр надання адміністративних послуг.\n"
                                "Тепер мешканці сіл отримують довідки без поїздки до міста.\n"
                                "Tags:\n"
                                "ЦНАП послуги громада\n"
                                "Область:\n"
                                "Київська областьГромади:\n"
                                "Бучанська міська громадаІрпінська міська громадаSource:\n"
                                "Пресслужба громади\n"
                                "03 July 2025\n"
                                "Вебінар про бюджет громади\n"
                                "Вебінар про бюджет...\n"
                                "02 July 2025\n"
                                "Інша новина зі стрічки сайту\n";

static poshuk_page *page;
static char message[512];

static int setup(void **state) {
    (void)state;
    page = poshuk_page_new();
    return page == NULL;
}

static int teardown(void **state) {
    (void)state;
    poshuk_page_free(page);
    return 0;
}

static const poshuk_article *parse_ok(const char *text, size_t len, const char *id, int32_t date) {
    poshuk_page_status status = poshuk_page_parse(page, text, len, id, date, message, sizeof message);
    if (status != POSHUK_PAGE_OK)
        fail_msg("parse: status %d: %s", (int)status, message);
    assert_string_equal(message, "");
    return poshuk_page_article(page);
}

static void assert_list(const char *const *items, size_t n, const char *const *want, size_t n_want) {
    if (n != n_want) {
        for (size_t i = 0; i < n; i++)
            print_message("  [%zu] \"%s\"\n", i, items[i]);
        fail_msg("%zu items, expected %zu", n, n_want);
    }
    for (size_t i = 0; i < n; i++)
        assert_string_equal(items[i], want[i]);
}
#define ASSERT_LIST(items, n, ...)                                                                           \
    assert_list((items), (n), (const char *const[]){__VA_ARGS__},                                            \
                sizeof((const char *const[]){__VA_ARGS__}) / sizeof(char *))

static void expect_rejected(const char *text, size_t len, const char *id, const char *want) {
    assert_int_equal(poshuk_page_parse(page, text, len, id, 0, message, sizeof message),
                     POSHUK_PAGE_REJECTED);
    assert_string_equal(message, want);
}

/* ---------------------------------------------------------------- the shape of a page */

static void test_blocks_with_glued_labels_and_the_rail(void **state) {
    (void)state;
    const poshuk_article *a = parse_ok(kyiv_page, strlen(kyiv_page), "kyiv-1", 20250703);
    assert_string_equal(a->id, "kyiv-1");
    assert_string_equal(a->lang, "uk");
    assert_string_equal(a->title, "");
    assert_string_equal(a->body, "У громаді відкрили новий центр надання адміністративних послуг.\n"
                                 "Тепер мешканці сіл отримують довідки без поїздки до міста.");
    ASSERT_LIST(a->tags, a->n_tags, "ЦНАП", "послуги", "громада");
    assert_string_equal(a->oblast, "Київська область");
    ASSERT_LIST(a->hromadas, a->n_hromadas, "Бучанська міська громада", "Ірпінська міська громада");
    assert_string_equal(a->source, "Пресслужба громади");
    assert_int_equal(a->date, 20250703);
    assert_null(a->url);
    /* The rail begins at its first date, line 9; nothing of it is in the article. */
    assert_int_equal(poshuk_page_rail_line(page), 9);
    assert_null(strstr(a->body, "Вебінар"));
}

static void test_tag_lines_with_separators_are_split_there(void **state) {
    (void)state;
    static const char text[] = "Body text here.\n"
                               "Tags:\n"
                               "international support, partnership; Congress of Local Authorities\n"
                               "#освіта #нова школа\n"
                               "Source:\n"
                               "Newsroom\n"
                               "rail line\n";
    const poshuk_article *a = parse_ok(text, strlen(text), "t", 0);
    ASSERT_LIST(a->tags, a->n_tags, "international support", "partnership", "Congress of Local Authorities",
                "освіта", "нова школа");
    assert_string_equal(a->lang, "en");
    assert_null(a->oblast);
    assert_int_equal(a->n_hromadas, 0);
    assert_string_equal(a->source, "Newsroom");
    assert_int_equal(a->date, 0);
    assert_int_equal(poshuk_page_rail_line(page), 7);
}

static void test_label_with_its_value_on_the_same_line(void **state) {
    (void)state;
    static const char text[] = "Текст новини.\n"
                               "Область:\n"
                               "Львівська область\n"
                               "Source: Суспільне Львів\n"
                               "04.07.2025\n"
                               "Заголовок зі стрічки\n";
    const poshuk_article *a = parse_ok(text, strlen(text), "s", 0);
    assert_string_equal(a->body, "Текст новини.");
    assert_string_equal(a->oblast, "Львівська область");
    assert_string_equal(a->source, "Суспільне Львів");
    assert_int_equal(poshuk_page_rail_line(page), 5);
}

static void test_blank_lines_inside_blocks_and_before_the_rail(void **state) {
    (void)state;
    static const char text[] = "Перший абзац.\n"
                               "\n"
                               "Другий абзац.\n"
                               "Tags:\n"
                               "\n"
                               "вода\n"
                               "Громади:\n"
                               "Дергачівська громада, Солоницівська громада\n"
                               "Джерело:\n"
                               "\n"
                               "Місцева газета\n"
                               "\n"
                               "\n"
                               "5 липня 2025\n";
    const poshuk_article *a = parse_ok(text, strlen(text), "b", 0);
    assert_string_equal(a->body, "Перший абзац.\n\nДругий абзац.");
    ASSERT_LIST(a->tags, a->n_tags, "вода");
    ASSERT_LIST(a->hromadas, a->n_hromadas, "Дергачівська громада", "Солоницівська громада");
    assert_string_equal(a->source, "Місцева газета");
    assert_int_equal(poshuk_page_rail_line(page), 14);
}

static void test_a_page_without_labels_ends_at_the_first_date_line(void **state) {
    (void)state;
    static const char text[] = "Only a body.\nSecond line of it.\n  3 липня 2025  \nRail title\n";
    const poshuk_article *a = parse_ok(text, strlen(text), "n", 0);
    assert_string_equal(a->body, "Only a body.\nSecond line of it.");
    assert_int_equal(a->n_tags, 0);
    assert_int_equal(poshuk_page_rail_line(page), 3);

    static const char all_body[] = "Nothing but a body,\nwith 2025 in it but no date line.";
    a = parse_ok(all_body, strlen(all_body), "n2", 0);
    assert_string_equal(a->body, all_body);
    assert_int_equal(poshuk_page_rail_line(page), 0);
}

static void test_crlf_bom_and_no_final_newline(void **state) {
    (void)state;
    static const char text[] = "\xEF\xBB\xBF"
                               "Line one.\r\nLine two.\r\nTags:\r\nа, б\r\nSource:\r\nДжерело новини";
    const poshuk_article *a = parse_ok(text, strlen(text), "c", 0);
    /* The CR of a CRLF line end inside the body goes; it would otherwise become a space. */
    assert_string_equal(a->body, "Line one.\nLine two.");
    ASSERT_LIST(a->tags, a->n_tags, "а", "б");
    assert_string_equal(a->source, "Джерело новини");
    assert_int_equal(poshuk_page_rail_line(page), 0);
}

static void test_a_new_parse_drops_the_last_one(void **state) {
    (void)state;
    parse_ok(kyiv_page, strlen(kyiv_page), "first", 0);
    static const char text[] = "Just text.";
    const poshuk_article *a = parse_ok(text, strlen(text), "second", 0);
    assert_string_equal(a->id, "second");
    assert_int_equal(a->n_tags, 0);
    assert_int_equal(a->n_hromadas, 0);
    assert_null(a->oblast);
    assert_null(a->source);
}

/* ---------------------------------------------------------------- what is rejected */

static void test_rejections(void **state) {
    (void)state;
    expect_rejected("", 0, "e", "the page is empty");
    expect_rejected(" \n\t\n", 4, "e", "the page is empty");
    static const char labels_only[] = "Tags:\nа\nSource:\nб\n", date_first[] = "\n03.07.2025\nrail\n";
    expect_rejected(labels_only, strlen(labels_only), "e", "no article text before the labelled blocks");
    expect_rejected(date_first, strlen(date_first), "e",
                    "no article text before the first line that is a date");
    expect_rejected("ab\xff", 3, "e", "invalid UTF-8 at byte offset 2");
    expect_rejected("Текст\xd0", 11, "e", "invalid UTF-8 at byte offset 10");
    expect_rejected("a\0b", 3, "e", "a NUL byte at byte offset 1");
    expect_rejected("text", 4, "", "the id is empty");
    expect_rejected("text", 4, "   ", "the id is empty");
    expect_rejected("text", 4, "a\tb", "the id holds a control character");
    expect_rejected("text", 4, "a\xffz", "the id is not valid UTF-8");
    char long_id[POSHUK_ID_MAX + 2];
    memset(long_id, 'x', sizeof long_id - 1);
    long_id[sizeof long_id - 1] = '\0';
    expect_rejected("text", 4, long_id, "the id is 241 bytes long; at most 240 are allowed");
    long_id[POSHUK_ID_MAX] = '\0';
    assert_string_equal(parse_ok("text", 4, long_id, 0)->id, long_id);
}

static void test_id_from_path(void **state) {
    (void)state;
    char id[16];
    assert_string_equal(poshuk_page_id_from_path("pages/12345.txt", id, sizeof id), "12345");
    assert_string_equal(poshuk_page_id_from_path("/a/b/news-7", id, sizeof id), "news-7");
    assert_string_equal(poshuk_page_id_from_path("a.b.txt", id, sizeof id), "a.b");
    assert_string_equal(poshuk_page_id_from_path("dir.d/.txt", id, sizeof id), ".txt");
    assert_string_equal(poshuk_page_id_from_path("0123456789abcdefgh.txt", id, sizeof id), "0123456789abcde");
}

/* ---------------------------------------------------------------- the seed page, when present */

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    *len = fread(buf, 1, 1 << 20, f);
    fclose(f);
    return buf;
}

static void test_seed_page(void **state) {
    (void)state;
    size_t len = 0;
    char *text = read_file(seed_page_path(), &len);
    if (text == NULL) {
        seed_page_missing = 1;
        skip();
    }
    const poshuk_article *a = parse_ok(text, len, "seed-page", 20250703);
    assert_string_equal(a->oblast, "Харківська область");
    ASSERT_LIST(a->hromadas, a->n_hromadas, "Харківська територіальна громада");
    assert_string_equal(a->source, "Пресцентр ініціативи \"Децентралізація\"");
    ASSERT_LIST(a->tags, a->n_tags, "partnership", "international", "support", "Konhres", "mistsevykh", "ta",
                "rehionalnykh", "vlad");
    assert_string_equal(a->lang, "en");
    assert_non_null(strstr(a->body, "Albuquerque"));
    assert_null(strstr(a->body, "вебінар"));
    assert_null(strstr(a->body, "03 July 2025"));

    /* Indexed, the rail's words do not find it; the body's do. */
    char dir[PATH_MAX];
    assert_int_equal(scratch_dir_make(dir, sizeof dir, "pagetext"), 0);
    char index[PATH_MAX + 8];
    snprintf(index, sizeof index, "%s/index", dir);
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(index, &w), POSHUK_OK);
    assert_int_equal(poshuk_writer_upsert(w, a), POSHUK_OK);
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
    const char *paths[] = {index};
    poshuk_db *db = NULL;
    assert_int_equal(poshuk_db_open(paths, 1, &db), POSHUK_OK);
    poshuk_request req = {POSHUK_REQUEST_SIZE, .limit = 10};
    poshuk_results *r = NULL;
    req.query = "вебінар";
    assert_int_equal(poshuk_db_search(db, &req, &r), POSHUK_OK);
    assert_int_equal(r->total, 0);
    poshuk_results_free(r);
    req.query = "Albuquerque";
    assert_int_equal(poshuk_db_search(db, &req, &r), POSHUK_OK);
    assert_int_equal(r->total, 1);
    assert_string_equal(r->hits[0].id, "seed-page");
    /* The page gives the oblast in Ukrainian; an English article shows it in English. */
    assert_string_equal(r->hits[0].oblast, "Kharkiv Oblast");
    poshuk_results_free(r);
    /* The oblast and the hromada as the page gives them are filters that find it. */
    const char *oblast = "Харківська область", *hromada = "Харківська територіальна громада";
    req = (poshuk_request){POSHUK_REQUEST_SIZE, .limit = 10,          .oblasts = &oblast,
                           .n_oblasts = 1,      .hromadas = &hromada, .n_hromadas = 1};
    assert_int_equal(poshuk_db_search(db, &req, &r), POSHUK_OK);
    assert_int_equal(r->total, 1);
    poshuk_results_free(r);
    poshuk_db_close(db);
    scratch_dir_remove(dir);
    free(text);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_blocks_with_glued_labels_and_the_rail, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tag_lines_with_separators_are_split_there, setup, teardown),
        cmocka_unit_test_setup_teardown(test_label_with_its_value_on_the_same_line, setup, teardown),
        cmocka_unit_test_setup_teardown(test_blank_lines_inside_blocks_and_before_the_rail, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_page_without_labels_ends_at_the_first_date_line, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_crlf_bom_and_no_final_newline, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_new_parse_drops_the_last_one, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rejections, setup, teardown),
        cmocka_unit_test_setup_teardown(test_id_from_path, setup, teardown),
        cmocka_unit_test_setup_teardown(test_seed_page, setup, teardown),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    if (failed == 0 && seed_page_missing) {
        fprintf(stderr, "SKIP the seed page: %s cannot be read\n", seed_page);
        return 77;
    }
    return failed;
}
