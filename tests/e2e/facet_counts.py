#!/usr/bin/env python3
"""Checks poshuk-query's exact facet counts against counts computed here, from the JSONL itself,
without Xapian: for a set of filter combinations, the total and every value of every facet must agree.

usage: facet_counts.py POSHUK_QUERY_BIN INDEX_DIR ARTICLES_JSONL
"""
import json
import re
import subprocess
import sys
from collections import Counter

MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
MONTHS_UK = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
             "вересня", "жовтня", "листопада", "грудня"]


def parse_date(text):
    """The four forms of the corpus, written independently of poshuk's parser."""
    text = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if m:
        return int(m[3]), int(m[2]), int(m[1])
    m = re.fullmatch(r"(\d{1,2}) (\S+) (\d{4})", text)
    if m:
        name = m[2].lower()
        for names in (MONTHS_EN, MONTHS_UK):
            for i, full in enumerate(names):
                if name == full or (names is MONTHS_EN and name == full[:3]):
                    return int(m[3]), i + 1, int(m[1])
    raise ValueError("unexpected date form in the sample: " + text)


def key(value):
    return " ".join(value.lower().split())


def load(path):
    articles = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                a["ymd"] = parse_date(a["date"]) if a.get("date") else None
                articles.append(a)
    return articles


def expected(articles, tags=(), oblasts=(), langs=(), date_from=None, date_to=None):
    hits = []
    for a in articles:
        if any(key(t) not in {key(x) for x in a.get("tags") or []} for t in tags):
            continue
        if oblasts and key(a.get("oblast") or "") not in {key(o) for o in oblasts}:
            continue
        if langs and a.get("lang") not in langs:
            continue
        if (date_from or date_to) and a["ymd"] is None:
            continue
        if date_from and a["ymd"] < date_from:
            continue
        if date_to and a["ymd"] > date_to:
            continue
        hits.append(a)
    facets = {
        "tags": Counter(t.strip() for a in hits for t in a.get("tags") or []),
        "oblast": Counter(a["oblast"].strip() for a in hits if a.get("oblast")),
        "hromada": Counter(h.strip() for a in hits for h in a.get("hromadas") or []),
        "year": Counter("%04d" % a["ymd"][0] for a in hits if a["ymd"]),
        "month": Counter("%04d-%02d" % a["ymd"][:2] for a in hits if a["ymd"]),
    }
    return len(hits), facets


def actual(binary, index, args):
    out = subprocess.run([binary, "-d", index, "--json", "--limit", "0", "--facet-limit", "0"] + args,
                         check=True, capture_output=True, text=True).stdout
    doc = json.loads(out)
    facets = {name: Counter({v["value"]: v["count"] for v in values})
              for name, values in doc["facets"].items()}
    return doc["total"], facets


def main():
    binary, index, corpus = sys.argv[1:4]
    articles = load(corpus)
    oblasts = Counter(a["oblast"] for a in articles if a.get("oblast"))
    tags = Counter(t for a in articles for t in a.get("tags") or [])
    top_oblast, second_oblast = [o for o, _ in oblasts.most_common(2)]
    top_tag, second_tag = [t for t, _ in tags.most_common(2)]
    cases = [
        ([], {}),
        (["--oblast", top_oblast], {"oblasts": [top_oblast]}),
        (["--oblast", top_oblast, "--oblast", second_oblast], {"oblasts": [top_oblast, second_oblast]}),
        (["--tag", top_tag], {"tags": [top_tag]}),
        (["--tag", top_tag, "--tag", second_tag], {"tags": [top_tag, second_tag]}),
        (["--tag", top_tag.upper()], {"tags": [top_tag]}),
        (["--lang", "en"], {"langs": ["en"]}),
        (["--lang", "uk", "--from", "2025"], {"langs": ["uk"], "date_from": (2025, 1, 1)}),
        (["--from", "2024-03", "--to", "2025-06"], {"date_from": (2024, 3, 1), "date_to": (2025, 6, 30)}),
        (["--to", "31.12.2024", "--oblast", top_oblast], {"date_to": (2024, 12, 31), "oblasts": [top_oblast]}),
    ]
    failures = 0
    for args, filters in cases:
        want = expected(articles, **filters)
        got = actual(binary, index, args)
        if want[0] != got[0]:
            print("FAIL %s: total %d, expected %d" % (args, got[0], want[0]))
            failures += 1
        for name, counts in want[1].items():
            if got[1].get(name, Counter()) != counts:
                print("FAIL %s: facet %s\n  got      %s\n  expected %s"
                      % (args, name, dict(got[1].get(name, {})), dict(counts)))
                failures += 1
    print("%d passed, %d failed" % (len(cases) - min(failures, len(cases)), failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
