#!/usr/bin/env python3
"""Checks poshuk-query --json outputs against the schema in query/JSON.md.

usage: json_schema.py JSON.md FILE|DIR...   (each FILE, or DIR/*.json, one whole output; exit 1 and
       a line per fault)

The schema is read from JSON.md itself, so that the document and the check cannot drift apart: each
"| `key` | type | meaning |" table gives an object's keys, their order and their types; the status
table gives every error status; the facets table every facet. Only how the objects nest is written
here. Python's standard library only (the suite runs on a plain Debian python3).
"""
import glob
import json
import os
import re
import sys

class JsonObject(list):
    """A JSON object, as its (key, value) pairs in order: JSON.md fixes the order of the keys."""


def is_array(v):
    return isinstance(v, list) and not isinstance(v, JsonObject)


TYPE_WORDS = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, JsonObject),
    "array of objects": lambda v: is_array(v) and all(isinstance(x, JsonObject) for x in v),
    "array of strings": lambda v: is_array(v) and all(isinstance(x, str) for x in v),
    "null": lambda v: v is None,
}


def load(text):
    return json.loads(text, object_pairs_hook=JsonObject)


def read_schema(path):
    """{section heading: [(key, type, meaning)]}, the statuses, the facets."""
    tables, statuses, facets = {}, [], []
    heading = None
    header = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            header = None
            continue
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if header is None:
            header = cells
            continue
        if set("".join(cells)) <= set("-: "):
            continue
        if header[:2] == ["key", "type"]:
            key = cells[0].strip("`")
            tables.setdefault(heading, []).append((key, cells[1], " | ".join(cells[2:])))
        elif header[0] == "`status`":
            statuses += re.findall(r"`([a-z_]+)`", cells[0])
        elif header[0] == "facet":
            facets.append(cells[0].strip("`"))
    return tables, statuses, facets


class Checker:
    def __init__(self, schema_path):
        self.tables, self.statuses, self.facets = read_schema(schema_path)
        self.faults = []

    def table(self, start):
        for heading, rows in self.tables.items():
            if heading.startswith(start):
                return rows
        raise SystemExit(f"json_schema.py: no table under a heading '{start}' in JSON.md")

    def fault(self, where, text):
        self.faults.append(f"{where}: {text}")

    def type_ok(self, value, type_text):
        # "string or null", "integer or null", "object or null", "array of objects", ...
        return any(TYPE_WORDS[t.strip()](value) for t in type_text.split(" or ") if t.strip() in TYPE_WORDS)

    def check_object(self, obj, rows, where, nested):
        if not isinstance(obj, JsonObject):
            self.fault(where, f"not an object: {obj!r}")
            return {}
        keys = [k for k, _ in obj]
        if len(set(keys)) != len(keys):
            self.fault(where, f"a key twice: {keys}")
        known = [r[0] for r in rows]
        for k in keys:
            if k not in known:
                self.fault(where, f"key '{k}' is not in JSON.md")
        present = [k for k in known if k in keys]
        if present != [k for k in keys if k in known]:
            self.fault(where, f"keys out of JSON.md's order: {keys}, expected the order {known}")
        values = dict(obj)
        for key, type_text, meaning in rows:
            optional = "left out" in meaning or "only for" in meaning
            if key not in values:
                if not optional:
                    self.fault(where, f"key '{key}' is missing")
                continue
            value = values[key]
            if not self.type_ok(value, type_text):
                self.fault(f"{where}.{key}", f"{value!r} is not {type_text}")
                continue
            enum = re.findall(r'`"([^"`]+)"`', meaning)
            if key in ("sort", "kind", "lang") and isinstance(value, str) and enum and value not in enum:
                self.fault(f"{where}.{key}", f"{value!r} is not one of {enum}")
            if key in nested and value is not None:
                nested[key](value, f"{where}.{key}")
        return values

    # ---------------------------------------------------------------- the outputs

    def result(self, obj, where):
        self.check_object(obj, self.table("Result"), where, {
            "suggestion": lambda v, w: self.check_object(v, self.table("Did you mean"), w, {}),
            "hits": lambda v, w: [self.hit(h, f"{w}[{i}]") for i, h in enumerate(v)],
            "facets": self.facet_object,
        })

    def hit(self, obj, where):
        values = self.check_object(obj, self.table("A hit"), where, {"snippet": self.snippet})
        date = values.get("date")
        if isinstance(date, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            self.fault(f"{where}.date", f"{date!r} is not YYYY-MM-DD")

    def snippet(self, obj, where):
        values = self.check_object(obj, self.table("A snippet"), where, {})
        text, marks = values.get("text"), values.get("marks")
        for i, mark in enumerate(marks or []):
            m = self.check_object(mark, [("start", "integer", ""), ("end", "integer", "")], f"{where}.marks[{i}]", {})
            if isinstance(text, str) and not 0 <= m.get("start", 0) <= m.get("end", 0) <= len(text):
                self.fault(f"{where}.marks[{i}]", f"{m} is not a span of the text's {len(text)} characters")

    def facet_object(self, obj, where):
        rows = [(f, "array of objects", "") for f in self.facets]
        values = self.check_object(obj, rows, where, {})
        for facet, counts in values.items():
            for i, item in enumerate(counts if is_array(counts) else []):
                self.check_object(item, [("value", "string", ""), ("count", "integer", "")], f"{where}.{facet}[{i}]", {})

    def completions(self, obj, where):
        item = [("text", "string", ""), ("count", "integer", "")]
        self.check_object(obj, self.table("Completions"), where, {
            "completions": lambda v, w: [self.check_object(c, item, f"{w}[{i}]", {}) for i, c in enumerate(v)],
        })

    def analysis(self, obj, where):
        self.check_object(obj, self.table("Analysis"), where, {
            "words": lambda v, w: [self.check_object(x, self.table("A word"), f"{w}[{i}]", {}) for i, x in enumerate(v)],
        })

    def error(self, obj, where):
        rows = [("error", "object", "")]
        outer = self.check_object(obj, rows, where, {})
        error = outer.get("error")
        if error is None:
            return
        values = self.check_object(error, self.table("Error"), f"{where}.error", {})
        status = values.get("status")
        if status not in self.statuses:
            self.fault(f"{where}.error.status", f"{status!r} is not a status JSON.md lists ({self.statuses})")
        if "offset" in values and status != "query_syntax":
            self.fault(f"{where}.error.offset", f"given for status {status!r}, which is not query_syntax")

    def output(self, text, where):
        if not text.endswith("\n"):
            self.fault(where, "the output does not end with a newline")
        if not text.startswith("{"):
            self.fault(where, "the output is not one object")
        odd = [line for line in text.splitlines() if (len(line) - len(line.lstrip(" "))) % 2]
        if odd:
            self.fault(where, f"not indented by two spaces: {odd[0]!r}")
        try:
            obj = load(text)
        except ValueError as e:
            self.fault(where, f"not one JSON value: {e}: {text[:200]!r}")
            return
        keys = [k for k, _ in obj] if isinstance(obj, JsonObject) else []
        if "error" in keys:
            self.error(obj, where)
        elif "completions" in keys:
            self.completions(obj, where)
        elif "words" in keys:
            self.analysis(obj, where)
        else:
            self.result(obj, where)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    checker = Checker(sys.argv[1])
    paths = []
    for arg in sys.argv[2:]:  # a directory: its *.json files
        paths += sorted(glob.glob(os.path.join(arg, "*.json"))) if os.path.isdir(arg) else [arg]
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        label = path
        if os.path.exists(path + ".args"):  # the wrapper's record of the command line
            with open(path + ".args", encoding="utf-8", errors="backslashreplace") as f:
                label = "poshuk-query " + f.read().strip()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            checker.fault(label, f"not UTF-8: {e}")
            continue
        checker.output(text, label)
    for f in checker.faults:
        print(f"JSON schema: {f}")
    sys.exit(1 if checker.faults else 0)


if __name__ == "__main__":
    main()
