"""What a reader sees of a history (three or more versions), computed once and without Qt.

The window's paragraph-history panel and the history report (HTML, PDF) both read these
objects: per lineage, the paragraph in every version with the changes from the version before
marked as :class:`~viewer.present.runs.Run` pieces (the same cutting as every two-version view),
the events that led into each version worded in the reader's language, and the verb path.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from ..model.history import History, Lineage
from ..wording import text
from .runs import EQUAL, INSERT, Run, new_runs, old_runs


@dataclass(frozen=True)
class VersionCell:
    """One lineage in one version."""
    index: int                     # version index in the history's order
    version: str                   # the version's label (symbol, number or file)
    ids: str                       # 'OP4', 'OP3+OP4', '' when absent
    runs: tuple[Run, ...]          # the text, changes from the version before marked
    events: tuple[str, ...]        # worded: 'introduced', 'moved', 'verb 请 → 促请 (stronger)'
    present: bool


@dataclass(frozen=True)
class LineageView:
    id: str
    label: str                     # 'OP4 → OP7 → OP5'
    kind: str                      # 'preambular' | 'operative'
    changed: bool
    verb_path: str                 # '请 → 促请 → 敦促' ('' when it has no leading verb)
    cells: tuple[VersionCell, ...]


@dataclass(frozen=True)
class HistoryReport:
    language: str
    title: str
    versions: tuple[tuple[str, str, str], ...]     # (label, file name, date or '')
    ordering: str                                  # worded
    lineages: tuple[LineageView, ...]
    unchanged: int                                 # lineages left out of the report (never changed)

    def t(self, key: str, **fmt) -> str:
        return text(key, self.language, **fmt)


def _event_words(lineage: Lineage, index: int, language: str) -> tuple[str, ...]:
    out: list[str] = []
    for e in lineage.events:
        if e.version != index:
            continue
        if e.kind == "verb":
            word = text("h.ev.verb", language, old=e.verb_old or "—", new=e.verb_new or "—",
                        direction=text(e.direction, language) if e.direction else "")
        else:
            word = text(f"h.ev.{e.kind}", language)
        if word not in out:
            out.append(word)
    return tuple(out)


def lineage_view(history: History, lineage: Lineage, language: str) -> LineageView:
    """``lineage`` in every version of ``history``: the text with changes from the previous
    version marked (from that step's aligned pairs, so it reads exactly as the two-version view
    of those neighbours), and a cell for the version that dropped it showing what went."""
    cells: list[VersionCell] = []
    for v, members in enumerate(lineage.members):
        label = history.versions[v].label
        events = _event_words(lineage, v, language)
        if members:
            step = lineage.links[v - 1] if v > 0 else ()
            runs: list[Run] = []
            into = [p for p in step if p.new]
            if into:
                for n, pair in enumerate(into):
                    if n:
                        runs.append(Run(" / ", EQUAL))
                    runs.extend(new_runs(pair) if pair.old else (Run(pair.new_text, INSERT),))
            else:
                text_ = " / ".join(p.text for p in members)
                runs.append(Run(text_, INSERT if v > 0 else EQUAL))
            cells.append(VersionCell(v, label, "+".join(p.id for p in members), tuple(runs),
                                     events, True))
        else:
            step = lineage.links[v - 1] if v > 0 else ()
            gone = [p for p in step if p.old and not p.new]
            runs = tuple(r for pair in gone for r in old_runs(pair))
            cells.append(VersionCell(v, label, "", runs, events, False))
    return LineageView(lineage.id, lineage.label, lineage.kind.value, lineage.changed,
                       lineage.verb_path if any(s.verbs != ("",) for s in lineage.verb_history)
                       else "", tuple(cells))


def build_history_report(history: History, language: str, only_changed: bool = True
                         ) -> HistoryReport:
    """The history report: every lineage (only those that changed, by default) in order."""
    views = [lineage_view(history, lin, language) for lin in history.lineages
             if lin.changed or not only_changed]
    unchanged = sum(1 for lin in history.lineages if not lin.changed) if only_changed else 0
    versions = tuple((v.label, os.path.basename(v.resolution.source), v.when or "")
                     for v in history.versions)
    return HistoryReport(language, text("h.title", language, count=len(history)), versions,
                         text(f"h.order.{history.ordering}", language), tuple(views), unchanged)


__all__ = ["HistoryReport", "LineageView", "VersionCell",
           "build_history_report", "lineage_view"]
