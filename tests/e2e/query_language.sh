#!/usr/bin/env bash
# poshuk-query's query language beyond plain words: word* wildcards and their expansion limit, the
# partial last word (--partial), date: periods and ranges in the query, and the position and
# message of each mistake.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"


# Wildcards: підзем* finds підземну and підземна. A wildcard expands over the words of the index as
# written, not over stems: decentrali* finds decentralisation although the English stemmer makes
# that decentr.
expect_eq "a wildcard" "1: ua-0028" "$(search_ids 'підзем*')"
expect_eq "a wildcard in the title only" "1: ua-0028" "$(search_ids 'title:підзем*')"
expect_eq "a wildcard over written words" "4: en-0004 en-0011 en-0013 en-0015" "$(search_ids 'decentrali*')"
expect_eq "the words it stands for" "$(search_ids decentralisation OR decentralised OR decentralization)" "$(search_ids 'decentrali*')"
expect_eq "водо* (водогін, водопостачання, водою…)" "4: ua-0002 ua-0004 ua-0011 ua-0012" "$(search_ids 'водо*')"
expect_eq "a wildcard with other words" "1: en-0003" "$(search_ids 'Albuq* Mykolaiv')"
expect_eq "a wildcard matching nothing" "0: " "$(search_ids 'qqq*')"
expect_eq "a star inside quotes is punctuation" "$(search_ids '"підземну школу"')" "$(search_ids '"підземну* школу"')"

# The limit: a wildcard may stand for at most 200 words of the index. A generated corpus has 210
# words that begin with zq (zqaho … zqfnu), 70 in each of three articles.
python3 - "$work/words.jsonl" <<'EOF'
import itertools, json, sys
words = ["zq" + a + b + c for a, b, c in itertools.product("abcdefg", "hijklmn", "oprstu")][:210]
with open(sys.argv[1], "w") as f:
    for i in range(3):
        f.write(json.dumps({"id": "w%d" % i, "lang": "en", "title": "Word list %d" % i,
                            "body": " ".join(words[i * 70:(i + 1) * 70]), "date": "2025-01-0%d" % (i + 1)}) + "\n")
EOF
"$POSHUK_INDEX_BIN" -q -d "$work/words" "$work/words.jsonl"
words() { "$POSHUK_QUERY_BIN" -d "$work/words" --snippets 0 --no-facets "$@"; }
set +e
err=$(words 'list zq*' 2>&1 >/dev/null); rc=$?
set -e
expect_eq "over the expansion limit" "3: poshuk-query: syntax error at character 6: zq* stands for more than 200 words of the index; type more of the word
  list zq*
       ^" "$rc: $err"
expect_eq "over the limit, JSON" '{"error":{"status":"query_syntax","message":"zq* stands for more than 200 words of the index; type more of the word","offset":5}}' \
  "$(words --json 'list zq*' 2>/dev/null | jq -c . || true)"
expect_eq "under the limit (42 words)" "1" "$(words --json 'zqa*' | jq .total)"
expect_eq "the partial word takes the 200 most frequent instead of failing" "3" "$(words --json --partial zq | jq .total)"

# --partial: the last word also matches the words it begins; earlier words stay whole.
expect_eq "without --partial a word prefix finds nothing" "0: " "$(search_ids 'громада бюдже')"
expect_eq "--partial completes the last word" "$(search_ids 'громада бюдже*')" "$(search_ids --partial 'громада бюдже')"
expect_eq "--partial: the whole word still matches" "$(search_ids громада бюджет)" "$(search_ids --partial громада бюджет)"
expect_eq "--partial leaves earlier words whole" "0: " "$(search_ids --partial 'підз школу')"
expect_eq "--partial: only the last word" "1: ua-0028" "$(search_ids --partial 'школу підз')"
expect_eq "--partial and NEAR" \
  "3: poshuk-query: syntax error at character 9: NEAR needs a single word on its right
  громада NEAR бюдж
          ^" "$(search_fails --partial 'громада NEAR бюдж')"

# date: in the query, the same as --from/--to.
expect_eq "date: a month" "$(search_ids --from 2025-07 --to 2025-07)" "$(search_ids date:2025-07)"
expect_eq "date: a month has articles" "5" "$(query --json date:2025-07 | jq .total)"
expect_eq "date: a range" "$(search_ids --from 2025-01 --to 2025-06 бюджет)" "$(search_ids 'date:2025-01..2025-06 бюджет')"
expect_eq "date: open ranges" "$(search_ids --from 2025-09 бюджет) / $(search_ids --to 2024-06 бюджет)" \
  "$(search_ids 'бюджет date:2025-09..') / $(search_ids 'бюджет date:..2024-06')"
ids_of() { search_ids "$@" | sed 's/^[0-9]*: //' | tr ' ' '\n' | grep .; }
either=$({ ids_of --from 2024-06 --to 2024-06; ids_of --from 2025-06 --to 2025-06; } | LC_ALL=C sort -u)
expect_eq "date: two periods are either (articles of both)" "$(grep -c . <<<"$either"): $(paste -sd' ' <<<"$either")" \
  "$(search_ids 'date:2024-06 date:2025-06')"
expect_eq "date: each of the two periods has articles" "yes yes" \
  "$(for m in 2024-06 2025-06; do [ "$(ids_of --from $m --to $m | grep -c .)" -gt 0 ] && echo yes || echo no; done | paste -sd' ')"
expect_eq "date: two periods, counted" "$(( $(query --json date:2024-06 | jq .total) + $(query --json date:2025-06 | jq .total) ))" \
  "$(query --json 'date:2024-06 date:2025-06' | jq .total)"
expect_eq "date: a day, dotted" "$(search_ids --from 2025-07-03 --to 2025-07-03)" "$(search_ids date:03.07.2025)"
expect_eq "NOT date:" "$(search_ids бюджет --to 2024-12-31)" "$(search_ids 'бюджет NOT date:2025')"
expect_eq "ellipses are not ranges" "$(search_ids бюджет громада)" "$(search_ids 'бюджет... громада')"
expect_eq "date: with --from: both hold" "$(search_ids --from 2025-07 --to 2025-08)" "$(search_ids --from 2025-07 'date:..2025-08')"

# Stopwords (на, the, of) are dropped outside phrases: articles without them still match; in a
# phrase they count.
printf '%s\n' '{"id":"s1","lang":"uk","title":"Бюджет громади","body":"Ремонт школи"}' \
  '{"id":"s2","lang":"en","title":"School budget","body":"Council approved"}' | "$POSHUK_INDEX_BIN" -q -j 1 -d "$work/stop"
stop_ids() { "$POSHUK_QUERY_BIN" -d "$work/stop" --json --no-correction --no-facets "$@" | jq -r '"\(.total): \([.hits[].id] | join(" "))"'; }
expect_eq "a stopword outside a phrase is dropped (uk)" "1: s1" "$(stop_ids 'бюджет на громади')"
expect_eq "stopwords outside a phrase are dropped (en)" "1: s2" "$(stop_ids 'school of the budget')"
expect_eq "a stopword in a phrase counts" "0: " "$(stop_ids '"бюджет на громади"')"

# Mistakes, each with its place.
expect_eq "a month that does not exist" \
  "3: poshuk-query: syntax error at character 8: date: takes a year, a month or a day (2025, 2025-07, 2025-07-03) or a range such as 2025-01..2025-06
  бюджет date:2025-13
         ^" "$(search_fails 'бюджет date:2025-13')"
expect_eq "a range that ends before it starts" \
  "3: poshuk-query: syntax error at character 1: date: the range ends before it starts
  date:2025-09..2025-01
  ^" "$(search_fails 'date:2025-09..2025-01')"
expect_eq "a wildcard beside NEAR" \
  "3: poshuk-query: syntax error at character 9: NEAR needs a single word on its left
  громад* NEAR бюджет
          ^" "$(search_fails 'громад* NEAR бюджет')"

finish
