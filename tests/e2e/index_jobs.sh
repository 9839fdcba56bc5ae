#!/usr/bin/env bash
# poshuk-index's jobs: --wait, delete, --rebuild and its atomic switch, -j N giving the same ranking
# and facets as one thread, --pages, the progress line, and the usage errors of the new options.
source "$(dirname "$0")/lib.bash"
set -eu

run() { # run ARGS... — poshuk-index; sets rc, out (seconds masked) and err
  rc=0
  "$POSHUK_INDEX_BIN" "$@" >"$work/stdout" 2>"$work/stderr" 3>&- || rc=$?
  out=$(sed -E 's/ in [0-9]+\.[0-9]{2} s$/ in S s/' "$work/stdout")
  err=$(cat "$work/stderr")
}

ids() { # ids INDEX — the ids of every article, sorted, on one line
  "$POSHUK_QUERY_BIN" -d "$1" --json --limit 1000 --no-facets | jq -r '[.hits[].id] | sort | join(" ")'
}

titles() { # titles INDEX — "id=title" of every article, sorted by id
  "$POSHUK_QUERY_BIN" -d "$1" --json --limit 1000 --no-facets | jq -r '[.hits[] | "\(.id)=\(.title)"] | sort | join(" ")'
}

total() { # total INDEX ARGS... — how many articles a query finds
  local index=$1
  shift
  "$POSHUK_QUERY_BIN" -d "$index" --json --limit 0 "$@" | jq -r .total
}

try_help='Try '"'"'poshuk-index --help'"'"' for more information.'
usage() { printf '%s\n%s' "poshuk-index: $1" "$try_help"; }

jsonl() { # jsonl ID TITLE... — one JSONL line per id=title pair
  for pair in "$@"; do
    printf '{"id":"%s","title":"%s","lang":"uk","date":"2025-07-03"}\n' "${pair%%=*}" "${pair#*=}"
  done
}

jsonl a1=Перша a2=Друга a3=Третя >"$work/a.jsonl"
jsonl b1=Нова b2=Інша >"$work/b.jsonl"

# A writer that holds INDEX while it waits for input on a FIFO (fd 3 is our end): hold INDEX, release.
mkfifo "$work/fifo"
hold() {
  exec 3<>"$work/fifo"
  "$POSHUK_INDEX_BIN" -q "$@" - <"$work/fifo" >"$work/holder.out" 2>&1 3<&- &
  holder=$!
  for _ in $(seq 100); do # until it has the index open
    ls -l "/proc/$holder/fd" 2>/dev/null | grep -q flintlock && break
    sleep 0.1
  done
}
release() { # release [LINES...] — feed the holder these lines, let it finish; sets holder_rc
  [ $# -gt 0 ] && printf '%s\n' "$@" >&3
  exec 3>&-
  holder_rc=0
  wait "$holder" || holder_rc=$?
}

# ---------------------------------------------------------------- one writer, --wait
run -q -d "$work/w" "$work/a.jsonl"
hold -d "$work/w"
run -q -d "$work/w" "$work/b.jsonl"
expect_eq "locked: exit status" 5 "$rc"
expect_eq "locked: the message says how to wait" \
  "poshuk-index: index '$work/w' is being written by another process (--wait waits for it)" "$err"
run -q --wait=0.3 -d "$work/w" "$work/b.jsonl"
expect_eq "--wait=0.3: exit status" 5 "$rc"
expect_eq "--wait=0.3: gives up" \
  "poshuk-index: index '$work/w' is being written by another process (waited 0.3 s)" "$err"
# 3>&-: the waiter must not keep the FIFO open, or the holder would never see its input end.
"$POSHUK_INDEX_BIN" -q --wait -d "$work/w" "$work/b.jsonl" >"$work/waiter.out" 2>&1 3>&- &
waiter=$!
sleep 0.3
expect_eq "--wait: still waiting while the other writer runs" yes "$(kill -0 "$waiter" 2>/dev/null && echo yes)"
release '{"id":"h1","title":"Від першого"}'
waiter_rc=0
wait "$waiter" || waiter_rc=$?
expect_eq "--wait: the first writer finished" 0 "$holder_rc"
expect_eq "--wait: then the waiting one ran" 0 "$waiter_rc"
expect_eq "--wait: both jobs' articles are in" "a1 a2 a3 b1 b2 h1" "$(ids "$work/w")"

# ---------------------------------------------------------------- delete
run -q -d "$work/d" "$work/a.jsonl" "$work/b.jsonl"
run delete "$work/d" a1 nope
expect_eq "delete INDEX ID...: exit status" 0 "$rc"
expect_eq "delete INDEX ID...: summary" "poshuk-index: deleted 1, not in the index 1, rejected 0 in S s" "$out"
expect_eq "delete INDEX ID...: a1 is gone" "a2 a3 b1 b2" "$(ids "$work/d")"
run delete -d "$work/d" a1 nope
expect_eq "delete again: nothing to do, no error" 0 "$rc"
expect_eq "delete again: summary" "poshuk-index: deleted 0, not in the index 2, rejected 0 in S s" "$out"
expect_eq "delete again: the same index" "a2 a3 b1 b2" "$(ids "$work/d")"
printf 'a2\n\n  b1  \r\n' >"$work/ids.txt"
run delete -d "$work/d" --ids "$work/ids.txt"
expect_eq "delete --ids FILE: summary (blank lines skipped, spaces trimmed)" \
  "poshuk-index: deleted 2, not in the index 0, rejected 0 in S s" "$out"
expect_eq "delete --ids FILE: what is left" "a3 b2" "$(ids "$work/d")"
rc=0
printf 'b2\n' | "$POSHUK_INDEX_BIN" delete -q -d "$work/d" --ids - >"$work/stdout" 2>&1 || rc=$?
expect_eq "delete --ids -: exit status" 0 "$rc"
expect_eq "delete --ids -: quiet" "" "$(cat "$work/stdout")"
expect_eq "delete --ids -: b2 is gone" "a3" "$(ids "$work/d")"
long=$(printf 'x%.0s' $(seq 241))
run delete -d "$work/d" a3 "$long"
expect_eq "delete, a bad id: exit status" 1 "$rc"
expect_eq "delete, a bad id: the message" \
  "poshuk-index: argument:2: article id is 241 bytes long; at most 240 are allowed" "$err"
expect_eq "delete, a bad id: the good one went" "" "$(ids "$work/d")"
run -q -d "$work/d" "$work/a.jsonl"
run delete --strict -d "$work/d" a1 "$long" a2
expect_eq "delete --strict, a bad id: exit status" 3 "$rc"
expect_eq "delete --strict, a bad id: nothing committed" "a1 a2 a3" "$(ids "$work/d")"
run delete -d "$work/d"
expect_eq "delete without ids" "$(usage "delete: no ids given (ID ... or --ids FILE)")" "$err"
run delete --rebuild -d "$work/d" a1
expect_eq "delete --rebuild" "$(usage "delete takes no --rebuild, --pages or --jobs")" "$err"
run --ids "$work/ids.txt" -d "$work/d"
expect_eq "--ids without delete" "$(usage "--ids is for delete")" "$err"

# ---------------------------------------------------------------- --rebuild
run -q -d "$work/r" "$work/a.jsonl"
hold --rebuild -d "$work/r"
printf '%s\n' '{"id":"n1","title":"Нова перша"}' >&3
sleep 0.2
expect_eq "rebuild running: readers see the old index" "a1 a2 a3" "$(ids "$work/r")"
run -q -d "$work/r" "$work/b.jsonl"
expect_eq "rebuild running: another writer is locked out" 5 "$rc"
release '{"id":"n2","title":"Нова друга"}'
expect_eq "rebuild: exit status" 0 "$holder_rc"
expect_eq "rebuild: the new index is live" "n1 n2" "$(ids "$work/r")"
expect_eq "rebuild: INDEX is a link to the new generation" "r.gen-1" "$(readlink "$work/r")"
expect_eq "rebuild: the old directory is kept as generation 0" "r r.gen-0 r.gen-1" \
  "$(cd "$work" && ls -d r r.gen-* | tr '\n' ' ' | sed 's/ $//')"
run --rebuild -d "$work/r" "$work/a.jsonl"
expect_eq "rebuild again: summary" "poshuk-index: read 3, indexed 3 (rebuilt), rejected 0 in S s" "$out"
expect_eq "rebuild again: two generations kept" "r r.gen-1 r.gen-2" \
  "$(cd "$work" && ls -d r r.gen-* | tr '\n' ' ' | sed 's/ $//')"
expect_eq "rebuild again: content" "a1 a2 a3" "$(ids "$work/r")"
run --rebuild -d "$work/r" /dev/null
expect_eq "rebuild of nothing: exit status" 4 "$rc"
expect_eq "rebuild of nothing: not used" "poshuk-index: the rebuild indexed no articles: '$work/r' is left as it was" "$err"
expect_eq "rebuild of nothing: summary" "poshuk-index: read 0, indexed 0 (rebuild not used), rejected 0 in S s" "$out"
expect_eq "rebuild of nothing: the index is as it was" "a1 a2 a3" "$(ids "$work/r")"
run --rebuild -d "$work/r" "$work/b.jsonl" "$work/missing.jsonl"
expect_eq "rebuild, an input missing: exit status" 4 "$rc"
expect_eq "rebuild, an input missing: not used" "poshuk-index: $work/missing.jsonl: cannot open: No such file or directory
poshuk-index: not all input could be read: the rebuilt index is not used; '$work/r' is left as it was" "$err"
expect_eq "rebuild, an input missing: the index is as it was" "a1 a2 a3" "$(ids "$work/r")"
printf '%s\n' '{"id":"x1","title":"ok"}' '{"id":"x2"' >"$work/bad.jsonl"
run --rebuild --strict -d "$work/r" "$work/bad.jsonl"
expect_eq "rebuild --strict, a bad record: exit status" 3 "$rc"
expect_eq "rebuild --strict: the index is as it was" "a1 a2 a3" "$(ids "$work/r")"
run --rebuild --strict --commit-every 1 -d "$work/r" "$work/bad.jsonl"
expect_eq "rebuild --strict, commits on the way, a bad record: exit status" 3 "$rc"
expect_eq "rebuild --strict, commits on the way: the index is as it was" "a1 a2 a3" "$(ids "$work/r")"
run -q --rebuild -d "$work/r" "$work/bad.jsonl"
expect_eq "rebuild, a bad record: exit status" 1 "$rc"
expect_eq "rebuild, a bad record: the rest is used" "x1" "$(ids "$work/r")"
# The rebuilds not used removed their generation at once, so each took the number 3 again; the last
# one is live, gen-2 (live before it) is kept for readers still busy with it.
expect_eq "rebuild: no unfinished generation is left behind" "r r.gen-2 r.gen-3" \
  "$(cd "$work" && ls -d r r.gen-* | tr '\n' ' ' | sed 's/ $//')"

# ---------------------------------------------------------------- -j N ranks and counts as one thread
run -q --rebuild -j 1 -d "$work/one" "$samples"
expect_eq "-j 1: exit status" 0 "$rc"
run --rebuild -j 3 -d "$work/three" "$samples"
expect_eq "-j 3: exit status" 0 "$rc"
expect_eq "-j 3: summary" "poshuk-index: read 51, indexed 51 (rebuilt), rejected 0 in S s" "$out"
expect_eq "-j 3: no shards left behind" "" "$(cd "$work" && ls -d three.shards-* 2>/dev/null || true)"
same_index() { # same_index WHAT INDEX ARGS... — poshuk-query ARGS on $work/one and INDEX, as JSON
  local a b
  a=$("$POSHUK_QUERY_BIN" -d "$work/one" --json --limit 100 --facet-limit 0 "${@:3}" | jq -S 'del(.took_ms)')
  b=$("$POSHUK_QUERY_BIN" -d "$2" --json --limit 100 --facet-limit 0 "${@:3}" | jq -S 'del(.took_ms)')
  expect_eq "$1 (hits, ranks, scores, facets)" "$a" "$b"
}
same_as_one_thread() { # same_as_one_thread WHAT INDEX — the queries below on $work/one and INDEX
  for q in "" громада "бюджет OR школа" "tag:цнап" Albuquerque "title:водогін OR tag:вода"; do
    # shellcheck disable=SC2086 # the query's words are separate arguments
    same_index "$1 = -j 1: '$q'" "$2" $q
    # shellcheck disable=SC2086
    same_index "$1 = -j 1: '$q' in an oblast" "$2" --oblast "Харківська область" $q
    # shellcheck disable=SC2086
    same_index "$1 = -j 1: '$q' from 2025" "$2" --from 2025 $q
  done
  expect_eq "$1: the comparison saw articles" 51 "$(total "$2")"
}
same_as_one_thread "-j 3" "$work/three"
run --rebuild -j 0 -d "$work/one" "$samples"
expect_eq "-j 0" "$(usage "--jobs: expected a whole number from 1 to 256, got '0'")" "$err"

# ---------------------------------------------------------------- writers by default, and commits
# A new index, or a rebuild, of an input of unknown size (a pipe) or of 4 MiB and more: one shard a
# CPU online, at most 4; a smaller file: one writer. -v says which, and when the writers commit. The
# CPUs are stated ($POSHUK_CPUS), not the host's, so that every count is tested on every machine.
share() { # share N — the MiB of text each of N writers takes between commits under --memory 1024
  case $1 in 1) echo 53 ;; 2) echo 25 ;; 3) echo 16 ;; *) echo 12 ;; esac
}
verbose_err() { sed -E 's/merged in [0-9]+\.[0-9]{2} s$/merged in S s/' "$work/stderr"; }
rc=0
"$POSHUK_INDEX_BIN" -v -d "$work/new" - <"$samples" >"$work/stdout" 2>"$work/stderr" || rc=$?
expect_eq "a new index from a file: exit status" 0 "$rc"
expect_eq "a new index from a small file: one writer" "poshuk-index: one writer (a small input)
poshuk-index: a commit when a writer has taken 53 MiB of text (--memory 1024: 1 writer)
poshuk-index: 1 commit" "$(verbose_err)"
for stated in 2 3 4 5 8; do
  n=$((stated > 4 ? 4 : stated))
  rc=0
  cat "$samples" | POSHUK_CPUS=$stated "$POSHUK_INDEX_BIN" -v -d "$work/piped$stated" >"$work/stdout" 2>"$work/stderr" || rc=$?
  expect_eq "a new index from a pipe, $stated CPUs: exit status" 0 "$rc"
  expect_eq "a new index from a pipe, $stated CPUs: $n shards" "poshuk-index: $n shards on $n threads, merged at the end ($stated CPUs)
poshuk-index: a commit when a writer has taken $(share "$n") MiB of text (--memory 1024: $n writers)
poshuk-index: $n shards merged in S s
poshuk-index: $n commits" "$(verbose_err)"
  expect_eq "a new index from a pipe, $stated CPUs: summary" "poshuk-index: read 51, indexed 51 (0 replaced), rejected 0" \
    "$(sed -E 's/ in [0-9]+\.[0-9]{2} s$//' "$work/stdout")"
done
rc=0
cat "$samples" | POSHUK_CPUS=1 "$POSHUK_INDEX_BIN" -v -d "$work/piped1" >"$work/stdout" 2>"$work/stderr" || rc=$?
expect_eq "a new index from a pipe, one CPU: one writer" "0 poshuk-index: one writer (1 CPU)
poshuk-index: a commit when a writer has taken 53 MiB of text (--memory 1024: 1 writer)
poshuk-index: 1 commit" "$rc $(verbose_err)"
mv "$work/piped8" "$work/piped"
same_as_one_thread "a new index in shards" "$work/piped"
run -v -j 2 -d "$work/new2" "$samples"
expect_eq "a new index, -j 2: shards" "poshuk-index: 2 shards on 2 threads, merged at the end (-j 2)
poshuk-index: a commit when a writer has taken 25 MiB of text (--memory 1024: 2 writers)
poshuk-index: 2 shards merged in S s
poshuk-index: 2 commits" "$(verbose_err)"
same_as_one_thread "a new index, -j 2" "$work/new2"
expect_eq "a new index in shards is a plain directory, nothing left beside it" "new2/" \
  "$(cd "$work" && ls -dF new2*)"
run -v -j 2 -d "$work/new2" "$work/a.jsonl"
expect_eq "-j 2 on an index that holds articles: one writer" \
  "poshuk-index: one writer (an update of an index that holds articles)
poshuk-index: a commit when a writer has taken 53 MiB of text (--memory 1024: 1 writer)
poshuk-index: 1 commit" "$(verbose_err)"
expect_eq "-j 2 on an index that holds articles: an update" "54" "$(total "$work/new2")"
# --commit-every N: a commit at the Nth change since the last one, and one at the end. Each commit
# that changed something is one revision of the index (xapian-delve counts them): 51 articles, every
# 10 — five commits of 10 and one of the last article; every 17 — three of 17, and the one at the
# end has nothing left to write.
revision() { xapian-delve "$1" | sed -n 's/^revision = //p'; }
run -v -j 1 --commit-every 10 -d "$work/every" "$samples"
expect_eq "--commit-every 10: -v counts the commits" "poshuk-index: one writer (-j 1)
poshuk-index: a commit every 10 articles (--commit-every)
poshuk-index: 6 commits" "$err"
expect_eq "--commit-every 10: 6 revisions" 6 "$(revision "$work/every")"
run -v --commit-every 17 -d "$work/every" "$samples"
expect_eq "--commit-every 17: -v counts the commits" "poshuk-index: one writer (a small input)
poshuk-index: a commit every 17 articles (--commit-every)
poshuk-index: 4 commits" "$err"
expect_eq "--commit-every 17: 3 more revisions" 9 "$(revision "$work/every")"
head -n 25 "$samples" | "$POSHUK_INDEX_BIN" -q --commit-every 25 -d "$work/every" -
expect_eq "--commit-every 25 on 25 articles: one commit, none left for the end" 10 "$(revision "$work/every")"
# --strict: an update commits once, at the end, whatever --commit-every says; a rebuild commits into
# its new generation as usual (it is dropped if the job stops).
run -v --strict --commit-every 10 -d "$work/every" "$samples"
expect_eq "--strict update: one commit" "poshuk-index: one writer (a small input)
poshuk-index: one commit at the end (--strict)
poshuk-index: 1 commit" "$err"
expect_eq "--strict update: one revision more" 11 "$(revision "$work/every")"
run -v --strict --rebuild --commit-every 10 -j 1 -d "$work/every" "$samples"
expect_eq "--strict rebuild: commits as usual" "poshuk-index: one writer (-j 1)
poshuk-index: a commit every 10 articles (--commit-every)
poshuk-index: 6 commits" "$err"
expect_eq "--strict rebuild: six revisions of the new generation" "every.gen-1 6" \
  "$(readlink "$work/every") $(revision "$work/every")"
# What a killed new build can leave beside a plain index directory (its empty predecessor, after the
# exchange) is removed by the next writer of it, an update too.
mkdir "$work/new2.gen-1" && cp -r "$work/new/." "$work/new2.gen-1/"
run -q -j 1 -d "$work/new2" "$work/b.jsonl"
expect_eq "an update removes a killed build's leftover generation" "new2/" "$(cd "$work" && ls -dF new2*)"
mkdir "$work/empty-dir"
chmod 750 "$work/empty-dir"
run -q -j 2 -d "$work/empty-dir" "$work/a.jsonl"
expect_eq "-j 2 into an empty directory: the articles" "a1 a2 a3" "$(ids "$work/empty-dir")"
expect_eq "-j 2 into an empty directory: still a plain directory with its mode" "drwxr-x---" \
  "$(stat -c %A "$work/empty-dir")"

# An id that comes again in a new index or a rebuild (added without a look-up the first time): the
# last one counts, with one writer and in shards.
jsonl r1=Перша r2=Друга r1=Остання >"$work/repeat.jsonl"
for how in "-j 1" "-j 2" "--rebuild -j 1" "--rebuild -j 2"; do
  rm -rf "$work/rep"
  # shellcheck disable=SC2086 # $how is two options
  run $how -d "$work/rep" "$work/repeat.jsonl"
  expect_eq "a repeated id, new index, $how: status" 0 "$rc"
  expect_eq "a repeated id, new index, $how: reported" \
    "poshuk-index: $work/repeat.jsonl:3: id \"r1\" also at $work/repeat.jsonl:1; the last one counts" "$err"
  expect_eq "a repeated id, new index, $how: the last one counts" "r1=Остання r2=Друга" "$(titles "$work/rep")"
done

# --memory: how often each writer commits. At the least (64 MiB) a writer commits after every MiB of
# text: 400 articles of about 3.2 KiB make two commits (one on the way, one at the end).
awk 'BEGIN {
  split("budget school road water hospital council village city project repair education centre", w, " ")
  for (i = 1; i <= 400; i++) {
    body = ""; x = i
    for (k = 0; k < 330; k++) { x = (x * 1103515245 + 12345) % 2147483648; body = body w[1 + x % 12] (x % 50) " " }
    printf "{\"id\":\"m%d\",\"lang\":\"en\",\"title\":\"Article %d\",\"body\":\"%s\"}\n", i, i, body
  }
}' >"$work/text.jsonl"
run -v -j 1 --memory 64 -d "$work/m64" "$work/text.jsonl"
expect_eq "--memory 64: a commit on the way" "poshuk-index: one writer (-j 1)
poshuk-index: a commit when a writer has taken 1 MiB of text (--memory 64: 1 writer)
poshuk-index: 2 commits" "$err"
expect_eq "--memory 64: every article" 400 "$(total "$work/m64")"
run -v -d "$work/m1024" "$work/text.jsonl"
expect_eq "--memory 1024 (the default): one commit, at the end" "poshuk-index: one writer (a small input)
poshuk-index: a commit when a writer has taken 53 MiB of text (--memory 1024: 1 writer)
poshuk-index: 1 commit" "$err"
run -v --commit-every 150 --memory 64 -d "$work/every" "$work/text.jsonl"
expect_eq "--commit-every wins over --memory" "poshuk-index: one writer (a small input)
poshuk-index: a commit every 150 articles (--commit-every)
poshuk-index: 3 commits" "$err"
for bad in 63 0 x 1.5 1073741825; do
  run --memory "$bad" -d "$work/m" "$work/a.jsonl"
  expect_eq "--memory $bad: status" 2 "$rc"
  expect_eq "--memory $bad: message" \
    "$(usage "--memory: expected a whole number of MiB from 64 to 1073741824, got '$bad'")" "$err"
done

# ---------------------------------------------------------------- --pages
mkdir "$work/pages"
cat >"$work/pages/news-17.txt" <<'EOF'
У громаді відкрили новий центр надання адміністративних послуг.
Мешканці сіл отримують довідки без поїздки до міста.
Tags:
ЦНАП послуги
Область:
Київська областьГромади:
Бучанська міська громадаSource:
Пресслужба громади
03 July 2025
Вебінар про бюджет громади
EOF
printf '  \n' >"$work/pages/empty.txt"
run --pages --date "3 липня 2025" -d "$work/p" "$work/pages/news-17.txt"
expect_eq "--pages: exit status" 0 "$rc"
expect_eq "--pages: summary" "poshuk-index: read 1, indexed 1 (0 replaced), rejected 0 in S s" "$out"
expect_eq "--pages: the id comes from the file name" "news-17" "$(ids "$work/p")"
expect_eq "--pages: the body is found" 1 "$(total "$work/p" довідки)"
expect_eq "--pages: the rail is not" 0 "$(total "$work/p" вебінар)"
expect_eq "--pages: the date is --date" 1 "$(total "$work/p" --from 2025-07-03 --to 2025-07-03)"
expect_eq "--pages: the oblast" 1 "$(total "$work/p" --oblast "Київська область")"
expect_eq "--pages: the hromada" 1 "$(total "$work/p" --hromada "Бучанська міська громада")"
expect_eq "--pages: the tags" 1 "$(total "$work/p" --tag цнап --tag послуги)"
run --pages -d "$work/p" "$work/pages/news-17.txt" "$work/pages/empty.txt"
expect_eq "--pages, no date, an empty page: exit status" 1 "$rc"
expect_eq "--pages, no date, an empty page: messages" "poshuk-index: no --date given: the pages' articles have no date
poshuk-index: $work/pages/empty.txt: the page is empty" "$err"
expect_eq "--pages, no date: now without a date" 0 "$(total "$work/p" --from 2025)"
run -q --pages --id custom-id --date 2025-07-04 -d "$work/p" - <"$work/pages/news-17.txt"
expect_eq "--pages --id from standard input" "custom-id news-17" "$(ids "$work/p")"
run --pages -d "$work/p" -
expect_eq "--pages from standard input without --id" "$(usage "a page from standard input needs --id")" "$err"
run --pages --id x -d "$work/p" "$work/pages/news-17.txt" "$work/pages/empty.txt"
expect_eq "--id with two pages" "$(usage "--id names one page: give exactly one FILE")" "$err"
run --date 2025-07-03 -d "$work/p" "$work/a.jsonl"
expect_eq "--date without --pages" "$(usage "--id and --date are for --pages")" "$err"
run --pages --date 31.02.2025 -d "$work/p" "$work/pages/news-17.txt"
expect_eq "--date that is not a date" \
  "$(usage "--date: '31.02.2025' is not a date (accepted forms: 2025-07-03, 03.07.2025, 3 July 2025, 3 Jul 2025, 3 липня 2025)")" "$err"
run --wait=soon -d "$work/p" "$work/a.jsonl"
expect_eq "--wait=soon" "$(usage "--wait: expected a number of seconds above 0, got 'soon'")" "$err"

# ---------------------------------------------------------------- progress: on a terminal only
seq 1 3000 | awk '{printf "{\"id\":\"g%d\",\"title\":\"Стаття %d про громаду\"}\n", $1, $1}' >"$work/many.jsonl"
run -d "$work/g" "$work/many.jsonl"
expect_eq "not a terminal: no progress line" "" "$err"
if script -qec true /dev/null >/dev/null 2>&1; then
  # What script(1) copies to its standard output is what the terminal got.
  script -qec "'$POSHUK_INDEX_BIN' --rebuild --commit-every 100 -d '$work/g' '$work/many.jsonl'" /dev/null \
    >"$work/terminal" 3>&-
  expect_eq "a terminal: the progress line is drawn in place, then cleared" yes \
    "$(grep -q $'\r\033\[Kposhuk-index: [0-9]* records, [0-9]*/s, [0-9]*%, about [0-9]*:[0-9][0-9] left' "$work/terminal" && echo yes || echo no)"
  expect_eq "a terminal: the summary after it" yes \
    "$(grep -q $'\r\033\[Kposhuk-index: read 3000, indexed 3000 (rebuilt)' "$work/terminal" && echo yes || echo no)"
  script -qec "'$POSHUK_INDEX_BIN' -q --rebuild -d '$work/g' '$work/many.jsonl'" /dev/null >"$work/terminal" 3>&-
  expect_eq "a terminal, --quiet: nothing at all" "" "$(cat "$work/terminal")"
else
  skip "progress on a terminal: script(1) cannot make a pseudo-terminal here"
fi

finish
