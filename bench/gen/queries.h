/* The query sets every engine runs, drawn from the same vocabulary ranks as the corpus.
 *
 * One query a line, tab-separated:
 *   kind  lang  words  oblast  oblast_id  date_from  date_to  facets
 * kind    mid | head | filter | facets | facets-mid
 * words   two words separated by one space; every engine is asked for articles holding both
 * oblast  the site form of an oblast to filter by, or "-"
 * oblast_id  its 1-based number in the generator's list (Sphinx filters by it), 0 for none
 * date_from, date_to  YYYYMMDD, inclusive, or 0 for open
 * facets  1: count tags, oblast and year exactly over the whole match set; 0: no facets
 *
 * mid words have frequency ranks 100-5,000 and head words 10-200 (counted after the function words,
 * which no query uses); filter adds an oblast and a two-year range to head words; both facet kinds
 * ask for the top 10 of each facet. Words with an apostrophe or a hyphen are not used: each engine
 * has its own syntax for them and the point here is speed, not tokenisation. */
#ifndef BENCH_GEN_QUERIES_H
#define BENCH_GEN_QUERIES_H

#include "article.h"

#include <stdio.h>

void queries_write(FILE *out, size_t per_kind, const world *w, const language *uk, const language *en,
                   rng *r);

#endif
