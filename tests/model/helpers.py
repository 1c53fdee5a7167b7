"""Small builders for model tests: parse a seed, compose resolution texts from paragraphs."""
from __future__ import annotations

from pathlib import Path

from viewer.model import Kind, Paragraph, Resolution, parse_resolution

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = ("hrc-37-23-adopted", "hrc-43-21-adopted", "hrc-23-3-adopted", "hrc-44-draft",
         "ga-75-180-adopted")
ENGLISH = ("en-hrc-draft", "en-hrc-adopted", "en-ga-adopted")
NATURAL_PAIRS = (("hrc-37-23-adopted", "hrc-43-21-adopted"), ("hrc-23-3-adopted", "hrc-44-draft"),
                 ("hrc-44-draft", "ga-75-180-adopted"), ("en-hrc-draft", "en-hrc-adopted"))


def path_of(name: str) -> Path:
    p = DATA / f"{name}.zh.txt"
    return p if p.exists() else DATA / f"{name}.txt"


def raw(name: str) -> str:
    return path_of(name).read_text(encoding="utf-8")


def seed(name: str) -> Resolution:
    return parse_resolution(raw(name), name)


def compose(pps: list[str], ops: list[str], body: str = "人权理事会") -> str:
    """A minimal well-formed resolution in the UN extraction shape (leading space = new paragraph)."""
    lines = [f" {body}", "第四十三届会议", "议程项目 3", f"  {body} 2020 年 6 月 22 日通过的决议",
             " 43/21 测试决议", f" {body}，"]
    lines += [f" {p}" for p in pps]
    lines += [f" {i}. {op}" for i, op in enumerate(ops, start=1)]
    return "\n\n".join(lines) + "\n"


def numbered(paras: list[tuple[Kind, str]]) -> tuple[Paragraph, ...]:
    """(kind, text) pairs as paragraphs with ids and OP numbers in order: PP1…, OP1…."""
    out, pp, op = [], 0, 0
    for kind, text in paras:
        if kind is Kind.PREAMBULAR:
            pp += 1
            out.append(Paragraph(f"PP{pp}", kind, None, text))
        else:
            op += 1
            out.append(Paragraph(f"OP{op}", kind, str(op), text))
    return tuple(out)
