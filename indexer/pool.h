/* A parallel build: N threads, each upserting into a shard of its own, fed from the reading thread.
 * An article goes to the shard its id hashes to, so all copies of one id land in one shard, in input
 * order, and the last still wins; shards then hold different ids and can be merged (poshuk.h:
 * poshuk_writer_merge). Internal to indexer/; the job (job.c) drives it and reports what it says. */
#ifndef POSHUK_INDEXER_POOL_H
#define POSHUK_INDEXER_POOL_H

#include "poshuk.h"
#include "indexer/budget.h"

#include <stddef.h>

typedef struct poshuk_pool poshuk_pool;

/* Opens a writer on each of the n shard paths (new indexes) and starts a thread for each. Each shard
 * commits as the rule says (its writers field should be n), and at the end. NULL on failure, with the
 * reason in error[0..size). */
poshuk_pool *poshuk_pool_new(const char *const *shards, unsigned n, const poshuk_commit_rule *rule,
                             char *error, size_t size);

/* Hands a copy of the article to its shard's thread; blocks while that thread is far behind. where
 * and line say where it came from, for a message should the shard reject it. Returns 0 once a shard
 * has failed (the pool then takes nothing more), 1 otherwise, -1 when memory ran out. */
int poshuk_pool_submit(poshuk_pool *pool, const poshuk_article *article, const char *where,
                       unsigned long line);

/* Lets the threads finish what they were given, commits every shard (unless one failed) and joins
 * them. Returns 1 when every article went in. Messages for the articles a shard rejected are handed
 * to reject(context, text) one by one ("WHERE:LINE: MESSAGE"); a shard's failure is written into
 * error[0..size) and 0 returned. The number of articles indexed is in *indexed, the number of commits
 * the shards made (the last ones too) in *commits. */
int poshuk_pool_finish(poshuk_pool *pool, void (*reject)(void *context, const char *text), void *context,
                       unsigned long *indexed, unsigned long *commits, char *error, size_t size);

/* Stops and frees the pool (after finish, or instead of it: then nothing more is committed). */
void poshuk_pool_free(poshuk_pool *pool);

#endif
