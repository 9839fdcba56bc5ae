/* What one search may cost (poshuk.h: max_query_bytes, max_terms, max_phrases, time_budget).
 *
 * The first three are checked on the query before anything is matched: the text's length before it
 * is normalised or parsed, the terms and positional groups once it is parsed and expanded (that tree
 * is what the matcher opens a posting list for, leaf by leaf). The time budget is enforced inside the
 * match, the only place Xapian 1.4 spends unbounded time that the other limits do not already bound:
 * Enquire::set_time_limit only stops the exact count, so the match is AND-ed with a posting source
 * of every document that ends its list once the clock runs out, which ends the match there. */
#ifndef POSHUK_XAPIAN_COST_BOUNDS_H
#define POSHUK_XAPIAN_COST_BOUNDS_H

#include "poshuk.h"

#include <chrono>
#include <cstddef>
#include <xapian.h>

namespace shim {

/* The request's limits, the defaults filled in. */
struct CostBounds {
    size_t query_bytes;
    size_t terms;
    size_t phrases;
};

CostBounds cost_bounds(const poshuk_request &request);

/* Throws Failure (POSHUK_ERR_QUERY_SYNTAX) when query is longer than bounds.query_bytes; call it
 * before the query is read at all. */
void check_query_length(const char *query, const CostBounds &bounds);

/* Throws Failure (POSHUK_ERR_QUERY_SYNTAX) when the parsed and expanded query has more terms or
 * positional groups (OP_PHRASE, OP_NEAR) than bounds allows. */
void check_query_cost(const Xapian::Query &words, const CostBounds &bounds);

/* Whether did-you-mean may correct query: at most POSHUK_DID_YOU_MEAN_MAX_WORDS words (the words
 * syntax/syntax.h finds, so operators and field values do not count). */
bool few_enough_words_to_correct(const char *query, bool partial);

/* The time budget of one poshuk_db_search, shared by every match it runs (multi-select counts, the
 * did-you-mean search) and by every shard's copy of the posting source. */
class MatchClock {
  public:
    using clock = std::chrono::steady_clock;

    /* budget as poshuk_request.time_budget (0 = the default, < 0 = none; not NaN); stop_after > 0
     * (tests only) ends the match after that many documents instead of on the clock. Throws Failure
     * (POSHUK_ERR_INVALID) for a NaN budget. */
    MatchClock(clock::time_point started, double budget, size_t stop_after);

    /* Whether the match must stop now: called for each document the match moves to. Reads the
     * clock only every few documents (a posting list moves in tens of nanoseconds, reading the clock
     * costs about as much). */
    bool expired();

    /* Whether any match stopped on this clock (poshuk_results.timed_out). */
    bool timed_out() const {
        return timed_out_;
    }
    void set_timed_out() {
        timed_out_ = true;
    }

    /* Whether the budget is already used up (then did-you-mean does not start another match). */
    bool spent() const;

    /* Whether this clock can stop a match at all. */
    bool bounded() const {
        return bounded_ || stop_after_ > 0;
    }

    /* Seconds left (for Enquire::set_time_limit on a remote shard), at least a microsecond. */
    double seconds_left() const;

  private:
    clock::time_point deadline_;
    bool bounded_;
    size_t stop_after_;
    size_t moves_ = 0;
    bool expired_ = false;
    bool timed_out_ = false;
};

/* query AND-ed (OP_FILTER: no weight) with a source of every document that ends when clock
 * expires. query unchanged when the clock is unbounded. Only for local shards: xapian-tcpsrv knows
 * no posting source of poshuk's. */
Xapian::Query with_clock(const Xapian::Query &query, MatchClock &clock);

} // namespace shim

#endif
