#!/usr/bin/env bash
# The programs' messages and option values (issue 14): control characters and bytes that are not
# UTF-8 are printed escaped (\xNN, \u00NN for C1), in both programs and in JSON errors; text options
# that are not UTF-8 are refused with the byte offset; --suggest --limit 0 lists no completions.
source "$(dirname "$0")/lib.bash"
set -eu

index_samples "$work/index"
try_help='Try '"'"'poshuk-index --help'"'"' for more information.'

q() { # q ARGS... — poshuk-query; sets rc, out and err
  rc=0
  "$POSHUK_QUERY_BIN" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
  out=$(cat "$work/stdout")
  err=$(cat "$work/stderr")
}
ix() { # ix ARGS... — poshuk-index; sets rc, out (seconds masked) and err
  rc=0
  "$POSHUK_INDEX_BIN" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
  out=$(sed -E 's/ in [0-9]+\.[0-9]{2} s$/ in S s/' "$work/stdout")
  err=$(cat "$work/stderr")
}

# ---------------------------------------------------------------- escaped in messages
mkdir "$work/pages"
printf 'Текст сторінки.\n' >"$work/pages/ctrl"$'\x01\x1b[31m'"name.txt"
ix --pages --date 2025-07-03 -d "$work/p" "$work/pages/ctrl"$'\x01\x1b[31m'"name.txt"
expect_eq "a page's file name with ESC [31m: escaped" \
  "poshuk-index: $work/pages/ctrl\\x01\\x1b[31mname.txt: the id holds a control character" "$err"
ix --memory $'\x1b[31m9\xff' -d "$work/m" "$samples"
expect_eq "poshuk-index option value: escaped" \
  "2:poshuk-index: --memory: expected a whole number of MiB from 64 to 1073741824, got '\\x1b[31m9\\xff'
$try_help" "$rc:$err"
ix repair --bogus$'\x1b[31m'
expect_eq "poshuk-index repair: an option as typed, escaped" \
  "2:poshuk-index: repair: unknown option or missing argument: '--bogus\\x1b[31m'" "$rc:$(head -n 1 <<<"$err")"
q -d "$work/index" --lang $'u\x1b[31mk'
expect_eq "--lang with ESC: escaped" '2:poshuk-query: --lang: "u\x1b[31mk" is not uk or en' "$rc:$err"
q -d "$work/index" --from $'2025\xc2\x9b1m'
expect_eq "a C1 control (CSI) in --from: escaped" \
  '2:poshuk-query: --from: cannot read "2025\u009b1m" as a date' "$rc:$err"
q -d "$work/no"$'\x01\xff' x
expect_eq "an index path with a control and an invalid byte: escaped" \
  "5:poshuk-query: no index at '$work/no\\x01\\xff' (No such file or directory)" "$rc:$err"
q --json -d "$work/no"$'\x01\xff' x
expect_eq "... the same message in JSON" "open:no index at '$work/no\\x01\\xff' (No such file or directory)" \
  "$(jq -r '"\(.error.status):\(.error.message)"' <<<"$out")"

# ---------------------------------------------------------------- text options must be UTF-8
for option in tag oblast hromada lang suggest analyse from; do
  q -d "$work/index" "--$option" $'ab\xffc'
  expect_eq "--$option not UTF-8: refused with the offset" \
    "2:poshuk-query: --$option: invalid UTF-8 at byte offset 2" "$rc:$err"
done
q -d "$work/index" --json --tag $'\xe2\x80' громада
expect_eq "--tag cut in a character, JSON" '{"status":"usage","message":"--tag: invalid UTF-8 at byte offset 0"}' \
  "$(jq -c .error <<<"$out")"
q -d "$work/index" --json --suggest $'гро\xff'
expect_eq "--json --suggest not UTF-8: an error, not completions without their text" \
  '2:{"status":"usage","message":"--suggest: invalid UTF-8 at byte offset 6"}' "$rc:$(jq -c .error <<<"$out")"

# ---------------------------------------------------------------- --suggest --limit 0
q -d "$work/index" --suggest громад --limit 0
expect_eq "--suggest --limit 0: no completions, as --limit 0 shows no hits" "0::" "$rc:$out:$err"
q -d "$work/index" --json --suggest громад --limit 0
expect_eq "--suggest --limit 0, JSON" '0:громад:[]' "$rc:$(jq -c -r '"\(.text):\(.completions)"' <<<"$out")"
q -d "$work/index" --suggest громад --limit 2
expect_eq "--suggest --limit 2: two" 2 "$(wc -l <<<"$out")"
q -d "$work/missing" --suggest громад --limit 0
expect_eq "--suggest --limit 0 on a missing index: still an error" 5 "$rc"

finish
