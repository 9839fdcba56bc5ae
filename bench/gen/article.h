/* One generated article and the three ways the benchmark writes it: poshuk's JSONL (also read by the
 * SQLite peer), Sphinx's tsvpipe rows and Omega's scriptindex dump. Every format carries the same facts,
 * so each engine reads its own native input and none pays for converting another's. */
#ifndef BENCH_GEN_ARTICLE_H
#define BENCH_GEN_ARTICLE_H

#include "strbuf.h"
#include "world.h"

#include <stdint.h>
#include <stdio.h>

#define ARTICLE_MAX_TAGS     6
#define ARTICLE_MAX_HROMADAS 3

/* A language's vocabulary and its laws. */
typedef struct language {
    const vocab *common, *names;
    zipf common_law, names_law;
} language;

typedef struct article {
    uint64_t id;
    int uk;             /* 1 Ukrainian, 0 English */
    strbuf title, body; /* body paragraphs are separated by "\n\n" */
    size_t tags[ARTICLE_MAX_TAGS], n_tags;
    int oblast; /* index into world.oblasts, -1 for none */
    size_t hromadas[ARTICLE_MAX_HROMADAS], n_hromadas;
    size_t source;
    int32_t day;  /* days since 1970-01-01 */
    size_t words; /* title and body words, for --stats */
} article;

/* Draws article number id (its id is the decimal number) into a, reusing a's buffers. */
void article_draw(article *a, uint64_t id, const world *w, const language *uk, const language *en, rng *r);
void article_free(article *a);

void article_write_jsonl(const article *a, const world *w, FILE *out);
void article_write_tsv(const article *a, const world *w, FILE *out);
void article_write_dump(const article *a, const world *w, FILE *out);

#endif
