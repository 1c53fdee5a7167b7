"""Worst-case engine benchmark (a script, not a test): time and peak memory of the diff on the
inputs that used to stall it (issue 9), with the size budget and, for contrast, without it.

    python tests/benchmarks/bench_worst.py [--no-unlimited]

Each row runs in its own process (peak resident memory, and its growth during the call).
Rows: the longest paragraph (every OP of a seed merged into one, ~28 KB, against the separate
OPs), two unrelated 8,000-character paragraphs in character mode and in word mode, and two
12,000-character Chinese paragraphs (a lightly edited copy, and an unrelated one), and a whole
comparison holding such paragraphs. Figures depend on the machine; the results
(coarse or not) do not: the budget counts units of work, not seconds.
"""
from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from viewer.model import (DiffLimits, DiffOptions, Granularity, compare,  # noqa: E402
                          diff_texts, parse_resolution)

DATA = ROOT / "tests" / "data"
SEEDS = ("hrc-37-23-adopted", "hrc-43-21-adopted", "hrc-23-3-adopted", "hrc-44-draft",
         "ga-75-180-adopted")
PARAS = [p.text for n in SEEDS
         for p in parse_resolution((DATA / f"{n}.zh.txt").read_text(encoding="utf-8")).paragraphs]


def shuffled_text(order_seed: int, size: int) -> str:
    """Seed paragraphs in a random order, repeated to ``size`` characters."""
    rnd = random.Random(order_seed)
    out = ""
    while len(out) < size:
        paras = PARAS[:]
        rnd.shuffle(paras)
        out += "".join(paras)
    return out[:size]


def edited_copy(text: str, every: int = 40) -> str:
    rnd = random.Random(7)
    chars = list(text)
    for k in range(0, len(chars), every):
        chars[k] = rnd.choice("的和在国际人权合作")
    return "".join(chars)


def longest_paragraph() -> tuple[str, str]:
    """All OPs of the five seeds as one merged paragraph vs. the same OPs one per line."""
    ops = [p.text for n in SEEDS for p in parse_resolution(
        (DATA / f"{n}.zh.txt").read_text(encoding="utf-8")).operative]
    merged = "".join(o.rstrip("；。") + "，" for o in ops)
    return "\n".join(ops), merged


def rows():
    char = DiffOptions(granularity=Granularity.CHAR)
    long_old, long_new = longest_paragraph()
    a8, b8 = shuffled_text(1, 8000), shuffled_text(2, 8000)
    zh12 = shuffled_text(3, 12000)
    return [
        (f"longest paragraph ({len(long_new.encode()) // 1024} KB merged), word", long_old, long_new,
         DiffOptions()),
        ("unrelated 8,000-char pair, char mode", a8, b8, char),
        ("unrelated 8,000-char pair, word mode", a8, b8, DiffOptions()),
        ("12,000-char Chinese pair (edited copy), word", zh12, edited_copy(zh12), DiffOptions()),
        ("12,000-char Chinese pair (unrelated), word", zh12, shuffled_text(4, 12000), DiffOptions()),
        ("comparison with both worst paragraphs, char mode", None, None, char),
    ]


def whole_comparison(options):
    a8, b8, zh12 = shuffled_text(1, 8000), shuffled_text(2, 8000), shuffled_text(3, 12000)
    header = " 人权理事会，\n\n"
    old_text = header + f" 回顾{a8}，\n\n 1. 请{zh12}；\n\n 2. 决定继续处理此事。\n"
    new_text = header + f" 回顾{b8}，\n\n 1. 请{edited_copy(zh12)}；\n\n 2. 决定继续处理此事。\n"
    old, new = parse_resolution(old_text, "old.txt"), parse_resolution(new_text, "new.txt")
    return lambda: compare(old, new, options)


def child(index: int, limit: str) -> None:
    """One row in a fresh process, so its peak resident memory is its own."""
    name, old, new, options = rows()[index]
    lim = DiffLimits() if limit == "default" else DiffLimits(work=10 ** 12)
    diff_texts("预热", "预热分词")   # load the segmenter before the baseline
    if old is None:
        fn = whole_comparison(options)
    else:
        fn = lambda: diff_texts(old, new, options, lim)  # noqa: E731
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if old is None:
        coarse = f"{sum(p.diff.coarse for p in result.pairs)} pairs"
        sim = ""
    else:
        coarse, sim = str(result.coarse), f"{result.similarity:.3f}"
    print(f"{name:52} {limit:>8} {elapsed:8.2f} {peak / 1024:8.0f} {(peak - base) / 1024:8.1f}  "
          f"{coarse:8} {sim}", flush=True)


def main() -> None:
    if "--row" in sys.argv:
        child(int(sys.argv[sys.argv.index("--row") + 1]), sys.argv[sys.argv.index("--row") + 2])
        return
    unlimited = "--no-unlimited" not in sys.argv
    print(f"{'case':52} {'budget':>8} {'time s':>8} {'RSS MB':>8} {'+MB':>8}  coarse   similarity",
          flush=True)
    for index, (_name, old, *_rest) in enumerate(rows()):
        for limit in ["default"] + (["none"] if unlimited and old is not None else []):
            subprocess.run([sys.executable, __file__, "--row", str(index), limit], check=True)


if __name__ == "__main__":
    main()
