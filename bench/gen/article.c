#include "article.h"

#include <math.h>
#include <string.h>

/* News-like shape: titles of 6-15 words, bodies log-normal with a median of 300 words (sigma 0.5: a
 * few long reads, many short notes) capped at 3,000, sentences of 5-24 words, paragraphs of 3-6
 * sentences; one word in 25 a name, one in 100 a number, a comma after one in 14. */
#define TITLE_MIN         6
#define TITLE_MAX         15
#define BODY_MEDIAN       300.0
#define BODY_SIGMA        0.5
#define BODY_MIN          20
#define BODY_MAX          3000
#define UK_SHARE_PERCENT  80 /* uk:en = 4:1 */
#define NO_OBLAST_PERCENT 3

static void add_word(strbuf *b, const language *lang, rng *r, int capital) {
    unsigned what = (unsigned)rng_below(r, 100);
    char num[16];
    const char *w;
    size_t n;
    if (what < 4) {
        size_t k = zipf_draw(&lang->names_law, r);
        w = lang->names->words[k];
        n = lang->names->lens[k];
    } else if (what < 5) {
        n = (size_t)snprintf(num, sizeof num, "%u", (unsigned)(1 + zipf_draw(&lang->common_law, r) % 2030));
        w = num;
    } else {
        size_t k = zipf_draw(&lang->common_law, r);
        w = lang->common->words[k];
        n = lang->common->lens[k];
    }
    if (capital)
        sb_add_capitalised(b, w, n);
    else
        sb_add(b, w, n);
}

static size_t body_length(rng *r) {
    double n = exp(log(BODY_MEDIAN) + BODY_SIGMA * rng_normal(r));
    if (n < BODY_MIN)
        return BODY_MIN;
    if (n > BODY_MAX)
        return BODY_MAX;
    return (size_t)(n + 0.5);
}

static void draw_text(article *a, const language *lang, rng *r) {
    size_t n_title = TITLE_MIN + rng_below(r, TITLE_MAX - TITLE_MIN + 1);
    for (size_t i = 0; i < n_title; i++) {
        if (i)
            sb_addc(&a->title, ' ');
        add_word(&a->title, lang, r, i == 0);
    }
    size_t n_body = body_length(r);
    size_t sentence_left = 0, sentences_left = 3 + rng_below(r, 4);
    for (size_t i = 0; i < n_body; i++) {
        if (sentence_left == 0) {
            if (i) {
                sb_addc(&a->body, '.');
                if (--sentences_left == 0) {
                    sb_adds(&a->body, "\n\n");
                    sentences_left = 3 + rng_below(r, 4);
                } else {
                    sb_addc(&a->body, ' ');
                }
            }
            sentence_left = 5 + rng_below(r, 20);
            add_word(&a->body, lang, r, 1);
        } else {
            sb_adds(&a->body, rng_below(r, 14) == 0 ? ", " : " ");
            add_word(&a->body, lang, r, 0);
        }
        sentence_left--;
    }
    sb_addc(&a->body, '.');
    a->words = n_title + n_body;
}

/* 1-6 tags with P(k) proportional to 1/k, each drawn by the tag law, no repeats. */
static void draw_tags(article *a, const world *w, rng *r) {
    static const double CDF[ARTICLE_MAX_TAGS] = {1.0, 1.5, 1.8333, 2.0833, 2.2833, 2.45};
    double u = rng_unit(r) * CDF[ARTICLE_MAX_TAGS - 1];
    size_t k = 1;
    while (k < ARTICLE_MAX_TAGS && u >= CDF[k - 1])
        k++;
    a->n_tags = 0;
    while (a->n_tags < k) {
        size_t t = zipf_draw(&w->tag_law, r);
        int seen = 0;
        for (size_t i = 0; i < a->n_tags; i++)
            seen |= a->tags[i] == t;
        if (!seen)
            a->tags[a->n_tags++] = t;
    }
}

/* 0-3 hromadas of the article's oblast (40 / 40 / 15 / 5 %). */
static void draw_hromadas(article *a, const world *w, rng *r) {
    a->n_hromadas = 0;
    if (a->oblast < 0 || w->oblast_count[a->oblast] == 0)
        return;
    unsigned p = (unsigned)rng_below(r, 100);
    size_t k = p < 40 ? 0 : p < 80 ? 1 : p < 95 ? 2 : 3;
    size_t first = w->oblast_first[a->oblast], count = w->oblast_count[a->oblast];
    while (a->n_hromadas < k && a->n_hromadas < count) {
        size_t h = w->sorted_hromadas[first + rng_below(r, count)];
        int seen = 0;
        for (size_t i = 0; i < a->n_hromadas; i++)
            seen |= a->hromadas[i] == h;
        if (!seen)
            a->hromadas[a->n_hromadas++] = h;
    }
}

void article_draw(article *a, uint64_t id, const world *w, const language *uk, const language *en, rng *r) {
    sb_clear(&a->title);
    sb_clear(&a->body);
    a->id = id;
    a->uk = rng_below(r, 100) < UK_SHARE_PERCENT;
    draw_text(a, a->uk ? uk : en, r);
    draw_tags(a, w, r);
    a->oblast =
        rng_below(r, 100) < NO_OBLAST_PERCENT ? -1 : (int)w->oblast_by_rank[zipf_draw(&w->oblast_law, r)];
    draw_hromadas(a, w, r);
    a->source = zipf_draw(&w->source_law, r);
    a->day = w->first_day + (int32_t)rng_below(r, (uint64_t)w->n_days);
}

void article_free(article *a) {
    sb_free(&a->title);
    sb_free(&a->body);
}

/* ---------------------------------------------------------------- JSONL */

static void json_string(FILE *out, const char *s) {
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", out);
        else if (*p < 0x20)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

static void json_list(FILE *out, char *const *names, const size_t *idx, size_t n) {
    fputc('[', out);
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputc(',', out);
        json_string(out, names[idx[i]]);
    }
    fputc(']', out);
}

void article_write_jsonl(const article *a, const world *w, FILE *out) {
    int y, m, d;
    civil_from_days(a->day, &y, &m, &d);
    fprintf(out, "{\"id\":\"%llu\",\"lang\":\"%s\",\"title\":", (unsigned long long)a->id,
            a->uk ? "uk" : "en");
    json_string(out, a->title.p);
    fputs(",\"body\":", out);
    json_string(out, a->body.p);
    fputs(",\"tags\":", out);
    json_list(out, w->tags, a->tags, a->n_tags);
    if (a->oblast >= 0) {
        fputs(",\"oblast\":", out);
        json_string(out, w->oblasts[a->oblast]);
    }
    fputs(",\"hromadas\":", out);
    json_list(out, w->hromadas, a->hromadas, a->n_hromadas);
    fputs(",\"source\":", out);
    json_string(out, w->sources[a->source]);
    fprintf(out, ",\"date\":\"%04d-%02d-%02d\",\"url\":\"https://news.example/%snews/%llu\"}\n", y, m, d,
            a->uk ? "" : "en/", (unsigned long long)a->id);
}

/* ---------------------------------------------------------------- Sphinx tsvpipe */

/* Columns, in the order bench/peers/sphinx.conf.in declares them: id, title, body, tags (fields);
 * lang_id, oblast_id (0 none), published (Unix time), year, month (YYYYMM), tag_ids, hromada_ids (MVA,
 * 1-based). The generated text holds no tab; paragraph breaks become spaces. */
void article_write_tsv(const article *a, const world *w, FILE *out) {
    int y, m, d;
    civil_from_days(a->day, &y, &m, &d);
    fprintf(out, "%llu\t%s\t", (unsigned long long)a->id, a->title.p);
    for (const char *p = a->body.p; *p; p++)
        fputc(*p == '\n' ? ' ' : *p, out);
    fputc('\t', out);
    for (size_t i = 0; i < a->n_tags; i++)
        fprintf(out, "%s%s", i ? ", " : "", w->tags[a->tags[i]]);
    fprintf(out, "\t%d\t%d\t%lld\t%d\t%d\t", a->uk ? 1 : 2, a->oblast + 1, (long long)a->day * 86400LL, y,
            y * 100 + m);
    for (size_t i = 0; i < a->n_tags; i++)
        fprintf(out, "%s%zu", i ? "," : "", a->tags[i] + 1);
    fputc('\t', out);
    for (size_t i = 0; i < a->n_hromadas; i++)
        fprintf(out, "%s%zu", i ? "," : "", a->hromadas[i] + 1);
    fputc('\n', out);
}

/* ---------------------------------------------------------------- Omega dump */

/* Records of name=value lines, a blank line after each; a value's further lines start with "=". The
 * list fields use "|" (bench/peers/omega.script splits on it). */
void article_write_dump(const article *a, const world *w, FILE *out) {
    int y, m, d;
    civil_from_days(a->day, &y, &m, &d);
    fprintf(out, "id=%llu\nlang=%s\ntitle=%s\nbody=", (unsigned long long)a->id, a->uk ? "uk" : "en",
            a->title.p);
    for (const char *p = a->body.p; *p; p++) {
        fputc(*p, out);
        if (*p == '\n')
            fputc('=', out);
    }
    fputs("\ntags=", out);
    for (size_t i = 0; i < a->n_tags; i++)
        fprintf(out, "%s%s", i ? "|" : "", w->tags[a->tags[i]]);
    if (a->oblast >= 0)
        fprintf(out, "\noblast=%s", w->oblasts[a->oblast]);
    if (a->n_hromadas) {
        fputs("\nhromadas=", out);
        for (size_t i = 0; i < a->n_hromadas; i++)
            fprintf(out, "%s%s", i ? "|" : "", w->hromadas[a->hromadas[i]]);
    }
    fprintf(out,
            "\nsource=%s\ndate=%04d%02d%02d\nyear=%04d\nmonth=%04d-%02d\nurl=https://news.example/%snews/"
            "%llu\n\n",
            w->sources[a->source], y, m, d, y, y, m, a->uk ? "" : "en/", (unsigned long long)a->id);
}
