"""Generated resolution pairs of any size, in the seed's extraction shape, for benchmarks.

``make_pair(n)`` returns (old_text, new_text): n operative paragraphs drawn from the real seed
OPs (made unique), and a new version with a scripted ~5% deletions, ~5% insertions, ~2% moves
and ~20% rewordings (deterministic: fixed random seed).
"""
from __future__ import annotations

import random
from pathlib import Path

from viewer.model import parse_resolution

DATA = Path(__file__).resolve().parent / "data"
SEEDS = ("hrc-37-23-adopted", "hrc-43-21-adopted", "hrc-23-3-adopted", "hrc-44-draft",
         "ga-75-180-adopted")
_SWAPS = [("重申", "又重申"), ("请", "鼓励"), ("吁请", "敦促"), ("注意到", "欢迎"), ("人权", "所有人权"),
          ("加强", "进一步加强"), ("合作", "国际合作"), ("各国", "所有国家")]


def _pool() -> tuple[list[str], list[str], str]:
    ops, pps = [], []
    for name in SEEDS:
        r = parse_resolution((DATA / f"{name}.zh.txt").read_text(encoding="utf-8"))
        ops += [p.text.rstrip("；。") for p in r.operative]
        pps += [p.text for p in r.preambular]
    header = ("人权理事会\n\n第四十四届会议\n\n议程项目 3\n\n  人权理事会 2020 年 7 月 17 日通过的决议\n\n"
              " 44/18 加强人权领域的国际合作\n\n 人权理事会，\n\n")
    return ops, pps, header


def _render(header: str, pps: list[str], ops: list[str]) -> str:
    body = "".join(f" {p}\n\n" for p in pps)
    body += "".join(f" {i}. {t}{'。' if i == len(ops) else '；'}\n\n" for i, t in enumerate(ops, 1))
    return header + body


def make_pair(n_ops: int = 400, n_pps: int = 40, seed: int = 20201216) -> tuple[str, str]:
    rnd = random.Random(seed)
    ops, pps, header = _pool()
    old_ops = [f"{ops[i % len(ops)]}，并就第 {i + 1} 项事项开展协商" for i in range(n_ops)]
    old_pps = [pps[i % len(pps)] for i in range(n_pps)]
    new_ops = []
    for i, text in enumerate(old_ops):
        roll = rnd.random()
        if roll < 0.05:
            continue                                      # deleted
        if roll < 0.25:
            a, b = rnd.choice(_SWAPS)
            text = text.replace(a, b, 1)                  # reworded
        new_ops.append(text)
        if rnd.random() < 0.05:                           # inserted
            new_ops.append(f"{rnd.choice(ops)}，并就新增第 {i + 1} 项事项提出报告")
    for _ in range(max(1, n_ops // 50)):                  # moved
        k = rnd.randrange(len(new_ops))
        new_ops.insert(rnd.randrange(len(new_ops)), new_ops.pop(k))
    return _render(header, old_pps, old_ops), _render(header, old_pps, new_ops)
