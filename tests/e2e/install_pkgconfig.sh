#!/usr/bin/env bash
# `cmake --install` into a fresh prefix gives what a site's program needs: the header, the libraries
# and a poshuk.pc that works wherever the prefix is, for shared and for static linking.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"
cmake --install "$POSHUK_BUILD_DIR" --prefix "$work/prefix" >/dev/null
pc=$(find "$work/prefix" -name poshuk.pc)
export PKG_CONFIG_PATH=$(dirname "$pc")
client="$POSHUK_SOURCE_DIR/tests/e2e/data/library_client.c"

# Flags of the sanitizer build, if any, so the client links with an instrumented library.
extra=()
case "${ASAN_OPTIONS:-}" in ?*) extra=(-fsanitize=address,undefined) ;; esac

cc -std=c11 "${extra[@]}" "$client" -o "$work/client-shared" $(pkg-config --cflags --libs poshuk)
expect_eq "shared library client" "1 en-0003
2 en-0004" "$(LD_LIBRARY_PATH="$(pkg-config --variable=libdir poshuk)" "$work/client-shared" "$work/index" Albuquerque)"

rm -f "$(pkg-config --variable=libdir poshuk)"/libposhuk.so*
cc -std=c11 "${extra[@]}" "$client" -o "$work/client-static" $(pkg-config --static --cflags --libs poshuk)
expect_eq "static library client" "1 en-0003
2 en-0004" "$("$work/client-static" "$work/index" Albuquerque)"
expect_eq "the header is installed" "yes" "$([ -f "$(pkg-config --variable=includedir poshuk)/poshuk.h" ] && echo yes)"
finish
