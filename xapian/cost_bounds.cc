/* The cost bounds of a search (see cost_bounds.h). */
#include "xapian/cost_bounds.h"

#include "xapian/status.h"

extern "C" {
#include "syntax/syntax.h"
}

#include <cmath>
#include <cstring>
#include <string>

namespace shim {

namespace {

/* A budget beyond this is no budget: a time point that far ahead would overflow the clock's
 * representation, and no search is meant to run for eleven days. */
constexpr double LONGEST_BUDGET = 1e6;

/* Reading the clock at the first document and then every CLOCK_EVERY: a match examines millions of
 * documents a second, so this overshoots the budget by microseconds at most. */
constexpr size_t CLOCK_EVERY = 16;

size_t or_default(size_t value, size_t fallback) {
    return value ? value : fallback;
}

struct Cost {
    size_t terms = 0;
    size_t phrases = 0;
};

/* Leaves and positional groups of the tree, every occurrence: each leaf is a posting list the
 * matcher opens and moves, whether or not the same term is elsewhere in the query. */
void add_cost(const Xapian::Query &q, Cost &cost) {
    const Xapian::Query::op op = q.get_type();
    if (op == Xapian::Query::LEAF_TERM || op == Xapian::Query::OP_WILDCARD) {
        ++cost.terms;
        return;
    }
    if (op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR)
        ++cost.phrases;
    const size_t n = q.get_num_subqueries();
    for (size_t i = 0; i < n; ++i)
        add_cost(q.get_subquery(i), cost);
}

/* Every document of the database it is given, in docid order, until the clock expires: then its
 * list ends, and with it the AND the match runs over. */
class ClockSource : public Xapian::PostingSource {
  public:
    explicit ClockSource(MatchClock *clock) : clock_(clock) {}

    ClockSource *clone() const override {
        return new ClockSource(clock_);
    }

    void init(const Xapian::Database &db) override {
        db_ = db;
        it_ = db_.postlist_begin("");
        end_ = db_.postlist_end("");
        started_ = false;
        ended_ = false;
        docs_ = db_.get_doccount();
        set_maxweight(0.0);
    }

    void next(double) override {
        if (started_)
            ++it_;
        started_ = true;
        settle();
    }

    void skip_to(Xapian::docid did, double) override {
        if (started_ && !ended_ && *it_ >= did)
            return; /* already there: not another document examined */
        started_ = true;
        it_.skip_to(did);
        settle();
    }

    /* It may end early, so it promises no minimum. */
    Xapian::doccount get_termfreq_min() const override {
        return 0;
    }
    Xapian::doccount get_termfreq_est() const override {
        return docs_;
    }
    Xapian::doccount get_termfreq_max() const override {
        return docs_;
    }

    bool at_end() const override {
        return ended_;
    }

    Xapian::docid get_docid() const override {
        return *it_;
    }

    std::string get_description() const override {
        return "poshuk::ClockSource";
    }

  private:
    void settle() {
        if (it_ == end_ || clock_->expired())
            ended_ = true;
    }

    MatchClock *clock_;
    Xapian::Database db_;
    Xapian::PostingIterator it_, end_;
    Xapian::doccount docs_ = 0;
    bool started_ = false;
    bool ended_ = false;
};

} // namespace

CostBounds cost_bounds(const poshuk_request &r) {
    return CostBounds{or_default(r.max_query_bytes, POSHUK_MAX_QUERY_BYTES),
                      or_default(r.max_terms, POSHUK_MAX_TERMS),
                      or_default(r.max_phrases, POSHUK_MAX_PHRASES)};
}

void check_query_length(const char *query, const CostBounds &bounds) {
    if (!query)
        return;
    /* strnlen: a query of gigabytes is not read to its end to be refused. */
    const size_t len = strnlen(query, bounds.query_bytes + 1);
    if (len <= bounds.query_bytes)
        return;
    const size_t whole = len + std::strlen(query + len);
    throw Failure{POSHUK_ERR_QUERY_SYNTAX,
                  "the query is " + std::to_string(whole) + " bytes long, over the limit of " +
                      std::to_string(bounds.query_bytes) + " bytes (max_query_bytes)"};
}

void check_query_cost(const Xapian::Query &words, const CostBounds &bounds) {
    Cost cost;
    add_cost(words, cost);
    if (cost.terms > bounds.terms)
        throw Failure{POSHUK_ERR_QUERY_SYNTAX,
                      "the query stands for " + std::to_string(cost.terms) + " terms, over the limit of " +
                          std::to_string(bounds.terms) + " (max_terms); use fewer words or longer wildcards"};
    if (cost.phrases > bounds.phrases)
        throw Failure{POSHUK_ERR_QUERY_SYNTAX, "the query has " + std::to_string(cost.phrases) +
                                                   " phrases and NEAR/ADJ groups, over the limit of " +
                                                   std::to_string(bounds.phrases) + " (max_phrases)"};
}

bool few_enough_words_to_correct(const char *query, bool partial) {
    return poshuk_query_words(query, partial ? POSHUK_QCHECK_PARTIAL : 0, nullptr, 0) <=
           POSHUK_DID_YOU_MEAN_MAX_WORDS;
}

MatchClock::MatchClock(clock::time_point started, double budget, size_t stop_after)
    : deadline_(started), bounded_(false), stop_after_(stop_after) {
    if (std::isnan(budget))
        throw Failure{POSHUK_ERR_INVALID, "the request's time_budget is not a number"};
    if (budget == 0.0)
        budget = POSHUK_TIME_BUDGET;
    if (budget > 0.0 && budget <= LONGEST_BUDGET) {
        bounded_ = true;
        deadline_ =
            started + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(budget));
    }
}

bool MatchClock::expired() {
    if (expired_)
        return true;
    ++moves_;
    if (stop_after_ > 0)
        expired_ = moves_ > stop_after_;
    else if (bounded_ && moves_ % CLOCK_EVERY == 1)
        expired_ = clock::now() >= deadline_;
    if (expired_)
        timed_out_ = true;
    return expired_;
}

bool MatchClock::spent() const {
    return expired_ || (bounded_ && clock::now() >= deadline_);
}

double MatchClock::seconds_left() const {
    const double left = std::chrono::duration<double>(deadline_ - clock::now()).count();
    return left > 1e-6 ? left : 1e-6;
}

Xapian::Query with_clock(const Xapian::Query &query, MatchClock &clock) {
    if (!clock.bounded())
        return query;
    Xapian::PostingSource *source = (new ClockSource(&clock))->release();
    return Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(source));
}

} // namespace shim
