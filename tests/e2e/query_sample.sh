#!/usr/bin/env bash
# poshuk-query end to end on the sample corpus: exact hits, their BM25 order, the text and JSON
# outputs, filters, paging, shards, and the errors a user meets.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

ids() { # ids ARGS... — "total: id id …" of a JSON search
  query --json --limit 100 "$@" | jq -r '"\(.total): \([.hits[].id] | join(" "))"'
}

# Ranking: en-0003 has Albuquerque in its title and body, en-0004 once in the body.
expect_eq "Albuquerque ranks the title match first" "2: en-0003 en-0004" "$(ids Albuquerque)"
expect_eq "title: searches titles only" "1: en-0003" "$(ids title:Albuquerque)"
expect_eq "phrase" "1: ua-0028" "$(ids '"підземну школу"')"
expect_eq "the tag filter, newest first without words" "4: ua-0032 ua-0006 ua-0009 ua-0020" \
  "$(ids --tag цнап)"
expect_eq "tag: in the query equals --tag" "$(ids --tag цнап)" "$(ids tag:ЦНАП)"
expect_eq "ЦНАП in text finds the untagged ЦНАПі too" \
  "ua-0006 ua-0009 ua-0020 ua-0027 ua-0032" \
  "$(query --json ЦНАП | jq -r '[.hits[].id] | sort | join(" ")')"
expect_eq "OR widens, NOT narrows" "3: en-0003 en-0004 ua-0028" \
  "$(query --json 'Albuquerque OR "підземну школу"' | jq -r '"\(.total): \([.hits[].id] | sort | join(" "))"')"
expect_eq "NOT" "1: en-0003" "$(ids 'Albuquerque NOT decentralisation')"
expect_eq "date and language filters" "1: en-0001" "$(ids --lang en --from 2025-07 --to 2025-08)"
expect_eq "oblast filter any case" "$(ids --oblast 'Харківська область')" "$(ids --oblast 'ХАРКІВСЬКА  область')"
expect_eq "oblast: with a quoted value" "$(ids --oblast 'Харківська область')" \
  "$(ids 'oblast:"харківська область"')"
expect_eq "paging" "2: en-0004" "$(query --json --limit 1 --offset 1 Albuquerque | jq -r '"\(.total): \(.hits[0].id) \(.hits[0].rank)"' | sed 's/ 2$//')"

# One hit as a program sees it, every field but the score.
expect_eq "a JSON hit" \
  '{"rank":2,"id":"en-0004","title":"Vinnytsia officials study local self-government in the United States","url":"https://example.org/en/news/en-0004","date":"2025-05-06","lang":"en","tags":["partnership","decentralisation"],"oblast":"Vinnytsia Oblast","hromadas":["Вінницька міська громада"],"source":"Decentralisation Initiative Press Centre","snippet":{"text":"…United States. Deputy mayors and heads of departments met city managers in Denver, Albuquerque and Phoenix to learn how American…","html":"…United States. Deputy mayors and heads of departments met city managers in Denver, <mark>Albuquerque</mark> and Phoenix to learn how American…","marks":[{"start":84,"end":95}]}}' \
  "$(query --json --limit 1 --offset 1 Albuquerque | jq -c '.hits[0] | del(.score)')"

# The text output, byte for byte (a snippet under each hit since snippets came in).
expect_eq "text output" "2 articles match “Albuquerque”
 1.  5.436  2025-04-22  Albuquerque water engineers share experience with Mykol…
            Mykolaiv Oblast · partnership, water
            …engineers from Albuquerque, New Mexico, visited Mykolaiv to share
            their experience of managing water supply in a dry climate. The…
 2.  2.732  2025-05-06  Vinnytsia officials study local self-government in the …
            Vinnytsia Oblast · partnership, decentralisation
            …United States. Deputy mayors and heads of departments met city
            managers in Denver, Albuquerque and Phoenix to learn how American…

Tags:    partnership 2 · decentralisation 1 · water 1
Oblast:  Вінницька область 1 · Миколаївська область 1
Hromada: Вінницька міська громада 1 · Миколаївська міська громада 1
Year:    2025 2
Month:   2025-04 1 · 2025-05 1" "$(query Albuquerque)"

# Two shards searched as one: the same hits, order and facets as one index of all articles.
head -n 25 "$samples" | "$POSHUK_INDEX_BIN" -q -d "$work/shard-a" -
tail -n +26 "$samples" | "$POSHUK_INDEX_BIN" -q -d "$work/shard-b" -
for q in "громада бюджет" "Albuquerque OR ЦНАП" ""; do
  expect_eq "shards = one index for '$q'" \
    "$(query --json --limit 100 --facet-limit 0 $q | jq -c 'del(.took_ms) | .hits[].score |= (.*1000|round)')" \
    "$("$POSHUK_QUERY_BIN" -d "$work/shard-a" -d "$work/shard-b" --json --limit 100 --facet-limit 0 $q |
       jq -c 'del(.took_ms) | .hits[].score |= (.*1000|round)')"
done

# Errors: where the syntax is wrong, a missing index, a bad date; and the exit codes.
set +e
err=$(query 'громада AND' 2>&1 >/dev/null); rc=$?
set -e
expect_eq "syntax error exit" 3 "$rc"
expect_eq "syntax error message" "poshuk-query: syntax error at character 9: AND needs a word on its right
  громада AND
          ^" "$err"
expect_eq "syntax error as JSON" '{"error":{"status":"query_syntax","message":"AND needs a word on its right","offset":15}}' \
  "$(query --json 'громада AND' 2>/dev/null | jq -c . || true)"
set +e
err=$("$POSHUK_QUERY_BIN" -d "$work/missing" громада 2>&1); rc=$?
set -e
expect_eq "missing index" "5: poshuk-query: no index at '$work/missing' (No such file or directory)" "$rc: $err"
set +e
err=$(query --from 31.02.2025 громада 2>&1); rc=$?
set -e
expect_eq "bad date" "2: poshuk-query: --from: cannot read \"31.02.2025\" as a date" "$rc: $err"

finish
