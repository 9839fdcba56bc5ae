#!/usr/bin/env bash
# Did you mean: a query that finds fewer than 3 articles gets a better one built from the index's own
# words, a spelling correction or the query retyped in the other keyboard layout. When the query
# found nothing and the suggestion finds something, poshuk-query shows the suggestion's results;
# otherwise it only proposes it. --no-correction turns it off.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

suggestion() { # suggestion ARGS... — the JSON suggestion and the hit ids
  query --json --limit 100 --snippets 0 --no-facets "$@" | jq -c '[.suggestion, ([.hits[].id] | sort)]'
}
text() { query --limit 1 --snippets 0 --no-facets "$@"; }

# The keyboard layout, both ways. Albuquerque typed with the Ukrainian layout active is computed
# here from the key map, not copied from poshuk.
expect_eq "English keys for a Ukrainian word" \
  '[{"query":"децентралізація","kind":"layout","applied":true,"total":2},["ua-0009","ua-0016"]]' \
  "$(suggestion ltwtynhfkspfwsz)"
typed=$(python3 -c '
latin = "qwertyuiop[]asdfghjkl;'"'"'zxcvbnm,.QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>"
ukr = "йцукенгшщзхїфівапролджєячсмитьбюЙЦУКЕНГШЩЗХЇФІВАПРОЛДЖЄЯЧСМИТЬБЮ"
print("".join(ukr[latin.index(c)] for c in "Albuquerque"))')
expect_eq "the Ukrainian keys typed for Albuquerque" "Фдигйгукйгу" "$typed"
expect_eq "Ukrainian keys for an English word" \
  '[{"query":"Albuquerque","kind":"layout","applied":true,"total":2},["en-0003","en-0004"]]' \
  "$(suggestion "$typed")"
expect_eq "the text says what it did" "No articles match “ltwtynhfkspfwsz”; showing “децентралізація” (keyboard layout)
2 articles match “децентралізація”, showing 1–1
 1.  3.086  2025-01-28  Вінниця запустила мобільний ЦНАП для віддалених сіл
            Вінницька область · цнап, децентралізація" "$(text ltwtynhfkspfwsz)"

# Spelling, in Ukrainian (a Russian ы for и) and English; the capital and the rest of the query
# (operators, fields) stay as typed.
expect_eq "a Ukrainian misspelling" \
  '[{"query":"вибори","kind":"spelling","applied":true,"total":2},["ua-0008","ua-0017"]]' "$(suggestion виборы)"
expect_eq "an English misspelling" '{"query":"schools","kind":"spelling","applied":true,"total":8}' \
  "$(query --json schols | jq -c .suggestion)"
expect_eq "capital and field kept" '{"query":"Децентралізація tag:цнап","kind":"spelling","applied":true,"total":1}' \
  "$(query --json 'Децентралізацыя tag:цнап' | jq -c .suggestion)"
expect_eq "the text of a correction" "No articles match “виборы”; showing “вибори”" "$(text виборы | head -1)"

# Few hits (2): the correction that finds more is proposed, the query's own hits stay.
expect_eq "proposed, not run" \
  '[{"query":"Albuquerque OR децентралізація","kind":"spelling","applied":false,"total":4},["en-0003","en-0004"]]' \
  "$(suggestion 'Albuquerque OR децентралізацыя')"
expect_eq "the text of a proposal" "Did you mean “Albuquerque OR децентралізація”? 4 articles
2 articles match “Albuquerque OR децентралізацыя”, showing 1–1" \
  "$(text 'Albuquerque OR децентралізацыя' | head -2)"

# Nothing to correct: known words (even with few hits), enough hits, a correction that finds no more.
expect_eq "known words" "null" "$(query --json 'вибори старост' | jq -c .suggestion)"
expect_eq "enough hits" "null" "$(query --json 'бюджет' | jq -c .suggestion)"
expect_eq "the correction finds nothing either" "null 0" \
  "$(query --json 'школа ltwtynhfkspfwsz' | jq -r '"\(.suggestion) \(.total)"')"
expect_eq "--no-correction" "null 0" "$(query --json --no-correction ltwtynhfkspfwsz | jq -r '"\(.suggestion) \(.total)"')"
expect_eq "--no-correction, text" "No articles match “ltwtynhfkspfwsz”" "$(text --no-correction ltwtynhfkspfwsz)"

finish
