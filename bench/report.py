#!/usr/bin/env python3
"""Turns bench/run's metrics (size, engine, metric, value) into bench/results/RESULTS.md: indexing and
query tables with poshuk ÷ peer ratios, the issue's targets each with its measured ratio, and with
--scale 1 the scaling table and a gnuplot PNG. Python's standard library only."""

import argparse
import collections
import os
import platform
import subprocess

ENGINES = ["poshuk", "xapian-raw", "sqlite-fts5", "sphinx", "omega"]
PEERS = ENGINES[1:]
KINDS = [
    ("mid", "two mid-frequency words (ranks 100-5,000), top 10 + exact total"),
    ("head", "two frequent words (ranks 10-200), top 10 + exact total"),
    ("filter", "frequent words + oblast + two-year date range"),
    ("facets", "frequent words + exact facet counts (tags, oblast, year)"),
    ("facets-mid", "mid-frequency words + exact facet counts"),
]
NAMES = {
    "poshuk": "poshuk",
    "xapian-raw": "raw Xapian C++ (floor)",
    "sqlite-fts5": "SQLite FTS5",
    "sphinx": "Sphinx 2.2",
    "omega": "Xapian Omega",
}


def load(path):
    m = collections.defaultdict(dict)  # (size, engine) -> metric -> float
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4:
                continue
            size, engine, metric, value = parts
            try:
                m[(int(size), engine)][metric] = float(value)
            except ValueError:
                pass
    return m


def fmt(x, digits=None):
    if x is None:
        return "–"
    if digits is None:
        digits = 0 if abs(x) >= 100 else 1 if abs(x) >= 10 else 2
    return f"{x:,.{digits}f}"


def ratio(a, b):
    return a / b if a is not None and b not in (None, 0) else None


def fmt_ratio(r):
    if r is None:
        return "–"
    return f"{r:.3f}×" if 0.9 < r < 1.1 else f"{r:.2f}×"  # near 1, the third digit decides a target


def machine():
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kb = int(f.readline().split()[1])
            mem = f"{kb / 1048576:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({cpu}), {mem}"


def index_rows(m, size):
    jsonl = m.get((size, "corpus"), {}).get("jsonl_bytes")
    rows = {}
    for e in ENGINES:
        d = m.get((size, e))
        if not d or "index_wall_s" not in d:
            continue
        wall = d["index_wall_s"]
        rows[e] = {
            "wall": wall,
            "cpu": d.get("index_cpu_s"),
            "rate": size / wall if wall else None,
            "mbs": jsonl / 1e6 / wall if jsonl and wall else None,
            "rss": d.get("index_rss_kb", 0) / 1024,
            "bytes": d.get("index_bytes"),
            "compact": d.get("compact_bytes"),
            "load": d.get("load_before_index"),
        }
    return rows


def smallest_size(r):
    return r["compact"] if r.get("compact") else r["bytes"]


def indexing_section(m, size, out):
    rows = index_rows(m, size)
    out.append("## Indexing\n")
    out.append(
        "Wall time of the whole build under `/usr/bin/time -v` (poshuk: `poshuk-index`; the peers: their own "
        "indexers), CPU seconds (user + system, less sensitive to other load), articles/s and MB/s of the "
        "JSONL corpus, peak RSS, size on disk, and for Xapian indexes the size after `xapian-compact`.\n"
    )
    out.append("| engine | wall s | CPU s | articles/s | MB/s | peak RSS MB | index MB | compacted MB | load at start |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for e in ENGINES:
        if e in rows:
            r = rows[e]
            out.append(
                f"| {NAMES[e]} | {fmt(r['wall'])} | {fmt(r['cpu'])} | {fmt(r['rate'], 0)} | {fmt(r['mbs'])} | "
                f"{fmt(r['rss'], 0)} | {fmt((r['bytes'] or 0) / 1e6)} | "
                f"{fmt(r['compact'] / 1e6) if r['compact'] else '–'} | {fmt(r['load'])} |"
            )
    if "poshuk" in rows:
        p = rows["poshuk"]
        out.append("\nposhuk ÷ peer (articles/s: above 1 is poshuk faster; RSS and size: below 1 is poshuk smaller):\n")
        out.append("| peer | articles/s | CPU s | peak RSS | index size | size, both compacted where possible |")
        out.append("|---|---:|---:|---:|---:|---:|")
        for e in PEERS:
            if e in rows:
                r = rows[e]
                out.append(
                    f"| {NAMES[e]} | {fmt_ratio(ratio(p['rate'], r['rate']))} | {fmt_ratio(ratio(p['cpu'], r['cpu']))} | "
                    f"{fmt_ratio(ratio(p['rss'], r['rss']))} | {fmt_ratio(ratio(p['bytes'], r['bytes']))} | "
                    f"{fmt_ratio(ratio(smallest_size(p), smallest_size(r)))} |"
                )
    tables_section(m, size, out)
    out.append("")
    return rows


TABLES = ["postlist", "position", "termlist", "docdata"]


def tables_section(m, size, out):
    """Where a compacted Xapian index's bytes are, table by table."""
    have = [e for e in ENGINES if f"compact_table_postlist_bytes" in m.get((size, e), {})]
    if not have:
        return
    out.append(
        "\nWhere the compacted Xapian indexes' bytes are, MB (postlist holds the posting lists and the value "
        "slots, poshuk's stored bodies among them; position the word positions; termlist each document's terms, "
        "which replacing and deleting need; docdata what a hit shows):\n"
    )
    out.append("| engine | " + " | ".join(TABLES) + " | other |")
    out.append("|---|" + "---:|" * (len(TABLES) + 1))
    for e in have:
        r = m[(size, e)]
        parts = [r.get(f"compact_table_{t}_bytes", 0) for t in TABLES]
        other = sum(v for k, v in r.items() if k.startswith("compact_table_")) - sum(parts)
        out.append(f"| {NAMES[e]} | " + " | ".join(fmt(v / 1e6) for v in parts) + f" | {fmt(other / 1e6)} |")


def query_section(m, size, out):
    out.append("## Queries\n")
    out.append(
        "Warm (each set runs once untimed first), one thread, each engine's own in-process call timed around one "
        "query (Sphinx: one SphinxQL round trip over loopback, which any Sphinx client pays). Microseconds. "
        "\"matches\" is the mean exact total per query: engines analyse words differently (poshuk and the floor "
        "stem Ukrainian and English, Omega and Sphinx stem English only, FTS5 does not stem), so they do not "
        "find the same articles. The CPU columns are the calling thread's CPU time: on a shared machine a query "
        "preempted for a scheduler tick (4 ms) inflates the wall p99 but not the CPU p99, so read the wall "
        "p99s against the load. For Sphinx the work happens in searchd, so only wall time is given.\n"
    )
    q = {}
    for kind, what in KINDS:
        have = [e for e in ENGINES if f"q_{kind}_median_us" in m.get((size, e), {})]
        if not have:
            continue
        out.append(f"### {kind}: {what}\n")
        out.append(
            "| engine | n | median µs | p90 µs | p99 µs | CPU median µs | CPU p99 µs | matches | "
            "poshuk ÷ engine: median | p99 | CPU p99 | errors |"
        )
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        pd = m.get((size, "poshuk"), {})
        for e in have:
            d = m[(size, e)]
            med, p99 = d.get(f"q_{kind}_median_us"), d.get(f"q_{kind}_p99_us")
            # Sphinx does its work in searchd: the client's CPU time says nothing about it.
            cmed = d.get(f"q_{kind}_cpu_median_us") if e != "sphinx" else None
            cp99 = d.get(f"q_{kind}_cpu_p99_us") if e != "sphinx" else None
            q[(e, kind)] = (med, p99, cmed, cp99)
            rm = ratio(pd.get(f"q_{kind}_median_us"), med) if e != "poshuk" else None
            rp = ratio(pd.get(f"q_{kind}_p99_us"), p99) if e != "poshuk" else None
            rc = ratio(pd.get(f"q_{kind}_cpu_p99_us"), cp99) if e != "poshuk" else None
            out.append(
                f"| {NAMES[e]} | {fmt(d.get(f'q_{kind}_n'), 0)} | {fmt(med)} | {fmt(d.get(f'q_{kind}_p90_us'))} | "
                f"{fmt(p99)} | {fmt(cmed)} | {fmt(cp99)} | {fmt(d.get(f'q_{kind}_mean_total'))} | {fmt_ratio(rm)} | "
                f"{fmt_ratio(rp)} | {fmt_ratio(rc)} | {fmt(d.get(f'q_{kind}_errors'), 0)} |"
            )
        out.append("")
    pi, ri = m.get((size, "poshuk"), {}), m.get((size, "xapian-raw"), {})
    if any(f"q_{k}_instructions" in pi for k, _ in KINDS):
        out.append("### What poshuk's layer costs, in instructions\n")
        out.append(
            "Instructions per query counted by callgrind (each kind's first 200 queries, start-up subtracted): "
            "unlike time, this does not move with the machine's load.\n"
        )
        out.append("| kind | poshuk | raw Xapian | poshuk ÷ raw |")
        out.append("|---|---:|---:|---:|")
        for kind, _ in KINDS:
            a, b = pi.get(f"q_{kind}_instructions"), ri.get(f"q_{kind}_instructions")
            if a is not None:
                out.append(f"| {kind} | {fmt(a, 0)} | {fmt(b, 0)} | {fmt_ratio(ratio(a, b))} |")
        a, b = pi.get("index_instructions_per_article"), ri.get("index_instructions_per_article")
        if a is not None:
            out.append(f"| indexing, per article (first 300) | {fmt(a, 0)} | {fmt(b, 0)} | {fmt_ratio(ratio(a, b))} |")
        out.append("")
    diffs = [(e, m[(size, e)].get("totals_differing_from_poshuk")) for e in PEERS if (size, e) in m]
    diffs = [(e, v) for e, v in diffs if v is not None]
    if diffs:
        out.append(
            "Queries (of all kinds) whose exact total differs from poshuk's: "
            + ", ".join(f"{NAMES[e]} {int(v)}" for e, v in diffs)
            + ".\n"
        )
    return q


def verdict(ok):
    return "–" if ok is None else ("met" if ok else "**not met**")


def targets_section(m, size, rows, q, scale_sizes, out):
    out.append("## The issue's targets\n")
    out.append("| target | measured (poshuk ÷ peer) | verdict |")
    out.append("|---|---|---|")
    p, f, raw = rows.get("poshuk"), rows.get("sqlite-fts5"), rows.get("xapian-raw")

    r = ratio(p["rate"], f["rate"]) if p and f else None
    out.append(f"| indexing ≥ 1.0× FTS5's articles/s | {fmt_ratio(r)} | {verdict(None if r is None else r >= 1.0)} |")

    def qt(kind, limit):
        pm, fm = q.get(("poshuk", kind)), q.get(("sqlite-fts5", kind))
        if not pm or not fm:
            return f"| {kind}: median and p99 ≤ {limit}× FTS5 | – | – |"
        a, b, c = ratio(pm[0], fm[0]), ratio(pm[1], fm[1]), ratio(pm[3], fm[3])
        ok = a is not None and b is not None and a <= limit and b <= limit
        return (
            f"| {kind}: median and p99 ≤ {limit}× FTS5 | median {fmt_ratio(a)}, p99 {fmt_ratio(b)} "
            f"(CPU p99 {fmt_ratio(c)}) | {verdict(ok)} |"
        )

    out.append(qt("facets", 0.5))
    for kind in ("mid", "head", "filter", "facets-mid"):
        out.append(qt(kind, 1.0))

    if p and f:
        r = ratio(smallest_size(p), f["bytes"])
        which = "compacted" if p.get("compact") else "as built"
        out.append(
            f"| index size ≤ 1.0× FTS5's (FTS5 storing the text), poshuk {which} | {fmt_ratio(r)} | "
            f"{verdict(None if r is None else r <= 1.0)} |"
        )
    else:
        out.append("| index size ≤ 1.0× FTS5's | – | – |")

    pi, ri = m.get((size, "poshuk"), {}), m.get((size, "xapian-raw"), {})
    if p and raw:
        r = ratio(p["cpu"], raw["cpu"])
        ins = ratio(pi.get("index_instructions_per_article"), ri.get("index_instructions_per_article"))
        known = [x for x in (ins, r) if x is not None]
        decisive = max(known) if known else None
        out.append(
            f"| shim ≤ 5% over raw Xapian: indexing | instructions {fmt_ratio(ins)}, CPU seconds {fmt_ratio(r)}, "
            f"wall {fmt_ratio(ratio(p['wall'], raw['wall']))} | {verdict(None if decisive is None else decisive <= 1.05)} |"
        )
    for kind, _ in KINDS:
        pm, rm = q.get(("poshuk", kind)), q.get(("xapian-raw", kind))
        ins = ratio(pi.get(f"q_{kind}_instructions"), ri.get(f"q_{kind}_instructions"))
        wall = ratio(pm[0], rm[0]) if pm and rm else None
        cpu = ratio(pm[2], rm[2]) if pm and rm else None
        if ins is None and cpu is None:
            continue
        # Both must agree: instructions leave out the kernel's reads of index blocks, CPU time moves
        # with the machine's load.
        known = [r for r in (ins, cpu) if r is not None]
        out.append(
            f"| shim ≤ 5% over raw Xapian: {kind} queries | instructions {fmt_ratio(ins)}, CPU median "
            f"{fmt_ratio(cpu)}, wall median {fmt_ratio(wall)} | {verdict(max(known) <= 1.05)} |"
        )
    big = max(scale_sizes) if scale_sizes else size
    rss = m.get((big, "poshuk"), {}).get("index_rss_kb")
    note = f"{fmt(rss / 1024, 0)} MB at {big:,} articles" if rss else "–"
    ok = None
    if rss and big >= 1_000_000:
        ok = rss <= 1024 * 1024
    elif rss:
        note += " (the target is for 1,000,000: run with --scale)"
    out.append(f"| indexer peak RSS ≤ 1 GiB at 1M articles | {note} | {verdict(ok)} |")
    out.append("")


def scale_section(m, sizes, outdir, out):
    out.append("## Scaling\n")
    out.append("| articles | engine | articles/s | peak RSS MB | index MB | head p99 µs | facets p99 µs |")
    out.append("|---:|---|---:|---:|---:|---:|---:|")
    data = collections.defaultdict(list)
    for size in sizes:
        rows = index_rows(m, size)
        for e in ENGINES:
            d = m.get((size, e), {})
            if e not in rows:
                continue
            r = rows[e]
            hp, fp = d.get("q_head_p99_us"), d.get("q_facets_p99_us")
            out.append(
                f"| {size:,} | {NAMES[e]} | {fmt(r['rate'], 0)} | {fmt(r['rss'], 0)} | {fmt((r['bytes'] or 0) / 1e6)} | "
                f"{fmt(hp)} | {fmt(fp)} |"
            )
            data[e].append((size, r["rate"], hp or 0, fp or 0))
    out.append("")
    png = plot(data, outdir)
    if png:
        out.append(f"![indexing rate and query p99 against corpus size]({os.path.basename(png)})\n")


def plot(data, outdir):
    """Two panels: indexing articles/s and facet-query p99 against the number of articles (log x)."""
    if not data:
        return None
    dat = os.path.join(outdir, "scaling.dat")
    with open(dat, "w", encoding="utf-8") as f:
        for e in ENGINES:
            if e in data:
                f.write(f"# {e}\n")
                for size, rate, hp, fp in sorted(data[e]):
                    f.write(f"{size} {rate:.3f} {hp:.1f} {fp:.1f}\n")
                f.write("\n\n")
    names = [e for e in ENGINES if e in data]
    png = os.path.join(outdir, "scaling.png")
    rate_plot = ", ".join(f"'{dat}' index {i} using 1:2 with linespoints title '{NAMES[e]}'" for i, e in enumerate(names))
    p99_plot = ", ".join(f"'{dat}' index {i} using 1:4 with linespoints title '{NAMES[e]}'" for i, e in enumerate(names))
    script = f"""
set terminal pngcairo size 1200,500 font ',10'
set output '{png}'
set multiplot layout 1,2
set logscale xy
set xlabel 'articles'
set grid
set key outside bottom center horizontal
set bmargin 6
set title 'indexing rate (wall)'
set ylabel 'articles/s'
plot {rate_plot}
set title 'frequent words + exact facets: p99 wall time'
set ylabel 'µs'
plot {p99_plot}
unset multiplot
"""
    try:
        subprocess.run(["gnuplot"], input=script, text=True, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as err:
        print(f"report.py: gnuplot failed: {err}")
        return None
    return png


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--metrics", required=True)
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--commit", default="unknown")
    ap.add_argument("--started", default="")
    ap.add_argument("--load-start", default="")
    ap.add_argument("--load-end", default="")
    ap.add_argument("--mode", default="full")
    ap.add_argument("--scale", type=int, default=0)
    ap.add_argument("--command", default="bench/run")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    m = load(a.metrics)
    size = a.docs
    jsonl = m.get((size, "corpus"), {}).get("jsonl_bytes")
    out = ["# poshuk benchmark: poshuk and its peers side by side\n"]
    out.append(
        f"Commit measured: `{a.commit}`. Run {a.started} with `{a.command}` ({a.mode} mode). "
        f"Machine: {machine()}. Load average (1, 5, 15 min) at the start {a.load_start}, at the end "
        f"{a.load_end}; the 1-minute load before each stage is in the tables and in `metrics.tsv`.\n"
    )
    out.append(
        f"Corpus: {size:,} generated articles (bench/gen, seed 1: Ukrainian and English 4:1, Zipf-drawn words "
        f"from wukrainian and wamerican), JSONL {fmt((jsonl or 0) / 1e6)} MB. Every engine indexes the same "
        "articles from its native input and runs the same queries. Figures from a shared machine: compare "
        "the ratios of one run, not absolute numbers across runs.\n"
    )
    rows = indexing_section(m, size, out)
    q = query_section(m, size, out)
    scale_sizes = sorted({s for (s, e) in m if s != size}) if a.scale else []
    targets_section(m, size, rows, q, scale_sizes, out)
    if a.scale:
        scale_section(m, sorted({s for (s, e) in m}), a.out, out)
    with open(os.path.join(a.out, "RESULTS.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
