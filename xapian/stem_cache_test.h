/* A test hook into the stemmer's memo (xapian/poshuk_stem.h), for tests/test_stem_cache.c only; not
 * part of the public API. */
#ifndef POSHUK_XAPIAN_STEM_CACHE_TEST_H
#define POSHUK_XAPIAN_STEM_CACHE_TEST_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Runs ops, in order, on a new stemmer whose memo holds capacity words, and writes what each did,
 * separated by "; ", into buf (cap bytes, NUL-terminated). Returns the length of the whole text.
 *   "["        begins a document:               "[ SIZE" (the memo's size after it)
 *   "]"        ends it:                         "]"
 *   "tg:TEXT"  TermGenerator (STEM_ALL_Z) indexes TEXT with the stemmer recording:
 *                                               "tg: WORD WORD ..." (the words recorded, in order)
 *   any other  a word stemmed through Xapian::Stem: "WORD=STEM hit|miss SIZE"
 * Returns 0 and writes "error" when something threw. */
size_t poshuk_shim_stem_cache_test(size_t capacity, const char *const *ops, size_t n_ops, char *buf,
                                   size_t cap);

#ifdef __cplusplus
}
#endif

#endif
