#!/usr/bin/env bash
# The crash test: poshuk-index on a generated corpus, killed with SIGKILL mid-job. After every kill
# the index must open and hold exactly the articles of the commits that completed (by id and by
# content), and running the same job again must complete the work.
#
# Where a job is killed is drawn from the seed: the job kills itself right after the Kth article its
# writers took ($POSHUK_CRASH_AFTER, indexer/crash.h), so a seed replays a run kill for kill; with one
# writer it also fixes what was committed (the first K - K % COMMIT articles), which is checked exactly.
# Two rounds in three draw K mid-job (from 2 x COMMIT to N - 1: something committed, not everything);
# the third anywhere from 1 to N + N/10 (before the first commit, after the last, or no kill at all).
#
# Four kinds of round, taken in turn:
#   new      a job into a new index on one writer (a small file): the index holds exactly the first
#            K - K % COMMIT articles of the input, each as written;
#   update   the same ids again, with new titles, into the full index: exactly the first K - K % COMMIT
#            articles have the new title, the rest still the old one;
#   rebuild  --rebuild (every other time with -j 2) from the new titles: the index is exactly the old
#            one while the new generation (-j 1: exactly the first K - K % COMMIT articles) or its shards
#            (-j 2: whole commits of each shard) hold what was committed;
#   shards   a job into a new index from a pipe (its size unknown: shards, one a CPU; 2 CPUs stated):
#            INDEX holds no article, each shard the first of the articles sent to it, whole commits.
# Each round then reruns its job to the end and checks the whole index. Kills are counted by phase
# (what had been committed when it came), and at least half must have landed mid-job.
#
# POSHUK_CRASH_ROUNDS (default 8) rounds, POSHUK_CRASH_SEED to replay a run (it is printed). The heavy
# run for the record: POSHUK_CRASH_ROUNDS=300 ctest --test-dir build -R e2e_index_crash
source "$(dirname "$0")/lib.bash"
set -eu

rounds=${POSHUK_CRASH_ROUNDS:-8}
seed=${POSHUK_CRASH_SEED:-$(($(date +%s) % 32768))}
RANDOM=$seed
echo "crash test: $rounds rounds, seed $seed"

N=300     # articles: every one fits in one poshuk-query listing (its window is 1000)
COMMIT=20 # --commit-every
export POSHUK_CPUS=2

# corpus VERSION — N articles: id c0001.., title "Стаття N vVERSION", a body of 60 words that
# differ from article to article.
corpus() {
  awk -v n="$N" -v version="$1" 'BEGIN {
    split("громада бюджет школа дорога вода лікарня депутат рада село місто проєкт ремонт освіта " \
          "центр послуги житло транспорт енергія кошти рішення", w, " ")
    for (i = 1; i <= n; i++) {
      body = ""
      x = i * 7919
      for (k = 0; k < 60; k++) { x = (x * 1103515245 + 12345) % 2147483648; body = body " " w[1 + x % 21] (x % 97) }
      printf "{\"id\":\"c%04d\",\"lang\":\"uk\",\"title\":\"Стаття %d v%s\",\"body\":\"%s\"}\n", i, i, version, body
    }
  }'
}
corpus 1 >"$work/v1.jsonl"
corpus 2 >"$work/v2.jsonl"

# listing INDEX... — "id title" per article, sorted by id (the whole index, or shards, in one query)
listing() {
  local args=()
  for d in "$@"; do args+=(-d "$d"); done
  "$POSHUK_QUERY_BIN" "${args[@]}" --json --limit "$N" --no-facets | jq -r '.hits[] | "\(.id) \(.title)"' | sort
}
lines() { grep -c . <<<"$1" || true; }

# expected FROM TO VERSION — the lines listing gives for articles FROM..TO with that title version
expected() {
  [ "$1" -le "$2" ] || return 0
  for i in $(seq "$1" "$2"); do printf 'c%04d Стаття %d v%s\n' "$i" "$i" "$3"; done
}
committed_after() { # committed_after K — what one writer has committed when killed after its Kth article
  local k=$(($1 > N ? N : $1))
  echo $((k - k % COMMIT))
}

# run_until K ARGS... — poshuk-index ARGS (--pipe FILE: FILE through a pipe), killed after its Kth
# article; sets killed (1 if SIGKILL ended it, 0 if it ended by itself)
run_until() {
  local k=$1 rc=0
  shift
  if [ "$1" = "--pipe" ]; then
    local file=$2
    shift 2
    cat "$file" | POSHUK_CRASH_AFTER=$k "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" "$@" - >/dev/null 2>&1 || rc=$?
  else
    POSHUK_CRASH_AFTER=$k "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" "$@" >/dev/null 2>&1 || rc=$?
  fi
  killed=0
  [ "$rc" -eq 137 ] && killed=1
  expect_eq "the job of round $round ended or was killed (exit status $rc)" yes \
    "$([ "$rc" -eq 0 ] || [ "$rc" -eq 137 ] && echo yes || echo no)"
}

# Phases: what had been committed when the kill came.
before=0 mid=0 after=0 ended=0
phase() { # phase COMMITTED — counts the round's kill, and says what it was
  local what
  if [ "$killed" -eq 0 ]; then
    ended=$((ended + 1)) what="not killed, ended by itself"
  elif [ "$1" -eq 0 ]; then
    before=$((before + 1)) what="killed before the first commit"
  elif [ "$1" -lt "$N" ]; then
    mid=$((mid + 1)) what="killed mid-job"
  else
    after=$((after + 1)) what="killed after the last commit"
  fi
  echo "round $round: ${kinds[$kind]}, POSHUK_CRASH_AFTER=$k: $what ($1 of $N articles committed)"
}
kinds=(new update rebuild shards)

# share SHARD — the lines listing gives for the articles of v1 that go to shard SHARD (1, 2) of two,
# in input order: an id goes to the shard its FNV-1a hash names (indexer/pool.c), written again here.
share() {
  python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    h = 14695981039346656037
    for b in a["id"].encode():
        h = ((h ^ b) * 1099511628211) % 2**64
    if h % 2 == int(sys.argv[2]) - 1:
        print(a["id"], a["title"])' "$work/v1.jsonl" "$1"
}
share 1 >"$work/share1"
share 2 >"$work/share2"
expect_eq "the two shards' shares make the corpus" "$(expected 1 "$N" 1)" "$(sort "$work/share1" "$work/share2")"

# shard_check WHAT DIR — each shard of a killed job holds whole commits of the articles sent to it: the
# first n of its share in input order, n a multiple of COMMIT, or all of them (its last commit, at the
# end of the input, was done); sets committed
shard_check() {
  local s got n=0 all
  committed=0
  for s in 1 2; do
    got=$(listing "$2/$s")
    n=$(lines "$got")
    all=$(lines "$(cat "$work/share$s")")
    committed=$((committed + n))
    expect_eq "$1: shard $s holds whole commits ($n of its $all articles)" yes \
      "$([ $((n % COMMIT)) -eq 0 ] || [ "$n" -eq "$all" ] && echo yes || echo no)"
    expect_eq "$1: shard $s holds the first $n of its articles, as written" \
      "$(head -n "$n" "$work/share$s" | sort)" "$got"
  done
}

index="$work/index"
for round in $(seq 1 "$rounds"); do
  kind=$(((round - 1) % 4))
  if [ $((round % 3)) -eq 0 ]; then
    k=$((1 + RANDOM % (N + N / 10)))
  else
    k=$((2 * COMMIT + RANDOM % (N - 2 * COMMIT)))
  fi
  case $kind in
  0) # a new index
    rm -rf "$work"/index*
    run_until "$k" -d "$index" "$work/v1.jsonl"
    got=""
    [ ! -e "$index" ] || got=$(listing "$index")
    count=$(committed_after "$k")
    expect_eq "round $round (new, killed after $k): the first $count articles, as written" \
      "$(expected 1 "$count" 1)" "$got"
    phase "$(lines "$got")"
    "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" -d "$index" "$work/v1.jsonl"
    expect_eq "round $round (new): the rerun completes it" "$(expected 1 "$N" 1)" "$(listing "$index")"
    ;;
  1) # new titles for the same ids, into the full index
    run_until "$k" -d "$index" "$work/v2.jsonl"
    got=$(listing "$index")
    count=$(committed_after "$k")
    expect_eq "round $round (update, killed after $k): the first $count updated, the rest as before" \
      "$(expected 1 "$count" 2; expected $((count + 1)) "$N" 1)" "$got"
    phase "$(grep -c ' v2$' <<<"$got" || true)"
    "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" -d "$index" "$work/v2.jsonl"
    expect_eq "round $round (update): the rerun completes it" "$(expected 1 "$N" 2)" "$(listing "$index")"
    ;;
  2) # a rebuild from the old titles over the index of new ones
    jobs=1
    [ $((((round - 1) / 4) % 2)) -eq 0 ] && jobs=2
    live=$(readlink "$index" || true)
    run_until "$k" --rebuild -j "$jobs" -d "$index" "$work/v1.jsonl"
    got=$(listing "$index")
    old=$(expected 1 "$N" 2)
    new=$(expected 1 "$N" 1)
    if [ "$killed" -eq 0 ]; then
      expect_eq "round $round (rebuild -j $jobs, not killed: $k > $N): the new index" "$new" "$got"
      phase "$N"
    else
      expect_eq "round $round (rebuild -j $jobs, killed after $k): the old index, untouched" "$old" "$got"
      if [ "$jobs" -eq 1 ]; then
        # The unfinished generation: the newest INDEX.gen-N that is not the live one.
        unfinished=$(cd "$work" && ls -d index.gen-* | grep -vx "${live:-none}" | sort -t- -k2 -n | tail -1)
        partial=$(listing "$work/$unfinished")
        count=$(committed_after "$k")
        expect_eq "round $round (rebuild -j 1, killed after $k): $unfinished holds the first $count articles" \
          "$(expected 1 "$count" 1)" "$partial"
        phase "$(lines "$partial")"
      else
        shard_check "round $round (rebuild -j 2, killed after $k)" "$(ls -d "$work"/index.shards-* | tail -1)"
        phase "$committed"
      fi
    fi
    "$POSHUK_INDEX_BIN" -q --rebuild -j "$jobs" -d "$index" "$work/v1.jsonl"
    expect_eq "round $round (rebuild): the rerun completes it" "$new" "$(listing "$index")"
    # What killed rebuilds left (unfinished generations, shards) is gone after a switch: the live
    # generation, the one before it, and at most the first plain directory remain.
    leftovers=$(cd "$work" && { ls -d index.gen-* index.shards-* 2>/dev/null || true; } | wc -l)
    expect_eq "round $round (rebuild): at most two generations remain" yes \
      "$([ "$leftovers" -le 2 ] && echo yes || echo "no: $(cd "$work" && ls -d index.*)")"
    ;;
  3) # a new index in shards
    rm -rf "$work"/index*
    run_until "$k" --pipe "$work/v1.jsonl" -d "$index"
    got=""
    [ ! -e "$index" ] || got=$(listing "$index")
    if [ "$killed" -eq 0 ]; then
      expect_eq "round $round (shards, not killed: $k > $N): everything" "$(expected 1 "$N" 1)" "$got"
      phase "$N"
    else
      expect_eq "round $round (shards, killed after $k): INDEX holds no article" "" "$got"
      shard_check "round $round (shards, killed after $k)" "$(ls -d "$work"/index.shards-* | tail -1)"
      phase "$committed"
    fi
    cat "$work/v1.jsonl" | "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" -d "$index" >/dev/null
    expect_eq "round $round (shards): the rerun completes it" "$(expected 1 "$N" 1)" "$(listing "$index")"
    expect_eq "round $round (shards): a plain directory, nothing left beside it" "index/" \
      "$(cd "$work" && ls -dF index*)"
    ;;
  esac
done
kills=$((before + mid + after))
echo "crash test: $kills of $rounds jobs killed: $before before the first commit, $mid mid-job, $after after the last commit; $ended ended by themselves"
expect_eq "at least half of the kills landed mid-job ($mid of $kills)" yes \
  "$([ "$kills" -gt 0 ] && [ $((2 * mid)) -ge "$kills" ] && echo yes || echo no)"
[ "$failures" -ne 0 ] || echo "crash test: all checks held (seed $seed)"
finish
