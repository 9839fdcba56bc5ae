/* gen: poshuk's benchmark corpus generator. See bench/README.md and `gen --help`. */
#include "article.h"
#include "queries.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The words news text is made of most: they take the first frequency ranks, in this order. */
static const char *const UK_FUNCTION_WORDS[] = {
    "і",   "в",     "на",   "що",  "з",     "у",   "до",  "не",   "та",   "за",  "як",    "про",
    "від", "для",   "це",   "й",   "а",     "по",  "але", "його", "при",  "які", "також", "року",
    "із",  "після", "щодо", "під", "через", "або", "вже", "було", "буде", "їх",  NULL};
static const char *const EN_FUNCTION_WORDS[] = {
    "the", "of",   "and",  "to",   "in",    "a",  "for",  "on",   "is",    "that",  "with", "as",
    "was", "by",   "at",   "from", "it",    "be", "said", "has",  "are",   "have",  "an",   "will",
    "not", "this", "were", "its",  "which", "or", "but",  "year", "after", "their", NULL};

#define N_TAGS     500
#define N_HROMADAS 1400

static const char USAGE[] =
    "usage: gen [options]\n"
    "  --docs N          articles to write (default 1000)\n"
    "  --seed N          the corpus is a function of the seed and the word lists (default 1)\n"
    "  --jsonl FILE      poshuk's input (also read by the SQLite peer); \"-\" is standard output\n"
    "  --tsv FILE        Sphinx tsvpipe rows          --dump FILE   Omega scriptindex records\n"
    "  --queries FILE    the query sets (see bench/gen/queries.h)\n"
    "  --per-kind N      queries of each kind (default 1000)\n"
    "  --uk-words FILE   (default /usr/share/dict/ukrainian, Debian's wukrainian)\n"
    "  --en-words FILE   (default /usr/share/dict/american-english, Debian's wamerican)\n"
    "  --stats           print the corpus's shape on standard error\n";

static FILE *open_out(const char *path) {
    if (!path)
        return NULL;
    FILE *f = strcmp(path, "-") == 0 ? stdout : fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    setvbuf(f, NULL, _IOFBF, 1 << 20);
    return f;
}

static void close_out(FILE *f, const char *path) {
    if (f && (fflush(f) != 0 || ferror(f) || (f != stdout && fclose(f) != 0))) {
        fprintf(stderr, "gen: %s: write failed\n", path);
        exit(1);
    }
}

static unsigned long long number(const char *opt, const char *s) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s ? s : "", &end, 10);
    if (!s || !*s || *end || errno) {
        fprintf(stderr, "gen: %s needs a number\n%s", opt, USAGE);
        exit(2);
    }
    return v;
}

static void language_init(language *l, const vocab *common, const vocab *names) {
    l->common = common;
    l->names = names;
    if (zipf_init(&l->common_law, common->n, 1.0) != 0 || zipf_init(&l->names_law, names->n, 1.0) != 0) {
        fputs("gen: out of memory\n", stderr);
        exit(1);
    }
}

int main(int argc, char **argv) {
    unsigned long long docs = 1000, seed = 1, per_kind = 1000;
    const char *jsonl = NULL, *tsv = NULL, *dump = NULL, *queries = NULL;
    const char *uk_path = "/usr/share/dict/ukrainian", *en_path = "/usr/share/dict/american-english";
    int stats = 0;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(o, "--docs") == 0)
            docs = number(o, v), i++;
        else if (strcmp(o, "--seed") == 0)
            seed = number(o, v), i++;
        else if (strcmp(o, "--per-kind") == 0)
            per_kind = number(o, v), i++;
        else if (strcmp(o, "--jsonl") == 0 && v)
            jsonl = v, i++;
        else if (strcmp(o, "--tsv") == 0 && v)
            tsv = v, i++;
        else if (strcmp(o, "--dump") == 0 && v)
            dump = v, i++;
        else if (strcmp(o, "--queries") == 0 && v)
            queries = v, i++;
        else if (strcmp(o, "--uk-words") == 0 && v)
            uk_path = v, i++;
        else if (strcmp(o, "--en-words") == 0 && v)
            en_path = v, i++;
        else if (strcmp(o, "--stats") == 0)
            stats = 1;
        else if (strcmp(o, "-h") == 0 || strcmp(o, "--help") == 0) {
            fputs(USAGE, stdout);
            return 0;
        } else {
            fprintf(stderr, "gen: unknown option %s\n%s", o, USAGE);
            return 2;
        }
    }

    char err[256];
    rng r_uk, r_en, r_world, r_docs, r_queries;
    rng_seed(&r_uk, seed, 1);
    rng_seed(&r_en, seed, 2);
    rng_seed(&r_world, seed, 3);
    rng_seed(&r_docs, seed, 4);
    rng_seed(&r_queries, seed, 5);
    vocab uk_common, uk_names, en_common, en_names;
    if (vocab_load(uk_path, SCRIPT_CYRILLIC, UK_FUNCTION_WORDS, &r_uk, &uk_common, &uk_names, err) != 0 ||
        vocab_load(en_path, SCRIPT_LATIN, EN_FUNCTION_WORDS, &r_en, &en_common, &en_names, err) != 0) {
        fprintf(stderr, "gen: %s (bench/deps installs the word lists)\n", err);
        return 1;
    }
    language uk, en;
    language_init(&uk, &uk_common, &uk_names);
    language_init(&en, &en_common, &en_names);
    world w;
    if (world_init(&w, &uk_common, &uk_names, N_TAGS, N_HROMADAS, &r_world) != 0) {
        fputs("gen: out of memory\n", stderr);
        return 1;
    }

    FILE *fj = open_out(jsonl), *ft = open_out(tsv), *fd = open_out(dump), *fq = open_out(queries);
    article a = {0};
    unsigned long long words = 0, letters_bytes = 0, n_uk = 0, n_tags = 0, n_hromadas = 0;
    for (unsigned long long id = 1; id <= docs; id++) {
        article_draw(&a, id, &w, &uk, &en, &r_docs);
        if (fj)
            article_write_jsonl(&a, &w, fj);
        if (ft)
            article_write_tsv(&a, &w, ft);
        if (fd)
            article_write_dump(&a, &w, fd);
        words += a.words;
        letters_bytes += a.title.len + a.body.len;
        n_uk += (unsigned long long)a.uk;
        n_tags += a.n_tags;
        n_hromadas += a.n_hromadas;
    }
    if (fq)
        queries_write(fq, per_kind, &w, &uk, &en, &r_queries);
    close_out(fj, jsonl);
    close_out(ft, tsv);
    close_out(fd, dump);
    close_out(fq, queries);

    if (stats && docs)
        fprintf(
            stderr,
            "gen: %llu articles (%.1f%% uk), %llu words (%.0f a article), text %.1f MB, %.2f bytes a word, "
            "%.2f tags and %.2f hromadas a article; vocabularies uk %zu+%zu names, en %zu+%zu names\n",
            docs, 100.0 * (double)n_uk / (double)docs, words, (double)words / (double)docs,
            (double)letters_bytes / 1e6, (double)letters_bytes / (double)words, (double)n_tags / (double)docs,
            (double)n_hromadas / (double)docs, uk_common.n, uk_names.n, en_common.n, en_names.n);

    article_free(&a);
    world_free(&w);
    zipf_free(&uk.common_law);
    zipf_free(&uk.names_law);
    zipf_free(&en.common_law);
    zipf_free(&en.names_law);
    vocab_free(&uk_common);
    free(uk_names.words);
    free(uk_names.lens);
    vocab_free(&en_common);
    free(en_names.words);
    free(en_names.lens);
    return 0;
}
