#include "queries.h"

#include <string.h>

#define MID_LO  100
#define MID_HI  5000
#define HEAD_LO 10
#define HEAD_HI 200

static const char *pick_word(const language *lang, size_t lo, size_t hi, rng *r) {
    for (;;) {
        size_t k = lang->common->n_function + lo + rng_below(r, hi - lo);
        if (k >= lang->common->n)
            continue;
        const char *w = lang->common->words[k];
        if (!strchr(w, '\'') && !strchr(w, '-'))
            return w;
    }
}

static void write_kind(FILE *out, const char *kind, size_t n, size_t lo, size_t hi, int filter, int facets,
                       const world *w, const language *uk, const language *en, rng *r) {
    for (size_t i = 0; i < n; i++) {
        int is_uk = rng_below(r, 5) != 0;
        const language *lang = is_uk ? uk : en;
        const char *a = pick_word(lang, lo, hi, r), *b;
        do
            b = pick_word(lang, lo, hi, r);
        while (b == a);
        fprintf(out, "%s\t%s\t%s %s\t", kind, is_uk ? "uk" : "en", a, b);
        if (filter) {
            int y0, m0, d0;
            civil_from_days(w->first_day, &y0, &m0, &d0);
            int from = y0 + (int)rng_below(r, 8); /* two whole years inside the ten */
            size_t oblast = w->oblast_by_rank[zipf_draw(&w->oblast_law, r)];
            fprintf(out, "%s\t%zu\t%d0101\t%d1231", w->oblasts[oblast], oblast + 1, from, from + 1);
        } else {
            fputs("-\t0\t0\t0", out);
        }
        fprintf(out, "\t%d\n", facets);
    }
}

void queries_write(FILE *out, size_t per_kind, const world *w, const language *uk, const language *en,
                   rng *r) {
    write_kind(out, "mid", per_kind, MID_LO, MID_HI, 0, 0, w, uk, en, r);
    write_kind(out, "head", per_kind, HEAD_LO, HEAD_HI, 0, 0, w, uk, en, r);
    write_kind(out, "filter", per_kind, HEAD_LO, HEAD_HI, 1, 0, w, uk, en, r);
    write_kind(out, "facets", per_kind, HEAD_LO, HEAD_HI, 0, 1, w, uk, en, r);
    write_kind(out, "facets-mid", per_kind, MID_LO, MID_HI, 0, 1, w, uk, en, r);
}
