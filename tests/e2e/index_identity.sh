#!/usr/bin/env bash
# The sample index, all of it: every document's terms with wdf and positions, values and document data
# (the dump of xapian/index_dump.h), against the digest of the index poshuk built before the indexer's
# one word pass (xapian/word_pass.h). A change that alters any term, position, value or record of an
# article changes the digest: if that change is meant, check the new dump by hand and update DIGEST.
# The body slot holds zlib's deflate output, so another zlib could change the digest too.
source "$(dirname "$0")/lib.bash"

DIGEST=7c15ddf02ab523dc0ba6c8d7db961ca8eb710c575a41f01b2202bba195c9dc92
dump_tool="$POSHUK_BUILD_DIR/tests/test_index_dump"

index_samples "$work/index"
"$dump_tool" --dump "$work/index" >"$work/dump"
expect_eq "sample index dump digest" "$DIGEST" "$(sha256sum <"$work/dump" | cut -d' ' -f1)"
expect_eq "sample index: documents, last docid, total length" "index docs 51 lastdocid 51 length 5652" \
  "$(head -n 1 "$work/dump")"
# Slot 10, the facet record: tags, oblast (the portal's form), hromadas and month in one value, the
# fields split by \x1e and list items by \x1f (the dump writes control bytes as \xNN).
expect_eq "the first sample article's facet record" \
  'value 10 відбудова\x1fосвіта\x1fбюджет\x1eХарківська область\x1eХарківська територіальна громада\x1e2025-07' \
  "$(grep -m1 '^value 10 ' "$work/dump")"
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
# With XAPIAN_CJK_NGRAM set, Xapian splits CJK text into n-grams and poshuk lets TermGenerator split
# (xapian/word_pass.h): the sample index is the same all the same, and a CJK article gets the n-grams
# (Xapian 1.4 gives every one a position); without it a run of CJK characters is one word.
XAPIAN_CJK_NGRAM=1 "$POSHUK_INDEX_BIN" -q -d "$work/index-cjk" "$samples"
expect_eq "sample index dump digest, XAPIAN_CJK_NGRAM set" "$DIGEST" \
  "$("$dump_tool" --dump "$work/index-cjk" | sha256sum | cut -d' ' -f1)"
printf '%s\n' '{"id":"c1","lang":"uk","title":"中文新闻 Kyiv","body":"北京大学的学生 visited Київ. 中文"}' \
  >"$work/cjk.jsonl"
XAPIAN_CJK_NGRAM=1 "$POSHUK_INDEX_BIN" -q -d "$work/cjk-ngrams" "$work/cjk.jsonl"
expect_eq "a CJK article's title and stems, XAPIAN_CJK_NGRAM set" "term ZSkyiv wdf 1 pos 8
term ZS中 wdf 1 pos 1
term ZS中文 wdf 1 pos 2
term ZS文 wdf 1 pos 3
term ZS文新 wdf 1 pos 4
term ZS新 wdf 1 pos 5
term ZS新闻 wdf 1 pos 6
term ZS闻 wdf 1 pos 7
term Zkyiv wdf 5 pos 16
term Zvisit wdf 1 pos 130
term Zкиєв wdf 1 pos 131
term Z中 wdf 6 pos 9 132
term Z中文 wdf 6 pos 10 133
term Z京 wdf 1 pos 119
term Z京大 wdf 1 pos 120
term Z北 wdf 1 pos 117
term Z北京 wdf 1 pos 118
term Z大 wdf 1 pos 121
term Z大学 wdf 1 pos 122
term Z学 wdf 2 pos 123 127
term Z学生 wdf 1 pos 128
term Z学的 wdf 1 pos 124
term Z文 wdf 6 pos 11 134
term Z文新 wdf 5 pos 12
term Z新 wdf 5 pos 13
term Z新闻 wdf 5 pos 14
term Z生 wdf 1 pos 129
term Z的 wdf 1 pos 125
term Z的学 wdf 1 pos 126
term Z闻 wdf 5 pos 15" "$("$dump_tool" --dump "$work/cjk-ngrams" | grep -E '^term Z')"
env -u XAPIAN_CJK_NGRAM "$POSHUK_INDEX_BIN" -q -d "$work/cjk-words" "$work/cjk.jsonl"
expect_eq "a CJK article's words, XAPIAN_CJK_NGRAM not set" "term XWkyiv wdf 0
term XWvisited wdf 0
term XWкиїв wdf 0
term XW中文 wdf 0
term XW中文新闻 wdf 0
term XW北京大学的学生 wdf 0
term ZSkyiv wdf 1 pos 2
term ZS中文新闻 wdf 1 pos 1
term Zkyiv wdf 5 pos 4
term Zvisit wdf 1 pos 106
term Zкиєв wdf 1 pos 107
term Z中文 wdf 1 pos 108
term Z中文新闻 wdf 5 pos 3
term Z北京大学的学生 wdf 1 pos 105" "$("$dump_tool" --dump "$work/cjk-words" | grep -E '^term (Z|XW)')"
finish
