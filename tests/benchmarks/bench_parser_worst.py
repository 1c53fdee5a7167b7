"""Worst-case inputs for the parser: time and peak memory must grow linearly with the input.

    python tests/benchmarks/bench_parser_worst.py

Prints seconds and peak MB (tracemalloc) for: a 10 MB text (the seeds repeated: several
resolutions in one file), a 10 MB single paragraph, a 2 MB record, and 20,000 form feeds in
about 179 KB. Targets: each about a second or less. Figures only; no test asserts a time.
"""
from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from viewer.model import parse_resolution  # noqa: E402

DATA = ROOT / "tests" / "data"


def cases() -> dict[str, str]:
    seed = (DATA / "hrc-43-21-adopted.zh.txt").read_text(encoding="utf-8")
    repeated = (seed + "\n") * (10_000_000 // len(seed.encode("utf-8")) + 1)
    one_op = ("人权理事会，\n 重申《联合国宪章》的宗旨和原则，\n 1. 吁请"
              + "所有国家坚持多边主义，" * (10_000_000 // 33) + "共同促进合作。\n")
    record = (" 人权理事会，\n 重申宪章，\n 1. 决定继续处理此事。\n 2020 年 6 月 22 日\n 第 45 次会议\n"
              " [经记录表决，以 23 票对 16 票、8 票弃权获得通过。表决情况如下：\n 赞成：\n"
              + "".join(f" 国家{i}、\n" for i in range(200_000)) + "]\n")
    # ~179 KB as in the report: 20,000 pages, each a form feed and a page number.
    form_feeds = "人权理事会，\n 重申宪章，\n 1. 决定继续处理此事。\n" + "".join(
        f"\f\n{n}\n" for n in range(1, 20_001))
    form_feeds += "附注。\n" * max(0, (179_000 - len(form_feeds.encode("utf-8"))) // 10)
    return {"10 MB, several resolutions": repeated, "10 MB, one paragraph": one_op,
            "long record": record, "20,000 form feeds": form_feeds}


def main() -> int:
    for name, text in cases().items():
        t0 = time.perf_counter()
        res = parse_resolution(text, name)
        seconds = time.perf_counter() - t0
        tracemalloc.start()  # a second run for memory: tracing slows Python down
        parse_resolution(text, name)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        print(f"{name:28} {len(text.encode('utf-8')) / 1e6:6.2f} MB  {seconds:6.2f} s  "
              f"peak {peak:7.1f} MB  {len(res.paragraphs)} paragraphs  notices={res.notices}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
