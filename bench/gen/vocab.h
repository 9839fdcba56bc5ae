/* A vocabulary ranked for a Zipf law: words from a Debian word list (wukrainian, wamerican), the
 * language's function words first, then the rest in an order drawn from the seed that favours short
 * words, as real frequency lists do (the lists themselves carry no frequencies). */
#ifndef BENCH_GEN_VOCAB_H
#define BENCH_GEN_VOCAB_H

#include "rng.h"

#include <stddef.h>
#include <stdint.h>

typedef struct vocab {
    char *text;         /* the words, each NUL-terminated */
    const char **words; /* by rank: words[0] is the most frequent */
    uint16_t *lens;     /* byte lengths, by rank */
    size_t n;
    size_t n_function; /* ranks below this are the function words given to vocab_load */
} vocab;

typedef enum { SCRIPT_CYRILLIC, SCRIPT_LATIN } vocab_script;

/* Reads path (one word a line) and splits it into common words (first letter lower-case) and names
 * (first letter a capital). Keeps only words of letters of the script, apostrophes and inner hyphens;
 * drops possessives ("'s"). function_words (NULL-terminated) take the first ranks of common in the given
 * order, whether or not the list holds them. Returns 0, or -1 with a message in err. */
int vocab_load(const char *path, vocab_script script, const char *const *function_words, rng *r,
               vocab *common, vocab *names, char err[256]);

void vocab_free(vocab *v);

#endif
