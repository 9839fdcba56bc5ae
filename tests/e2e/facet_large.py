#!/usr/bin/env python3
"""Exact totals and facets on a generated corpus larger than any cap a matcher could be given.

usage: facet_large.py gen OUT.jsonl N SEED
       facet_large.py check POSHUK_QUERY_BIN INDEX_DIR ARTICLES_JSONL

gen writes N articles, deterministic for SEED: English bodies made of a small vocabulary (so a word's
articles can be counted here without an analyser), 12 tags (up to 4 an article), 9 oblasts, 12
hromadas, dates over 2024-11-01..2025-06-30 with many articles on the first and last day of each
month. check runs poshuk-query on the index of that corpus and compares every total and every facet
value with counts computed here from the JSONL, independently of Xapian (facet_counts.py's counts):
words, filters, date ranges with both ends on the boundary days, open and closed, in --from/--to and
in date: of the query language, and --multi-select for every facet that has a filter of its own.
"""
import datetime
import random
import sys
from collections import Counter

sys.path.insert(0, __import__("os").path.dirname(__file__))
from facet_counts import actual, key, load  # noqa: E402

WORDS = ["council", "bridge", "water", "hospital", "school", "tractor", "grain", "railway", "museum",
         "festival", "harbour", "forest"]
TAGS = ["бюджет", "освіта", "медицина", "дороги", "енергетика", "культура", "екологія", "транспорт",
        "спорт", "безпека", "аграрії", "туризм"]
OBLASTS = ["Харківська область", "Полтавська область", "Львівська область", "Київська область",
           "Одеська область", "Волинська область", "Сумська область", "Чернігівська область",
           "Житомирська область"]
HROMADAS = ["Балаклійська", "Лозівська", "Решетилівська", "Миргородська", "Жовківська", "Бориспільська",
            "Білгород-Дністровська", "Ковельська", "Охтирська", "Ніжинська", "Коростенська", "Ізюмська"]
FIRST = datetime.date(2024, 11, 1)
LAST = datetime.date(2025, 6, 30)


def gen(out, n, seed):
    rng = random.Random(seed)
    days = (LAST - FIRST).days + 1
    edges = []  # the first and last day of every month in the span
    d = FIRST
    while d <= LAST:
        edges.append(d)
        nxt = (d.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        edges.append(nxt - datetime.timedelta(days=1))
        d = nxt
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            # Zipf-like word weights: "council" in most articles, "forest" in few.
            words = [w for j, w in enumerate(WORDS) if rng.random() < 0.9 / (1 + j * 0.6)]
            body = " ".join(rng.choice(words or ["council"]) for _ in range(rng.randint(3, 12)))
            a = {"id": "g%05d" % i, "lang": "en", "title": "Article %d" % i, "body": body}
            if rng.random() < 0.95:
                tags = []
                for _ in range(rng.randint(1, 4)):
                    t = TAGS[min(int(rng.expovariate(0.3)), len(TAGS) - 1)]
                    if t not in tags:
                        tags.append(t)
                a["tags"] = tags
            if rng.random() < 0.9:
                a["oblast"] = OBLASTS[min(int(rng.expovariate(0.5)), len(OBLASTS) - 1)]
            if rng.random() < 0.8:
                a["hromadas"] = rng.sample(HROMADAS, rng.randint(1, 3))
            if rng.random() < 0.97:
                day = rng.choice(edges) if rng.random() < 0.3 else FIRST + datetime.timedelta(rng.randrange(days))
                a["date"] = day.isoformat()
            f.write(__import__("json").dumps(a, ensure_ascii=False) + "\n")


def matches(a, f):
    """Whether article a passes filters f (dict); facet_counts.py's rules, and words and hromadas."""
    words = set(a["body"].split()) | set(a["title"].lower().split())
    if any(w not in words for w in f.get("words", ())):
        return False
    if any(key(t) not in {key(x) for x in a.get("tags") or []} for t in f.get("tags", ())):
        return False
    if f.get("oblasts") and key(a.get("oblast") or "") not in {key(o) for o in f["oblasts"]}:
        return False
    if f.get("hromadas") and not {key(h) for h in f["hromadas"]} & {key(h) for h in a.get("hromadas") or []}:
        return False
    lo, hi = f.get("date_from"), f.get("date_to")
    if lo or hi:
        if a["ymd"] is None or (lo and a["ymd"] < lo) or (hi and a["ymd"] > hi):
            return False
    return True


FACET_FILTERS = {"oblast": ("oblasts",), "hromada": ("hromadas",), "year": ("date_from", "date_to"),
                 "month": ("date_from", "date_to")}


def facet(hits, name):
    return {
        "tags": lambda: Counter(t for a in hits for t in a.get("tags") or []),
        "oblast": lambda: Counter(a["oblast"] for a in hits if a.get("oblast")),
        "hromada": lambda: Counter(h for a in hits for h in a.get("hromadas") or []),
        "year": lambda: Counter("%04d" % a["ymd"][0] for a in hits if a["ymd"]),
        "month": lambda: Counter("%04d-%02d" % a["ymd"][:2] for a in hits if a["ymd"]),
    }[name]()


def expected(articles, f, multiselect):
    hits = [a for a in articles if matches(a, f)]
    facets = {}
    for name in ("tags", "oblast", "hromada", "year", "month"):
        own = FACET_FILTERS.get(name, ()) if multiselect else ()
        if any(f.get(k) for k in own):
            rest = {k: v for k, v in f.items() if k not in own}
            facets[name] = facet([a for a in articles if matches(a, rest)], name)
        else:
            facets[name] = facet(hits, name)
    return len(hits), facets


def check(binary, index, corpus):
    articles = load(corpus)
    top_oblast, second_oblast = [o for o, _ in Counter(a.get("oblast") for a in articles
                                                        if a.get("oblast")).most_common(2)]
    cases = [  # (what poshuk-query is given, the same filters for the count here)
        ([], {}),
        (["council"], {"words": ["council"]}),
        (["bridge"], {"words": ["bridge"]}),
        (["council", "water"], {"words": ["council", "water"]}),
        (["--tag", "бюджет"], {"tags": ["бюджет"]}),
        (["--oblast", top_oblast], {"oblasts": [top_oblast]}),
        (["--hromada", "Лозівська", "--hromada", "Ізюмська"], {"hromadas": ["Лозівська", "Ізюмська"]}),
        # Both ends on days that hold many articles: each end day is in the range.
        (["--from", "2025-01-01", "--to", "2025-03-31"], {"date_from": (2025, 1, 1), "date_to": (2025, 3, 31)}),
        (["--from", "2025-01", "--to", "2025-03"], {"date_from": (2025, 1, 1), "date_to": (2025, 3, 31)}),
        (["--from", "2025-02-28"], {"date_from": (2025, 2, 28)}),
        (["--to", "2025-03-01"], {"date_to": (2025, 3, 1)}),
        (["--from", "2024-11-01", "--to", "2024-11-01"], {"date_from": (2024, 11, 1), "date_to": (2024, 11, 1)}),
        (["--to", "2025-06-30"], {"date_to": (2025, 6, 30)}),
        (["--from", "2025"], {"date_from": (2025, 1, 1)}),
        (["date:2025-01-01..2025-03-31"], {"date_from": (2025, 1, 1), "date_to": (2025, 3, 31)}),
        (["date:..2025-03-01"], {"date_to": (2025, 3, 1)}),
        (["date:2025-02-28.."], {"date_from": (2025, 2, 28)}),
        (["date:2025-03-31"], {"date_from": (2025, 3, 31), "date_to": (2025, 3, 31)}),
        (["date:2025-03-31..2025-03-31"], {"date_from": (2025, 3, 31), "date_to": (2025, 3, 31)}),
        (["date:2025-03..2025-03"], {"date_from": (2025, 3, 1), "date_to": (2025, 3, 31)}),
        (["date:2025-02"], {"date_from": (2025, 2, 1), "date_to": (2025, 2, 28)}),
        (["date:2024-12..2025-01"], {"date_from": (2024, 12, 1), "date_to": (2025, 1, 31)}),
        (["council", "date:..2024-12-31"], {"words": ["council"], "date_to": (2024, 12, 31)}),
    ]
    # --multi-select with a filter of every facet that has one: each such facet must show the values
    # its own filter hides (more oblasts, hromadas, years and months than the filtered hits hold).
    every = {"oblasts": [top_oblast, second_oblast], "hromadas": ["Лозівська", "Ізюмська"],
             "date_from": (2024, 12, 31), "date_to": (2025, 1, 1)}
    every_args = ["--oblast", top_oblast, "--oblast", second_oblast, "--hromada", "Лозівська", "--hromada",
                  "Ізюмська", "--from", "2024-12-31", "--to", "2025-01-01"]
    multi = [
        (every_args, every),
        (every_args + ["council", "--tag", "бюджет"], dict(every, words=["council"], tags=["бюджет"])),
        (["--from", "2025-03-01", "--to", "2025-03-31"], {"date_from": (2025, 3, 1), "date_to": (2025, 3, 31)}),
        (["--oblast", top_oblast], {"oblasts": [top_oblast]}),
        (["--hromada", "Ізюмська"], {"hromadas": ["Ізюмська"]}),
    ]
    failures = checks = 0
    for args, f, ms in [(a, f, False) for a, f in cases] + [(a, f, True) for a, f in multi]:
        want_total, want = expected(articles, f, ms)
        got_total, got = actual(binary, index, ["--no-correction"] + (["--multi-select"] if ms else []) + args)
        checks += 1
        if want_total != got_total:
            print("FAIL %s%s: total %d, expected %d" % ("--multi-select " if ms else "", args, got_total, want_total))
            failures += 1
        for name, counts in want.items():
            checks += 1
            if got.get(name, Counter()) != counts:
                print("FAIL %s%s: facet %s\n  got      %s\n  expected %s"
                      % ("--multi-select " if ms else "", args, name, dict(got.get(name, {})), dict(counts)))
                failures += 1
    # The corpus must be what the cases need: more hits than any cap, facets the filters change.
    _, wide = expected(articles, every, True)
    _, narrow = expected(articles, every, False)
    sizes = {"articles": len(articles), "council": expected(articles, {"words": ["council"]}, False)[0]}
    for what, ok in [("over 3,000 articles", sizes["articles"] > 3000),
                     ("over 2,000 with 'council'", sizes["council"] > 2000),
                     ("multi-select changes every facet with a filter of its own",
                      all(wide[n] != narrow[n] for n in ("oblast", "hromada", "year", "month")))]:
        checks += 1
        if not ok:
            print("FAIL the corpus: %s (%s)" % (what, sizes))
            failures += 1
    print("%d passed, %d failed" % (checks - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit(check(*sys.argv[2:5]))
