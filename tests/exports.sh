#!/usr/bin/env bash
# libposhuk.so exports exactly what include/poshuk.h declares (notmuch's T360 test in spirit):
#   tests/exports.sh LIBRARY HEADER
# Fails naming every exported symbol the header does not declare POSHUK_API, and every declared call
# the library does not export.
set -euo pipefail
lib=$1
header=$2
declared=$(grep -E '^POSHUK_API ' "$header" | grep -oE 'poshuk_[a-z0-9_]+\(' | tr -d '(' | sort -u)
# nm -D lists versioned names as name@@POSHUK_1; the version node is the script's, not part of the name.
exported=$(nm -D --defined-only "$lib" | awk '{print $3}' | sed 's/@.*//' | grep -v '^POSHUK_[0-9]' | sort -u)
extra=$(comm -13 <(echo "$declared") <(echo "$exported"))
missing=$(comm -23 <(echo "$declared") <(echo "$exported"))
status=0
if [ -n "$extra" ]; then
  echo "exported by $lib but not declared POSHUK_API in $header:"
  echo "$extra" | sed 's/^/  /'
  status=1
fi
if [ -n "$missing" ]; then
  echo "declared POSHUK_API in $header but not exported by $lib:"
  echo "$missing" | sed 's/^/  /'
  status=1
fi
if [ "$(echo "$declared" | wc -l)" -lt 20 ]; then
  echo "only $(echo "$declared" | wc -l) declarations found in $header: the pattern no longer matches it"
  status=1
fi
[ $status -eq 0 ] && echo "$(echo "$exported" | wc -l) symbols exported, all declared in $header"
exit $status
