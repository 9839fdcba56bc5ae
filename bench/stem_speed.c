/* How fast is poshuk's text analysis? Words per second of the Ukrainian stemmer, megabytes per
 * second of normalise + split + stem over Ukrainian text, and Snowball English on English words in
 * the same run, so the figures can be compared on one (possibly shared) machine.
 *
 * bench/stem_speed.sh does all of this; by hand:
 *   cc -O2 -std=c11 -I. bench/stem_speed.c $(ls stemmers/[a-z]*.c) -lstemmer -o build-stem/stem_speed
 *   jq -r 'select(.lang=="uk") | .title, .body' samples/articles.jsonl > build-stem/uk.txt
 *   jq -r 'select(.lang=="en") | .title, .body' samples/articles.jsonl > build-stem/en.txt
 *   build-stem/stem_speed build-stem/uk.txt build-stem/en.txt [/usr/share/dict/ukrainian]
 *
 * Every figure is given against CPU time of the process (the machine is shared: wall time says as
 * much about the neighbours as about poshuk) and repeats its input until a second of CPU has passed.
 * The optional word list adds a run over distinct dictionary words, whose endings are more varied
 * than those of running text. */
#define _POSIX_C_SOURCE 200809L

#include "stemmers/analysis.h"
#include "stemmers/utf8.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
        n += got;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "stem_speed: out of memory\n");
        exit(2);
    }
    *len = n;
    return buf;
}

struct words {
    char **w;
    size_t *len;
    size_t n, cap, bytes;
};

static void add_word(struct words *ws, const char *w, size_t len) {
    if (ws->n == ws->cap) {
        ws->cap = ws->cap ? ws->cap * 2 : 1024;
        ws->w = realloc(ws->w, ws->cap * sizeof *ws->w);
        ws->len = realloc(ws->len, ws->cap * sizeof *ws->len);
        if (!ws->w || !ws->len) {
            fprintf(stderr, "stem_speed: out of memory\n");
            exit(2);
        }
    }
    ws->w[ws->n] = malloc(len + 1);
    memcpy(ws->w[ws->n], w, len);
    ws->w[ws->n][len] = '\0';
    ws->len[ws->n++] = len;
    ws->bytes += len;
}

static int is_word_char(int32_t cp) {
    return utf8_is_ascii_letter(cp) || utf8_is_cyrillic(cp) || (cp >= 0xC0 && cp <= 0x24F);
}

/* Splits text into lower-case words roughly as Xapian does (letters, with an apostrophe between two
 * letters kept) and calls fn on each; buf has room for the longest word. Returns the word count. */
static size_t split(const char *text, size_t len, char *buf, void (*fn)(void *, const char *, size_t),
                    void *arg) {
    const unsigned char *s = (const unsigned char *)text;
    size_t count = 0, o = 0;
    int32_t prev = 0;
    for (size_t i = 0; i <= len;) {
        int32_t cp = 0;
        size_t k = 1;
        if (i < len)
            k = utf8_decode(s + i, len - i, &cp);
        int32_t next = 0;
        if (cp == '\'' && i + 1 < len)
            utf8_decode(s + i + 1, len - i - 1, &next);
        if (i < len && (is_word_char(cp) || (cp == '\'' && is_word_char(prev) && is_word_char(next)))) {
            o += utf8_encode(utf8_lower(cp), (unsigned char *)buf + o);
        } else if (o > 0) {
            fn(arg, buf, o);
            count++;
            o = 0;
        }
        prev = cp;
        i += k;
    }
    return count;
}

static void collect(void *arg, const char *w, size_t len) {
    add_word(arg, w, len);
}

struct pipeline {
    poshuk_stemmer *st;
    size_t checksum;
};

static void stem_one(void *arg, const char *w, size_t len) {
    struct pipeline *p = arg;
    if (poshuk_is_stopword(w, len))
        return;
    size_t n;
    poshuk_stemmer_stem(p->st, w, len, &n);
    p->checksum += n;
}

/* Stems every word of ws again and again until a CPU second has passed; words per CPU second. */
static double words_per_second(poshuk_stemmer *st, const struct words *ws) {
    size_t done = 0, checksum = 0;
    double t0 = cpu_seconds(), t;
    do {
        for (size_t i = 0; i < ws->n; i++) {
            size_t n;
            poshuk_stemmer_stem(st, ws->w[i], ws->len[i], &n);
            checksum += n;
        }
        done += ws->n;
    } while ((t = cpu_seconds() - t0) < 1.0);
    if (checksum == 0)
        fprintf(stderr, "(no output)\n");
    return (double)done / t;
}

static double snowball_words_per_second(const struct words *ws) {
    struct sb_stemmer *sb = sb_stemmer_new("english", NULL);
    size_t done = 0, checksum = 0;
    double t0 = cpu_seconds(), t;
    do {
        for (size_t i = 0; i < ws->n; i++) {
            sb_stemmer_stem(sb, (const sb_symbol *)ws->w[i], (int)ws->len[i]);
            checksum += (size_t)sb_stemmer_length(sb);
        }
        done += ws->n;
    } while ((t = cpu_seconds() - t0) < 1.0);
    sb_stemmer_delete(sb);
    if (checksum == 0)
        fprintf(stderr, "(no output)\n");
    return (double)done / t;
}

/* normalise + split + stopwords + stem over the whole text; input megabytes per CPU second. */
static double pipeline_mb_per_second(poshuk_stemmer *st, const char *text, size_t len) {
    char *buf = malloc(len * 2 + 8);
    struct pipeline p = {st, 0};
    size_t bytes = 0;
    double t0 = cpu_seconds(), t;
    do {
        size_t nlen;
        char *norm = poshuk_normalise(text, len, &nlen);
        split(norm, nlen, buf, stem_one, &p);
        free(norm);
        bytes += len;
    } while ((t = cpu_seconds() - t0) < 1.0);
    free(buf);
    return (double)bytes / 1e6 / t;
}

static void load_words(const char *path, struct words *ws, size_t *text_len, char **text) {
    *text = read_file(path, text_len);
    char *buf = malloc(*text_len * 2 + 8);
    split(*text, *text_len, buf, collect, ws);
    free(buf);
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: stem_speed UK_TEXT EN_TEXT [UK_WORD_LIST]\n");
        return 2;
    }
    poshuk_stemmer *st = poshuk_stemmer_new();
    struct words uk = {0}, en = {0}, dict = {0};
    size_t uk_len, en_len, dict_len;
    char *uk_text, *en_text, *dict_text = NULL;
    load_words(argv[1], &uk, &uk_len, &uk_text);
    load_words(argv[2], &en, &en_len, &en_text);
    printf("poshuk stem_speed (%s), CPU time of this process\n", poshuk_analysis_description());
    printf("uk text: %zu bytes, %zu words; en text: %zu bytes, %zu words\n", uk_len, uk.n, en_len, en.n);
    printf("%-44s %12.0f words/s\n", "poshuk_stemmer_stem, Ukrainian text words", words_per_second(st, &uk));
    if (argc == 4) {
        load_words(argv[3], &dict, &dict_len, &dict_text);
        printf("%-44s %12.0f words/s  (%zu words)\n", "poshuk_stemmer_stem, Ukrainian word list",
               words_per_second(st, &dict), dict.n);
    }
    printf("%-44s %12.0f words/s\n", "poshuk_stemmer_stem, English text words", words_per_second(st, &en));
    printf("%-44s %12.0f words/s\n", "Snowball english alone, English text words",
           snowball_words_per_second(&en));
    printf("%-44s %12.1f MB/s\n", "normalise+split+stopwords+stem, uk text",
           pipeline_mb_per_second(st, uk_text, uk_len));
    printf("%-44s %12.1f MB/s\n", "normalise+split+stopwords+stem, en text",
           pipeline_mb_per_second(st, en_text, en_len));
    poshuk_stemmer_delete(st);
    return 0;
}
