#!/usr/bin/env bash
# End-to-end test of the three stemeval programs on a dictionary of four entries: the exact groups
# file, the split (by lemma: both "рука" lines land together) and the scores of the baselines.
# Usage: test_cli.sh DIR_WITH_THE_PROGRAMS
set -euo pipefail
bin="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

printf '%s\n' 'SET UTF-8' 'SFX A Y 3' 'SFX A а и а' 'SFX A а ою а' 'SFX A а у а' \
  'SFX B Y 2' 'SFX B 0 и [^кгх]' 'SFX B 0 ів .' >"$tmp/t.aff"
printf '%s\n' 4 'Рука/A' 'ріка/A' 'стіл/B' 'рука' >"$tmp/t.dic"

"$bin/stemeval-expand" "$tmp/t.aff" "$tmp/t.dic" "$tmp/groups.tsv" 2>"$tmp/err"
[ "$(cat "$tmp/err")" = "stemeval-expand: 4 groups, 12 forms (lemmas included, each once a group), 0 entries skipped as bad, 0 forbidden" ] ||
  fail "expand summary: $(cat "$tmp/err")"
printf 'рука\tруки\tрукою\tруку\nріка\tріки\tрікою\tріку\nстіл\tстіли\tстілів\nрука\n' >"$tmp/want"
cmp -s "$tmp/groups.tsv" "$tmp/want" || fail "groups: $(cat "$tmp/groups.tsv")"

"$bin/stemeval-split" --test-percent 85 "$tmp/groups.tsv" "$tmp/train.tsv" "$tmp/test.tsv" 2>"$tmp/err"
[ "$(cat "$tmp/err")" = "stemeval-split: 1 groups to train, 3 to test (seed 1994, 85% test)" ] ||
  fail "split summary: $(cat "$tmp/err")"
[ "$(cut -f1 "$tmp/train.tsv")" = "стіл" ] || fail "train: $(cat "$tmp/train.tsv")"
[ "$(cut -f1 "$tmp/test.tsv" | tr '\n' ' ')" = "рука ріка рука " ] || fail "test: $(cat "$tmp/test.tsv")"

cat "$tmp/train.tsv" "$tmp/test.tsv" >"$tmp/all.tsv"
printf '# a comment\nрука\tруки\tmerge\nрука\tріка\tapart\n' >"$tmp/pairs.txt"
"$bin/stemeval-score" --truncate 3 --pairs "$tmp/pairs.txt" "$tmp/all.tsv" >"$tmp/out"
expect_line() {
  grep -qxF -- "$1" "$tmp/out" || fail "no line '$1' in: $(cat "$tmp/out")"
}
expect_line "$tmp/all.tsv: 3 groups (4 lines, lemmas merged), 11 forms"
expect_line "stemmer            UI          OI        P        R       F1     stems"
expect_line "identity       1.0000   0.000e+00        -   0.0000   0.0000        11"
expect_line "truncate-3     0.0000   0.000e+00   1.0000   1.0000   1.0000         3"
expect_line "pairs: 15 within groups (GDMT), 40 between groups (GDNT); 0 between-group pairs of one spelling in two groups left out"
grep -q '^poshuk ' "$tmp/out" || fail "no poshuk row"
# poshuk's own column changes with its stemmer; the baselines' columns do not.
grep -q '^рука / руки                 merge   apart!       merged       ' "$tmp/out" || fail "pair row 1"
grep -q '^рука / ріка                 apart   apart        apart        ' "$tmp/out" || fail "pair row 2"

"$bin/stemeval-expand" "$tmp/missing.aff" "$tmp/t.dic" 2>"$tmp/err" && fail "a missing .aff was accepted"
[ "$(cat "$tmp/err")" = "stemeval-expand: cannot open $tmp/missing.aff" ] || fail "missing: $(cat "$tmp/err")"
printf 'SET UTF-8\nSFX A Y 2\nSFX A а и а\n' >"$tmp/short.aff"
status=0
"$bin/stemeval-expand" "$tmp/short.aff" "$tmp/t.dic" 2>"$tmp/err" || status=$?
[ "$status" = 2 ] || fail "exit status $status for a bad .aff"
[ "$(cat "$tmp/err")" = "stemeval-expand: $tmp/short.aff:3: the file ends inside a rule block" ] ||
  fail "bad aff: $(cat "$tmp/err")"
echo "stemeval CLI: ok"
