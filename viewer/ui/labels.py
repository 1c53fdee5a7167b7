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
    "weak": QT_TRANSLATE_NOOP("Labels", "check this pairing"),
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
    "on_behalf_of": QT_TRANSLATE_NOOP("Labels", "On behalf of"),
    "report": QT_TRANSLATE_NOOP("Labels", "Adopted on the report"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "vote": QT_TRANSLATE_NOOP("Labels", "Vote"),
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


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def date(iso: str | None) -> str | None:
    """'2018-03-23' as the interface writes a date: '23 March 2018' / '2018年3月23日'."""
    if not iso:
        return iso
    try:
        y, m, d = (int(x) for x in iso.split("-"))
        month = _MONTHS[m - 1]
    except (ValueError, IndexError):
        return iso          # not an ISO date: show what the document says
    return QCoreApplication.translate("Labels", "{day} {month} {year}").format(
        day=d, month=month, mon=m, year=y)


def meeting(number: str | None) -> str | None:
    """'54' as '54th meeting' / '第54次会议'."""
    if not number:
        return number
    n = int(number) if number.isdigit() else None
    suffix = "th" if n is None or 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
        n % 10, "th")
    return QCoreApplication.translate("Labels", "{n}{suffix} meeting").format(
        n=number, suffix=suffix)


def vote(counts: str) -> str:
    """'28 / 1 / 17' as '28 in favour · 1 against · 17 abstaining' (one line in a narrow panel)."""
    parts = [p.strip() for p in counts.split("/")]
    if len(parts) != 3:
        return value(counts)
    return QCoreApplication.translate(
        "Labels", "{yes} in favour · {no} against · {abstain} abstaining").format(
        yes=parts[0], no=parts[1], abstain=parts[2])


def fact_note(code: str) -> str:
    if code == "not_listed_when_adopted":
        return QCoreApplication.translate("Labels", "adopted texts do not list sponsors")
    return code


def para_name(pid: str, short: bool = False) -> str:
    """'OP4' as the interface names it: 'OP4' / '执行部分第 4 段' (short: '执行第4段').
    Ids of groups ('OP4+OP5') name each part."""
    parts = []
    for one in pid.split("+"):
        prefix, number = one[:2], one[2:]
        if prefix not in ("PP", "OP") or not number:
            parts.append(one)
            continue
        tr_ = QCoreApplication.translate
        if prefix == "PP":
            text = tr_("LabelsShort", "PP{n}") if short else tr_("Labels", "PP{n}")
        else:
            text = tr_("LabelsShort", "OP{n}") if short else tr_("Labels", "OP{n}")
        parts.append(text.format(n=number))
    return "+".join(parts)


def row_label(row, short: bool = False) -> str:
    """A row's label in the interface language: 'OP2 → OP4', '执行部分第 2 段 → 执行部分第 4 段'."""
    old = "+".join(row.old_ids)
    new = "+".join(row.new_ids)
    if old and new and old != new:
        return f"{para_name(old, short)} → {para_name(new, short)}"
    return para_name(new or old, short)


def kind(key: str) -> str:
    return tr(_KIND.get(key, key))


def verb_callout(change: VerbChange) -> str:
    """The row callout: '▼ Verb: 请 → 注意到 (weaker)' (the arrow reads without colour)."""
    arrow = {"stronger": "▲", "weaker": "▼"}.get(change.direction, "◆")
    return arrow + " " + QCoreApplication.translate("Labels", "Verb: {change}").format(
        change=verb_change(change))


def not_in_version() -> str:
    return QCoreApplication.translate("Labels", "not in this version")


def pairing_score(row) -> str:
    """'pairing 86% · text 84%' under a pair's chips: how sure the pairing is, and how much of
    the text is the same (two different things)."""
    return QCoreApplication.translate("Labels", "pairing {score}% · text {text}%").format(
        score=round(row.score * 100), text=round(row.text_similarity * 100))


def pair_with_candidate(row) -> str:
    """The one-click chip: '⇄ pair with new PP2' (which side: a weak pairing may be offered
    a partner on either)."""
    name = para_name(row.candidate_id, short=True)
    if row.candidate is not None and row.candidate[0] == row.candidate_id:
        return "⇄ " + QCoreApplication.translate("Labels", "pair with old {}").format(name)
    return "⇄ " + QCoreApplication.translate("Labels", "pair with new {}").format(name)


def fold_text(fold) -> str:
    """'▸ PP3–PP7 unchanged (5)'."""
    span = para_name(fold.first, True) if fold.first == fold.last else \
        f"{para_name(fold.first, True)}–{para_name(fold.last, True)}"
    return "▸ " + QCoreApplication.translate("Labels", "{span} unchanged ({n})").format(
        span=span, n=fold.count)


def folded_count(n: int) -> str:
    return QCoreApplication.translate("Labels", "{} unchanged paragraphs folded").format(n)
