"""Tracked-changes benchmark (a script, not a test): prints how long opening a Word draft with
tracked changes as a comparison by itself takes.

    python tests/benchmarks/bench_tracked.py

For each natural seed pair, ResCompare's own Word export (every difference a tracked change)
is read back: both states, the revision list and comments (read_tracked), then parse + align +
diff + tying revisions to pairs (compare_tracked). Median and best of 7, warm.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "export")]

from export_helpers import SEED_PAIRS, seed_comparison  # noqa: E402

from viewer.export.options import ExportOptions  # noqa: E402
from viewer.export.docx import to_bytes  # noqa: E402
from viewer.loaders.docx_revisions import read_tracked  # noqa: E402
from viewer.model.tracked import compare_tracked  # noqa: E402


def timed(fn, repeat=7):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), min(times)


def main() -> None:
    for old, new in SEED_PAIRS:
        data = to_bytes(seed_comparison(old, new), {}, ExportOptions(date="2020-06-22T10:00:00Z"))
        document = read_tracked(data, "draft.docx")
        read_med, read_min = timed(lambda: read_tracked(data, "draft.docx"))
        cmp_med, cmp_min = timed(lambda: compare_tracked(document))
        print(f"{old} -> {new}: {len(data) // 1024} KiB, {len(document.revisions)} revisions, "
              f"{len(document.comments)} comments; read {read_med * 1000:.0f} ms "
              f"(best {read_min * 1000:.0f}), compare + attach {cmp_med * 1000:.0f} ms "
              f"(best {cmp_min * 1000:.0f})")


if __name__ == "__main__":
    main()
