/* The counts behind UI and OI, in one pass over the groups and two hash tables. Between-group pairs
 * are never listed: a stem held by v forms overall, u_g of them in group g, joins
 * (v^2 - sum_g u_g^2) / 2 pairs from different groups; the same for a spelling in k groups. */
#include "paice.h"
#include "forms.h"
#include "strcount.h"

#include <stdlib.h>
#include <string.h>

static int by_string(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void add_cross_pairs(void *ctx, const se_counts *c) {
    *(uint64_t *)ctx += (c->a * c->a - c->b) / 2;
}

static void add_shared_pairs(void *ctx, const se_counts *c) {
    *(uint64_t *)ctx += c->a * (c->a - 1) / 2;
}

int se_paice_eval(const se_groups *g, const se_stemmer *st, se_paice *out) {
    *out = (se_paice){0};
    se_strcount *stems = se_strcount_new(), *spellings = se_strcount_new();
    se_forms group = {0};
    const char **sorted = NULL;
    size_t sorted_cap = 0;
    uint64_t sum_sq_sizes = 0;
    int status = -1;
    if (!stems || !spellings)
        goto done;
    for (size_t i = 0; i < g->n_groups; i++) {
        size_t first = g->start[i], n = g->start[i + 1] - first;
        se_forms_clear(&group);
        for (size_t k = 0; k < n; k++) {
            const char *form = se_groups_form(g, first + k);
            size_t len = strlen(form), stem_len;
            const char *stem = st->stem(st->state, form, len, &stem_len);
            se_forms_add(&group, stem, stem_len);
            se_counts *c = se_strcount_get(spellings, form, len);
            if (!c)
                goto done;
            c->a++;
        }
        if (group.oom)
            goto done;
        if (n > sorted_cap) {
            sorted_cap = 2 * n;
            free(sorted);
            sorted = malloc(sorted_cap * sizeof *sorted);
            if (!sorted)
                goto done;
        }
        for (size_t k = 0; k < n; k++)
            sorted[k] = se_forms_get(&group, k);
        if (n > 1)
            qsort(sorted, n, sizeof *sorted, by_string);
        uint64_t sum_sq = 0;
        for (size_t k = 0; k < n;) {
            size_t run = 1;
            while (k + run < n && strcmp(sorted[k], sorted[k + run]) == 0)
                run++;
            se_counts *c = se_strcount_get(stems, sorted[k], strlen(sorted[k]));
            if (!c)
                goto done;
            c->a += run;
            c->b += (uint64_t)run * run;
            sum_sq += (uint64_t)run * run;
            k += run;
        }
        out->gdmt += (uint64_t)n * (n - 1) / 2;
        out->gumt += ((uint64_t)n * n - sum_sq) / 2;
        sum_sq_sizes += (uint64_t)n * n;
    }
    uint64_t w = g->n_forms, cross = 0;
    se_strcount_each(stems, add_cross_pairs, &cross);
    se_strcount_each(spellings, add_shared_pairs, &out->shared_pairs);
    out->gdnt = (w * w - sum_sq_sizes) / 2 - out->shared_pairs;
    out->gwmt = cross - out->shared_pairs;
    out->stems = se_strcount_size(stems);

    uint64_t tp = out->gdmt - out->gumt;
    out->ui = out->gdmt ? (double)out->gumt / (double)out->gdmt : 0;
    out->oi = out->gdnt ? (double)out->gwmt / (double)out->gdnt : 0;
    out->precision = tp + out->gwmt ? (double)tp / (double)(tp + out->gwmt) : 0;
    out->recall = out->gdmt ? (double)tp / (double)out->gdmt : 0;
    double pr = out->precision + out->recall;
    out->f1 = pr > 0 ? 2 * out->precision * out->recall / pr : 0;
    status = 0;
done:
    se_strcount_free(stems);
    se_strcount_free(spellings);
    se_forms_free(&group);
    free(sorted);
    return status;
}
