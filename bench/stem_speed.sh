#!/usr/bin/env bash
# The analysis speed benchmark in one command: builds bench/stem_speed.c with -O2 and runs it on the
# sample corpus's Ukrainian and English text (and /usr/share/dict/ukrainian when installed), printing
# the Ukrainian stemmer's words/s, normalise+split+stem MB/s, and Snowball English in the same run.
#   bench/stem_speed.sh [BUILD_DIR]      (default: build-speed at the top of the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-speed}"
mkdir -p "$build"
cd "$root"
cc -O2 -std=c11 -iquote . bench/stem_speed.c stemmers/[a-z]*.c -lstemmer -o "$build/stem_speed"
jq -r 'select(.lang=="uk") | .title, .body' samples/articles.jsonl >"$build/uk.txt"
jq -r 'select(.lang=="en") | .title, .body' samples/articles.jsonl >"$build/en.txt"
dict=()
[ -r /usr/share/dict/ukrainian ] && dict=(/usr/share/dict/ukrainian)
"$build/stem_speed" "$build/uk.txt" "$build/en.txt" "${dict[@]}"
