#!/usr/bin/env bash
# The sample index, all of it: every document's terms with wdf and positions, values and document data
# (the dump of xapian/index_dump.h), against the digest of the index poshuk built before the indexer's
# one word pass (xapian/word_pass.h). A change that alters any term, position, value or record of an
# article changes the digest: if that change is meant, check the new dump by hand and update DIGEST.
# The body slot holds zlib's deflate output, so another zlib could change the digest too.
source "$(dirname "$0")/lib.bash"

DIGEST=e5fef95bde3445aa3bc59bb74467bba77ffa8a957cce39512de7381a471de8a2
dump_tool="$POSHUK_BUILD_DIR/tests/test_index_dump"

index_samples "$work/index"
"$dump_tool" --dump "$work/index" >"$work/dump"
expect_eq "sample index dump digest" "$DIGEST" "$(sha256sum <"$work/dump" | cut -d' ' -f1)"
expect_eq "sample index: documents, last docid, total length" "index docs 51 lastdocid 51 length 5652" \
  "$(head -n 1 "$work/dump")"
if [ "$failures" -ne 0 ]; then
  kept="$POSHUK_TEST_TMP/index_identity.dump"
  cp "$work/dump" "$kept"
  echo "the dump is kept in $kept"
fi

# The dump itself is exact: one article, its word terms as the one pass makes them.
printf '%s\n' '{"id":"d1","lang":"en","title":"Kyiv mayor","body":"The mayor of Kyiv."}' >"$work/one.jsonl"
"$POSHUK_INDEX_BIN" -q -d "$work/one" "$work/one.jsonl"
# Title at 1-2 (ZS) and 3-4 (Z, wdf 5), the body from 4 + 100 + 1; "The" is capitalised, so it has a
# key too.
expect_eq "one article's word terms" "term XTky wdf 0
term XTth wdf 0
term XWkyiv wdf 0
term XWmayor wdf 0
term XWof wdf 0
term XWthe wdf 0
term ZSkyiv wdf 1 pos 1
term ZSmayor wdf 1 pos 2
term Zkyiv wdf 6 pos 3 108
term Zmayor wdf 6 pos 4 106
term Zof wdf 1 pos 107
term Zthe wdf 1 pos 105" "$("$dump_tool" --dump "$work/one" | grep -E '^term (Z|XW|XT)')"
finish
