/* A growing byte buffer: the generator builds each article's text in a few of these, reused from one
 * article to the next so that a million articles cost no million mallocs. Running out of memory ends
 * the program (it is a batch tool; there is nothing to save). */
#ifndef BENCH_GEN_STRBUF_H
#define BENCH_GEN_STRBUF_H

#include <stddef.h>

typedef struct strbuf {
    char *p;
    size_t len, cap;
} strbuf;

void sb_add(strbuf *b, const char *s, size_t n);
void sb_adds(strbuf *b, const char *s);
void sb_addc(strbuf *b, char c);
void sb_clear(strbuf *b);
void sb_free(strbuf *b);

/* Appends word with its first letter upper-cased (Latin and Ukrainian Cyrillic; anything else as is):
 * sentences and titles start with a capital, as news text does, so every engine's case folding works. */
void sb_add_capitalised(strbuf *b, const char *word, size_t n);

#endif
