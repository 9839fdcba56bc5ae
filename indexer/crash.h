/* The crash test's hook (tests/e2e/index_crash.sh). With $POSHUK_CRASH_AFTER set to N, a job kills
 * itself with SIGKILL right after the Nth change its writers took (counted over every writer of the
 * job, after the commit that change made due), so that the moment of each kill is a number the test
 * draws from its seed, not a time, and a seed replays a run. Unset, 0 or not a number: off. Internal
 * to indexer/. */
#ifndef POSHUK_INDEXER_CRASH_H
#define POSHUK_INDEXER_CRASH_H

/* N of $POSHUK_CRASH_AFTER, or 0. */
unsigned long poshuk_crash_after(void);

/* Kills the process when n (the changes so far, this one included) is after, which is not 0. */
void poshuk_crash_point(unsigned long n, unsigned long after);

#endif
