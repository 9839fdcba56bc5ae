#!/usr/bin/env bash
# poshuk-query's exact forms: ="бюджету громади" finds only those word forms next to each other, where
# "бюджету громади" finds the phrase in any inflection; =громади one form of one word; title:=… the
# same in the title only. Mixed with the other operators, with facets and JSON, the mistakes with
# their places, and a remote shard, which cannot check the text.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

# The same from the JSONL: the articles whose title or body holds these lower-case words next to each
# other (words as poshuk splits them, apostrophes made one), to show the exact answers are the text's.
in_text() { # in_text FIELDS WORDS — FIELDS "title" or "title body"
  python3 - "$samples" "$1" "$2" <<'EOF'
import json, re, sys
def words(text):
    text = re.sub(r"(?<=\w)[’ʼ'](?=\w)", "'", text or "")
    return [w.lower() for w in re.findall(r"\w+(?:'\w+)*", text)]
want = words(sys.argv[3])
ids = []
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    for f in sys.argv[2].split():
        t = words(a.get(f))
        if any(t[i:i + len(want)] == want for i in range(len(t) - len(want) + 1)):
            ids.append(a["id"])
            break
print("%d: %s" % (len(ids), " ".join(sorted(ids))))
EOF
}

# A phrase: stemmed, the words in any form (бюджет громад, бюджетів громади …); exact, only these.
expect_eq "a stemmed phrase" "6: ua-0004 ua-0007 ua-0010 ua-0013 ua-0016 ua-0024" "$(search_ids '"бюджету громади"')"
expect_eq "an exact phrase" "3: ua-0004 ua-0013 ua-0024" "$(search_ids '="бюджету громади"')"
expect_eq "an exact phrase is what the text holds" "$(in_text "title body" "бюджету громади")" "$(search_ids '="бюджету громади"')"
expect_eq "an exact phrase in curly quotes" "$(search_ids '="бюджету громади"')" "$(search_ids '=“бюджету громади”')"
expect_eq "an exact phrase, English" "0: " "$(search_ids '="local budgets"')"
expect_eq "the stemmed English phrase" "1: en-0008" "$(search_ids '"local budgets"')"

# One word.
expect_eq "a stemmed word" 34 "$(query --json --limit 0 громади | jq .total)"
expect_eq "an exact word" \
  "21: ua-0002 ua-0004 ua-0006 ua-0007 ua-0008 ua-0009 ua-0010 ua-0011 ua-0012 ua-0013 ua-0014 ua-0015 ua-0019 ua-0024 ua-0026 ua-0028 ua-0030 ua-0031 ua-0032 ua-0033 ua-0034" \
  "$(search_ids =громади)"
expect_eq "an exact word is what the text holds" "$(in_text "title body" громади)" "$(search_ids =громади)"
expect_eq "another form of the same stem" "$(in_text "title body" громада)" "$(search_ids =громада)"
expect_eq "an exact word, English" "1: en-0004" "$(search_ids =budgets)"
expect_eq "the stemmed English word" "7: en-0001 en-0002 en-0004 en-0006 en-0008 en-0010 en-0015" "$(search_ids budgets)"
expect_eq "case does not matter" "$(search_ids =громади)" "$(search_ids =ГРОМАДИ)"
expect_eq "nor stress marks" "$(search_ids =громади)" "$(search_ids $'=грома\u0301ди')"
expect_eq "apostrophes are one" "3: ua-0001 ua-0014 ua-0021" "$(search_ids "=п'ять")"
expect_eq "apostrophes are one (U+2019, U+02BC)" "$(search_ids "=п'ять") $(search_ids "=п'ять")" "$(search_ids '=п’ять') $(search_ids '=пʼять')"
expect_eq "with --partial an exact last word stays whole" "$(in_text "title body" громад)" "$(search_ids --partial =громад)"

# In the title only.
expect_eq "title: stemmed" "12: ua-0007 ua-0008 ua-0010 ua-0013 ua-0014 ua-0015 ua-0016 ua-0019 ua-0024 ua-0026 ua-0030 ua-0034" \
  "$(search_ids title:громади)"
expect_eq "title: exact" "6: ua-0007 ua-0014 ua-0019 ua-0024 ua-0026 ua-0030" "$(search_ids title:=громади)"
expect_eq "title: exact is what the titles hold" "$(in_text title громади)" "$(search_ids title:=громади)"
expect_eq "title: an exact phrase" "1: ua-0024" "$(search_ids 'title:="бюджету громади"')"

# With other words and operators, each exact part checked where it stands.
expect_eq "two exact parts" "$(in_text "title body" "бюджету громади")" "$(search_ids '="бюджету громади" =громади')"
expect_eq "exact OR exact" \
  "31: ua-0001 ua-0002 ua-0003 ua-0004 ua-0005 ua-0006 ua-0007 ua-0008 ua-0009 ua-0010 ua-0011 ua-0012 ua-0013 ua-0014 ua-0015 ua-0018 ua-0019 ua-0020 ua-0022 ua-0023 ua-0024 ua-0025 ua-0026 ua-0027 ua-0028 ua-0029 ua-0030 ua-0031 ua-0032 ua-0033 ua-0034" \
  "$(search_ids '=громади OR =громада')"
expect_eq "a word without one exact form" \
  "13: ua-0001 ua-0003 ua-0005 ua-0016 ua-0017 ua-0018 ua-0020 ua-0021 ua-0022 ua-0023 ua-0025 ua-0027 ua-0029" \
  "$(search_ids 'громада -=громади')"
expect_eq "NOT an exact form is -" "$(search_ids 'громада -=громади')" "$(search_ids 'громада NOT =громади')"
expect_eq "one exact form without another" \
  "10: ua-0007 ua-0012 ua-0019 ua-0024 ua-0026 ua-0028 ua-0030 ua-0031 ua-0032 ua-0033" \
  "$(search_ids '=громади NOT =громада')"
expect_eq "an exact word and a stemmed one" "7: ua-0004 ua-0007 ua-0010 ua-0013 ua-0024 ua-0028 ua-0031" \
  "$(search_ids '=громади бюджет')"
expect_eq "in brackets, and with a field" "3: ua-0004 ua-0014 ua-0024" "$(search_ids '(=громади OR =громада) tag:бюджет oblast:"Полтавська область"')"
expect_eq "\"=\" inside a phrase is punctuation" "$(search_ids '"бюджету громади"')" "$(search_ids '"бюджету =громади"')"

# Totals and facets count the exact matches, not the stemmed candidates.
expect_eq "facets under an exact phrase" \
  "3 | бюджет 2, вода 1, децентралізація 1, молодь 1, освіта 1 | Полтавська область 2, Чернігівська область 1 | 2024 1, 2025 2" \
  "$(query --json --limit 0 --facet-limit 0 '="бюджету громади"' |
    jq -r '"\(.total) | " + ([.facets.tags, .facets.oblast, .facets.year] | map(map("\(.value) \(.count)") | join(", ")) | join(" | "))')"
expect_eq "the tag facet is the exact articles' tags" \
  "$(jq -r 'select(.id == "ua-0004" or .id == "ua-0013" or .id == "ua-0024") | .tags[]' "$samples" | sort | uniq -c |
    sort -k1,1nr -k2 | awk '{print $2 " " $1}' | paste -sd, | sed 's/,/, /g')" \
  "$(query --json --limit 0 --facet-limit 0 '="бюджету громади"' | jq -r '.facets.tags | map("\(.value) \(.count)") | join(", ")')"
expect_eq "multi-select facets under an exact phrase" \
  "2 | Полтавська область 2, Чернігівська область 1" \
  "$(query --json --limit 0 --facet-limit 0 --multi-select --oblast 'Полтавська область' '="бюджету громади"' |
    jq -r '"\(.total) | \(.facets.oblast | map("\(.value) \(.count)") | join(", "))"')"

# JSON: the hits of an exact phrase, best first.
expect_eq "JSON hits" '{"query":"=\"бюджету громади\"","total":3,"hits":[["ua-0024",1],["ua-0004",2],["ua-0013",3]]}' \
  "$(query --json --snippets 0 --no-facets '="бюджету громади"' | jq -c '{query, total, hits: [.hits[] | [.id, .rank]]}')"
expect_eq "text output" "3 articles match “=\"бюджету громади\"”" \
  "$(query --snippets 0 --no-facets '="бюджету громади"' | head -1)"

# Snippets mark only the exact form of an exact word: MSet::snippet marks every form of the stem,
# poshuk drops the marks of the other forms (unless a plain word of the query has that stem too).
marks() { # marks QUERY — "id: marked words; …" of the first three hits
  query --json --limit 3 --snippets 80 --no-facets "$1" |
    jq -r '[.hits[] | "\(.id): \([.snippet.html | scan("<mark>([^<]*)</mark>")[0]] | join(" "))"] | join("; ")'
}
expect_eq "a plain word marks every form" "ua-0014: громаді громадам; ua-0007: громад; ua-0010: громад" "$(marks громада)"
expect_eq "an exact word marks its form only" "ua-0014: ; ua-0010: ; ua-0015: громада" "$(marks =громада)"
expect_eq "an exact word beside a plain one of its stem" "ua-0014: громаді громадам; ua-0007: громад; ua-0010: громад" \
  "$(marks '=громади громада')"

# Mistakes, each with its place.
expect_eq "= with nothing after it" \
  "3: poshuk-query: syntax error at character 9: = needs a word or a phrase in quotes right after it
  громада =
          ^" "$(search_fails 'громада =')"
expect_eq "an unclosed exact phrase" \
  "3: poshuk-query: syntax error at character 9: unclosed quote
  бюджет =\"бюджету громади
          ^" "$(search_fails 'бюджет ="бюджету громади')"
expect_eq "= before an operator" \
  "3: poshuk-query: syntax error at character 9: = cannot go before an operator; for the word itself write it in lower case
  громада =AND бюджет
          ^" "$(search_fails 'громада =AND бюджет')"
expect_eq "= before a bracket" \
  "3: poshuk-query: syntax error at character 1: = cannot go before a bracket; put it before each word or phrase
  =(громади OR громада)
  ^" "$(search_fails '=(громади OR громада)')"
expect_eq "= before a field" \
  "3: poshuk-query: syntax error at character 1: = cannot go before a field; for the title write title:=word
  =title:громади
  ^" "$(search_fails '=title:громади')"
expect_eq "= with a wildcard" \
  "3: poshuk-query: syntax error at character 1: = and * cannot go together: = asks for one form of a word, * for many
  =громад*
  ^" "$(search_fails '=громад*')"
expect_eq "an exact phrase beside NEAR" \
  "3: poshuk-query: syntax error at character 20: NEAR needs a single word on its left
  =\"бюджету громади\" NEAR школа
                     ^" "$(search_fails '="бюджету громади" NEAR школа')"
expect_eq "a mistake in JSON" '{"error":{"status":"query_syntax","message":"= needs a word or a phrase in quotes right after it","offset":6}}' \
  "$(query --json 'title:=' 2>/dev/null | jq -c . || true)"

# A remote shard cannot check the text: a clear error, not the stemmed answer.
serve "$work/index"
if [ -n "$port" ]; then
  trap 'kill "$srv" 2>/dev/null; rm -rf "$work"' EXIT
  echo "remote 127.0.0.1:$port" >"$work/remote.stub"
  set +e
  err=$("$POSHUK_QUERY_BIN" -d "$work/remote.stub" --snippets 0 '="бюджету громади"' 2>&1 >/dev/null)
  rc=$?
  set -e
  expect_eq "an exact phrase on a remote shard" \
    "2: poshuk-query: exact forms (=word, =\"words\") cannot be searched on a remote shard: the check needs the article text, which only a local index can read; search without = or open the shards directly" \
    "$rc: $err"
  expect_eq "the same in JSON" \
    '{"error":{"status":"invalid","message":"exact forms (=word, =\"words\") cannot be searched on a remote shard: the check needs the article text, which only a local index can read; search without = or open the shards directly"}}' \
    "$("$POSHUK_QUERY_BIN" -d "$work/remote.stub" --json '=громади' 2>/dev/null | jq -c . || true)"
else
  checks=$((checks + 1))
  failures=$((failures + 1))
  echo "FAIL xapian-tcpsrv did not start: $(cat "$tcpsrv_log")"
fi

finish
