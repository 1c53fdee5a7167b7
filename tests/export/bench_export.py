"""Export timings (a script, not a test): python tests/export/bench_export.py [--repeat N]

Prints the PDF, HTML and Word export times for a seed pair (HRC 37/23 -> 43/21; target for
the PDF < 0.5 s) and for a generated pair of ~400 operative paragraphs (target < 3 s). The big
pair is made in the seed text format from the seed paragraphs, repeated and perturbed (words
changed, paragraphs deleted, inserted and moved), so it goes through the real parser.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from viewer.export.docx import to_bytes as docx_bytes  # noqa: E402
from viewer.export.html import to_bytes as html_bytes  # noqa: E402
from viewer.export.options import ExportOptions  # noqa: E402
from viewer.export.pdf import to_bytes as pdf_bytes  # noqa: E402
from viewer.model import Comparison, compare, parse_resolution  # noqa: E402

DATA = ROOT / "tests" / "data"
SEEDS = ("hrc-37-23-adopted", "hrc-43-21-adopted", "hrc-23-3-adopted", "hrc-44-draft",
         "ga-75-180-adopted")
SWAPS = (("促请", "敦促"), ("请", "鼓励"), ("加强", "增进"), ("国际合作", "国际协作"),
         ("人权", "人权和基本自由"), ("各国", "所有国家"), ("报告", "书面报告"))


def _text(name: str) -> str:
    return (DATA / f"{name}.zh.txt").read_text(encoding="utf-8")


def generated_pair(n_ops: int = 400, seed: int = 7) -> tuple[str, str]:
    """(old text, new text) in the seed format with ``n_ops`` operative paragraphs each (about)."""
    rng = random.Random(seed)
    pool = []
    for name in SEEDS:
        res = parse_resolution(_text(name), name)
        pool += [p.text for p in res.operative]
    src = _text("hrc-37-23-adopted")
    head = src[:src.index("\n 1.  ")]            # header, title, opening formula, PPs
    tail = src[src.index("\n2018 年 3 月 23 日"):]     # date, meeting, the recorded vote
    old_ops = []
    for k in range(n_ops):
        text = pool[k % len(pool)]
        # make every repetition distinct, as the paragraphs of one long text are
        old_ops.append(text.rstrip("；。") + f"，包括第 {k + 1} 项专题的执行情况；")
    new_ops = []
    for text in old_ops:
        roll = rng.random()
        if roll < 0.05:
            continue                                          # deleted
        if roll < 0.25:
            a, b = rng.choice(SWAPS)
            text = text.replace(a, b, 1) if a in text else "又" + text   # modified
        new_ops.append(text)
        if rng.random() < 0.05:
            new_ops.append(rng.choice(pool).rstrip("；。") + "，并在下届会议上报告；")  # inserted
    for _ in range(6):                                        # moved
        i, j = rng.randrange(len(new_ops)), rng.randrange(len(new_ops))
        new_ops.insert(j, new_ops.pop(i))

    def build(ops: list[str]) -> str:
        ops = ops[:-1] + [ops[-1].rstrip("；") + "。"]          # the last OP ends the text
        body = "".join(f" {n}.  {t}\n\n" for n, t in enumerate(ops, 1))
        return f"{head}\n{body}{tail}"

    return build(old_ops), build(new_ops)


def _time(fn, repeat: int) -> tuple[float, float]:
    """(first run, best of ``repeat`` runs) in seconds."""
    runs = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return runs[0], min(runs)


def _report(name: str, comparison: Comparison, repeat: int, pdf_target: float) -> None:
    notes = {comparison.pairs[len(comparison.pairs) // 2].key: "A delegation's note.",
             "OP999>": "An orphaned note."}
    ops = len(comparison.new.operative)
    en = ExportOptions(language="en")
    pdf = _time(lambda: pdf_bytes(comparison, notes, en), repeat)
    html = _time(lambda: html_bytes(comparison, notes, en), repeat)
    docx = _time(lambda: docx_bytes(comparison, notes, en), repeat)
    pages = pdf_bytes(comparison, notes, en).count(b"/Type /Page\n") or "?"
    verdict = "ok" if pdf[0] < pdf_target else "SLOW"
    print(f"{name}: {len(comparison.pairs)} rows, {ops} new OPs   (first run / best of {repeat})")
    print(f"  PDF  {pdf[0]:6.3f} s / {pdf[1]:6.3f} s  (target < {pdf_target} s: {verdict}; "
          f"{pages} pages)")
    print(f"  HTML {html[0]:6.3f} s / {html[1]:6.3f} s")
    print(f"  DOCX {docx[0]:6.3f} s / {docx[1]:6.3f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    args = parser.parse_args()
    from viewer.export.printing import ensure_gui_app, font_family

    start = time.perf_counter()
    ensure_gui_app()
    app = time.perf_counter() - start
    font_family()
    print(f"once per process: Qt application {app:.3f} s, font registration "
          f"{time.perf_counter() - start - app:.3f} s")
    old = parse_resolution(_text("hrc-37-23-adopted"), "hrc-37-23-adopted.zh.txt")
    new = parse_resolution(_text("hrc-43-21-adopted"), "hrc-43-21-adopted.zh.txt")
    _report("seed pair 37/23 -> 43/21", compare(old, new), args.repeat, 0.5)
    old_text, new_text = generated_pair()
    start = time.perf_counter()
    big = compare(parse_resolution(old_text, "big-old"), parse_resolution(new_text, "big-new"))
    print(f"(generated pair parsed and compared in {time.perf_counter() - start:.2f} s)")
    _report("generated pair", big, args.repeat, 3.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
