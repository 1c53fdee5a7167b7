"""Long fuzz run (a script, not a test): thousands of mutated and edited seed pairs through the
parser, the aligner and the word diff; prints counts of every outcome.

    python tests/benchmarks/fuzz_long.py [CASES] [SEED]      (default 3000 cases, seed 1)

Per case: two mutated seed texts are parsed and compared (line-level mutations: drop,
duplicate, swap, cut, join, junk text), then a parsed seed is compared with a structurally
edited copy (splits into 2-4 parts, merges, moves, deletions, insertions, rewording), in both
directions and once with a tiny diff budget. Checked: no exception but InputError, the diff
round-trip, every paragraph in exactly one row. Exit status 1 if any case failed.
"""
from __future__ import annotations

import collections
import random
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

from viewer.model import (DiffLimits, DiffOptions, EngineConfig, Granularity, InputError,  # noqa: E402
                          Kind, Op, compare, parse_resolution, run)
from tests.model.helpers import numbered  # noqa: E402

DATA = ROOT / "tests" / "data"
FILES = sorted(DATA.glob("*.zh.txt")) + sorted(DATA.glob("en-*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in FILES]
SEEDS = [parse_resolution(t, p.name) for p, t in zip(FILES, TEXTS)]
ALPHABET = sorted(set("".join(TEXTS)) | set("\u2011\u00a0\u202f\u00ad\ufffe\x0b¹²³"))


def junk(rnd: random.Random) -> str:
    if rnd.random() < 0.5:
        return "".join(rnd.choice(ALPHABET) for _ in range(rnd.randrange(0, 80)))
    return "".join(chr(rnd.randrange(1, 0x2FFFF)) for _ in range(rnd.randrange(0, 40)))


def mutate_text(rnd: random.Random) -> str:
    lines = rnd.choice(TEXTS).split("\n")
    for _ in range(rnd.randrange(0, 8)):
        if not lines:
            break
        k = rnd.randrange(len(lines))
        action = rnd.choice(["drop", "dup", "swap", "cut", "join", "junk"])
        if action == "drop":
            del lines[k]
        elif action == "dup":
            lines.insert(k, lines[k])
        elif action == "swap":
            j = rnd.randrange(len(lines))
            lines[k], lines[j] = lines[j], lines[k]
        elif action == "cut":
            at = rnd.randrange(len(lines[k]) + 1)
            lines[k:k + 1] = [lines[k][:at], lines[k][at:]]
        elif action == "join" and k + 1 < len(lines):
            lines[k:k + 2] = [lines[k] + lines[k + 1]]
        else:
            lines.insert(k, junk(rnd))
    return "\n".join(lines)


def edit_structure(rnd: random.Random, stats):
    old = rnd.choice(SEEDS)
    paras = [(p.kind, p.text) for p in old.paragraphs]
    donors = [p.text for r in SEEDS for p in r.paragraphs]
    for _ in range(rnd.randrange(1, 7)):
        if not paras:
            break
        k = rnd.randrange(len(paras))
        kind, text = paras[k]
        action = rnd.choice(["split", "merge", "move", "delete", "insert", "reword"])
        stats[f"edit {action}"] += 1
        if action == "split" and len(text) > 8:
            parts = rnd.randint(2, 4)
            cuts = sorted(rnd.sample(range(1, len(text)), parts - 1))
            bounds = [0, *cuts, len(text)]
            paras[k:k + 1] = [(kind, text[a:b]) for a, b in zip(bounds, bounds[1:])]
        elif action == "merge" and k + 1 < len(paras) and paras[k + 1][0] is kind:
            paras[k:k + 2] = [(kind, text + paras[k + 1][1])]
        elif action == "move":
            item = paras.pop(k)
            paras.insert(rnd.randrange(len(paras) + 1), item)
        elif action == "delete":
            del paras[k]
        elif action == "insert":
            paras.insert(k, (kind, rnd.choice(donors) if rnd.random() < 0.7 else junk(rnd)))
        elif action == "reword":
            at = rnd.randrange(len(text) + 1)
            paras[k] = (kind, text[:at] + junk(rnd) + text[at + rnd.randrange(20):])
    ordered = [p for p in paras if p[0] is Kind.PREAMBULAR] + [p for p in paras if p[0] is Kind.OPERATIVE]
    return old, replace(old, source="new", paragraphs=numbered(ordered))


def check(c) -> None:
    for side, res in (("old", c.old), ("new", c.new)):
        seen = sorted(p.id for pair in c.pairs for p in getattr(pair, side))
        if seen != sorted(p.id for p in res.paragraphs):
            raise AssertionError(f"{side} paragraphs not each in exactly one row")
    for pair in c.pairs:
        d = pair.diff
        if "".join(s.text for s in d.segments if s.op is not Op.INSERT) != pair.old_text:
            raise AssertionError(f"{pair.label}: equal+delete != old")
        if "".join(s.new_side if s.op is Op.EQUAL else s.text
                   for s in d.segments if s.op is not Op.DELETE) != pair.new_text:
            raise AssertionError(f"{pair.label}: equal+insert != new")


def main() -> int:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    stats: collections.Counter = collections.Counter()
    failures: list[str] = []
    start = time.perf_counter()
    for n in range(cases):
        options = DiffOptions(granularity=rnd.choice(list(Granularity)),
                              ignore_punctuation_width=rnd.random() < 0.3,
                              ignore_whitespace=rnd.random() < 0.3,
                              ignore_footnote_marks=rnd.random() < 0.3)
        try:
            try:
                a = parse_resolution(mutate_text(rnd), "a.txt")
                b = parse_resolution(mutate_text(rnd), "b.txt")
            except InputError:
                stats["mutated text refused (InputError)"] += 1
            else:
                check(compare(a, b, options))
                stats["mutated pair compared"] += 1
            old, new = edit_structure(rnd, stats)
            for x, y in ((old, new), (new, old)):
                c = compare(x, y, options)
                check(c)
                stats["split groups"] += sum(p.relation == "split" for p in c.pairs)
                stats["merge groups"] += sum(p.relation == "merge" for p in c.pairs)
                stats["groups of 3-4"] += sum(max(len(p.old), len(p.new)) >= 3 for p in c.pairs)
            c = run(old, new, EngineConfig(options=options, limits=DiffLimits(work=200)))
            check(c)
            stats["coarse diffs (tiny budget)"] += sum(p.diff.coarse for p in c.pairs)
            stats["edited pair compared (x3)"] += 1
        except Exception as exc:  # noqa: BLE001 - counted and reported
            stats[f"FAILED {type(exc).__name__}"] += 1
            if len(failures) < 5:
                failures.append(f"case {n}: {traceback.format_exc()}")
    elapsed = time.perf_counter() - start
    print(f"{cases} cases in {elapsed:.1f} s")
    for key, value in sorted(stats.items()):
        print(f"  {key:40} {value}")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
