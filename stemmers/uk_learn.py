#!/usr/bin/env python3
"""Learns poshuk's Ukrainian suffix table from hunspell-uk lemma groups and writes it as C.

    bench/stemeval/run build-stemeval          # expands /usr/share/hunspell/uk_UA.* into groups
    python3 stemmers/uk_learn.py build-stemeval/groups-train.tsv > stemmers/uk_table.c

The input is the training part that bench/stemeval splits off the Debian package hunspell-uk (one
line a dictionary entry: the lemma, then its forms, tab-separated, lower-case). Only that part is
read, so the scores stemeval reports on its test part are on words this table never saw. No text of
the dictionary goes into the output: only suffixes of at most MAX_DEPTH letters and what to do with
them.

What is learned. Every lemma group gets a target stem: the longest prefix that at least SHARE of its
forms begin with (громад for громада, громади, громадою, ...; школ for школа and also for шкіл,
whose і the target ignores), plus "ся" for reflexive verbs, so that робитися keeps apart from робити
as hunspell keeps them apart. Each form then says how to reach its target: cut so many letters off
the end, append these. A form's label is predicted from its last letters: the table holds, for
every suffix seen at least MIN_SUPPORT times, the most frequent label among training forms with
that suffix, and keeps only the suffixes whose label differs from that of the suffix one letter
shorter. The stemmer walks a word's suffixes from the end and applies the label of the longest one
in the table.

ґ is folded to г before anything else, as the C stemmer does (see uk_stem.c for why).
"""
import collections
import sys

MAX_DEPTH = 8  # letters of context; 6 costs a third more understemming, 10 gains nothing
MIN_SUPPORT = 2  # a suffix seen once is a single word: memorising it only grows the table
SHARE = 0.6  # of a group's forms that must begin with its target stem

# The letter codes of uk_stem.c: а..я, then є і ї ґ, the apostrophe and the hyphen. Code 0 is any
# other character, which ends the walk.
ALPHABET = [chr(c) for c in range(0x430, 0x450)] + ["є", "і", "ї", "ґ", "'", "-"]
CODE = {ch: i + 1 for i, ch in enumerate(ALPHABET)}

REFLEXIVE_LEMMA = ("тися", "чися", "тись", "чись")


def fold(word):
    return word.replace("ґ", "г")


def read_groups(path):
    """Lines with one lemma are one group, as stemeval's scorer counts them."""
    groups = collections.OrderedDict()
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            groups.setdefault(fields[0], set()).update(fold(w) for w in fields)
    return groups


def target_stem(lemma, forms):
    best, n, length = "", len(forms), 1
    while True:
        prefixes = collections.Counter(f[:length] for f in forms if len(f) >= length)
        if not prefixes:
            break
        prefix, count = max(prefixes.items(), key=lambda kv: (kv[1], kv[0]))
        if count < SHARE * n:
            break
        best, length = prefix, length + 1
    if lemma.endswith(REFLEXIVE_LEMMA):
        best += "ся"
    return best


def common_prefix(a, b):
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    return i


def labelled_forms(groups):
    out = []
    for lemma, forms in groups.items():
        if len(forms) < 2:
            continue
        stem = target_stem(fold(lemma), forms)
        for f in forms:
            if any(ch not in CODE for ch in f):
                continue
            k = common_prefix(f, stem)
            out.append((f, (len(f) - k, stem[k:])))
    return out


def majority(counter):
    # most frequent; ties to the shorter cut, then the shorter and smaller append
    return max(counter.items(), key=lambda kv: (kv[1], -kv[0][0], -len(kv[0][1]), kv[0][1]))[0]


def learn(forms):
    """Returns {suffix: label} for the suffixes whose label differs from their parent's."""
    root = majority(collections.Counter(label for _, label in forms))
    kept = {"": root}
    effective = {"": root}  # label of each suffix of the previous depth
    for depth in range(1, MAX_DEPTH + 1):
        counts = collections.defaultdict(collections.Counter)
        for f, label in forms:
            if len(f) >= depth:
                counts[f[-depth:]][label] += 1
        current = {}
        for suffix, c in counts.items():
            parent = effective.get(suffix[1:])
            if parent is None:  # the parent fell below MIN_SUPPORT, and so does this one
                continue
            if sum(c.values()) < MIN_SUPPORT:
                continue
            label = majority(c)
            current[suffix] = label
            if label != parent:
                kept[suffix] = label
        effective = current
    return kept


def build_trie(kept, labels):
    """Nodes in breadth-first order; a node's children are contiguous, sorted by letter code, and
    the node has a bit set for each letter code it has a child for."""
    tree = {"": {}}
    for suffix in kept:
        for d in range(1, len(suffix) + 1):
            tree.setdefault(suffix[-d:], {})
    children = collections.defaultdict(list)
    for suffix in tree:
        if suffix:
            children[suffix[1:]].append(suffix)
    order = [""]
    nodes = []
    i = 0
    while i < len(order):
        suffix = order[i]
        kids = sorted(children[suffix], key=lambda s: CODE[s[0]])
        first = len(order) if kids else 0
        order.extend(kids)
        bits = 0
        for k in kids:
            bits |= 1 << CODE[k[0]]
        label = labels[kept[suffix]] if suffix in kept else 0xFFFF
        nodes.append((bits, first, label))
        i += 1
    return nodes


def emit(nodes, label_list, n_groups, n_forms):
    w = sys.stdout.write
    w("/* Generated by stemmers/uk_learn.py from bench/stemeval's groups-train.tsv (hunspell-uk): do not\n")
    w(" * edit; run the script again (see its header for the commands). */\n")
    w("/* clang-format off */\n")
    w('#include "stemmers/uk_table.h"\n\n')
    w("/* Learned from %d lemma groups, %d forms; MAX_DEPTH %d, MIN_SUPPORT %d, SHARE %.2f. */\n"
      % (n_groups, n_forms, MAX_DEPTH, MIN_SUPPORT, SHARE))
    w("const unsigned poshuk_uk_table_depth = %d;\n\n" % MAX_DEPTH)
    w("const struct poshuk_uk_label poshuk_uk_labels[%d] = {\n" % len(label_list))
    for cut, add in label_list:
        w('    {%d, %d, "%s"},\n' % (cut, len(add.encode()), add))
    w("};\n\n")
    w("const unsigned poshuk_uk_node_count = %d;\n\n" % len(nodes))
    w("const struct poshuk_uk_node poshuk_uk_nodes[%d] = {\n" % len(nodes))
    line = ""
    for bits, first, label in nodes:
        item = "{0x%xull,%d,%d}," % (bits, first, label)
        if len(line) + len(item) > 108:
            w(line.rstrip() + "\n")
            line = ""
        line += item
    w(line.rstrip() + "\n};\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: uk_learn.py GROUPS_TRAIN_TSV > stemmers/uk_table.c")
    groups = read_groups(sys.argv[1])
    forms = labelled_forms(groups)
    kept = learn(forms)
    freq = collections.Counter(kept.values())
    label_list = sorted(freq, key=lambda l: (-freq[l], l))
    labels = {l: i for i, l in enumerate(label_list)}
    max_add = max(len(add.encode()) for _, add in label_list)
    if max_add > 32:
        sys.exit("uk_learn.py: an append of %d bytes; uk_table.h allows 32" % max_add)
    nodes = build_trie(kept, labels)
    emit(nodes, label_list, len(groups), len(forms))
    print("uk_learn.py: %d groups, %d forms, %d suffixes kept, %d labels, %d trie nodes"
          % (len(groups), len(forms), len(kept), len(label_list), len(nodes)), file=sys.stderr)


if __name__ == "__main__":
    main()
