/* poshuk-query's options as a request (see cli_request.h). */
#include "query/cli_request.h"

poshuk_request poshuk_cli_request(const poshuk_cli_options *o) {
    poshuk_request request = {
        POSHUK_REQUEST_SIZE,
        .query = o->query,
        .tags = o->tags,
        .n_tags = o->n_tags,
        .oblasts = o->oblasts,
        .n_oblasts = o->n_oblasts,
        .hromadas = o->hromadas,
        .n_hromadas = o->n_hromadas,
        .langs = o->langs,
        .n_langs = o->n_langs,
        .date_from = o->date_from,
        .date_to = o->date_to,
        .offset = o->offset,
        .limit = o->limit,
        .facets = o->facets ? POSHUK_FACETS_ALL : 0,
        .facet_limit = o->facet_limit,
        .sort = (poshuk_sort)o->sort,
        .multiselect = o->multiselect,
        .partial = o->partial,
        .snippet_chars = o->snippet_chars,
        .did_you_mean = o->correction,
        .max_query_bytes = o->max_query_bytes,
        .max_terms = o->max_terms,
        .max_phrases = o->max_phrases,
        .time_budget = o->time_budget,
    };
    return request;
}
