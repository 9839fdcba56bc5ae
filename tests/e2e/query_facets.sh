#!/usr/bin/env bash
# poshuk-query's multi-select facets (--multi-select: a facet ignores its own filter, the others
# honour it), --facet-limit with them, and the result window limit.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

facet() { # facet NAME ARGS... — "value count, value count" of one facet of a JSON search
  local name=$1
  shift
  query --json --limit 0 --snippets 0 "$@" | jq -r --arg f "$name" '[.facets[$f][] | "\(.value) \(.count)"] | join(", ")'
}
total() {
  query --json --limit 0 --snippets 0 "$@" | jq -r .total
}

kharkiv='Харківська область'
kyiv='Київська область'

# Without --multi-select every facet honours every filter: one oblast is all the oblast facet shows.
expect_eq "plain facets honour the oblast filter" "$kharkiv 4" "$(facet oblast --oblast "$kharkiv" громада)"

# With it, the oblast facet counts every oblast under the rest of the query (громада matches 34
# articles, 4 of them in each of the three biggest oblasts); the hits and the other facets still
# honour the oblast filter.
expect_eq "multi-select: the total honours the filter" 4 "$(total --multi-select --oblast "$kharkiv" громада)"
expect_eq "multi-select: the oblast facet ignores its own filter" \
  "Київська область 4, Полтавська область 4, Харківська область 4, Вінницька область 3, Житомирська область 3, Закарпатська область 3, Львівська область 3, Одеська область 3, Миколаївська область 2, Чернігівська область 2" \
  "$(facet oblast --multi-select --oblast "$kharkiv" --facet-limit 0 громада)"
expect_eq "multi-select: that is the oblast facet of the query without the filter" \
  "$(facet oblast --facet-limit 0 громада)" "$(facet oblast --multi-select --oblast "$kharkiv" --facet-limit 0 громада)"
expect_eq "multi-select: the tag facet honours the oblast filter" \
  "відбудова 3, бюджет 2, освіта 2, вода 1, дороги 1" \
  "$(facet tags --multi-select --oblast "$kharkiv" --facet-limit 0 громада)"
expect_eq "multi-select with --facet-limit 3" "Київська область 4, Полтавська область 4, Харківська область 4" \
  "$(facet oblast --multi-select --oblast "$kharkiv" --facet-limit 3 громада)"

# Two kinds of filter: each facet leaves out only its own.
both=(--multi-select --oblast "$kharkiv" --oblast "$kyiv" --hromada 'Харківська територіальна громада' --facet-limit 0)
expect_eq "oblasts and a hromada: total" 3 "$(total "${both[@]}")"
expect_eq "oblasts and a hromada: the oblast facet keeps the hromada filter" "$kharkiv 3" "$(facet oblast "${both[@]}")"
expect_eq "oblasts and a hromada: the hromada facet keeps the oblast filter" \
  "Бучанська міська громада 3, Харківська територіальна громада 3, Чугуївська міська громада 2, Ірпінська міська громада 1, Бородянська селищна громада 1, Зачепилівська селищна громада 1" \
  "$(facet hromada "${both[@]}")"

# Dates: year and month ignore --from/--to, the other filters (here --lang) still count.
dates=(--multi-select --lang uk --from 2025-07 --to 2025-09)
expect_eq "dates: total" 9 "$(total "${dates[@]}")"
expect_eq "dates: the year facet ignores the date filter" "2024 15, 2025 19" "$(facet year "${dates[@]}")"
expect_eq "dates: the oblast facet honours it" "$kharkiv 3, Закарпатська область 1" \
  "$(facet oblast "${dates[@]}" --facet-limit 2)"
expect_eq "dates: --facet-limit keeps the most frequent months, oldest first" "2025-07 4, 2025-09 3" \
  "$(facet month "${dates[@]}" --facet-limit 2)"

# Tags are AND-ed: their facet keeps drilling down under --multi-select too.
expect_eq "tags drill down" "$(facet tags --tag бюджет)" "$(facet tags --multi-select --tag бюджет)"

# The text output shows the same counts.
expect_eq "text output of a multi-select search" "4 articles match “громада”, none shown

Tags:    відбудова 3 · бюджет 2
Oblast:  Київська область 4 · Полтавська область 4
Hromada: Харківська територіальна громада 2 · Зачепилівська селищна громада 1
Year:    2024 1 · 2025 3
Month:   2024-03 1 · 2025-07 2" \
  "$(query --limit 0 --multi-select --oblast "$kharkiv" --facet-limit 2 громада)"

# The result window: offset + limit may not pass 1000.
set +e
err=$(query --offset 995 --limit 10 громада 2>&1); rc=$?
set -e
expect_eq "paging past the window" "2: poshuk-query: offset 995 and limit 10 go past the result window of 1000 hits; narrow the search instead of paging this deep" "$rc: $err"
expect_eq "paging past the window, JSON" '{"error":{"status":"invalid","message":"offset 995 and limit 10 go past the result window of 1000 hits; narrow the search instead of paging this deep"}}' \
  "$(query --json --offset 995 --limit 10 громада 2>/dev/null | jq -c . || true)"
expect_eq "paging up to the window's end" "34 0" "$(query --json --offset 990 --limit 10 громада | jq -r '"\(.total) \(.hits | length)"')"

finish
