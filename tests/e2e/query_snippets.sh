#!/usr/bin/env bash
# poshuk-query's snippets: the passage around the best match with the matched words marked, inflected
# forms included; bold on a terminal (through a pseudo-terminal made by script(1)), plain through a
# pipe or with NO_COLOR; JSON with the text, the marks' character offsets and an HTML form.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

# Text through a pipe: no escape sequences, the snippet wrapped under the date column.
expect_eq "text snippet" "1 article matches “підземну школу”
 1.  8.387  2025-09-01  У Харкові відкрили ще одну підземну школу
            Харківська область · освіта, бюджет
            …від кордону, тому звичайні шкільні приміщення тут небезпечні. Для
            Харкова це вже п’ята підземна школа, і батьки можуть стежити за…" \
  "$(query --no-facets 'підземну школу')"

# JSON: the text, the marks in characters, and the same as HTML. The stemmer takes підземну школу to
# the passage with підземна школа.
expect_eq "JSON snippet" '{"text":"…від кордону, тому звичайні шкільні приміщення тут небезпечні. Для Харкова це вже п’ята підземна школа, і батьки можуть стежити за…","html":"…від кордону, тому звичайні шкільні приміщення тут небезпечні. Для Харкова це вже п’ята <mark>підземна</mark> <mark>школа</mark>, і батьки можуть стежити за…","marks":[{"start":88,"end":96},{"start":97,"end":102}]}' \
  "$(query --json --no-facets 'підземну школу' | jq -c '.hits[0].snippet')"
expect_eq "the marks' offsets are characters of text" "підземна школа" \
  "$(query --json --no-facets 'підземну школу' | jq -r '.hits[0].snippet | .text as $t | [.marks[] | $t[.start:.end]] | join(" ")')"
# Inflected forms are marked: the query says громада бюджет, the passage has бюджетами громад.
expect_eq "inflected forms are marked" "бюджетами громад" \
  "$(query --json --no-facets громада бюджет | jq -r '.hits[0].snippet | .text as $t | [.marks[] | $t[.start:.end]] | join(" ")')"
expect_eq "every hit's marks are words of the query, in any form" "бюджет громад" \
  "$(query --json --limit 20 --no-facets бюджет громада |
     jq -r '[.hits[].snippet | .text as $t | .marks[] | $t[.start:.end] | ascii_downcase | .[0:6]] | unique | join(" ")')"
expect_eq "--snippets N sets the length" "1" \
  "$(query --json --no-facets --snippets 40 Albuquerque | jq '[.hits[].snippet.text | length <= 50] | all | if . then 1 else 0 end')"
expect_eq "--snippets 0: no snippet" "null null" \
  "$(query --json --no-facets --snippets 0 Albuquerque | jq -r '[.hits[].snippet] | map(tostring) | join(" ")')"
expect_eq "no words: the start of the body" "Village heads (starostas) in Balta hromada, Odesa Oblast, have…" \
  "$(query --json --no-facets --limit 1 --snippets 70 | jq -r '.hits[0].snippet.text')"

# A generated article: HTML in the body survives as text, and is escaped in "html".
cat >"$work/markup.jsonl" <<'EOF'
{"id":"g1","lang":"en","title":"Markup in a body","body":"The council of AT&T Village said <b>bold</b> things about \"quotes\" & budgets.","date":"2025-01-02"}
EOF
"$POSHUK_INDEX_BIN" -q -d "$work/markup" "$work/markup.jsonl"
markup() { "$POSHUK_QUERY_BIN" -d "$work/markup" --no-facets "$@"; }
expect_eq "markup as text" 'The council of AT&T Village said <b>bold</b> things about "quotes" & budgets.' \
  "$(markup --json budgets | jq -r '.hits[0].snippet.text')"
expect_eq "markup escaped in html" 'The council of AT&amp;T Village said &lt;b&gt;bold&lt;/b&gt; things about &quot;quotes&quot; &amp; <mark>budgets</mark>.' \
  "$(markup --json budgets | jq -r '.hits[0].snippet.html')"

# Colour: bold title and marks on a terminal; none through a pipe, with NO_COLOR, or --color never;
# --color always forces it. script(1) gives poshuk-query a terminal (its lines end in \r\n).
on_tty() { script -qec "$(printf '%q ' "$@")" /dev/null | tr -d '\r'; }
esc=$'\033'
bold_output="1 article matches “budgets”
 1.  0.154  2025-01-02  ${esc}[1mMarkup in a body${esc}[0m
            The council of AT&T Village said <b>bold</b> things about \"quotes\" &
            ${esc}[1mbudgets${esc}[0m."
plain_output="1 article matches “budgets”
 1.  0.154  2025-01-02  Markup in a body
            The council of AT&T Village said <b>bold</b> things about \"quotes\" &
            budgets."
expect_eq "a terminal gets bold" "$bold_output" \
  "$(on_tty env -u NO_COLOR "$POSHUK_QUERY_BIN" -d "$work/markup" --no-facets budgets)"
expect_eq "NO_COLOR on a terminal: plain" "$plain_output" \
  "$(on_tty env NO_COLOR=1 "$POSHUK_QUERY_BIN" -d "$work/markup" --no-facets budgets)"
expect_eq "an empty NO_COLOR does not count" "$bold_output" \
  "$(on_tty env NO_COLOR= "$POSHUK_QUERY_BIN" -d "$work/markup" --no-facets budgets)"
expect_eq "--color never on a terminal" "$plain_output" \
  "$(on_tty env -u NO_COLOR "$POSHUK_QUERY_BIN" -d "$work/markup" --no-facets --color never budgets)"
expect_eq "a pipe: plain" "$plain_output" "$(env -u NO_COLOR "$POSHUK_QUERY_BIN" -d "$work/markup" --no-facets budgets)"
expect_eq "--color always through a pipe" "$bold_output" \
  "$(NO_COLOR=1 "$POSHUK_QUERY_BIN" -d "$work/markup" --no-facets --color always budgets)"
expect_eq "JSON never has escapes" "0" \
  "$(on_tty "$POSHUK_QUERY_BIN" -d "$work/markup" --json --color always budgets | grep -c "$esc" || true)"

finish
