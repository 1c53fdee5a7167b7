"""History benchmark (a script, not a test): prints the figures issue 13 asks for.

    python tests/benchmarks/bench_history.py

- a history of 6 generated versions of a 60-paragraph resolution (each version edits, moves,
  splits, inserts and drops paragraphs of the one before): parse + build (adjacent comparisons and
  lineages; target < 1 s), then comparing a non-adjacent pair (first time, and from the cache);
- the GA series of ../shared/corpus (one resolution across sessions 78–80, with the Main Committee
  draft where the corpus has it), PDFs read with viewer.loaders.load_document: versions, order
  rule, lineages, and a check that the lineages agree with every adjacent comparison.
"""
from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the PDF loader uses QtPdf

from synthetic import _pool, _render  # noqa: E402

from viewer.model import parse_resolution  # noqa: E402
from viewer.model.history import History  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
_SWAPS = [("重申", "又重申"), ("请", "鼓励"), ("吁请", "敦促"), ("注意到", "欢迎"), ("人权", "所有人权"),
          ("加强", "进一步加强"), ("合作", "国际合作"), ("各国", "所有国家"), ("促请", "敦促")]


def make_versions(n_versions: int = 6, n_pps: int = 15, n_ops: int = 45,
                  seed: int = 20201216) -> list[str]:
    """Texts of one resolution over ``n_versions`` versions (deterministic)."""
    rnd = random.Random(seed)
    ops, pps, header = _pool()
    cur_pps = [pps[i % len(pps)] for i in range(n_pps)]
    cur_ops = [f"{ops[i % len(ops)]}，并就第 {i + 1} 项事项开展协商" for i in range(n_ops)]
    texts = [_render(header, cur_pps, cur_ops)]
    for v in range(1, n_versions):
        new = []
        for i, text in enumerate(cur_ops):
            roll = rnd.random()
            if roll < 0.04:
                continue                                              # dropped
            if roll < 0.20:
                a, b = rnd.choice(_SWAPS)
                text = text.replace(a, b, 1)                          # edited
            new.append(text)
            if rnd.random() < 0.04:                                   # inserted
                new.append(f"{rnd.choice(ops)}，并就第 {v} 版新增第 {i + 1} 项事项提出报告")
        for _ in range(2):                                            # moved
            k = rnd.randrange(len(new))
            new.insert(rnd.randrange(len(new)), new.pop(k))
        long = [i for i, t in enumerate(new) if t.count("，") >= 3]
        if long:                                                      # split at a middle comma
            i = rnd.choice(long)
            parts = new[i].split("，")
            half = len(parts) // 2
            new[i:i + 1] = ["，".join(parts[:half]), "又请" + "，".join(parts[half:])]
        cur_ops = new
        texts.append(_render(header, cur_pps, cur_ops))
    return texts


def agree(history: History) -> bool:
    """Every pair of every adjacent comparison sits in exactly one lineage."""
    for k, step in enumerate(history.steps):
        linked = Counter(id(p) for lin in history.lineages for p in lin.links[k])
        if linked != Counter(id(p) for p in step.pairs):
            return False
    return True


def generated() -> None:
    texts = make_versions()
    parse_resolution(texts[0])  # warm up the segmenter dictionary
    builds, firsts, cached = [], [], []
    for _ in range(5):
        t = time.perf_counter()
        history = History([parse_resolution(x, f"gen-v{i}") for i, x in enumerate(texts, 1)],
                          order="given")
        history.lineages
        builds.append(time.perf_counter() - t)
        t = time.perf_counter()
        history.compare(0, len(history) - 1)
        firsts.append(time.perf_counter() - t)
        t = time.perf_counter()
        history.compare(0, len(history) - 1)
        cached.append(time.perf_counter() - t)
    sizes = [len(v.resolution.paragraphs) for v in history.versions]
    events = Counter(e.kind for lin in history.lineages for e in lin.events)
    print(f"Generated history: 6 versions of {sizes[0]} paragraphs (then {sizes[1:]})")
    print(f"  parse + build (5 adjacent comparisons + {len(history.lineages)} lineages): "
          f"median {statistics.median(builds) * 1000:.0f} ms (best {min(builds) * 1000:.0f} ms)"
          f"   target < 1000 ms")
    print(f"  compare v1 with v6 (non-adjacent): first {statistics.median(firsts) * 1000:.1f} ms, "
          f"cached {statistics.median(cached) * 1e6:.1f} µs")
    print(f"  events: {dict(sorted(events.items()))}; branched lineages: "
          f"{sum(1 for lin in history.lineages if lin.branched)}; lineages agree: {agree(history)}")


def corpus_chains() -> list[list[dict]]:
    """Series pairs (and draft → adopted pairs) joined into chains of documents."""
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    docs = {d["symbol"]: d for d in manifest["documents"]}
    nxt = {a: b for a, b in manifest["series"]}
    nxt.update({a: b for a, b in manifest["draft_adopted"] if b in nxt or b in nxt.values()})
    starts = [a for a in nxt if a not in nxt.values()]
    chains = []
    for a in sorted(starts):
        chain = [a]
        while chain[-1] in nxt:
            chain.append(nxt[chain[-1]])
        chains.append([docs[s] for s in chain if s in docs])
    return [c for c in chains if len(c) >= 2]


def corpus() -> None:
    if not (CORPUS / "manifest.json").is_file():
        print(f"Corpus: {CORPUS} not found, skipped")
        return
    from viewer.loaders import load_document
    print("Corpus series (PDF → text → history, order by metadata):")
    for chain in corpus_chains():
        t = time.perf_counter()
        try:
            res = [parse_resolution(load_document(str(CORPUS / d["file"])).text, d["symbol"])
                   for d in chain]
        except Exception as exc:  # report and go on: the PDF reader is being rewritten
            print(f"  {' → '.join(d['symbol'] for d in chain)}: could not be read ({exc})")
            continue
        loaded = time.perf_counter() - t
        t = time.perf_counter()
        history = History(res)
        history.lineages
        built = time.perf_counter() - t
        ops = [len(v.resolution.operative) for v in history.versions]
        whole = sum(1 for lin in history.lineages if lin.introduced == 0 and lin.dropped is None)
        verbs = [lin.verb_path for lin in history.lineages
                 if any(e.kind == "verb" for e in lin.events)]
        print(f"  {' → '.join(v.label for v in history.versions)} [{history.ordering}] OPs {ops}: "
              f"load {loaded:.2f} s, build {built * 1000:.0f} ms, {len(history.lineages)} lineages "
              f"({whole} throughout), agree: {agree(history)}"
              + (f"; verbs: {'; '.join(verbs[:3])}" if verbs else ""))


if __name__ == "__main__":
    generated()
    corpus()
