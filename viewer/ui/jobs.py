"""The work the window hands to its worker thread: plain functions over the model (no widgets).

Each takes ``report(stage)`` as its last argument for the progress indicator. Parsed
resolutions are cached by (name, text), so changing an option or a pin only re-aligns and
re-diffs — the parse of a 400-paragraph text is not repeated.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace

from ..loaders import load_document
from ..model import Comparison, DiffOptions, InputError, Pins, Resolution, compare
from ..model.session import Session, Source

_PARSED: "OrderedDict[tuple[str, int, str], Resolution]" = OrderedDict()
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Loaded:
    session: Session
    comparison: Comparison
    disk_paths: tuple[str, ...] = ()   # files opened from disk (watched for changes)
    saved_path: str | None = None      # the .rescompare file it came from


def parse(source: Source) -> Resolution:
    key = (source.name, hash(source.text), source.text[:64])
    with _LOCK:
        hit = _PARSED.get(key)
        if hit is not None:
            _PARSED.move_to_end(key)
            return hit
    res = source.parse()
    with _LOCK:
        _PARSED[key] = res
        while len(_PARSED) > 6:
            _PARSED.popitem(last=False)
    return res


def compare_session(session: Session, report=lambda stage: None) -> Comparison:
    report("parse")
    old, new = parse(session.old), parse(session.new)
    report("compare")
    return compare(old, new, session.options, session.pins)


def load_source(path: str, report=lambda stage: None) -> Source:
    report("load")
    loaded = load_document(path)
    return Source(loaded.path, loaded.text)


class FilesRejected(InputError):
    """More than one file of a pair was refused: each is reported (``errors``), not only the
    first. Its code and path are the first one's; its message lists them all."""

    def __init__(self, errors: list[InputError]):
        self.errors = tuple(errors)
        first = errors[0]
        super().__init__(first.code, first.path, first.detail)

    def message(self, language: str | None = None) -> str:
        return "\n".join(e.message(language) for e in self.errors)


def rejected_paths(exc: BaseException) -> list[str]:
    """The files an opening error refused (none for other errors)."""
    errors = getattr(exc, "errors", None) or ((exc,) if isinstance(exc, InputError) else ())
    return [e.path for e in errors if e.path]


def load_sources(paths, report=lambda s: None) -> list[Source]:
    """Every file loaded; each is tried, so that every bad one is reported (FilesRejected)."""
    sources, errors = [], []
    for path in paths:
        try:
            sources.append(load_source(path, report))
        except InputError as exc:
            errors.append(exc)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise FilesRejected(errors)
    return sources


def open_pair(old_path: str, new_path: str, options: DiffOptions, report=lambda s: None,
              pins: Pins = Pins(), notes: dict | None = None) -> Loaded:
    old, new = load_sources((old_path, new_path), report)
    session = Session(old, new, options, pins, dict(notes or {}))
    return Loaded(session, compare_session(session, report), (old.name, new.name))


def open_comparison(path: str, options: DiffOptions | None, report=lambda s: None) -> Loaded:
    report("load")
    session = Session.read(path)
    if options is not None:
        session = replace(session, options=options)
    return Loaded(session, compare_session(session, report), (), path)


def recompare(session: Session, disk_paths: tuple[str, ...], saved_path: str | None,
              report=lambda s: None) -> Loaded:
    return Loaded(session, compare_session(session, report), disk_paths, saved_path)


def export(comparison: Comparison, path: str, notes: dict, language: str,
           report=lambda s: None, **options):
    """Write an export in ``language`` (the interface's, as printing uses); ``options``: the
    other ExportOptions fields chosen in the export dialog (paper, landscape, changes_only)."""
    from ..export import export as write
    report("export")
    return write(comparison, path, notes, language=language, **options)
