/* Form generation, hunspell's affix semantics run forwards. Hunspell checks a word by stripping
 * an affix and testing the condition on the reconstructed root; generating, the same condition is
 * tested on the root before the affix is applied, and the root must end (start) with the strip. */
#include "expand.h"

#include <string.h>

typedef struct {
    const se_aff *aff;
    se_emit_fn emit;
    void *ctx;
    int too_long;
} run;

typedef struct {
    uint32_t c[SE_MAX_WORD];
    size_t n;
} word;

/* Applies r to w into out; 0 when r does not apply to w. */
static int apply(run *R, const se_rule *r, const uint32_t *w, size_t n, word *out) {
    if (n < r->strip_len || (n == r->strip_len && !R->aff->fullstrip))
        return 0;
    size_t at = r->prefix ? 0 : n - r->strip_len;
    if (r->strip_len && memcmp(w + at, r->strip, r->strip_len * sizeof *w) != 0)
        return 0;
    if (!se_cond_match(r->cond, r->cond_len, w, n, !r->prefix))
        return 0;
    size_t len = n - r->strip_len + r->add_len;
    if (len == 0)
        return 0;
    if (len > SE_MAX_WORD) {
        R->too_long = 1;
        return 0;
    }
    if (r->prefix) {
        memcpy(out->c, r->add, r->add_len * sizeof *w);
        memcpy(out->c + r->add_len, w + r->strip_len, (n - r->strip_len) * sizeof *w);
    } else {
        memcpy(out->c, w, (n - r->strip_len) * sizeof *w);
        memcpy(out->c + n - r->strip_len, r->add, r->add_len * sizeof *w);
    }
    out->n = len;
    return 1;
}

static void emit_unless_needaffix(run *R, const se_rule *r, const word *w) {
    if (!(R->aff->needaffix && se_flag_in(R->aff->needaffix, r->cont, r->n_cont)))
        R->emit(R->ctx, w->c, w->n);
}

/* Prefixes on a suffixed form w: the root's own prefix flags when every suffix on w allows cross
 * products (cross), and those the suffixes' continuation flags name. */
static void prefixes_on(run *R, const word *w, const se_flag *flags, size_t n_flags, int cross,
                        const se_rule *const *sfx, size_t n_sfx) {
    word out;
    for (size_t i = 0; i < n_flags && cross; i++) {
        size_t n;
        const se_rule *rules = se_aff_rules(R->aff, 1, flags[i], &n);
        for (size_t k = 0; k < n; k++)
            if (rules[k].cross && apply(R, &rules[k], w->c, w->n, &out))
                emit_unless_needaffix(R, &rules[k], &out);
    }
    for (size_t s = 0; s < n_sfx; s++) {
        for (size_t i = 0; i < sfx[s]->n_cont; i++) {
            if (se_flag_in(sfx[s]->cont[i], flags, n_flags))
                continue; /* done above */
            size_t n;
            const se_rule *rules = se_aff_rules(R->aff, 1, sfx[s]->cont[i], &n);
            for (size_t k = 0; k < n; k++)
                if (apply(R, &rules[k], w->c, w->n, &out))
                    emit_unless_needaffix(R, &rules[k], &out);
        }
    }
}

static void suffixes(run *R, const uint32_t *root, size_t len, const se_flag *flags, size_t n_flags) {
    word w1, w2;
    for (size_t i = 0; i < n_flags; i++) {
        size_t n1;
        const se_rule *s1 = se_aff_rules(R->aff, 0, flags[i], &n1);
        for (size_t a = 0; a < n1; a++) {
            if (!apply(R, &s1[a], root, len, &w1))
                continue;
            emit_unless_needaffix(R, &s1[a], &w1);
            const se_rule *chain[2] = {&s1[a], NULL};
            prefixes_on(R, &w1, flags, n_flags, s1[a].cross, chain, 1);
            for (size_t c = 0; c < s1[a].n_cont; c++) {
                size_t n2;
                const se_rule *s2 = se_aff_rules(R->aff, 0, s1[a].cont[c], &n2);
                for (size_t b = 0; b < n2; b++) {
                    if (!apply(R, &s2[b], w1.c, w1.n, &w2))
                        continue;
                    emit_unless_needaffix(R, &s2[b], &w2);
                    chain[1] = &s2[b];
                    prefixes_on(R, &w2, flags, n_flags, s1[a].cross && s2[b].cross, chain, 2);
                }
            }
        }
    }
}

static void prefixes(run *R, const uint32_t *root, size_t len, const se_flag *flags, size_t n_flags) {
    word w, ws, wp;
    for (size_t i = 0; i < n_flags; i++) {
        size_t n;
        const se_rule *p = se_aff_rules(R->aff, 1, flags[i], &n);
        for (size_t a = 0; a < n; a++) {
            if (apply(R, &p[a], root, len, &w))
                emit_unless_needaffix(R, &p[a], &w);
            /* A suffix the prefix's continuation names, under the prefix: p(s(root)). */
            for (size_t c = 0; c < p[a].n_cont; c++) {
                size_t ns;
                const se_rule *s = se_aff_rules(R->aff, 0, p[a].cont[c], &ns);
                for (size_t b = 0; b < ns; b++)
                    if (apply(R, &s[b], root, len, &ws) && apply(R, &p[a], ws.c, ws.n, &wp))
                        R->emit(R->ctx, wp.c, wp.n);
            }
        }
    }
}

int se_expand(const se_aff *aff, const uint32_t *root, size_t len, const se_flag *flags, size_t n_flags,
              se_emit_fn emit, void *ctx) {
    run R = {.aff = aff, .emit = emit, .ctx = ctx};
    if (len > SE_MAX_WORD)
        return -1;
    if (!(aff->needaffix && se_flag_in(aff->needaffix, flags, n_flags)))
        emit(ctx, root, len);
    suffixes(&R, root, len, flags, n_flags);
    prefixes(&R, root, len, flags, n_flags);
    return R.too_long ? -1 : 0;
}
