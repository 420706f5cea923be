#!/usr/bin/env python3
"""Off-the-shelf baseline for `make eval`: jieba + bm25s over the whole rule files.

Each answerable rule file under corpus/rules (every kind but lessons) is one document: its whole
text, front matter included, tokenised by jieba (Chinese) and lower-cased words (English). A
question's top-1 / top-3 count when a ranked file shares a topic with the expected topics. BM25 has
no notion of "I don't know", so out-of-scope questions are only counted, never declined.

Usage: scripts/bm25-baseline.py CORPUS_DIR FILE.tsv [FILE.tsv ...]
(`make eval` installs jieba and bm25s into .build/eval-venv and runs this beside `coach eval`.)
"""
import os
import re
import sys

import bm25s
import jieba

jieba.setLogLevel(60)
TOPICS = re.compile(r"^topics:\s*\[([^\]]*)\]", re.M)
WORD = re.compile(r"[a-z0-9']+|[\u3400-\u9fff]+")


def tokenize(text):
    tokens = []
    for piece in WORD.findall(text.lower()):
        if piece[0].isascii():
            tokens.append(piece)
        else:
            tokens.extend(t for t in jieba.lcut(piece) if t.strip())
    return tokens


def load_rules(corpus):
    docs, topics = [], []
    for root, _, files in os.walk(os.path.join(corpus, "rules")):
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            text = open(os.path.join(root, name), encoding="utf-8").read()
            if re.search(r"^kind:\s*lesson\s*$", text, re.M):
                continue
            match = TOPICS.search(text)
            if not match:
                continue
            docs.append(text)
            topics.append({t.strip() for t in match.group(1).split(",") if t.strip()})
    return docs, topics


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    docs, topics = load_rules(argv[1])
    retriever = bm25s.BM25()
    retriever.index([tokenize(d) for d in docs], show_progress=False)
    for path in argv[2:]:
        stats = {}
        for number, line in enumerate(open(path, encoding="utf-8")):
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or (number == 0 and fields[0] == "lang"):
                continue
            lang, question, expected = fields[0], fields[1], {t.strip() for t in fields[2].split(",")}
            row = stats.setdefault(lang, [0, 0, 0, 0])
            if expected == {"none"}:
                row[3] += 1
                continue
            row[0] += 1
            tokens = tokenize(question)
            if not tokens:
                continue
            ids, _ = retriever.retrieve([tokens], k=3, show_progress=False)
            ranked = [topics[i] for i in ids[0]]
            row[1] += bool(ranked and ranked[0] & expected)
            row[2] += any(t & expected for t in ranked)
        total = [0, 0, 0, 0]
        print(f"bm25 baseline (jieba + bm25s, whole rule files): {path}")
        for lang in sorted(stats):
            print(line_for(lang, stats[lang]))
            total = [a + b for a, b in zip(total, stats[lang])]
        print(line_for("all", total))
    return 0


def line_for(label, row):
    n, one, three, off = row
    pct = lambda k: "-" if n == 0 else f"{k * 100 / n:.1f}%"
    return f"{label:<8} top-1 {one}/{n} {pct(one)}  top-3 {three}/{n} {pct(three)}  out-of-scope (never declined) {off}"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
