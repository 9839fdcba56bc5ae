#!/usr/bin/env bash
# poshuk-query --suggest (completions of the last word from the index's own words, most frequent
# first) and --partial's relation to it.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

expect_eq "completions of the last word, most frequent first" "громада бюджету    7
громада бюджет     2
громада бюджеті    2
громада бюджетів   2
громада бюджетами  1
громада бюджети    1
громада бюджетне   1" "$(query --suggest 'громада бюдж')"
expect_eq "--limit" "громада  21
громади  21
громад   7" "$(query --suggest 'гро' --limit 3)"
expect_eq "a capital typed stays one" "Децентралізація  1
Децентралізації  1" "$(query --suggest 'Децентр')"
expect_eq "English, and an apostrophe inside the word" "school Albuquerque 2 / п'ять 3" \
  "$(query --suggest 'school ALB' | tr -s ' ') / $(query --suggest "п'я" --limit 1 | tr -s ' ')"
expect_eq "any case after the first letter" "$(query --suggest 'громада бюдж')" "$(query --suggest 'громада бЮДЖ')"
expect_eq "after a space nothing is being typed: no completions" "" "$(query --suggest 'громада ')"
expect_eq "no word begins so" "" "$(query --suggest 'щщщ')"
expect_eq "JSON" '{"text":"Децентр","completions":[{"text":"Децентралізація","count":1},{"text":"Децентралізації","count":1}]}' \
  "$(query --json --suggest 'Децентр' | jq -c 'del(.took_ms)')"
expect_eq "JSON: took_ms is a number" "number" "$(query --json --suggest 'гро' | jq -r '.took_ms | type')"

# Every count is the number of articles that use the word as written (a search would find every
# form of it): counted here from the JSONL, independently of Xapian.
counted=$(python3 - "$samples" <<'PY'
import json, re, sys
articles = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
for word in ["школах", "школи", "школа", "школі"]:
    n = sum(1 for a in articles
            if re.search(r"(?<!\w)" + word + r"(?!\w)", ((a.get("title") or "") + " " + (a.get("body") or "")).lower()))
    print(word, n)
PY
)
expect_eq "counts are articles using the word" "$counted" "$(query --suggest 'школ' --limit 4 | tr -s ' ')"

# --partial finds what the completions would.
expect_eq "--partial covers the completions" \
  "$(query --json --limit 100 --snippets 0 'громада бюджету OR громада бюджет OR громада бюджеті OR громада бюджетів OR громада бюджетами OR громада бюджети OR громада бюджетне' | jq -c '[.hits[].id] | sort')" \
  "$(query --json --limit 100 --snippets 0 --partial 'громада бюдж' | jq -c '[.hits[].id] | sort')"

set +e
err=$(query --suggest 'гро' громада 2>&1); rc=$?
set -e
expect_eq "--suggest with WORDS" "2: poshuk-query: --suggest takes its text as its value; give no WORDS with it" "$rc: $err"

finish
