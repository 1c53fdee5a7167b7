"""Engine benchmark (a script, not a test): prints the figures the engine issue asks for.

    python tests/benchmarks/bench_engine.py

- parse + align + diff of each natural seed pair, in-process, warm (target < 50 ms)
- generated pairs of 100..800 operative paragraphs (target for ~400: < 1 s) and how time grows
- the whole `rescompare --export out.json` process on a seed pair (target < 1.5 s)
- tokenizer: jieba vs rjieba load and cut times (why rjieba is the default)
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from synthetic import make_pair  # noqa: E402

from viewer.model import compare, parse_resolution  # noqa: E402

DATA = ROOT / "tests" / "data"
PAIRS = [("hrc-37-23-adopted", "hrc-43-21-adopted"), ("hrc-23-3-adopted", "hrc-44-draft"),
         ("hrc-44-draft", "ga-75-180-adopted")]


def timed(fn, repeat=7):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), min(times)


def main() -> None:
    texts = {n: (DATA / f"{n}.zh.txt").read_text(encoding="utf-8") for p in PAIRS for n in p}
    compare(parse_resolution(texts[PAIRS[0][0]]), parse_resolution(texts[PAIRS[0][1]]))  # warm up
    print("Seed pairs, parse + align + diff, warm (median of 7):")
    for a, b in PAIRS:
        med, best = timed(lambda: compare(parse_resolution(texts[a]), parse_resolution(texts[b])))
        print(f"  {a} -> {b}: {med * 1000:6.1f} ms (best {best * 1000:.1f} ms)   target < 50 ms")

    print("Generated pairs (parse + align + diff, warm):")
    rows = []
    for n in (100, 200, 400, 800):
        old, new = make_pair(n)
        med, _ = timed(lambda: compare(parse_resolution(old), parse_resolution(new)), repeat=3)
        c = compare(parse_resolution(old), parse_resolution(new))
        rows.append((n, med))
        print(f"  {n:4d} OPs each side: {med * 1000:7.1f} ms   {c.summary}")
    (n1, t1), (n2, t2) = rows[1], rows[3]
    import math
    print(f"  growth 200 -> 800 OPs: x{t2 / t1:.1f} time for x4 size "
          f"(exponent {math.log(t2 / t1) / math.log(n2 / n1):.2f}; the all-pairs scoring and the "
          f"order DP are O(n*m), everything else linear)   target for 400 < 1000 ms")

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        cmd = [sys.executable, "-m", "viewer.cli", "--export", str(out),
               str(DATA / "hrc-37-23-adopted.zh.txt"), str(DATA / "hrc-43-21-adopted.zh.txt")]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
        med, best = timed(lambda: subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True), 5)
        print(f"Whole `rescompare --export out.json` process on 37/23 -> 43/21: {med * 1000:.0f} ms "
              f"(best {best * 1000:.0f} ms)   target < 1500 ms")

    code = ("import time,sys; t=time.perf_counter(); from viewer.model.tokenize import segmenter; "
            "s=segmenter(sys.argv[1]); s('人权理事会'); print(time.perf_counter()-t)")
    for backend in ("jieba", "rjieba"):
        load = float(subprocess.run([sys.executable, "-c", code, backend], cwd=ROOT, check=True,
                                    capture_output=True, text=True).stdout)
        from viewer.model.tokenize import segmenter
        cut = segmenter(backend)
        runs = [p.text for n in texts for p in parse_resolution(texts[n]).paragraphs]
        med, _ = timed(lambda: [cut(r) for r in runs], 3)
        print(f"Segmenter {backend:6}: dictionary load {load * 1000:6.0f} ms, cutting all seed "
              f"paragraphs {med * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
