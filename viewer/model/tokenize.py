"""Split paragraph text into word tokens that concatenate back to the text exactly.

Chinese runs go through jieba's dictionary (whole words such as 合作共赢, 普遍定期审议);
other scripts split on Unicode word boundaries; document symbols and resolution numbers
(A/HRC/RES/43/21, 第 43/21 号决议) stay single tokens.

Segmenter backends: ``rjieba`` (the Rust port; identical tokens on UN text, ~15x faster to cut
and ~6x faster to load) when installed, else ``jieba``, the reference. Choose one explicitly
with ``RESCOMPARE_SEGMENTER=jieba``. The dictionary is loaded lazily, once per process, and
jieba's prefix-dictionary cache is kept in the user's cache directory.
"""
from __future__ import annotations

import functools
import logging
import os
import re
import sys
import threading
from pathlib import Path

from .citations import TOKEN_PATTERN

# UN vocabulary jieba's general dictionary splits wrongly; high frequency keeps them whole.
UN_TERMS = """
人权理事会 普遍定期审议 合作共赢 高级专员办事处 联合国人权事务高级专员 人权事务高级专员
高级专员 咨询委员会 利益攸关方 能力建设 技术援助 技术合作 南南合作 南北合作 三方合作 三角合作
不结盟国家运动 可持续发展目标 可持续发展议程 发展权 基本自由 人类命运共同体 多边主义 非选择性
非政治化 不可分割性 普遍性 决议草案 会员国 联合国宪章 世界人权宣言 维也纳宣言和行动纲领
特别程序 条约机构 非政府组织 政府间组织 民间社会 最不发达国家 发展中国家 自愿信托基金 自愿基金
单方面强制性措施 种族歧视 仇外心理 宗教不容忍 文化多样性 真诚对话 建设性对话 人权机制 国际合作
吁请 促请 敦促 注意到 认识到 着重指出 强调指出 再次申明 赞赏地注意到 深为关切 表示关切 决定继续
继续处理 人权领域 议程项目 记录表决 未经表决 获得通过 德班审查会议 千年发展目标 联合国千年宣言
""".split()

_TERM_FREQ = 200000

# Letters and digits of any script except CJK (which jieba segments) and superscript digits:
# a footnote mark set right after a word ("Declaration²³") is its own token, so that it
# compares as the footnote it refers to, not as part of the word.
_WORDCH = (r"[^\W_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
           r"⁰¹²³⁴⁵⁶⁷⁸⁹]")
_SCAN = re.compile(
    rf"(?P<cite>{TOKEN_PATTERN.pattern})"
    r"|(?P<mark>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"|(?P<space>\s+)"
    # A Han run stops before "第 43/21 号决议" so the citation stays one token.
    r"|(?P<han>(?:(?!第\s*\d{1,4}/\d)[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f])+)"
    r"|(?P<num>\d+(?:[.,:]\d+)*(?![^\W_]))"
    rf"|(?P<word>{_WORDCH}+(?:['’\-]{_WORDCH}+)*)"
    r"|(?P<other>.)",
    re.S,
)

_lock = threading.Lock()


def cache_dir() -> Path:
    """Where the jieba prefix-dictionary cache lives (created on demand)."""
    base = os.environ.get("RESCOMPARE_CACHE")
    if base:
        return Path(base)
    if sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Caches"
    else:
        root = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return root / "rescompare"


def backend_name() -> str:
    wanted = os.environ.get("RESCOMPARE_SEGMENTER", "").lower()
    if wanted in ("jieba", "rjieba"):
        return wanted
    try:
        import rjieba  # noqa: F401
        return "rjieba"
    except ImportError:
        return "jieba"


@functools.lru_cache(maxsize=2)
def segmenter(name: str | None = None):
    """A function str -> list[str] cutting a run of Han characters; built once per backend."""
    name = name or backend_name()
    with _lock:
        if name == "rjieba":
            import rjieba
            seg = rjieba.Jieba()
            for term in UN_TERMS:
                seg.add_word(term, _TERM_FREQ, None)
            return seg.cut
        import jieba
        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        prebuilt = os.environ.get("RESCOMPARE_JIEBA_CACHE")
        if prebuilt and Path(prebuilt).exists():
            tok.cache_file = prebuilt  # shipped inside the bundle, read-only
        else:
            directory = cache_dir()
            try:
                directory.mkdir(parents=True, exist_ok=True)
                tok.tmp_dir = str(directory)
            except OSError:
                pass  # jieba falls back to the system temp directory
        tok.initialize()
        for term in UN_TERMS:
            tok.add_word(term, _TERM_FREQ)
        return lambda run: list(tok.cut(run, HMM=True))


def tokenize(text: str, backend: str | None = None) -> tuple[str, ...]:
    """Tokens of ``text``; ``''.join(tokenize(t)) == t`` always holds."""
    out: list[str] = []
    cut = None
    for m in _SCAN.finditer(text):
        kind = m.lastgroup
        if kind == "han":
            if cut is None:
                cut = segmenter(backend)
            out.extend(cut(m.group()))
        else:
            out.append(m.group())
    return tuple(out)


def chars(text: str) -> tuple[str, ...]:
    """Character granularity: every character its own token (surrogate-safe in Python)."""
    return tuple(text)


# Characters the UN types for layout that mean their ordinary forms: a non-breaking hyphen
# ("forty‑seventh") and no-break spaces. Compared as the ordinary character; displayed as
# typed. One character to one character, so token offsets carry over to the original text.
_COMPARISON_FORMS = str.maketrans({"\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2007": " "})


def for_comparison(text: str) -> str:
    """``text`` with layout variants read as their ordinary forms (same length as ``text``)."""
    return text.translate(_COMPARISON_FORMS)
