#!/usr/bin/env bash
# poshuk-index on good and bad input: the exact stderr line of each bad record, the summary line,
# every exit status (0 1 2 3 4 5), --strict leaving an existing index exactly as it was, the lock,
# repeated ids (reported, counted apart from replacements),
# standard input and --commit-every.
source "$(dirname "$0")/lib.bash"
set -eu

run() { # run ARGS... — poshuk-index; sets rc, out (seconds masked) and err
  rc=0
  "$POSHUK_INDEX_BIN" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
  out=$(sed -E 's/ in [0-9]+\.[0-9]{2} s$/ in S s/' "$work/stdout")
  err=$(cat "$work/stderr")
}

run_stdin() { # run_stdin FILE ARGS... — the same with FILE on standard input
  local input=$1
  shift
  rc=0
  "$POSHUK_INDEX_BIN" "$@" <"$input" >"$work/stdout" 2>"$work/stderr" || rc=$?
  out=$(sed -E 's/ in [0-9]+\.[0-9]{2} s$/ in S s/' "$work/stdout")
  err=$(cat "$work/stderr")
}

doc_count() { # doc_count INDEX — committed articles, read by Xapian's own tool
  xapian-delve "$1" | sed -n 's/^number of documents = //p'
}

checksums() { # checksums INDEX — every file of the index but the lock file, which a writer touches
  (cd "$1" && find . -type f ! -name flintlock | sort | xargs md5sum)
}

try_help='Try '"'"'poshuk-index --help'"'"' for more information.'

# ---------------------------------------------------------------- the input files
good="$work/good.jsonl"
printf '%s\n' \
  '{"id":"g1","lang":"uk","title":"Громада відкрила ЦНАП","tags":["ЦНАП"],"date":"3 липня 2025"}' \
  '{"id":"g2","title":"Roads repaired in Lviv","date":"03 July 2025"}' >"$good"

mixed="$work/mixed.jsonl"
{
  printf '%s\n' '{"id":"a1","title":"Перша новина","body":"Текст про громаду","date":"3 липня 2025"}'
  printf '\n'
  printf '%s\r\n' '{"id":"a2","lang":"en","title":"Second","date":"03 July 2025"}'
  printf '%s\n' '{"id":"a3",'
  printf '%s\n' '{"id":"a4","title":"t","tags":["x","y",null]}'
  printf '%s\n' '{"id":"a5","title":"t","date":"31.02.2025"}'
  printf '%s\n' '[1]'
  printf '{"id":"a6","title":"ab\xffc"}\n'
  printf '%s\n' '{"id":"a7","lang":"ru","title":"t"}'
  printf '%s\n' '{"id":"a1","title":"Перша новина (оновлено)"}'
  printf '%s\n' '{"title":"no id"}'
  printf '%s\n' '{"id":"a8","body":"Останній рядок без переводу"}' | tr -d '\n'
} >"$mixed"

mixed_errors="poshuk-index: $mixed:4: not JSON: string or '}' expected near end of file at column 11
poshuk-index: $mixed:5: field \"tags[2]\": expected a string, got null
poshuk-index: $mixed:6: field \"date\": \"31.02.2025\" is not a date (accepted forms: 2025-07-03, 03.07.2025, 3 July 2025, 3 Jul 2025, 3 липня 2025)
poshuk-index: $mixed:7: not a JSON object: got an array
poshuk-index: $mixed:8: field \"title\": invalid UTF-8 at byte offset 22
poshuk-index: $mixed:9: field \"lang\": \"ru\" is not supported (accepted: \"uk\", \"en\")
poshuk-index: $mixed:10: id \"a1\" also at $mixed:1; the last one counts
poshuk-index: $mixed:11: field \"id\": missing"

# ---------------------------------------------------------------- 0: everything indexed
run -d "$work/idx0" "$good"
expect_eq "good: exit status" 0 "$rc"
expect_eq "good: stderr" "" "$err"
expect_eq "good: summary" "poshuk-index: read 2, indexed 2 (0 replaced), rejected 0 in S s" "$out"
expect_eq "good: articles in the index" 2 "$(doc_count "$work/idx0")"

run -q -d "$work/idx0" "$good"
expect_eq "good again, quiet: exit status" 0 "$rc"
expect_eq "good again, quiet: no summary" "" "$out"
expect_eq "good again: replaced, not added" 2 "$(doc_count "$work/idx0")"

run -d "$work/idx0" "$good"
expect_eq "good again: summary counts replacements" \
  "poshuk-index: read 2, indexed 2 (2 replaced), rejected 0 in S s" "$out"

# ---------------------------------------------------------------- 1: some records rejected
run -d "$work/idx1" "$mixed"
expect_eq "mixed: exit status" 1 "$rc"
expect_eq "mixed: one stderr line per bad record" "$mixed_errors" "$err"
expect_eq "mixed: summary (a1 twice: a duplicate, not a replacement)" \
  "poshuk-index: read 11, indexed 4 (0 replaced, 1 duplicate: the last of each id counts), rejected 7 in S s" "$out"
expect_eq "mixed: the good records are committed" 3 "$(doc_count "$work/idx1")"

# Standard input, by "-" and by giving no file at all.
run_stdin "$mixed" -d "$work/idx1s" -
expect_eq "stdin -: exit status" 1 "$rc"
expect_eq "stdin -: messages name <stdin>" "${mixed_errors//$mixed/<stdin>}" "$err"
expect_eq "stdin -: summary" \
  "poshuk-index: read 11, indexed 4 (0 replaced, 1 duplicate: the last of each id counts), rejected 7 in S s" "$out"
run_stdin "$good" --index "$work/idx1s" --quiet
expect_eq "stdin, no file: exit status" 0 "$rc"
expect_eq "stdin, no file: articles" 5 "$(doc_count "$work/idx1s")"

# ---------------------------------------------------------------- 2: usage errors
run "$good"
expect_eq "no -d: exit status" 2 "$rc"
expect_eq "no -d: message" "poshuk-index: no index given (-d INDEX)
$try_help" "$err"
run -d "$work/idx2" --frobnicate "$good"
expect_eq "unknown long option: exit status" 2 "$rc"
expect_eq "unknown long option: message" "poshuk-index: unknown option '--frobnicate'
$try_help" "$err"
run -x -d "$work/idx2"
expect_eq "unknown short option: message" "poshuk-index: unknown option '-x'
$try_help" "$err"
run -d
expect_eq "-d without a value: exit status" 2 "$rc"
expect_eq "-d without a value: message" "poshuk-index: option '-d' needs an argument
$try_help" "$err"
run --commit-every 0 -d "$work/idx2" "$good"
expect_eq "--commit-every 0: exit status" 2 "$rc"
expect_eq "--commit-every 0: message" "poshuk-index: --commit-every: expected a positive whole number, got '0'
$try_help" "$err"
run --commit-every=-3 -d "$work/idx2" "$good"
expect_eq "--commit-every -3: exit status" 2 "$rc"
run --strict=yes -d "$work/idx2" "$good"
expect_eq "--strict=yes: message" "poshuk-index: option '--strict' takes no argument
$try_help" "$err"
expect_eq "usage errors create no index" "no" "$([ -e "$work/idx2" ] && echo yes || echo no)"
run --help
expect_eq "--help: exit status" 0 "$rc"
expect_eq "--help: first line" 'usage: poshuk-index [options] -d INDEX [FILE ...]      (no FILE or "-": standard input)' \
  "$(head -n 1 <<<"$out")"
run -V
expect_eq "-V: exit status" 0 "$rc"
expect_eq "-V: version" "poshuk-index 0.1.0" "$(cut -d' ' -f1,2 <<<"$out")"

# ---------------------------------------------------------------- 3: --strict stops, index unchanged
"$POSHUK_INDEX_BIN" -q -d "$work/idx3" "$good"
before_sums=$(checksums "$work/idx3")
run --strict -d "$work/idx3" "$good" "$mixed"
expect_eq "strict: exit status" 3 "$rc"
expect_eq "strict: stops at the first bad record" "poshuk-index: $mixed:4: not JSON: string or '}' expected near end of file at column 11
poshuk-index: stopped (--strict): nothing was committed" "$err"
expect_eq "strict: no summary" "" "$out"
expect_eq "strict: article count unchanged" 2 "$(doc_count "$work/idx3")"
expect_eq "strict: index files unchanged" "$before_sums" "$(checksums "$work/idx3")"
# --commit-every does not break the promise: --strict commits only at the end.
run --strict --commit-every 1 -d "$work/idx3" "$mixed"
expect_eq "strict, commit-every 1: exit status" 3 "$rc"
expect_eq "strict, commit-every 1: index files unchanged" "$before_sums" "$(checksums "$work/idx3")"
run --strict -d "$work/idx3-new" "$good" "$mixed"
expect_eq "strict, new index: exit status" 3 "$rc"
expect_eq "strict, new index: left empty" 0 "$(doc_count "$work/idx3-new")"
run --strict -d "$work/idx3" "$good" "$good"
expect_eq "strict, all good: exit status" 0 "$rc"
expect_eq "strict, all good: summary" \
  "poshuk-index: read 4, indexed 4 (2 replaced, 2 duplicates: the last of each id counts), rejected 0 in S s" "$out"

# ---------------------------------------------------------------- 4: an input cannot be opened or read
run -d "$work/idx4" "$work/missing.jsonl" "$good" "$work"
expect_eq "unreadable inputs: exit status" 4 "$rc"
expect_eq "unreadable inputs: messages" "poshuk-index: $work/missing.jsonl: cannot open: No such file or directory
poshuk-index: $work: cannot read: Is a directory" "$err"
expect_eq "unreadable inputs: summary" "poshuk-index: read 2, indexed 2 (0 replaced), rejected 0 in S s" "$out"
expect_eq "unreadable inputs: the other file is indexed" 2 "$(doc_count "$work/idx4")"
run -q -d "$work/idx4" "$mixed" "$work/missing.jsonl"
expect_eq "bad records and a missing file: the higher status wins" 4 "$rc"
run --strict -d "$work/idx4" "$work/missing.jsonl" "$good"
expect_eq "strict, missing file: exit status" 4 "$rc"
expect_eq "strict, missing file: stops" "poshuk-index: $work/missing.jsonl: cannot open: No such file or directory
poshuk-index: stopped (--strict): nothing was committed" "$err"

# ---------------------------------------------------------------- 5: the index cannot be opened or locked
touch "$work/plain-file"
run -d "$work/plain-file/idx" "$good"
expect_eq "index under a file: exit status" 5 "$rc"
# The writer words its own messages (xapian/); poshuk-index prints them as one line after its name.
expect_message() { # expect_message WHAT MESSAGE PATTERN — one line, "poshuk-index: ", PATTERN matches
  expect_eq "$1: one line from poshuk-index, matching '$3'" yes \
    "$([ "$(wc -l <<<"$2")" = 1 ] && [[ "$2" == "poshuk-index: "* ]] && grep -Eq -- "$3" <<<"$2" && echo yes || echo "no: $2")"
}
expect_message "index under a file" "$err" "'$work/plain-file/idx'.*Not a directory"
expect_eq "index under a file: no summary" "" "$out"

# A second writer while the first is blocked reading a FIFO that we keep open.
"$POSHUK_INDEX_BIN" -q -d "$work/idx5" "$good"
mkfifo "$work/fifo"
exec 3<>"$work/fifo"
"$POSHUK_INDEX_BIN" -d "$work/idx5" - <"$work/fifo" >"$work/first.out" 2>&1 3<&- &
first=$!
for _ in $(seq 100); do # until the first has the index open
  ls -l "/proc/$first/fd" 2>/dev/null | grep -q flintlock && break
  sleep 0.1
done
run -d "$work/idx5" "$good" "$work/missing.jsonl" "$mixed"
expect_eq "locked: exit status (the highest wins)" 5 "$rc"
expect_message "locked" "$err" "'$work/idx5'.* by another process"
printf '%s\n' '{"id":"late","title":"Пізня новина"}' >&3
exec 3>&-
first_rc=0
wait "$first" || first_rc=$?
expect_eq "locked: the first writer finishes" 0 "$first_rc"
expect_eq "locked: the first writer's article is in" 3 "$(doc_count "$work/idx5")"
expect_eq "locked: the first writer's summary" "poshuk-index: read 1, indexed 1 (0 replaced), rejected 0 in S s" \
  "$(sed -E 's/ in [0-9]+\.[0-9]{2} s$/ in S s/' "$work/first.out")"

# ---------------------------------------------------------------- --commit-every
# With --commit-every 2, two articles are visible to readers while the job still waits for more. One
# writer (-j 1): a new index built in shards shows nothing before its end (index_jobs.sh).
exec 3<>"$work/fifo"
"$POSHUK_INDEX_BIN" -q -j 1 --commit-every 2 -d "$work/idx6" - <"$work/fifo" 3<&- &
first=$!
printf '%s\n' '{"id":"c1","title":"one"}' '{"id":"c2","title":"two"}' '{"id":"c3","title":"three"}' >&3
seen=0
for _ in $(seq 100); do
  seen=$(doc_count "$work/idx6" 2>/dev/null || echo 0)
  [ "$seen" = 2 ] && break
  sleep 0.1
done
expect_eq "commit-every 2: two committed while the job runs" 2 "$seen"
exec 3>&-
wait "$first"
expect_eq "commit-every 2: all three at the end" 3 "$(doc_count "$work/idx6")"

finish
