# Shared by the end-to-end tests (sourced, not run): a fresh work directory, the sample index, and
# assertions that print what differed. ctest passes POSHUK_INDEX_BIN, POSHUK_QUERY_BIN,
# POSHUK_SOURCE_DIR and POSHUK_TEST_TMP.
set -euo pipefail

mkdir -p "$POSHUK_TEST_TMP"
work=$(mktemp -d "$POSHUK_TEST_TMP/e2e.XXXXXX")
trap 'rm -rf "$work"' EXIT
samples="$POSHUK_SOURCE_DIR/samples/articles.jsonl"
failures=0
checks=0
skipped=0

# Every --json output of poshuk-query in a test is kept, and finish() checks them all against the schema
# of query/JSON.md (json_schema.py): POSHUK_QUERY_BIN becomes a wrapper that records them.
json_outputs="$work/json-outputs"
mkdir -p "$json_outputs"
cat >"$work/poshuk-query" <<WRAPPER
#!/usr/bin/env bash
json=0
for arg in "\$@"; do
  [ "\$arg" = -- ] && break
  [ "\$arg" = --json ] && json=1 && break
done
[ "\$json" = 1 ] || exec "$POSHUK_QUERY_BIN" "\$@"
out=\$(mktemp --suffix=.json "$json_outputs/XXXXXXXX")
printf '%s\\n' "\$*" >"\$out.args"
rc=0
"$POSHUK_QUERY_BIN" "\$@" >"\$out" || rc=\$?
cat "\$out"
exit "\$rc"
WRAPPER
chmod +x "$work/poshuk-query"
POSHUK_QUERY_BIN="$work/poshuk-query"

index_samples() { # index_samples DIR — the bundled corpus into DIR
  "$POSHUK_INDEX_BIN" -q -d "$1" "$samples"
}

query() { # query ARGS... — poshuk-query on the sample index in $work/index
  "$POSHUK_QUERY_BIN" -d "$work/index" "$@"
}

search_ids() { # search_ids ARGS... — "total: id id …" of a JSON search on the sample index as typed (no did-you-mean), ids sorted
  query --json --limit 100 --snippets 0 --no-facets --no-correction "$@" | jq -r '"\(.total): \([.hits[].id] | sort | join(" "))"'
}
search_fails() { # search_fails ARGS... — "exit status: stderr" of a search that must fail
  local out rc
  set +e
  out=$(query --snippets 0 "$@" 2>&1 >/dev/null)
  rc=$?
  set -e
  printf '%s: %s' "$rc" "$out"
}

expect_eq() { # expect_eq WHAT EXPECTED ACTUAL
  checks=$((checks + 1))
  if [ "$2" != "$3" ]; then
    failures=$((failures + 1))
    printf 'FAIL %s (< expected, > actual)\n' "$1"
    diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | cut -c1-400 || true
  fi
}

serve() { # serve DIR — starts xapian-tcpsrv on DIR; sets srv (its pid), port (or "" if it did not start) and tcpsrv_log
  local p
  port=""
  set +e
  for try in 1 2 3 4 5; do
    p=$((20000 + RANDOM % 40000))
    # A session of its own: on SIGTERM the server signals its whole process group, which would
    # otherwise be this script's.
    tcpsrv_log="$work/tcpsrv.$p.log"
    setsid xapian-tcpsrv --port "$p" --interface 127.0.0.1 "$1" >"$tcpsrv_log" 2>&1 &
    srv=$!
    for _ in $(seq 50); do
      grep -q "Listening" "$tcpsrv_log" 2>/dev/null && break
      kill -0 "$srv" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$srv" 2>/dev/null && grep -q "Listening" "$tcpsrv_log"; then
      port=$p
      break
    fi
    wait "$srv" 2>/dev/null
  done
  set -e
}

finish() { # the closing line ctest and CI read
  if compgen -G "$json_outputs/*.json" >/dev/null; then
    checks=$((checks + 1))
    python3 "$POSHUK_SOURCE_DIR/tests/e2e/json_schema.py" "$POSHUK_SOURCE_DIR/query/JSON.md" "$json_outputs" ||
      failures=$((failures + 1))
  fi
  echo "$((checks - failures)) passed, $failures failed, $skipped skipped"
  [ "$failures" -eq 0 ] || return 1
  # A check this machine could not run makes the test a skip in ctest's summary (77), not a pass.
  [ "$skipped" -eq 0 ] || exit 77
}

skip() { # skip WHAT — a check this machine cannot run: says so, and the test ends as skipped
  skipped=$((skipped + 1))
  echo "SKIP $1"
}
