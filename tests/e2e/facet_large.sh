#!/usr/bin/env bash
# Exact totals and facet counts on 4,000 generated articles, more than any cap the matcher could be
# given (a matcher that stops looking early would miscount), checked by facet_large.py against counts
# made from the JSONL itself: words, filters, date bounds on the first and last day (open and closed,
# --from/--to and date:), and --multi-select for every facet with a filter of its own.
source "$(dirname "$0")/lib.bash"
python3 "$POSHUK_SOURCE_DIR/tests/e2e/facet_large.py" gen "$work/large.jsonl" 4000 19
"$POSHUK_INDEX_BIN" -q -j 1 -d "$work/index" "$work/large.jsonl" >/dev/null
python3 "$POSHUK_SOURCE_DIR/tests/e2e/facet_large.py" check "$POSHUK_QUERY_BIN" "$work/index" "$work/large.jsonl"
