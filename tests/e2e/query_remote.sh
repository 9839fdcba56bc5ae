#!/usr/bin/env bash
# poshuk-query over a remote shard (xapian-tcpsrv, named in a stub file): the sample index served
# remotely answers every search exactly as the same index opened locally, facets and all (they are
# counted with Xapian's own match spies there, facets.h); a local and a remote shard together answer as
# one index of all the articles; the recent sort, which needs poshuk's own code on the server, is a clear
# error.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

# Two halves of the samples by id, each its own index: the first is opened locally, the second served.
jq -c -s 'sort_by(.id) | .[: length / 2 | floor][]' "$samples" >"$work/first.jsonl"
jq -c -s 'sort_by(.id) | .[length / 2 | floor :][]' "$samples" >"$work/second.jsonl"
"$POSHUK_INDEX_BIN" -q -d "$work/first" "$work/first.jsonl"
"$POSHUK_INDEX_BIN" -q -d "$work/second" "$work/second.jsonl"
expect_eq "the halves hold every article once" \
  "$(jq -r .id "$samples" | sort)" \
  "$(cat "$work/first.jsonl" "$work/second.jsonl" | jq -r .id | sort)"

servers=()
trap 'for s in "${servers[@]}"; do kill "$s" 2>/dev/null; done; rm -rf "$work"' EXIT
serve "$work/index"
whole_port=$port
servers+=("$srv")
serve "$work/second"
half_port=$port
servers+=("$srv")
if [ -z "$whole_port" ] || [ -z "$half_port" ]; then
  checks=$((checks + 1))
  failures=$((failures + 1))
  echo "FAIL xapian-tcpsrv did not start: $(cat "$tcpsrv_log")"
  finish
  exit 1
fi
echo "remote 127.0.0.1:$whole_port" >"$work/whole.stub"
echo "remote 127.0.0.1:$half_port" >"$work/half.stub"

json() { # json INDEX ARGS... — the JSON answer without the time it took
  local index=$1
  shift
  "$POSHUK_QUERY_BIN" -d "$index" --json "$@" | jq -S 'del(.took_ms)'
}

# The same index, local and remote: the same answers, byte for byte but the time.
same() { # same WHAT ARGS...
  local what=$1
  shift
  local here there
  here=$(json "$work/index" "$@")
  there=$(json "$work/whole.stub" "$@")
  expect_eq "remote as local: $what" "$here" "$there"
  # A comparison of two empty answers would prove nothing.
  expect_eq "$what finds articles" "yes" "$(jq -r 'if .total > 0 and (.facets | length) > 0 then "yes" else "no" end' <<<"$here")"
}
same "words" громада
same "English words" school repair
same "a phrase and an operator" '"міська громада" OR school'
same "every facet, every value" --facet-limit 0 бюджет
same "a blank query with a filter" --oblast "Полтавська область"
same "a blank query, every article" --facet-limit 0 --limit 60
same "newest first" --sort newest громада
same "multi-select with an oblast" --multi-select --oblast "Київська область" громада
same "multi-select with an oblast and dates" --multi-select --oblast "Харківська область" --from 2024 --to 2025-06 --facet-limit 0
same "a tag filter" --tag бюджет --facet-limit 0
same "the second page" --offset 10 --limit 5 громада
same "partial words" --partial грома

# The facets counted remotely, item by item, against the JSONL: tags of a blank query over every article.
expect_eq "tag counts over the remote shard are the articles'" \
  "$(jq -r '.tags[]' "$samples" | sort | uniq -c | awk '{c=$1; $1=""; print c " " substr($0, 2)}' | sort)" \
  "$(json "$work/whole.stub" --facet-limit 0 --limit 1 | jq -r '.facets.tags[] | "\(.count) \(.value)"' | sort)"

# A local and a remote shard together, against the index of all the articles: the same totals, hits
# (in order) and facet counts. Scores are left out: the ranking statistics are the shards' together,
# but the last digits of a sum may fall otherwise.
mixed() { # mixed WHAT ARGS...
  local what=$1
  shift
  local view='{total, ids: [.hits[].id], facets}'
  expect_eq "a local and a remote shard as one index: $what" \
    "$(json "$work/index" --limit 100 "$@" | jq -c "$view")" \
    "$("$POSHUK_QUERY_BIN" -d "$work/first" -d "$work/half.stub" --json --limit 100 "$@" | jq -S "del(.took_ms)" | jq -c "$view")"
}
mixed "words" громада
mixed "English words" school
mixed "a blank query, every facet value" --facet-limit 0
mixed "a filter" --oblast "Полтавська область" --facet-limit 0
mixed "multi-select" --multi-select --oblast "Київська область" --facet-limit 0 громада
mixed "newest first" --sort newest бюджет
expect_eq "the mixed answer is not empty" "51" \
  "$("$POSHUK_QUERY_BIN" -d "$work/first" -d "$work/half.stub" --json | jq .total)"

# The recent sort cannot run remotely: a clear error, in text and in JSON, for the mix too.
message="the recent sort cannot be searched on a remote shard: its recency boost is poshuk's own code, which xapian-tcpsrv cannot run; sort by relevance or newest, or open the shards directly"
set +e
err=$("$POSHUK_QUERY_BIN" -d "$work/whole.stub" --sort recent громада 2>&1 >/dev/null)
rc=$?
set -e
expect_eq "--sort recent on a remote shard" "2: poshuk-query: $message" "$rc: $err"
expect_eq "the same in JSON" \
  "$(jq -c -n --arg m "$message" '{error: {status: "invalid", message: $m}}')" \
  "$("$POSHUK_QUERY_BIN" -d "$work/first" -d "$work/half.stub" --json --sort recent громада 2>/dev/null | jq -c . || true)"
# Without words there is nothing to boost: the recent sort is the blank query's order, remote or not.
expect_eq "--sort recent without words on a remote shard" \
  "$(json "$work/index" --sort recent --oblast "Одеська область")" \
  "$(json "$work/whole.stub" --sort recent --oblast "Одеська область")"
# Locally the same search still works.
expect_eq "--sort recent on the local index" "34" "$(json "$work/index" --sort recent громада | jq .total)"

finish
