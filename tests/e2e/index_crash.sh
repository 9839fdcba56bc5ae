#!/usr/bin/env bash
# The crash test: poshuk-index on a generated corpus, killed with SIGKILL at random moments. After
# every kill the index must open and hold exactly the articles of the commits that completed (by id
# and by content), and running the same job again must complete the work.
#
# Four kinds of round, taken in turn:
#   new      a job into a new index on one writer (a small file): afterwards there is no index, or
#            one that holds the first k*COMMIT articles of the input, each as written;
#   update   the same ids again, with new titles, into the full index: the first k*COMMIT articles
#            have the new title, the rest still the old one;
#   rebuild  --rebuild (every other time with -j 2) from the new titles: the index is exactly the
#            old one, or (the kill came after the switch) exactly the new one;
#   shards   a job into a new index from a pipe (of unknown size: the default is shards, one a CPU):
#            afterwards there is no index, an empty one, or the whole input; never a part.
# Each round then reruns its job to the end and checks the whole index.
#
# POSHUK_CRASH_ROUNDS (default 8) rounds, POSHUK_CRASH_SEED to replay a run (it is printed). The heavy
# run for the record: POSHUK_CRASH_ROUNDS=300 ctest --test-dir build -R e2e_index_crash
source "$(dirname "$0")/lib.bash"
set -eu

rounds=${POSHUK_CRASH_ROUNDS:-8}
seed=${POSHUK_CRASH_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$seed
echo "crash test: $rounds rounds, seed $seed"

N=300     # articles: every one fits in one poshuk-query listing (its window is 1000)
COMMIT=20 # --commit-every

# corpus VERSION — N articles: id c0001.., title "Стаття N vVERSION", a body of 60 words that
# differ from article to article (so that indexing takes a while and kills land mid-job).
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

# listing INDEX — "id title" per article, sorted by id (the whole index in one query)
listing() {
  "$POSHUK_QUERY_BIN" -d "$1" --json --limit "$N" --no-facets | jq -r '.hits[] | "\(.id) \(.title)"' | sort
}

# expected FROM TO VERSION — the lines listing gives for articles FROM..TO with that title version
expected() {
  [ "$1" -le "$2" ] || return 0
  for i in $(seq "$1" "$2"); do printf 'c%04d Стаття %d v%s\n' "$i" "$i" "$3"; done
}

# The first run of each kind, untouched, shows how long a job takes: kills land in [0, 1.2 x that].
millis() { date +%s%3N; }
start=$(millis)
"$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" -d "$work/timing" "$work/v1.jsonl"
job_ms=$(( $(millis) - start ))
expect_eq "an uninterrupted job: every article" "$(expected 1 "$N" 1)" "$(listing "$work/timing")"
echo "crash test: one job takes ${job_ms} ms"

# kill_at MS ARGS... — starts poshuk-index ARGS, kills it with SIGKILL after MS ms (or lets it end)
kill_at() {
  local ms=$1
  shift
  if [ "$1" = "--pipe" ]; then # --pipe FILE ARGS: FILE through a pipe, its size unknown
    local file=$2
    shift 2
    "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" "$@" - < <(cat "$file") >/dev/null 2>&1 &
  else
    "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" "$@" >/dev/null 2>&1 &
  fi
  local pid=$!
  sleep "$(awk -v ms="$ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
  if kill -KILL "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2>/dev/null || true
}

killed=0
index="$work/index"
for round in $(seq 1 "$rounds"); do
  kind=$(( (round - 1) % 4 ))
  ms=$(( RANDOM % (job_ms * 12 / 10 + 1) ))
  case $kind in
  0) # a new index
    rm -rf "$work"/index*
    kill_at "$ms" -d "$index" "$work/v1.jsonl"
    if [ ! -e "$index" ]; then
      got="" # killed before the index was created: nothing was committed, nothing is there
    else
      got=$(listing "$index")
    fi
    count=$(grep -c . <<<"$got" || true)
    expect_eq "round $round (new, kill at $ms ms): whole commits only ($count articles)" 0 $((count % COMMIT))
    expect_eq "round $round (new): the first $count articles, as written" "$(expected 1 "$count" 1)" "$got"
    "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" -d "$index" "$work/v1.jsonl"
    expect_eq "round $round (new): the rerun completes it" "$(expected 1 "$N" 1)" "$(listing "$index")"
    ;;
  1) # new titles for the same ids, into the full index
    kill_at "$ms" -d "$index" "$work/v2.jsonl"
    got=$(listing "$index")
    count=$(grep -c ' v2$' <<<"$got" || true)
    expect_eq "round $round (update, kill at $ms ms): whole commits only ($count updated)" 0 $((count % COMMIT))
    expect_eq "round $round (update): the first $count updated, the rest as before" \
      "$(expected 1 "$count" 2; expected $((count + 1)) "$N" 1)" "$got"
    "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" -d "$index" "$work/v2.jsonl"
    expect_eq "round $round (update): the rerun completes it" "$(expected 1 "$N" 2)" "$(listing "$index")"
    ;;
  2) # a rebuild from the old titles over the index of new ones
    jobs=1
    [ $(( ((round - 1) / 4) % 2 )) -eq 0 ] && jobs=2
    kill_at "$ms" --rebuild -j "$jobs" -d "$index" "$work/v1.jsonl"
    got=$(listing "$index")
    old=$(expected 1 "$N" 2)
    new=$(expected 1 "$N" 1)
    expect_eq "round $round (rebuild -j $jobs, kill at $ms ms): the old index or the new, whole" yes \
      "$([ "$got" = "$old" ] || [ "$got" = "$new" ] && echo yes || echo no)"
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
    kill_at "$ms" --pipe "$work/v1.jsonl" -d "$index"
    got=""
    [ -e "$index" ] && got=$(listing "$index")
    count=$(grep -c . <<<"$got" || true)
    expect_eq "round $round (shards, kill at $ms ms): nothing or everything ($count articles)" yes \
      "$([ "$count" -eq 0 ] || [ "$got" = "$(expected 1 "$N" 1)" ] && echo yes || echo no)"
    cat "$work/v1.jsonl" | "$POSHUK_INDEX_BIN" -q --commit-every "$COMMIT" -d "$index" >/dev/null
    expect_eq "round $round (shards): the rerun completes it" "$(expected 1 "$N" 1)" "$(listing "$index")"
    expect_eq "round $round (shards): a plain directory, nothing left beside it" "index/" \
      "$(cd "$work" && ls -dF index*)"
    ;;
  esac
done
echo "crash test: $killed of $rounds jobs were killed mid-way (the others had ended); all checks held"
finish
