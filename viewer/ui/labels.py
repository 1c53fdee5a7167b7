"""Translated names of statuses, flags, verb changes and document fields (one place).

Call these at paint/build time, not at import time, so a language switch takes effect at once.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ..model import VerbChange

_CTX = "Labels"

_STATUS = {
    "unchanged": QT_TRANSLATE_NOOP("Labels", "unchanged"),
    "modified": QT_TRANSLATE_NOOP("Labels", "modified"),
    "added": QT_TRANSLATE_NOOP("Labels", "added"),
    "deleted": QT_TRANSLATE_NOOP("Labels", "deleted"),
    "moved": QT_TRANSLATE_NOOP("Labels", "moved"),
    "renumbered": QT_TRANSLATE_NOOP("Labels", "renumbered"),
    "split": QT_TRANSLATE_NOOP("Labels", "split"),
    "merged": QT_TRANSLATE_NOOP("Labels", "merged"),
    "pinned": QT_TRANSLATE_NOOP("Labels", "paired by hand"),
    "verb_changes": QT_TRANSLATE_NOOP("Labels", "verb changes"),
}

# Status-bar counts: "3 added · 1 deleted …" ({} is the number).
_COUNT = {
    "added": QT_TRANSLATE_NOOP("Labels", "{} added"),
    "deleted": QT_TRANSLATE_NOOP("Labels", "{} deleted"),
    "modified": QT_TRANSLATE_NOOP("Labels", "{} modified"),
    "moved": QT_TRANSLATE_NOOP("Labels", "{} moved"),
    "renumbered": QT_TRANSLATE_NOOP("Labels", "{} renumbered"),
    "split": QT_TRANSLATE_NOOP("Labels", "{} split"),
    "merged": QT_TRANSLATE_NOOP("Labels", "{} merged"),
    "verb_changes": QT_TRANSLATE_NOOP("Labels", "{} verb changes"),
    "verb_change": QT_TRANSLATE_NOOP("Labels", "{} verb change"),
}

_DIRECTION = {
    "stronger": QT_TRANSLATE_NOOP("Labels", "stronger"),
    "weaker": QT_TRANSLATE_NOOP("Labels", "weaker"),
    "different": QT_TRANSLATE_NOOP("Labels", "different verb"),
}

_FIELD = {
    "body": QT_TRANSLATE_NOOP("Labels", "Body"),
    "session": QT_TRANSLATE_NOOP("Labels", "Session"),
    "agenda_item": QT_TRANSLATE_NOOP("Labels", "Agenda item"),
    "number": QT_TRANSLATE_NOOP("Labels", "Number"),
    "symbol": QT_TRANSLATE_NOOP("Labels", "Symbol"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "date": QT_TRANSLATE_NOOP("Labels", "Date"),
    "sponsors": QT_TRANSLATE_NOOP("Labels", "Sponsors"),
    "report": QT_TRANSLATE_NOOP("Labels", "Adopted on the report"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "vote": QT_TRANSLATE_NOOP("Labels", "Vote (yes / no / abstaining)"),
    "in_favour": QT_TRANSLATE_NOOP("Labels", "In favour"),
    "against": QT_TRANSLATE_NOOP("Labels", "Against"),
    "abstaining": QT_TRANSLATE_NOOP("Labels", "Abstaining"),
    "footnotes": QT_TRANSLATE_NOOP("Labels", "Footnotes"),
    "citations": QT_TRANSLATE_NOOP("Labels", "Documents cited"),
}

_VALUE = {
    "adopted": QT_TRANSLATE_NOOP("Labels", "adopted"),
    "draft": QT_TRANSLATE_NOOP("Labels", "draft"),
    "without_vote": QT_TRANSLATE_NOOP("Labels", "adopted without a vote"),   # a vote code
}

_KIND = {
    "preambular": QT_TRANSLATE_NOOP("Labels", "Preambular paragraphs"),
    "operative": QT_TRANSLATE_NOOP("Labels", "Operative paragraphs"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status(key: str) -> str:
    return tr(_STATUS.get(key, key))


def count(key: str, n: int) -> str:
    if key == "verb_changes" and n == 1:
        key = "verb_change"
    return tr(_COUNT[key]).format(n)


def summary(counts: list[tuple[str, int]]) -> str:
    """'3 added · 1 deleted · 6 modified · 2 moved' in the UI language."""
    if not counts:
        return QCoreApplication.translate("Labels", "No differences")
    return " · ".join(count(k, n) for k, n in counts)


def verb_change(change: VerbChange) -> str:
    """'请 → 注意到 (weaker)'."""
    return QCoreApplication.translate("Labels", "{old} → {new} ({direction})").format(
        old=change.old, new=change.new, direction=tr(_DIRECTION.get(change.direction,
                                                                     change.direction)))


def field(key: str) -> str:
    return tr(_FIELD.get(key, key))


def value(text: str) -> str:
    """Word the few codes among the facts' values (adopted, draft, without_vote)."""
    return tr(_VALUE[text]) if text in _VALUE else text


def kind(key: str) -> str:
    return tr(_KIND.get(key, key))


def verb_callout(change: VerbChange) -> str:
    """The row callout: '▼ Verb: 请 → 注意到 (weaker)' (the arrow reads without colour)."""
    arrow = {"stronger": "▲", "weaker": "▼"}.get(change.direction, "◆")
    return arrow + " " + QCoreApplication.translate("Labels", "Verb: {change}").format(
        change=verb_change(change))


def not_in_version() -> str:
    return QCoreApplication.translate("Labels", "not in this version")
