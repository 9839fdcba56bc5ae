/* The budget of budget.h and the figures behind it. */
#include "indexer/budget.h"

#include <string.h>

/* Calibrated with /usr/bin/time -v on bench/gen corpora (README, "Memory"): the peak RSS of a job is
 * about BASELINE_MB, plus WRITER_MB per writer, plus TEXT_FACTOR times the text each writer holds
 * uncommitted (Xapian's posting, position and term lists of that text, and the allocator's slack),
 * plus ID_BYTES for each id (the job's set of ids with their places, and the writers' hashes). */
#define BASELINE_MB 48ull
#define WRITER_MB   30ull
#define TEXT_FACTOR 18ull
#define ID_BYTES    120ull
#define MIN_TEXT    (1ull << 20)

unsigned long long poshuk_budget_text_limit(const poshuk_commit_rule *rule, unsigned long long ids) {
    unsigned long long writers = rule->writers ? rule->writers : 1;
    unsigned long long budget = (unsigned long long)rule->memory_mb << 20;
    unsigned long long fixed = ((BASELINE_MB + WRITER_MB * writers) << 20) + ids * ID_BYTES;
    unsigned long long text = budget > fixed ? (budget - fixed) / (TEXT_FACTOR * writers) : 0;
    return text < MIN_TEXT ? MIN_TEXT : text;
}

static unsigned long long len(const char *s) {
    return s ? strlen(s) : 0;
}

unsigned long long poshuk_budget_text(const poshuk_article *a) {
    unsigned long long n = len(a->title) + len(a->body) + len(a->oblast) + len(a->source);
    for (size_t i = 0; i < a->n_tags; i++)
        n += len(a->tags[i]);
    for (size_t i = 0; i < a->n_hromadas; i++)
        n += len(a->hromadas[i]);
    return n;
}

int poshuk_budget_due(const poshuk_commit_rule *rule, unsigned long articles, unsigned long long text,
                      unsigned long long ids) {
    if (rule->every)
        return articles >= rule->every;
    return rule->memory_mb && text >= poshuk_budget_text_limit(rule, ids);
}
