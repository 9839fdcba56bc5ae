#!/usr/bin/env bash
# The Ukrainian and English analysis as a searcher meets it, on the sample corpus: every apostrophe is
# one, stopwords don't narrow a query but stay in phrases, British and American spellings meet, and a
# name finds articles in the other script, ranked after those in the query's own.
source "$(dirname "$0")/lib.bash"
index_samples "$work/index"

hits() { # hits ARGS... — "total: id:score id:score …", scores rounded to 0.1 so that 0 stands out
  query --json --limit 100 "$@" | jq -r '"\(.total): \([.hits[] | "\(.id):\(.score * 10 | round / 10)"] | join(" "))"'
}
ids() { query --json --limit 100 "$@" | jq -r '"\(.total): \([.hits[].id] | join(" "))"'; }

# Apostrophes: U+2019, U+02BC, U+0027, U+0060 and upper case are one word.
want=$(ids "п’ять")
for q in "пʼять" "п'ять" "П'ЯТЬ" "п\`ять"; do
  expect_eq "apostrophe form $q" "$want" "$(ids "$q")"
done
expect_eq "сімʼям in the text, typed with '" "2: ua-0009 ua-0015" "$(ids "сім'ям")"

# Stopwords: dropped from a word query, kept in a phrase.
expect_eq "the + Albuquerque" "$(ids Albuquerque)" "$(ids the Albuquerque)"
expect_eq "phrase keeps its stopword" "2: ua-0001 ua-0028" "$(query --json '"в Харкові"' | jq -r '"\(.total): \([.hits[].id] | sort | join(" "))"')"

# British and American spellings.
expect_eq "-ize = -ise" "$(ids decentralisation)" "$(ids Decentralization)"

# Across scripts: same-script matches score, cross-script ones follow with 0 for that word.
expect_eq "Bucha" "2: en-0010:6.3 ua-0005:0" "$(hits Bucha)"
expect_eq "Бучі" "2: ua-0005:6.4 en-0010:0" "$(hits Бучі)"
expect_eq "Kharkiv finds Харкові" "4: en-0001:5.5 en-0012:2.9 ua-0028:0 ua-0001:0" "$(hits Kharkiv)"
expect_eq "Харків finds Kharkiv" "4: ua-0028:5.7 ua-0001:5.5 en-0001:0 en-0012:0" "$(hits Харків)"

# Inflection, alternation included: водогін finds водогону too, the title match first.
expect_eq "водогін" "3: ua-0004 ua-0002 ua-0011" "$(ids водогін)"
expect_eq "Albuquerque is no transliteration" "2: en-0003 en-0004" "$(ids Albuquerque)"

# Every name of an oblast is one filter and one facet value; a hit shows it in the article's language.
want=$(ids --oblast "Харківська область")
expect_eq "the portal's form" "6: ua-0028 en-0001 ua-0001 ua-0002 en-0012 ua-0019" "$want"
for name in "Харківщина" "Kharkiv Oblast" "Kharkivska oblast" "KHARKOV" "харківська обл."; do
  expect_eq "oblast named $name" "$want" "$(ids --oblast "$name")"
done
expect_eq "oblast: field" "$want" "$(ids 'oblast:"Kharkiv Oblast"')"
expect_eq "one facet value" '[{"value":"Харківська область","count":6}]' \
  "$(query --json --limit 0 --oblast Kharkiv | jq -c .facets.oblast)"
expect_eq "shown in the article's language" "en-0001 Kharkiv Oblast|ua-0001 Харківська область" \
  "$(query --json --limit 10 --oblast Kharkiv | jq -r '[.hits[] | select(.id == "en-0001" or .id == "ua-0001") | "\(.id) \(.oblast)"] | sort | join("|")')"

# --analyse shows what indexing makes of each word, and needs no index.
expect_eq "--analyse" "word     script  term    translit  cross-script  stop
the      en      Zthe    -         -             stop
Bucha's  en      Zbucha  -         XTbuch
Бучі     uk      Zбуч    buchi     XTbuch
2025     other   Z2025   -         -" "$("$POSHUK_QUERY_BIN" --analyse "the Bucha’s Бучі 2025" | sed 's/ *$//')"
expect_eq "--analyse --json" '{"word":"Бучі","lower":"бучі","script":"uk","term":"Zбуч","translit":"buchi","cross_key":"XTbuch","stopword":false}' \
  "$("$POSHUK_QUERY_BIN" --analyse "Бучі" --json | jq -c '.words[0]')"

finish
