#include "vocab.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How strongly length decides rank: the rank key of a word is its length in letters times
 * exp(LENGTH_SPREAD * N(0,1)). 0 would rank strictly by length (every frequent word two letters long);
 * larger values blur towards a plain shuffle. 0.5 gives token lengths near real news text (about 6
 * letters in Ukrainian, 5 in English; see gen --stats). */
#define LENGTH_SPREAD 0.5

/* Words longer than this are dropped: Xapian's TermGenerator skips words over 64 bytes, and no news
 * text repeats such words often enough to matter. */
#define MAX_WORD_BYTES 60

/* Decodes one UTF-8 code point (well-formed input assumed: the lists are Debian's UTF-8 files); returns
 * its byte length, or 0 for a byte that cannot start one. */
static int utf8_next(const unsigned char *s, unsigned *cp) {
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
        *cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        return 2;
    }
    return 0;
}

/* The Ukrainian alphabet: а..я without the Russian ё ъ ы э, plus є і ї ґ, either case. */
static int is_ukrainian_letter(unsigned cp, int *upper) {
    unsigned lower = cp;
    if (cp >= 0x410 && cp <= 0x42F)
        lower = cp + 0x20;
    else if (cp == 0x404 || cp == 0x406 || cp == 0x407)
        lower = cp + 0x50;
    else if (cp == 0x490)
        lower = 0x491;
    *upper = lower != cp;
    if (lower >= 0x430 && lower <= 0x44F)
        return lower != 0x44A && lower != 0x44B && lower != 0x44D;
    return lower == 0x454 || lower == 0x456 || lower == 0x457 || lower == 0x491;
}

static int is_latin_letter(unsigned cp, int *upper) {
    *upper = cp >= 'A' && cp <= 'Z';
    return *upper || (cp >= 'a' && cp <= 'z');
}

/* 1 = common word, 2 = name, 0 = dropped. Counts letters into *letters. */
static int classify(const char *word, size_t len, vocab_script script, size_t *letters) {
    if (len == 0 || len > MAX_WORD_BYTES)
        return 0;
    if (len >= 2 && word[len - 2] == '\'' && word[len - 1] == 's')
        return 0;
    const unsigned char *s = (const unsigned char *)word;
    int first_upper = 0;
    *letters = 0;
    for (size_t i = 0; i < len;) {
        unsigned cp;
        int n = utf8_next(s + i, &cp);
        if (n == 0)
            return 0;
        int upper = 0;
        int letter =
            script == SCRIPT_CYRILLIC ? is_ukrainian_letter(cp, &upper) : is_latin_letter(cp, &upper);
        if (letter) {
            if (i == 0)
                first_upper = upper;
            ++*letters;
        } else if (!((cp == '\'' || cp == '-') && i > 0 && i + 1 < len)) {
            return 0; /* apostrophes and hyphens only inside a word */
        }
        i += (size_t)n;
    }
    return first_upper ? 2 : 1;
}

typedef struct keyed {
    double key;
    size_t index;
} keyed;

static int by_key(const void *a, const void *b) {
    const keyed *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index; /* deterministic, whatever qsort does */
}

static int is_function_word(const char *word, const char *const *function_words) {
    for (size_t i = 0; function_words && function_words[i]; i++)
        if (strcmp(word, function_words[i]) == 0)
            return 1;
    return 0;
}

/* Orders the words at the given offsets into v: function words first, then by the random length key. */
static int rank_words(vocab *v, const char *text, const size_t *offsets, const size_t *letters, size_t n,
                      const char *const *function_words, rng *r) {
    size_t n_function = 0;
    while (function_words && function_words[n_function])
        n_function++;
    keyed *keys = malloc((n ? n : 1) * sizeof *keys);
    v->words = malloc((n + n_function) * sizeof *v->words);
    v->lens = malloc((n + n_function) * sizeof *v->lens);
    if (!keys || !v->words || !v->lens) {
        free(keys);
        return -1;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        /* Draw for every word, kept or not, so that the order does not depend on the function words. */
        double key = (double)letters[i] * exp(LENGTH_SPREAD * rng_normal(r));
        if (!is_function_word(text + offsets[i], function_words))
            keys[m++] = (keyed){key, offsets[i]};
    }
    qsort(keys, m, sizeof *keys, by_key);
    for (size_t i = 0; i < n_function; i++) {
        v->words[i] = function_words[i];
        v->lens[i] = (uint16_t)strlen(function_words[i]);
    }
    for (size_t i = 0; i < m; i++) {
        v->words[n_function + i] = text + keys[i].index;
        v->lens[n_function + i] = (uint16_t)strlen(text + keys[i].index);
    }
    v->n = n_function + m;
    v->n_function = n_function;
    free(keys);
    return 0;
}

int vocab_load(const char *path, vocab_script script, const char *const *function_words, rng *r,
               vocab *common, vocab *names, char err[256]) {
    memset(common, 0, sizeof *common);
    memset(names, 0, sizeof *names);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, 256, "%s: %s", path, strerror(errno));
        return -1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) {
        snprintf(err, 256, "%s: cannot read", path);
        free(text);
        fclose(f);
        return -1;
    }
    fclose(f);
    text[size] = '\0';

    /* Offsets and letter counts of the kept words, common ones from the front, names from the back. */
    size_t lines = 1;
    for (long i = 0; i < size; i++)
        lines += text[i] == '\n';
    size_t *offsets = malloc(lines * sizeof *offsets);
    size_t *letters = malloc(lines * sizeof *letters);
    if (!offsets || !letters) {
        snprintf(err, 256, "out of memory");
        free(offsets);
        free(letters);
        free(text);
        return -1;
    }
    size_t n_common = 0, n_names = 0;
    for (char *line = text; line < text + size;) {
        char *end = memchr(line, '\n', (size_t)(text + size - line));
        if (!end)
            end = text + size;
        *end = '\0';
        size_t len = (size_t)(end - line);
        if (len && line[len - 1] == '\r')
            line[--len] = '\0';
        size_t n_letters;
        int kind = classify(line, len, script, &n_letters);
        if (kind == 1) {
            offsets[n_common] = (size_t)(line - text);
            letters[n_common++] = n_letters;
        } else if (kind == 2) {
            n_names++;
            offsets[lines - n_names] = (size_t)(line - text);
            letters[lines - n_names] = n_letters;
        }
        line = end + 1;
    }

    int rc = rank_words(common, text, offsets, letters, n_common, function_words, r);
    if (rc == 0)
        rc = rank_words(names, text, offsets + lines - n_names, letters + lines - n_names, n_names, NULL, r);
    free(offsets);
    free(letters);
    if (rc != 0 || common->n == 0 || names->n == 0) {
        snprintf(err, 256, rc ? "out of memory" : "%s: no usable words", path);
        vocab_free(common);
        vocab_free(names);
        free(text);
        return -1;
    }
    common->text = text; /* names points into the same buffer; common owns it */
    return 0;
}

void vocab_free(vocab *v) {
    free(v->text);
    free(v->words);
    free(v->lens);
    memset(v, 0, sizeof *v);
}
