/* A test hook comparing word_split.h with Xapian's own TermGenerator, for tests/test_word_split.c
 * only; not part of the public API. */
#ifndef POSHUK_XAPIAN_WORD_SPLIT_TEST_H
#define POSHUK_XAPIAN_WORD_SPLIT_TEST_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Splits text (len bytes, any bytes) with split_words and with the installed Xapian's TermGenerator
 * (the words its stemmer is handed, as the indexer used to index them), both without the words over 64
 * bytes. Writes "WORD WORD ..." (split_words') into buf (cap bytes, NUL-terminated) when the two agree,
 * else "split: WORD ... | termgenerator: WORD ...". Returns 1 when they agree, 0 when not, -1 when
 * something threw. */
int poshuk_shim_word_split_test(const char *text, size_t len, char *buf, size_t cap);

/* The same for the cross-script keys' words: each_capitalised_word against the capitalised words of
 * each_word (xapian/words.h), each written "WORD/LETTERS". */
int poshuk_shim_capitalised_words_test(const char *text, size_t len, char *buf, size_t cap);

#ifdef __cplusplus
}
#endif

#endif
