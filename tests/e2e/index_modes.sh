#!/usr/bin/env bash
# An index's permissions survive the jobs that rewrite it: a rebuild's new generation (one writer or
# shards merged), a new index in a directory someone made private, and the commits of an update (Xapian
# rewrites its version file each time) take the index's modes, never the umask's (issue 14).
source "$(dirname "$0")/lib.bash"
set -eu
umask 022

modes() { # modes DIR — "dir-mode file-mode..." of the directory DIR leads to and its files, sorted
  local real
  real=$(readlink -f "$1")
  printf '%s' "$(stat -c %a "$real")"
  find "$real" -maxdepth 1 -type f -printf ' %m' | tr ' ' '\n' | sort -u | tr '\n' ' ' | sed 's/ $//'
}

# A private index: 0700, its files 0600.
"$POSHUK_INDEX_BIN" -q -d "$work/private" "$samples"
chmod 700 "$work/private"
chmod 600 "$work/private"/*
expect_eq "private index before" "700 600" "$(modes "$work/private")"
"$POSHUK_INDEX_BIN" -q --rebuild -j 1 -d "$work/private" "$samples"
expect_eq "rebuild on one writer keeps 0700/0600" "700 600" "$(modes "$work/private")"
"$POSHUK_INDEX_BIN" -q --rebuild -j 2 -d "$work/private" "$samples"
expect_eq "rebuild in shards keeps 0700/0600" "700 600" "$(modes "$work/private")"
printf '{"id":"m1","title":"Нова стаття","lang":"uk"}\n' | "$POSHUK_INDEX_BIN" -q -d "$work/private" -
expect_eq "an update's commit keeps 0600 (iamglass rewritten)" "700 600" "$(modes "$work/private")"

"$POSHUK_INDEX_BIN" repair -q -d "$work/private"
expect_eq "repair (a new generation made by compaction) keeps 0700/0600" "700 600" "$(modes "$work/private")"

# Modes are copied, not made private: a group-readable index stays group-readable.
"$POSHUK_INDEX_BIN" -q -d "$work/group" "$samples"
chmod 750 "$work/group"
chmod 640 "$work/group"/*
"$POSHUK_INDEX_BIN" -q --rebuild -d "$work/group" "$samples"
expect_eq "rebuild keeps 0750/0640" "750 640" "$(modes "$work/group")"

# A new index into an empty directory made 0700: its files 0600, on one writer and in shards.
mkdir -m 700 "$work/new1" "$work/new2"
"$POSHUK_INDEX_BIN" -q -j 1 -d "$work/new1" "$samples"
expect_eq "new index, one writer, in an empty 0700 directory" "700 600" "$(modes "$work/new1")"
"$POSHUK_INDEX_BIN" -q -j 2 -d "$work/new2" "$samples"
expect_eq "new index in shards, in an empty 0700 directory" "700 600" "$(modes "$work/new2")"

# Where no one chose a mode, the umask decides, as for any file.
"$POSHUK_INDEX_BIN" -q -d "$work/plain" "$samples"
expect_eq "new index in a new directory: the umask's modes" "755 644" "$(modes "$work/plain")"

finish
