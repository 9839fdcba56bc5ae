#!/usr/bin/env bash
# What poshuk-index reports about a job, told exactly (issue 14): an id's real length however long,
# the commits -v counts (made, not tried); and the shards a killed rebuild left, which the next job
# of any kind removes.
source "$(dirname "$0")/lib.bash"
set -eu

run() { # run ARGS... — poshuk-index; sets rc, out (seconds masked) and err
  rc=0
  "$POSHUK_INDEX_BIN" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
  out=$(sed -E 's/ in [0-9]+\.[0-9]{2} s$/ in S s/' "$work/stdout")
  err=$(cat "$work/stderr")
}

printf 'Текст сторінки про громаду.\nTags:\nбюджет\n' >"$work/page.txt"

# ---------------------------------------------------------------- --pages --id of any length
# The id was cut to a buffer of 304 bytes before its check, which then said 303 for any longer one.
for n in 241 303 304 10000; do
  run --pages --date 2025-07-03 --id "$(head -c "$n" /dev/zero | tr '\0' a)" -d "$work/p" "$work/page.txt"
  expect_eq "--pages --id of $n bytes: exit status" 1 "$rc"
  expect_eq "--pages --id of $n bytes: its real length" \
    "poshuk-index: $work/page.txt: the id is $n bytes long; at most 240 are allowed" "$err"
done
run -q --pages --date 2025-07-03 --id "$(head -c 240 /dev/zero | tr '\0' a)" -d "$work/p" "$work/page.txt"
expect_eq "--pages --id of 240 bytes: indexed" "0:" "$rc:$err"

# ---------------------------------------------------------------- -v counts commits made
# A directory where Xapian writes its new version file (v.tmp) makes every commit of the index fail.
"$POSHUK_INDEX_BIN" -q -d "$work/broken" "$samples"
mkdir -p "$work/broken/v.tmp/in-the-way"
rc=0
printf '{"id":"m1","title":"Нова стаття","lang":"uk"}\n' |
  "$POSHUK_INDEX_BIN" -v -d "$work/broken" - >"$work/stdout" 2>"$work/stderr" || rc=$?
expect_eq "-v, the only commit failed: exit status" 5 "$rc"
expect_eq "-v, the only commit failed: no commit counted" "poshuk-index: 0 commits" "$(tail -n 1 "$work/stderr")"
"$POSHUK_INDEX_BIN" -q -d "$work/fine" "$samples"
printf '{"id":"m1","title":"Нова стаття","lang":"uk"}\n' |
  "$POSHUK_INDEX_BIN" -v -d "$work/fine" - >"$work/stdout" 2>"$work/stderr"
expect_eq "-v, one commit made" "poshuk-index: 1 commit" "$(tail -n 1 "$work/stderr")"

# ---------------------------------------------------------------- a killed rebuild's shards
# A rebuild in shards killed before its merge leaves INDEX.shards-XXXXXX beside the index; the next
# job holding the index's lock, of any kind, knows no build is running and removes it.
for kind in upsert delete; do
  "$POSHUK_INDEX_BIN" -q -d "$work/s-$kind" "$samples"
  mkdir -p "$work/s-$kind.shards-AbC123/1" "$work/s-$kind.shards-XyZ789/2"
  printf 'left over\n' >"$work/s-$kind.shards-AbC123/1/postlist.glass"
  if [ $kind = upsert ]; then
    printf '{"id":"m1","title":"Нова стаття","lang":"uk"}\n' | "$POSHUK_INDEX_BIN" -q -d "$work/s-$kind" -
  else
    "$POSHUK_INDEX_BIN" delete -q -d "$work/s-$kind" ua-0001
  fi
  expect_eq "a killed rebuild's shards: removed by the next $kind" "" \
    "$(cd "$work" && ls -d "s-$kind".shards-* 2>/dev/null || true)"
done

finish
