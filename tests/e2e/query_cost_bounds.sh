#!/usr/bin/env bash
# What one query may cost (issue 14): past --max-query-bytes, --max-terms or --max-phrases (and their
# defaults) a search fails with exit status 3 and a message that names the limit; a bad value of the
# options is a usage error; a match that runs out of --time-budget shows what it found until then and
# says so; did you mean leaves a query of more than 8 words alone.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

# n copies of a word, joined by spaces.
copies() { local out="" i; for ((i = 0; i < $1; i++)); do out+="${out:+ }$2"; done; printf '%s' "$out"; }

# The length: 4096 bytes are searched, 4097 refused unread.
expect_eq "4096 bytes: searched" "0: " "$(search_ids "$(head -c 4096 /dev/zero | tr '\0' a)")"
expect_eq "4097 bytes: refused" \
  "3: poshuk-query: syntax error: the query is 4097 bytes long, over the limit of 4096 bytes (max_query_bytes)" \
  "$(search_fails "$(head -c 4097 /dev/zero | tr '\0' a)")"
expect_eq "over the length, JSON" \
  '{"error":{"status":"query_syntax","message":"the query is 4097 bytes long, over the limit of 4096 bytes (max_query_bytes)","offset":null}}' \
  "$(query --json "$(head -c 4097 /dev/zero | tr '\0' a)" 2>/dev/null | jq -c . || true)"
expect_eq "--max-query-bytes" \
  "3: poshuk-query: syntax error: the query is 27 bytes long, over the limit of 10 bytes (max_query_bytes)" \
  "$(search_fails --max-query-bytes 10 бюджет громади)"
expect_eq "--max-query-bytes, at the limit" "$(search_ids бюджет громади)" "$(search_ids --max-query-bytes 27 бюджет громади)"

# Terms: a plain word is its term and its other-script key, two terms.
expect_eq "--max-terms" \
  "3: poshuk-query: syntax error: the query stands for 6 terms, over the limit of 5 (max_terms); use fewer words or longer wildcards" \
  "$(search_fails --max-terms 5 бюджет громада школа)"
expect_eq "--max-terms, at the limit" "$(search_ids бюджет громада школа)" "$(search_ids --max-terms 6 бюджет громада школа)"
expect_eq "the default max_terms: 501 words" \
  "3: poshuk-query: syntax error: the query stands for 1002 terms, over the limit of 1000 (max_terms); use fewer words or longer wildcards" \
  "$(search_fails "$(copies 501 ліс)")"
expect_eq "the default max_terms: 500 words" "$(search_ids ліс)" "$(search_ids "$(copies 500 ліс)")"
expect_eq "a wildcard counts each stem of the words it stands for (водо*: 4)" \
  "3: poshuk-query: syntax error: the query stands for 4 terms, over the limit of 3 (max_terms); use fewer words or longer wildcards" \
  "$(search_fails --max-terms 3 'водо*')"
expect_eq "водо* at the limit" "$(search_ids 'водо*')" "$(search_ids --max-terms 4 'водо*')"

# Phrases and NEAR/ADJ groups.
expect_eq "--max-phrases" \
  "3: poshuk-query: syntax error: the query has 3 phrases and NEAR/ADJ groups, over the limit of 2 (max_phrases)" \
  "$(search_fails --max-phrases 2 '"бюджет громади" "school repairs" (вода NEAR водогін)')"
expect_eq "the default max_phrases: 33" \
  "3: poshuk-query: syntax error: the query has 33 phrases and NEAR/ADJ groups, over the limit of 32 (max_phrases)" \
  "$(search_fails "$(copies 33 '(бюджет NEAR громади)')")"
expect_eq "the default max_phrases: 32" "$(search_ids '(бюджет NEAR громади)')" \
  "$(search_ids "$(copies 32 '(бюджет NEAR громади)')")"
expect_eq "over a limit, JSON" \
  '{"error":{"status":"query_syntax","message":"the query has 3 phrases and NEAR/ADJ groups, over the limit of 2 (max_phrases)","offset":null}}' \
  "$(query --json --max-phrases 2 '"бюджет громади" "school repairs" (вода NEAR водогін)' 2>/dev/null | jq -c . || true)"

# Bad values of the options: usage errors.
usage() { local out rc; set +e; out=$("$POSHUK_QUERY_BIN" -d "$work/index" "$@" 2>&1 >/dev/null); rc=$?; set -e; printf '%s: %s' "$rc" "$out"; }
expect_eq "--max-terms 0" "2: poshuk-query: --max-terms must be at least 1" "$(usage --max-terms 0 бюджет)"
expect_eq "--max-phrases x" '2: poshuk-query: --max-phrases: cannot read "x" as a number' "$(usage --max-phrases x бюджет)"
expect_eq "--max-query-bytes -1" '2: poshuk-query: --max-query-bytes: cannot read "-1" as a number' \
  "$(usage --max-query-bytes=-1 бюджет)"
for v in 0 0.0 -1 3601 1e3 abc 2. .5x; do
  expect_eq "--time-budget $v" "2: poshuk-query: --time-budget: \"$v\" is not a number of seconds above 0 and up to 3600" \
    "$(usage --time-budget="$v" бюджет)"
done
expect_eq "--time-budget 3600 and .5 are fine" "$(search_ids бюджет)" "$(search_ids --time-budget 3600 бюджет)"
expect_eq "--time-budget .5" "$(search_ids бюджет)" "$(search_ids --time-budget .5 бюджет)"

# Out of time: a budget of a microsecond is over before the match reads its first article (the
# query is parsed first), so the match stops at once: nothing found, and the output says so.
expect_eq "the default budget: in time" "false" "$(query --json бюджет | jq -r .timed_out)"
expect_eq "out of time, JSON" "true 0 0 null" \
  "$(query --json --time-budget 0.000001 бюджет | jq -r '"\(.timed_out) \(.total) \(.hits | length) \(.suggestion)"')"
expect_eq "out of time, text" "Out of time: the counts and hits are of the articles examined until then
No articles match “бюджет”" "$(query --time-budget 0.000001 бюджет)"

# Did you mean: up to 8 words are corrected, more are not.
expect_eq "did you mean, 8 words" "$(copies 8 децентралізація) 2" \
  "$(query --json "$(copies 8 ltwtynhfkspfwsz)" | jq -r '"\(.suggestion.query) \(.total)"')"
expect_eq "did you mean, 9 words" "null 0" \
  "$(query --json "$(copies 9 ltwtynhfkspfwsz)" | jq -r '"\(.suggestion) \(.total)"')"

finish
