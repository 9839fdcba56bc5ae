/* The memory budget of poshuk-index: when each writer commits. Xapian keeps a writer's changes since
 * its last commit in memory (poshuk's writer stays inside a transaction, so Xapian never flushes on
 * its own), and they grow with the text indexed since then; committing empties them. So a budget for
 * the whole job becomes, per writer, an amount of article text after which it commits. What grows
 * with the whole input, however often the writers commit, is the ids the job keeps (to report
 * repeats, and to add new articles without a look-up): the share for text shrinks as they grow.
 * Internal to indexer/. */
#ifndef POSHUK_INDEXER_BUDGET_H
#define POSHUK_INDEXER_BUDGET_H

#include "poshuk.h"

#include <stddef.h>

/* The default budget, in MiB: the whole job under 1 GiB. */
#define POSHUK_MEMORY_DEFAULT 1024
/* The smallest budget taken: below it the process's own baseline (libraries, Xapian's caches, the
 * reader's buffers) leaves next to nothing for changes. */
#define POSHUK_MEMORY_MIN 64

/* When a writer commits: after every `every` articles when that is not 0 (--commit-every wins), else
 * by the budget of memory_mb MiB shared by `writers` writers (memory_mb 0: only at the end). */
typedef struct {
    unsigned long every;
    unsigned long memory_mb;
    unsigned writers;
} poshuk_commit_rule;

/* The text (bytes) each writer may take between commits while the job holds `ids` ids in all: its
 * share of what the baseline and the ids leave of the budget; at least 1 MiB, however small that is. */
unsigned long long poshuk_budget_text_limit(const poshuk_commit_rule *rule, unsigned long long ids);

/* The bytes of an article's text that a writer's pending changes grow with: its title, body, tags,
 * hromadas, oblast and source. */
unsigned long long poshuk_budget_text(const poshuk_article *article);

/* Whether a writer that has taken `articles` articles with `text` bytes of text since its last commit
 * should commit now, the job holding `ids` ids. */
int poshuk_budget_due(const poshuk_commit_rule *rule, unsigned long articles, unsigned long long text,
                      unsigned long long ids);

#endif
