#!/usr/bin/env bash
# The folders depend on each other one way, and the programs use the library through poshuk.h only:
#   tests/boundaries.sh SOURCE_DIR
# library:  xapian/ -> syntax/ -> stemmers/ (and each of them -> include/poshuk.h)
# programs: indexer/, query/ -> cli/ -> include/poshuk.h, never a library folder
# Fails listing every #include "..." that crosses a line the wrong way.
set -euo pipefail
root=$1
status=0

# allowed FOLDER PREFIX...: every quoted include in FOLDER must be poshuk.h or start with a PREFIX.
allowed() {
  local folder=$1
  shift
  local pattern="^(poshuk\\.h"
  for prefix in "$@"; do
    pattern+="|$prefix/"
  done
  pattern+=")"
  local bad
  bad=$(grep -HnE '^[[:space:]]*#[[:space:]]*include[[:space:]]+"' "$root/$folder"/*.c "$root/$folder"/*.h \
    "$root/$folder"/*.cc 2>/dev/null | sed -E 's/^([^:]*:[0-9]+):[^"]*"([^"]*)".*/\1 \2/' |
    awk -v pat="$pattern" '$2 !~ pat' | sed "s#^$root/##" || true)
  if [ -n "$bad" ]; then
    echo "$folder/ may include only poshuk.h and ${*/%//}:"
    echo "$bad" | sed 's/^/  /'
    status=1
  fi
}

allowed stemmers stemmers
allowed syntax syntax stemmers
allowed xapian xapian syntax stemmers
allowed cli cli
allowed indexer indexer cli
allowed query query cli
[ $status -eq 0 ] && echo "every include runs the allowed way"
exit $status
