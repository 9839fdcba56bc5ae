#!/usr/bin/env bash
# A disk that fills up during a job, at many points of its commit. Each job runs with the library of
# tests/fault/disk_full.c preloaded, which lets the index's files grow by a chosen number of bytes and
# then fails every write that would grow them further with ENOSPC (what a full disk does; rewriting
# blocks a file already has still works). For each point: the job fails with status 5 and a message,
# never an abort; the index holds exactly its last whole commit; and once there is room again the
# same job succeeds (repairing the index first if the failed commit marked it) and the index holds
# exactly the articles it should, with xapian-check finding nothing wrong.
#
# The points: the job is run once with room to spare to learn how many bytes it writes (G), then with
# the room set to every G/POINTS, and to every 8 KiB (a block) over the last 64 KiB of it, where
# Xapian writes the tables' last blocks and the version file.
source "$(dirname "$0")/lib.bash"
set -eu

points=${POSHUK_DISK_FULL_POINTS:-16}
# The library is loaded before the sanitizers' runtime in their build; they need telling it is fine.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

ids() { # ids INDEX — every article's id, sorted, on one line
  "$POSHUK_QUERY_BIN" -d "$1" --json --limit 100 --offset "${2:-0}" --no-facets | jq -r '.hits[].id'
}
all_ids() { # all_ids INDEX — every id, sorted, one line (in pages of 100)
  local offset=0 page out=""
  while page=$(ids "$1" "$offset") && [ -n "$page" ]; do
    out+="$page"$'\n'
    offset=$((offset + 100))
  done
  printf '%s' "$out" | sort | tr '\n' ' ' | sed 's/ $//'
}

# 300 articles of 80 words drawn from 2,000, then an update of 60 (20 new, 40 replaced), then the
# job the disk fills during: a delete of 80 (the case that left indexes unwritable) or an upsert.
gen() { # gen FIRST LAST SEED — JSONL articles FIRST..LAST
  awk -v first="$1" -v last="$2" -v seed="$3" 'BEGIN {
    srand(seed)
    for (i = first; i <= last; i++) {
      b = ""
      for (k = 0; k < 80; k++) b = b " слово" int(rand() * 2000)
      printf "{\"id\":\"a%04d\",\"title\":\"новина %d\",\"body\":\"%s\",\"tags\":[\"тег%d\"]}\n", i, i, b, i % 7
    } }'
}
gen 1 300 1 >"$work/base.jsonl"
gen 261 320 2 >"$work/update.jsonl"
gen 321 400 3 >"$work/upsert.jsonl"
seq -f 'a%04.0f' 101 180 >"$work/delete.ids"

"$POSHUK_INDEX_BIN" -q -j 1 -d "$work/base" "$work/base.jsonl"
"$POSHUK_INDEX_BIN" -q -d "$work/base" "$work/update.jsonl"
base_ids=$(all_ids "$work/base")
expect_eq "the starting index holds 320 articles" 320 "$(wc -w <<<"$base_ids")"

job() { # job KIND INDEX — the job the disk fills during
  case "$1" in
  delete) "$POSHUK_INDEX_BIN" delete -q -d "$2" --ids "$work/delete.ids" ;;
  upsert) "$POSHUK_INDEX_BIN" -q -d "$2" "$work/upsert.jsonl" ;;
  esac
}

for kind in delete upsert; do
  case $kind in
  delete) want=$(comm -23 <(tr ' ' '\n' <<<"$base_ids") "$work/delete.ids" | tr '\n' ' ' | sed 's/ $//') ;;
  upsert) want=$( (tr ' ' '\n' <<<"$base_ids"; seq -f 'a%04.0f' 321 400) | sort | tr '\n' ' ' | sed 's/ $//') ;;
  esac
  # How many bytes the job makes the files grow by, with room to spare.
  rm -rf "$work/trial"
  cp -a "$work/base" "$work/trial"
  LD_PRELOAD="$POSHUK_DISK_FULL_LIB" POSHUK_DISK_ROOM_REPORT="$work/grown" job $kind "$work/trial"
  grown=$(cat "$work/grown")
  expect_eq "$kind: the job alone does what it should" "$want" "$(all_ids "$work/trial")"

  rooms=()
  for i in $(seq 0 $((points - 1))); do rooms+=($((grown * i / points))); done
  for b in 8 7 6 5 4 3 2 1; do ((grown > b * 8192)) && rooms+=($((grown - b * 8192))); done
  rooms+=($((grown - 100)))
  aborted=0 failed=0 repaired=0
  for room in "${rooms[@]}"; do
    rm -rf "$work/trial" "$work"/trial.*
    cp -a "$work/base" "$work/trial"
    rc=0
    LD_PRELOAD="$POSHUK_DISK_FULL_LIB" POSHUK_DISK_ROOM=$room job $kind "$work/trial" 2>"$work/err" || rc=$?
    err=$(cat "$work/err")
    [ "$rc" = 5 ] && failed=$((failed + 1))
    [ "$rc" -gt 5 ] && aborted=$((aborted + 1))
    expect_eq "$kind, disk full after $room of $grown bytes: status 5 and a message naming the disk" "5 yes" \
      "$rc $(grep -q 'No space left on device\|could not write (most likely the disk is full)' <<<"$err" && echo yes || echo "no: $err")"
    expect_eq "$kind, disk full after $room of $grown bytes: the index holds its last whole commit" \
      "$base_ids" "$(all_ids "$work/trial")"
    # Room again: the same job completes, on a sound index.
    rc=0
    job $kind "$work/trial" 2>"$work/err" || rc=$?
    grep -q 'was repaired first' "$work/err" && repaired=$((repaired + 1))
    expect_eq "$kind, disk full after $room of $grown bytes: with room again the job succeeds" "0" "$rc"
    expect_eq "$kind, disk full after $room of $grown bytes: saying so if it repaired the index first" "" \
      "$(grep -v "^poshuk-index: '$work/trial' was repaired first: a commit of it had failed (it holds its last whole commit)$" "$work/err" || true)"
    expect_eq "$kind, disk full after $room of $grown bytes: then the index holds exactly its articles" \
      "$want" "$(all_ids "$work/trial")"
    expect_eq "$kind, disk full after $room of $grown bytes: xapian-check finds nothing wrong" "No errors found" \
      "$(xapian-check "$(readlink -f "$work/trial")" 2>&1 | tail -1)"
  done
  echo "$kind: ${#rooms[@]} points of $grown bytes: $failed failed with status 5, $aborted aborted, $repaired repaired at the next job"
done

# The room check before a commit: with less free space than the changes may need (8 bytes for each
# byte of text upserted, 256 KiB more), nothing is written, and the index is neither changed nor marked.
need=$(python3 -c '
import json, sys
text = 0
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    text += sum(len(a[k].strip().encode()) for k in ("id", "title", "body")) + sum(len(t.encode()) for t in a["tags"])
need = 8 * text + 256 * 1024
print("%.1f" % (round(need * 10 / 1048576) / 10))' "$work/upsert.jsonl")
rm -rf "$work/trial" "$work"/trial.*
cp -a "$work/base" "$work/trial"
rc=0
LD_PRELOAD="$POSHUK_DISK_FULL_LIB" POSHUK_DISK_FREE=300000 job upsert "$work/trial" 2>"$work/err" || rc=$?
expect_eq "room check: refused before writing" "5 poshuk-index: committing index '$work/trial': not enough free space: 0.3 MiB free, and the changes may need $need MiB (No space left on device); nothing was written, the index holds its last commit" \
  "$rc $(cat "$work/err")"
expect_eq "room check: the index is as it was, and not marked for repair" "$base_ids no" \
  "$(all_ids "$work/trial") $([ -e "$work/trial/poshuk-repair-needed" ] && echo yes || echo no)"
LD_PRELOAD="$POSHUK_DISK_FULL_LIB" POSHUK_DISK_FREE=$((1024 * 1024 * 1024)) job upsert "$work/trial"
expect_eq "room check: with room, the same job goes through" 400 "$(all_ids "$work/trial" | wc -w)"

# A job repairs by itself only a marked index; poshuk-index repair does it on demand, keeping the
# articles and leaving a link to the new generation.
rm -rf "$work/trial" "$work"/trial.*
cp -a "$work/base" "$work/trial"
out=$("$POSHUK_INDEX_BIN" repair -d "$work/trial" 2>&1) || true
expect_eq "repair: what it says" "poshuk-index: repaired '$work/trial': 320 articles, as of its last commit" "$out"
expect_eq "repair: the articles are all there" "$base_ids" "$(all_ids "$work/trial")"
expect_eq "repair: the index is now a generation beside it" "trial.gen-1" "$(readlink "$work/trial")"
expect_eq "repair: without an index named, a usage error" "2" "$("$POSHUK_INDEX_BIN" repair 2>/dev/null; echo $?)"
rc=0
out=$("$POSHUK_INDEX_BIN" repair -d "$work/missing" 2>&1) || rc=$?
expect_eq "repair: a missing index is not created" "5 poshuk-index: no index at '$work/missing' to repair no" \
  "$rc $out $([ -e "$work/missing" ] && echo yes || echo no)"

finish
