/* The index an article makes, term by term: the word terms of one pass (xapian/word_pass.h) checked
 * exactly, through the full dump of xapian/index_dump.h.
 *
 * Also a tool: `test_index_dump --dump INDEX` prints the full dump of any index, so two indexes can be
 * compared (tests/e2e/index_identity.sh does, against a digest of the sample index). */
#define _GNU_SOURCE /* nftw, mkdtemp */

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

#include "poshuk.h"
#include "tests/scratch_dir.h"
#include "xapian/index_dump.h"

/* The dump's lines, kept as one text with a newline after each. */
typedef struct {
    char *text;
    size_t len;
    int only_words; /* keep only the lines of word terms: Z, ZS, XW and XT */
} dump_text;

static int is_word_term(const char *line, size_t len) {
    static const char *const prefixes[] = {"term Z", "term XW", "term XT"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; ++i) {
        const size_t n = strlen(prefixes[i]);
        if (len >= n && memcmp(line, prefixes[i], n) == 0)
            return 1;
    }
    return 0;
}

static void keep_line(const char *line, size_t len, void *ctx) {
    dump_text *d = ctx;
    if (d->only_words && !is_word_term(line, len))
        return;
    char *grown = realloc(d->text, d->len + len + 2);
    assert_non_null(grown);
    d->text = grown;
    memcpy(d->text + d->len, line, len);
    d->len += len;
    d->text[d->len++] = '\n';
    d->text[d->len] = '\0';
}

static void print_line(const char *line, size_t len, void *ctx) {
    fwrite(line, 1, len, (FILE *)ctx);
    fputc('\n', (FILE *)ctx);
}

typedef scratch_index fixture;

static int setup(void **state) {
    return scratch_index_setup(state, "index-dump", "news");
}

static int teardown(void **state) {
    return scratch_index_teardown(state);
}

static void index_articles(const char *path, const poshuk_article *articles, size_t n) {
    poshuk_writer *w = NULL;
    assert_int_equal(poshuk_writer_open(path, &w), POSHUK_OK);
    for (size_t i = 0; i < n; ++i)
        assert_int_equal(poshuk_writer_upsert(w, &articles[i]), POSHUK_OK);
    assert_int_equal(poshuk_writer_commit(w), POSHUK_OK);
    poshuk_writer_close(w);
}

/* The word terms of the index's documents, one line each. */
static char *word_terms(const char *index) {
    dump_text d = {NULL, 0, 1};
    char err[256];
    assert_int_equal(poshuk_shim_index_dump(index, keep_line, &d, err, sizeof err), POSHUK_OK);
    assert_non_null(d.text);
    return d.text;
}

/* Title at positions 1..4 under ZS and again at 5..8 in Z with wdf 5, the body after a gap of 100;
 * every word once in XW as written (lower-cased, "kharkiv's" whole); a key for each capitalised word
 * of three letters or more, Latin and Cyrillic spellings of one name meeting on one key. */
static void test_title_and_body(void **state) {
    fixture *f = *state;
    poshuk_article a = {0};
    a.id = "a1";
    a.lang = "uk";
    a.title = "Школа Харкова: Kharkiv school";
    a.body = "Школи в Харкові. Kharkiv's school, школа!";
    index_articles(f->index, &a, 1);
    char *terms = word_terms(f->index);
    assert_string_equal(terms, "term XTkharkov wdf 0\n"
                               "term XTshkol wdf 0\n"
                               "term XWkharkiv wdf 0\n"
                               "term XWkharkiv's wdf 0\n"
                               "term XWschool wdf 0\n"
                               "term XWв wdf 0\n"
                               "term XWхаркова wdf 0\n"
                               "term XWхаркові wdf 0\n"
                               "term XWшкола wdf 0\n"
                               "term XWшколи wdf 0\n"
                               "term ZSkharkiv wdf 1 pos 3\n"
                               "term ZSschool wdf 1 pos 4\n"
                               "term ZSхарков wdf 1 pos 2\n"
                               "term ZSшкол wdf 1 pos 1\n"
                               "term Zkharkiv wdf 6 pos 7 112\n"
                               "term Zschool wdf 6 pos 8 113\n"
                               "term Zв wdf 1 pos 110\n"
                               "term Zхарков wdf 6 pos 6 111\n"
                               "term Zшкол wdf 7 pos 5 109 114\n");
    free(terms);
}

/* Without a title the body starts at position 1; a word over Xapian's 64 bytes (33 Cyrillic letters)
 * makes no term at all, neither a stem nor a vocabulary word, and takes no position; a word repeated
 * is one XW term; an acronym is one word as TermGenerator joins it (U.S.A. -> usa). */
static void test_body_only(void **state) {
    fixture *f = *state;
    poshuk_article a = {0};
    a.id = "b1";
    a.body = "Рада ухвалила ааааааааааааааааааааааааааааааааа закон, рада U.S.A. Рада";
    index_articles(f->index, &a, 1);
    char *terms = word_terms(f->index);
    assert_string_equal(terms, "term XTrad wdf 0\n"
                               "term XWusa wdf 0\n"
                               "term XWзакон wdf 0\n"
                               "term XWрада wdf 0\n"
                               "term XWухвалила wdf 0\n"
                               "term Zusa wdf 1 pos 5\n"
                               "term Zзакон wdf 1 pos 3\n"
                               "term Zрад wdf 3 pos 1 4 6\n"
                               "term Zухвали wdf 1 pos 2\n");
    free(terms);
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--dump") == 0) {
        char err[512];
        const poshuk_status st = poshuk_shim_index_dump(argv[2], print_line, stdout, err, sizeof err);
        if (st != POSHUK_OK) {
            fprintf(stderr, "test_index_dump: %s\n", err);
            return 1;
        }
        return fflush(stdout) == 0 ? 0 : 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_title_and_body, setup, teardown),
        cmocka_unit_test_setup_teardown(test_body_only, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
