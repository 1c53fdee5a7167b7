"""The annotated comparison as plain, localised data: what every printed or exported form shows.

Pure Python (no Qt): the HTML builder, the Qt print/PDF painter and the Word builder all read
one :class:`Report`, so the first page, the row labels and the wording cannot drift apart. Its
runs come from :mod:`.runs` (as the window's rows do) and its words from :mod:`viewer.wording`.

Import direction: viewer.export.html / printing / docx import this module, never the reverse.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import datetime as _datetime

from ..model import AlignedPair, Comparison, Resolution, Vote
from ..model.citations import citation_label
from ..wording import LANGUAGES, has, text, user_language
from .footnotes import RowFootnote, row_footnotes
from .runs import DELETE, EQUAL, INSERT, Run, pair_runs
from .warnings import Warning, pair_warning, warnings

_COUNT_KEYS = ("unchanged", "modified", "added", "deleted", "moved", "renumbered", "split",
               "merged", "verb_changes")


def label(key: str, language: str, **fmt) -> str:
    """The ``language`` wording of ``key`` from the one catalogue, formatted with ``fmt``."""
    return text(key, language, **fmt)


@dataclass(frozen=True)
class Row:
    """One aligned pair as it is printed."""
    key: str                       # AlignedPair.key (notes are attached to it)
    label: str                     # 'OP2 → OP4'
    kind: str                      # 'preambular' | 'operative'
    status: str                    # Status value
    status_text: str               # localised: 'modified · renumbered'
    flags: tuple[str, ...]         # 'moved', 'renumbered', 'split', 'merged'
    old: tuple[Run, ...]           # EQUAL + DELETE pieces (old column)
    new: tuple[Run, ...]           # EQUAL + INSERT pieces (new column)
    verb: str | None               # localised 'Verb: 请 → 敦促 (stronger)'
    note: str | None
    footnotes_old: tuple[RowFootnote, ...] = ()   # notes the old paragraphs refer to
    footnotes_new: tuple[RowFootnote, ...] = ()
    warnings: tuple[str, ...] = ()                # localised (low-confidence pairing)
    # A changes-only export: the keys of the unchanged rows this one line stands for (label
    # 'PP3–PP7', status_text 'PP3–PP7 unchanged', no text); () for an ordinary row.
    collapsed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    language: str
    title: str
    old_name: str                  # what the running header calls each document
    new_name: str
    identity: tuple[tuple[str, str, str], ...]        # (field label, old value, new value)
    counts: tuple[tuple[str, int], ...]
    renumbering: tuple[tuple[str, str], ...]
    verb_changes: tuple[tuple[str, str, str, str], ...]  # (label, old verb, new verb, direction)
    metadata_changes: tuple[tuple[str, str, str], ...]   # (field label, old, new) as text
    citations_added: tuple[str, ...]
    citations_removed: tuple[str, ...]
    rows: tuple[Row, ...]
    orphaned: tuple[tuple[str, str], ...]                # (pair key, note text)
    generated: str                                        # 'Prepared with ResCompare on …'
    warnings: tuple[Warning, ...] = ()                    # every warning, documents' first
    changes_only: bool = False                            # unchanged runs collapsed in rows

    def t(self, key: str, **fmt) -> str:
        return label(key, self.language, **fmt)

    @property
    def header(self) -> str:
        """The running header: both documents' names."""
        return f"{self.old_name}  →  {self.new_name}"


def document_name(res: Resolution, language: str = "en") -> str:
    """What a page header calls a document: its symbol, else body + number, else the file name."""
    m = res.metadata
    if m.symbol:
        return m.symbol
    if m.number:
        draft = f" ({label('draft', language)})" if m.status == "draft" else ""
        return f"{m.body + ' ' if m.body else ''}{m.number}{draft}"
    return os.path.basename(res.source) or res.source


def verb_text(pair: AlignedPair, language: str) -> str | None:
    vc = pair.verb_change
    if vc is None:
        return None
    return f"{label('verb', language)}: {vc.old} → {vc.new} ({label(vc.direction, language)})"


def _value(value, language: str) -> str:
    if value is None or value == "" or value == () or value == []:
        return "—"
    if isinstance(value, (list, tuple)):
        return label("list_separator", language).join(str(v) for v in value)
    if value in ("adopted", "draft"):   # Metadata.status codes
        return label(value, language)
    return str(value)


def _vote_counts(v: Vote | None, language: str) -> str:
    """'23/16/8', 'adopted without a vote' or '—', read from the vote itself (not its line())."""
    if v is not None and v.recorded:
        return "/".join(str(n) for n in (v.yes, v.no, v.abstain))
    if v is not None and v.without_vote:
        return label("without_vote", language)
    return "—"


def _vote_text(res: Resolution, language: str) -> str:
    v = res.metadata.vote
    if v is None:
        return "—"
    if v.recorded:
        return label("recorded_vote", language, yes=v.yes, no=v.no, abstain=v.abstain)
    if v.without_vote:
        return label("without_vote", language)
    return "—"


def _sponsors(res: Resolution, language: str) -> str:
    m = res.metadata
    text = _value(m.sponsors, language)
    if m.on_behalf_of:
        text = label("sponsors_on_behalf_of", language, sponsors=text, group=m.on_behalf_of)
    return text


def _identity(c: Comparison, language: str) -> tuple[tuple[str, str, str], ...]:
    rows = []

    def add(key: str, get):
        rows.append((label(key, language), get(c.old), get(c.new)))

    add("symbol", lambda r: r.metadata.symbol or "—")
    add("doc_title", lambda r: " ".join(x for x in (r.metadata.number, r.metadata.title) if x)
        or "—")
    add("body", lambda r: r.metadata.body or "—")
    add("session", lambda r: " ".join(x for x in (r.metadata.session,
                                                  f"({r.metadata.session_dates})"
                                                  if r.metadata.session_dates else None) if x)
        or "—")
    add("date", lambda r: r.metadata.date or "—")
    add("status", lambda r: _value(r.metadata.status, language))
    add("sponsors", lambda r: _sponsors(r, language))
    add("vote", lambda r: _vote_text(r, language))
    add("source", lambda r: os.path.basename(r.source) or "—")
    return tuple(rows)


# Shown side by side in the identity table already; repeating them says nothing new.
_IN_IDENTITY = {"body", "session", "number", "symbol", "title", "status", "date"}


def _metadata_changes(c: Comparison, language: str) -> tuple[tuple[str, str, str], ...]:
    out = []
    for mc in c.metadata_changes:
        if mc.field in _IN_IDENTITY:
            continue
        key = f"f.{mc.field}"
        name = label(key, language) if has(key) else mc.field
        # Footnotes are sentences: one per line, not run together with "、".
        join = (lambda v: "\n".join(map(str, v)) or "—") if mc.field == "footnotes" else (
            lambda v: _value(v, language))
        if mc.added or mc.removed:
            # Long lists (votes, sponsors): the differences say more than both full lists.
            old = (f"{label('removed_with', language)}: {join(mc.removed)}" if mc.removed
                   else "—")
            new = f"{label('added_with', language)}: {join(mc.added)}" if mc.added else "—"
        elif mc.field == "vote":
            old, new = (_vote_counts(r.metadata.vote, language) for r in (c.old, c.new))
        else:
            old, new = join(mc.old) if mc.old else "—", join(mc.new) if mc.new else "—"
        out.append((name, old, new))
    return tuple(out)


def _status_text(pair: AlignedPair, flags: tuple[str, ...], language: str) -> str:
    return " · ".join([label(pair.status.value, language)] + [label(f, language) for f in flags])


def _collapsible(row: Row) -> bool:
    """An unchanged row with nothing to say: no flag (renumbered, moved…), note or warning."""
    return (row.status == "unchanged" and not row.flags and not row.note and not row.warnings
            and not any(f.changed for f in row.footnotes_old + row.footnotes_new))


def collapse_unchanged(rows: tuple[Row, ...], language: str) -> tuple[Row, ...]:
    """Each run of unchanged rows of one kind as one line: 'PP3–PP7 unchanged'."""
    out: list[Row] = []
    run: list[Row] = []

    def flush() -> None:
        if not run:
            return
        first, last = run[0].label, run[-1].label
        span = first if len(run) == 1 else f"{first}–{last}"
        out.append(replace(run[0], label=span,
                           status_text=label("collapsed", language, span=span, count=len(run)),
                           old=(), new=(), footnotes_old=(), footnotes_new=(),
                           collapsed=tuple(r.key for r in run)))
        run.clear()

    for row in rows:
        if run and row.kind != run[-1].kind:
            flush()
        if _collapsible(row):
            run.append(row)
        else:
            flush()
            out.append(row)
    flush()
    return tuple(out)


def stamp(moment: _datetime | None = None) -> str:
    """When an export was made, to the minute with the UTC offset: two printouts of one day
    differ, and a reader elsewhere can tell which came first."""
    moment = (moment or _datetime.now()).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M (UTC%z)").replace("(UTC+0000)", "(UTC)")


def build_report(comparison: Comparison, notes: dict[str, str] | None = None,
                 language: str | None = None, today: str | None = None,
                 changes_only: bool = False) -> Report:
    """Everything an export shows, worded in ``language`` ('en'/'zh'; default: the user's).
    ``today``: the stamp as given (default: now, see :func:`stamp`); ``changes_only``: runs of
    unchanged rows collapsed to one line each (see :func:`collapse_unchanged`)."""
    language = language if language in LANGUAGES else user_language()
    notes = {k: v for k, v in (notes or {}).items() if isinstance(v, str) and v.strip()}
    rows = []
    for pair in comparison.pairs:
        old, new = pair_runs(pair)
        flags = tuple(f for f in pair.flags if f != "pinned")
        fn_old, fn_new = row_footnotes(pair, comparison.old, comparison.new)
        warning = pair_warning(pair, language)
        rows.append(Row(pair.key, pair.label, pair.kind.value, pair.status.value,
                        _status_text(pair, flags, language), flags, old, new,
                        verb_text(pair, language), notes.get(pair.key), fn_old, fn_new,
                        (warning.text,) if warning else ()))
    if changes_only:
        rows = list(collapse_unchanged(tuple(rows), language))
    keys = {p.key for p in comparison.pairs}
    summary = comparison.summary
    counts = tuple((label("verb_change_count" if k == "verb_changes" else k, language),
                    summary.get(k, 0)) for k in _COUNT_KEYS)
    verbs = tuple((p.label, p.verb_change.old, p.verb_change.new,
                   label(p.verb_change.direction, language)) for p in comparison.verb_changes)
    today = today or stamp()
    old_name = document_name(comparison.old, language)
    new_name = document_name(comparison.new, language)
    return Report(
        language=language,
        title=label("title", language),
        old_name=old_name,
        new_name=new_name,
        identity=_identity(comparison, language),
        counts=counts,
        renumbering=tuple((a or "", b or "") for a, b in comparison.renumbering),
        verb_changes=verbs,
        metadata_changes=_metadata_changes(comparison, language),
        citations_added=tuple(citation_label(c, language) for c in comparison.citations_added),
        citations_removed=tuple(citation_label(c, language) for c in comparison.citations_removed),
        rows=tuple(rows),
        orphaned=tuple((k, v) for k, v in notes.items() if k not in keys),
        generated=label("generated", language, date=today),
        warnings=warnings(comparison, language, old_name, new_name),
        changes_only=changes_only,
    )


__all__ = ["DELETE", "EQUAL", "INSERT", "Report", "Row", "RowFootnote", "Run", "Warning",
           "build_report", "collapse_unchanged", "document_name", "label", "pair_runs", "stamp"]
