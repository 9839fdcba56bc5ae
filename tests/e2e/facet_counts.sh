#!/usr/bin/env bash
# poshuk-query --json's exact facet counts on the sample corpus, checked against counts that
# facet_counts.py computes from the JSONL itself, independently of Xapian.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"
python3 "$POSHUK_SOURCE_DIR/tests/e2e/facet_counts.py" "$POSHUK_QUERY_BIN" "$work/index" "$samples"
