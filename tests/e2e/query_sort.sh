#!/usr/bin/env bash
# poshuk-query --sort: relevance (the default), newest first, and relevance with the recency boost
# whose formula poshuk.h documents: BM25 + 2 * 0.5^(age / 180 days), age counted from the newest
# article in the index (en-0017, 2025-11-04, in the sample corpus).
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

order() { # order ARGS... — the ids of a JSON search, best first
  query --json --limit 100 --snippets 0 --no-facets "$@" | jq -r '[.hits[].id] | join(" ")'
}
scores() { # scores ARGS... — "id score" lines of a JSON search
  query --json --limit 100 --snippets 0 --no-facets "$@" | jq -r '.hits[] | "\(.id) \(.score)"'
}

expect_eq "relevance is the default" "$(order бюджет)" "$(order --sort relevance бюджет)"
expect_eq "relevance" \
  "ua-0010 ua-0016 ua-0024 ua-0031 ua-0004 ua-0028 ua-0005 ua-0007 ua-0027 ua-0013 ua-0001 ua-0003 ua-0022" \
  "$(order бюджет)"
# Newest first; ua-0001 and ua-0003 share 2025-07-03 and keep their relevance order.
expect_eq "newest" \
  "ua-0027 ua-0028 ua-0024 ua-0031 ua-0001 ua-0003 ua-0004 ua-0005 ua-0007 ua-0010 ua-0013 ua-0016 ua-0022" \
  "$(order --sort newest бюджет)"
expect_eq "newest: dates never go up (13 hits)" "13 in order" \
  "$(query --json --limit 100 --sort newest бюджет | jq -r '[.hits[].date] as $d | "\($d | length) \(if $d == ($d | sort | reverse) then "in order" else "out of order" end)"')"
# The boost lifts this summer's articles over the 2024 ones; ua-0010, the best match, is from
# December 2024 and falls to sixth.
expect_eq "recent" \
  "ua-0024 ua-0031 ua-0028 ua-0027 ua-0004 ua-0010 ua-0001 ua-0003 ua-0016 ua-0005 ua-0007 ua-0013 ua-0022" \
  "$(order --sort recent бюджет)"

# Every recent score is the relevance score plus the documented boost.
newest=$(query --json --limit 1 | jq -r '.hits[0].date')
expect_eq "the newest date of the sample" "2025-11-04" "$newest"
dates=$(query --json --limit 100 бюджет | jq -r '.hits[] | "\(.id) \(.date)"')
mismatch=$(join <(scores бюджет | sort) <(scores --sort recent бюджет | sort) | join - <(sort <<<"$dates") |
  while read -r id bm25 recent date; do
    age=$(( ($(date -ud "$newest" +%s) - $(date -ud "$date" +%s)) / 86400 ))
    awk -v id="$id" -v b="$bm25" -v r="$recent" -v age="$age" \
      'BEGIN { want = b + 2 * 2 ^ (-age / 180); d = r - want; if (d < -2e-6 || d > 2e-6) print id, r, want }'
  done)
expect_eq "recent = BM25 + 2 * 0.5^(age/180)" "" "$mismatch"
expect_eq "the newest article gets the whole boost" "2.000" \
  "$(join <(scores --sort recent starostas | sort) <(scores starostas | sort) |
     awk '$1 == "en-0017" { printf "%.3f", $2 - $3 }')"

# Without words there is nothing to rank: every order is newest first.
expect_eq "no words: newest first whatever the sort" "$(order --tag цнап)" "$(order --sort recent --tag цнап)"
expect_eq "no words, --sort newest" "$(order --tag цнап)" "$(order --sort newest --tag цнап)"

# JSON repeats the order asked for.
expect_eq "JSON sort key" "recent" "$(query --json --sort recent бюджет | jq -r .sort)"

set +e
err=$(query --sort oldest бюджет 2>&1); rc=$?
set -e
expect_eq "an unknown order" '2: poshuk-query: --sort: "oldest" is not one of relevance, newest or recent' "$rc: $err"

finish
