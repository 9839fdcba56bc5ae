#!/usr/bin/env bash
# Hostile and broken input, each its own case: a truncated file, binary junk, a 100 MB line, 100,000
# tags, deep nesting, NUL bytes, overlong words, tags and URLs, invalid UTF-8, a full disk, a directory
# that is not an index, a read-only index. Nothing crashes (every exit status is one of poshuk-index's
# own), and what was committed before is never lost: every case runs against an index holding three
# articles, which must still be there afterwards.
#
# The full disk and the read-only index need mount (root, as in CI), the memory check /usr/bin/time
# (package time): without them those checks are skipped, and the test is reported skipped.
source "$(dirname "$0")/lib.bash"
set -eu

mounts=()
cleanup() {
  for m in "${mounts[@]}"; do umount "$m" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

run() { # run ARGS... — poshuk-index; sets rc, out (seconds masked) and err
  rc=0
  "$POSHUK_INDEX_BIN" "$@" >"$work/stdout" 2>"$work/stderr" || rc=$?
  out=$(sed -E 's/ in [0-9]+\.[0-9]{2} s$/ in S s/' "$work/stdout")
  err=$(cat "$work/stderr")
}

ids() { # ids INDEX — the ids of every article, sorted, on one line
  "$POSHUK_QUERY_BIN" -d "$1" --json --limit 1000 --no-facets | jq -r '[.hits[].id] | sort | join(" ")'
}

total() { # total INDEX ARGS... — how many articles a query finds
  local index=$1
  shift
  "$POSHUK_QUERY_BIN" -d "$index" --json --limit 0 --no-facets "$@" | jq -r .total
}

index="$work/index"
base='{"id":"base1","title":"Перша новина"}
{"id":"base2","title":"Друга новина"}
{"id":"base3","title":"Третя новина"}'
"$POSHUK_INDEX_BIN" -q -d "$index" - <<<"$base"
base_ids="base1 base2 base3"

# ---------------------------------------------------------------- a truncated file
printf '%s\n%s' '{"id":"t1","title":"Ціла"}' '{"id":"t2","title":"Обірв' >"$work/truncated.jsonl"
run -d "$index" "$work/truncated.jsonl"
expect_eq "truncated: exit status" 1 "$rc"
expect_eq "truncated: the cut line is rejected" \
  "poshuk-index: $work/truncated.jsonl:2: not JSON: premature end of input near '\"Обірв' at column 25" "$err"
expect_eq "truncated: the whole line before it is in" "$base_ids t1" "$(ids "$index")"

# ---------------------------------------------------------------- binary junk
python3 -c 'import random, sys; random.seed(4); sys.stdout.buffer.write(bytes(random.randrange(256) for _ in range(65536)))' \
  >"$work/junk.bin"
run -d "$index" "$work/junk.bin"
expect_eq "junk: exit status (records rejected, nothing worse)" 1 "$rc"
expect_eq "junk: every message names the file and line, one line each" "" \
  "$(grep -v "^poshuk-index: $work/junk.bin:[0-9]*: " <<<"$err" || true)"
lines=$(grep -c . <<<"$err")
expect_eq "junk: summary (every non-blank line read and rejected)" \
  "poshuk-index: read $lines, indexed 0 (0 replaced), rejected $lines in S s" "$out"
expect_eq "junk: the index is as it was" "$base_ids t1" "$(ids "$index")"

# ---------------------------------------------------------------- a 100 MB line
{
  printf '{"id":"huge","title":"t","body":"'
  head -c 100000000 /dev/zero | tr '\0' a
  printf '"}\n{"id":"after-huge","title":"Після довгого рядка"}\n'
} >"$work/huge.jsonl"
# Memory: the same job on a one-line file is the baseline. The reader keeps at most 32 MiB of a line;
# keeping the whole line would cost over 100 MB more. A sanitizer's allocator holds on to freed blocks
# (its quarantine), which blurs the difference: with one, the check is skipped.
if [ -x /usr/bin/time ] && ! grep -q __asan_init "$POSHUK_INDEX_BIN"; then
  "$POSHUK_INDEX_BIN" -q -d "$work/rss-baseline" - <<<'{"id":"small","title":"t"}'
  /usr/bin/time -f %M -o "$work/rss" "$POSHUK_INDEX_BIN" -q -d "$work/rss-baseline" - <<<'{"id":"small","title":"t"}'
  baseline_kb=$(tail -n 1 "$work/rss")
  rc=0
  /usr/bin/time -f %M -o "$work/rss" "$POSHUK_INDEX_BIN" -d "$index" "$work/huge.jsonl" >"$work/stdout" 2>"$work/stderr" || rc=$?
  rss_kb=$(tail -n 1 "$work/rss") # the last line: before it, time says the command exited with 1
  expect_eq "100 MB line: not kept in memory (max RSS ${rss_kb} kB, ${baseline_kb} kB for one short line)" yes \
    "$([ $((rss_kb - baseline_kb)) -lt 60000 ] && echo yes || echo no)"
else
  skip "100 MB line, memory: no /usr/bin/time, or a sanitizer build"
  run -d "$index" "$work/huge.jsonl"
fi
err=$(cat "$work/stderr")
expect_eq "100 MB line: exit status" 1 "$rc"
expect_eq "100 MB line: rejected" "poshuk-index: $work/huge.jsonl:1: the line is longer than 33554432 bytes" "$err"
expect_eq "100 MB line: the next line is read" 1 "$(total "$index" довгого)"
rm -f "$work/huge.jsonl"

# ---------------------------------------------------------------- 100,000 tags, deep nesting, NUL bytes
python3 - "$work/big.jsonl" <<'EOF'
import json, sys
with open(sys.argv[1], "w") as out:
    out.write(json.dumps({"id": "tags", "title": "Стаття з тегами", "tags": ["тег%d" % i for i in range(100000)]}) + "\n")
    out.write('{"id":"deep","title":"t","x":' + "[" * 100000 + "]" * 100000 + "}\n")
    out.write('{"id":"raw-nul","title":"a\x00b"}\n')
    out.write(json.dumps({"id": "escaped-nul", "title": "a\u0000b"}) + "\n")
EOF
run -d "$index" "$work/big.jsonl"
expect_eq "tags, nesting, NUL: exit status" 1 "$rc"
expect_eq "tags, nesting, NUL: messages" "poshuk-index: $work/big.jsonl:2: not JSON: maximum parsing depth reached near '[' at column 2077
poshuk-index: $work/big.jsonl:3: not JSON: control character 0x0 near '\"a' at column 26
poshuk-index: $work/big.jsonl:4: field \"title\": contains \\u0000" "$err"
expect_eq "100,000 tags: indexed, found by its last tag" 1 "$(total "$index" --tag тег99999)"
expect_eq "100,000 tags: and by its first and last together" 1 "$(total "$index" --tag тег0 --tag тег99999)"
expect_eq "100,000 tags: every one is counted" 100000 \
  "$("$POSHUK_QUERY_BIN" -d "$index" --json --limit 0 --facet-limit 0 --tag тег5 | jq '.facets.tags | length')"

# ---------------------------------------------------------------- overlong words, tags and URLs
word=$(printf 'ж%.0s' $(seq 150))          # 300 bytes: no term can hold it (Xapian: 245 at most)
tag=$(printf 'тег-%.0s' $(seq 100))         # 700 bytes
url="https://example.org/$(printf 'x%.0s' $(seq 5000))"
printf '{"id":"long","title":"Звичайний заголовок %s","body":"текст %s","tags":["%s"],"url":"%s"}\n' \
  "$word" "$word" "$tag" "$url" >"$work/long.jsonl"
run -d "$index" "$work/long.jsonl"
expect_eq "overlong: exit status (the article is not lost)" 0 "$rc"
expect_eq "overlong: found by its ordinary words" 1 "$(total "$index" заголовок текст)"
expect_eq "overlong: found by its 700-byte tag" 1 "$(total "$index" --tag "$tag")"
expect_eq "overlong: the URL is kept whole" "$url" \
  "$("$POSHUK_QUERY_BIN" -d "$index" --json --limit 1 --no-facets заголовок | jq -r '.hits[0].url')"

# ---------------------------------------------------------------- invalid UTF-8
{
  printf '{"id":"u1","title":"overlong \xc0\xaf"}\n'
  printf '{"id":"u2","title":"surrogate \xed\xa0\x80"}\n'
  printf '{"id":"u3","title":"cut \xd0"}\n'
  printf '{"id":"u4","tags":["ok","\xff"],"title":"t"}\n'
  printf '{"id":"u5","title":"Коректний рядок"}\n'
} >"$work/utf8.jsonl"
run -d "$index" "$work/utf8.jsonl"
expect_eq "invalid UTF-8: exit status" 1 "$rc"
# The offsets as Python's own decoder finds the first bad byte: 29 30 24 25.
expect_eq "invalid UTF-8: the field and the byte offset" "poshuk-index: $work/utf8.jsonl:1: field \"title\": invalid UTF-8 at byte offset 29
poshuk-index: $work/utf8.jsonl:2: field \"title\": invalid UTF-8 at byte offset 30
poshuk-index: $work/utf8.jsonl:3: field \"title\": invalid UTF-8 at byte offset 24
poshuk-index: $work/utf8.jsonl:4: field \"tags[1]\": invalid UTF-8 at byte offset 25" "$err"
expect_eq "invalid UTF-8: the good line is in" 1 "$(total "$index" коректний)"

# ---------------------------------------------------------------- a directory that is not an index
mkdir "$work/notes" && echo todo >"$work/notes/todo.txt"
run -d "$work/notes" "$work/utf8.jsonl"
expect_eq "not an index: exit status" 5 "$rc"
expect_eq "not an index: message" "poshuk-index: '$work/notes' is not a poshuk index (it holds other files)" "$err"
expect_eq "not an index: nothing was added to it" "todo.txt" "$(ls "$work/notes")"

expect_eq "after all of it, the first commit is intact" "base1 base2 base3" \
  "$("$POSHUK_QUERY_BIN" -d "$index" --json --limit 1000 --no-facets новина | jq -r '[.hits[].id] | sort | join(" ")')"

# ---------------------------------------------------------------- a full disk
if mkdir "$work/small" && mount -t tmpfs -o size=1m poshuk-test "$work/small" 2>/dev/null; then
  mounts+=("$work/small")
  "$POSHUK_INDEX_BIN" -q -d "$work/small/index" - <<<"$base"
  awk 'BEGIN { for (i = 1; i <= 1200; i++) { b = ""; for (k = 0; k < 60; k++) b = b " слово" i "x" k
               printf "{\"id\":\"f%04d\",\"title\":\"t %d\",\"body\":\"%s\"}\n", i, i, b } }' >"$work/fill.jsonl"
  run --commit-every 20 -d "$work/small/index" "$work/fill.jsonl"
  expect_eq "disk full: exit status" 5 "$rc"
  expect_eq "disk full: a clear message" yes \
    "$(grep -Eq "^poshuk-index: committing index '$work/small/index': .*No space left on device\)?(; nothing was written, the index holds its last commit)?$" <<<"$err" && echo yes || echo "no: $err")"
  got=$(ids "$work/small/index")
  count=$(( $(wc -w <<<"$got") - 3 ))
  expect_eq "disk full: the last commit is intact (whole commits: $count articles)" \
    "$base_ids$(for i in $(seq 1 "$count"); do printf ' f%04d' "$i"; done)" "$got"
  expect_eq "disk full: xapian-check finds nothing wrong" yes \
    "$(xapian-check "$work/small/index" 2>&1 | grep -q 'No errors found' && echo yes || echo no)"
  mount -o remount,size=64m "$work/small"
  run -q --commit-every 1000 -d "$work/small/index" "$work/fill.jsonl"
  expect_eq "disk full: with room again, the rerun completes it" "0 1203" "$rc $(total "$work/small/index")"
else
  skip "disk full: mounting a small tmpfs is not permitted here"
fi

# ---------------------------------------------------------------- a read-only index
if mkdir "$work/ro" && mount --bind "$work" "$work/ro" 2>/dev/null; then
  mounts=("$work/ro" "${mounts[@]}")
  if mount -o remount,ro,bind "$work/ro" 2>/dev/null; then
    run -d "$work/ro/index" "$work/utf8.jsonl"
    expect_eq "read-only: exit status" 5 "$rc"
    expect_eq "read-only: the reason, not 'locked'" \
      "poshuk-index: cannot write to index '$work/ro/index' (Read-only file system)" "$err"
    run --wait=5 -d "$work/ro/index" "$work/utf8.jsonl"
    expect_eq "read-only, --wait: fails at once rather than waiting" "5 $err" \
      "$rc poshuk-index: cannot write to index '$work/ro/index' (Read-only file system)"
    expect_eq "read-only: readers still work" 3 "$(total "$work/ro/index" новина)"
  else
    skip "read-only index: remounting read-only is not permitted here"
  fi
elif [ "$(id -u)" != 0 ]; then # without mount, a directory without write permission does
  chmod a-w "$index"
  run -d "$index" "$work/utf8.jsonl"
  chmod u+w "$index"
  expect_eq "read-only: exit status" 5 "$rc"
  expect_eq "read-only: the reason, not 'locked'" yes \
    "$(grep -q "^poshuk-index: cannot write to index '$index' (Permission denied)$" <<<"$err" && echo yes || echo "no: $err")"
else
  skip "read-only index: neither mount nor file permissions can make one here"
fi

finish
