"""Document symbols and resolution numbers a text cites, in one canonical spelling.

Canonical forms: a symbol as printed without spaces ("A/HRC/43/31", "A/75/478/Add.2");
a resolution or decision by number ("resolution 70/1", "decision 22/116"), whatever the
language, so that the same reference in a Chinese and an English text compares equal.
"""
from __future__ import annotations

import re

from .profiles import profile, profiles

# A UN document symbol: series letters, then slash-separated parts; Part/Corr suffixes kept.
SYMBOL = (r"(?<![A-Za-z0-9/])(?:A|E|S|ST|TD|UNEP|CRC|CCPR|CEDAW|CERD|HRI)"
          r"(?:/[A-Z][A-Za-z0-9.]*)*(?:/[A-Za-z0-9.]+)+(?:\s?\((?:Part|PART|part)\s+[IVX]+\)(?:/[A-Za-z0-9.]+)*)?"
          r"(?:-(?:A|E|S)(?:/[A-Za-z0-9.]+)+)?")
_SYMBOL_RE = re.compile(SYMBOL)
_NUM = r"\d{1,4}/\d{1,4}(?:\s?[A-Z](?![a-z]))?"
_NUM_RE = re.compile(_NUM)


_PATTERNS: dict[tuple[tuple[str, str], ...], tuple[tuple[re.Pattern, re.Pattern], ...]] = {}


def _reference_patterns() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """(reference, decision word) per language profile: 第 43/21 号决议 / 第 18/6、21/3 和
    24/12 号决议 / resolutions 70/1 and 71/2 / decision 22/116 …"""
    # Called once per paragraph: built once per set of registered profiles' patterns
    # (a profile registered later brings its own key).
    key = tuple((p.references, p.decision_word) for p in profiles() if p.references)
    patterns = _PATTERNS.get(key)
    if patterns is None:
        patterns = _PATTERNS[key] = tuple(
            (re.compile(ref.replace("{num}", _NUM)), re.compile(word)) for ref, word in key)
    return patterns


ZH_REF = profile("zh").references.replace("{num}", _NUM)
EN_REF = profile("en").references.replace("{num}", _NUM)


def _clean_symbol(sym: str) -> str:
    return re.sub(r"\s+\(", "(", re.sub(r"\s+", " ", sym)).rstrip(".-,")  # "24 (Part I)" = "24(Part I)"


def citation_label(citation: str, language: str) -> str:
    """A canonical citation as a reader of ``language`` writes it: 'resolution 70/1' is
    '第 70/1 号决议' in Chinese; symbols are the same in every language."""
    m = re.fullmatch(r"(resolution|decision) (\S+)", citation)
    if not m:
        return citation
    template = profile(language).reference_label.get(m.group(1))
    return template.format(n=m.group(2)) if template else citation


def find_citations(text: str, exclude: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Every symbol and resolution/decision number cited in ``text``, in order, without repeats."""
    if "/" not in text:  # every symbol and every numbered reference has a slash
        return ()
    found: list[str] = []

    def add(item: str) -> None:
        if item not in found and item not in exclude:
            found.append(item)

    spans: list[tuple[int, str]] = []
    for m in _SYMBOL_RE.finditer(text):
        spans.append((m.start(), _clean_symbol(m.group(0))))
    for reference, decision_word in _reference_patterns():
        for m in reference.finditer(text):
            kind = "decision" if decision_word.search(m.group(0)) else "resolution"
            for n in _NUM_RE.findall(m.group(0)):
                spans.append((m.start(), f"{kind} {n.replace(' ', '')}"))
    for _, item in sorted(spans, key=lambda s: s[0]):
        add(item)
    return tuple(found)


# Spans the tokenizer must keep whole: symbols, "第 43/21 号决议", "resolution 43/21", "43/21".
TOKEN_PATTERN = re.compile(
    rf"{SYMBOL}|第\s*\d{{1,4}}/\d{{1,4}}\s*号\s*(?:决议|决定)|"
    rf"\b(?:[Rr]esolution|[Dd]ecision)\s+\d{{1,4}}/\d{{1,4}}|\d{{1,4}}/\d{{1,4}}")
