"""Headless export of a history: ``rescompare --export out.json V1 V2 V3 …`` and
``rescompare --export out.json FILE.rescompare`` for a version-2 file.

Kept apart from viewer.cli, which only asks :func:`wants_history` and hands over; two files
(or a version-1 .rescompare) keep today's two-version export untouched.
"""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from .model import DiffOptions, InputError, parse_resolution
from .model.history import History, Version
from .model.history_session import HistorySession, file_version


HISTORY_FORMATS = (".json", ".html", ".htm", ".pdf")


def wants_history(files: list[str]) -> bool:
    """Three or more files, or one .rescompare file written in format version 2."""
    return len(files) >= 3 or (len(files) == 1 and (file_version(files[0]) or 0) >= 2)


def _check_format(out: str) -> None:
    # Fail before loading and comparing: a history of three or more versions is data (.json)
    # or the history report (.html, .pdf); Word is not offered for it.
    ext = Path(out).suffix.lower()
    if ext not in HISTORY_FORMATS:
        raise InputError("history_format", out, ext or "(none)")


def export_history(files: list[str], out: str, options: DiffOptions | None, ui_language: str,
                   **export_options) -> Path:
    """Load, compare and export; returns the written path. Raises InputError for the user.
    ``ui_language`` words the warnings; ``export_options`` go to the two-version builders."""
    from .cli import vote_warnings
    from .export import export
    from .export.history_json import export_history as write_history

    if len(files) == 1:
        saved = HistorySession.read(files[0])
        if options is not None:
            saved = replace(saved, options=options)
        if len(saved.versions) == 2:
            # Two versions: every two-version export (.html, .pdf, .docx too) still applies.
            session = saved.session(saved.versions[0].key, saved.versions[1].key)
            comparison = session.compare()
            _warn(vote_warnings(comparison, ui_language))
            return export(comparison, out, session.notes, **export_options)
        _check_format(out)
        history, notes = saved.history(), saved.notes()
    else:
        _check_format(out)
        from .loaders import load_document
        loaded = [load_document(f) for f in files]
        history = History([Version(f"v{i}", parse_resolution(d.text, source=d.path))
                           for i, d in enumerate(loaded, start=1)],
                          options=options or DiffOptions())
        notes = {}
    seen: list[str] = []
    for step in history.steps:
        seen += [w for w in vote_warnings(step, ui_language) if w not in seen]
    _warn(seen)
    # The report is worded in the interface language when --lang does not name one.
    report_options = dict(export_options, language=export_options.get("language") or ui_language)
    return write_history(history, out, notes, **report_options)


def _warn(lines: list[str]) -> None:
    for line in lines:
        print(f"rescompare: {line}", file=sys.stderr)
