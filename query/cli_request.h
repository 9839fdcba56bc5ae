/* poshuk-query's options as the library's request: one function, so that what the command line
 * means for a search can be tested (and fuzzed) without an index. */
#ifndef POSHUK_QUERY_CLI_REQUEST_H
#define POSHUK_QUERY_CLI_REQUEST_H

#include "poshuk.h"
#include "query/cli_options.h"

/* The search o asks for. Its pointers point into o, which must outlive the request. An option not
 * given leaves its field 0, which the library reads as its own default. */
poshuk_request poshuk_cli_request(const poshuk_cli_options *o);

#endif
