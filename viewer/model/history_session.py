"""``.rescompare`` format version 2: a history of N ≥ 2 versions with manual pairings and notes
per version pair. Reads version-1 files (one old/new pair) too.

Version 2 on disk (UTF-8 JSON, every text embedded so the file opens on another laptop)::

    {"format": "rescompare", "version": 2, "saved": "…",
     "versions": [{"key": "v1", "name": "a.txt", "text": "…"}, …],   # in the order shown
     "ordering": "date" | "session" | "given" | "manual",
     "options": {…},                                                   # as in version 1
     "pairs": [{"old": "v1", "new": "v2", "pins": {…}, "notes": {"OP5>OP4": "…"}}, …]}

Version keys are fixed when a version is added, so pins and notes stay attached to the same two
texts whatever the order; a pair is stored the way round it was made (``History.pins_for``
mirrors it when the order is reversed). A version-1 file reads as versions v1 (old) and v2 (new)
with its pins and notes on the pair v1 > v2, and a two-version history writes back to version 1
with :meth:`HistorySession.session`, for the window of today.

Joined to :mod:`viewer.model.session`: :func:`viewer.model.session.read_comparison` reads either
version with the same guarded reading and hands a version-2 file to
:meth:`HistorySession.from_dict` (which reads version 1 through ``Session.from_dict``, so the
validation there applies to both).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from .alignment import Pins
from .errors import InputError
from .history import ORDER_DATE, ORDER_GIVEN, ORDER_MANUAL, ORDER_SESSION, History, Version
from .parser import parse_resolution
from .session import EXTENSION, FORMAT, Session, Source, read_json
from .worddiff import DiffOptions

VERSION = 2
ORDERINGS = (ORDER_DATE, ORDER_SESSION, ORDER_GIVEN, ORDER_MANUAL)


@dataclass(frozen=True)
class VersionSource:
    key: str           # 'v1', 'v2', …: fixed for the life of the file
    name: str          # what the user opened
    text: str          # the loaded text, as parsed


@dataclass(frozen=True)
class PairState:
    """What a person decided for one (old, new) pair of versions."""
    pins: Pins = Pins()
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.pins.pairs or self.pins.forbidden or self.notes)


@dataclass(frozen=True)
class HistorySession:
    versions: tuple[VersionSource, ...]          # in the order shown
    options: DiffOptions = DiffOptions()
    pairs: dict[tuple[str, str], PairState] = field(default_factory=dict)
    ordering: str = ORDER_GIVEN

    # --- building --------------------------------------------------------------------------

    @classmethod
    def from_texts(cls, sources: list[tuple[str, str]], options: DiffOptions = DiffOptions(),
                   order: str = "auto") -> "HistorySession":
        """(name, text) pairs as given; ``order='auto'`` sorts them as :class:`History` does.
        Raises InputError when a text is not a resolution."""
        versions = tuple(VersionSource(f"v{i}", n, t) for i, (n, t) in enumerate(sources, start=1))
        session = cls(versions, options)
        if order != "auto":
            return replace(session, ordering=order)
        history = session.history(order="auto")
        by_key = {v.key: v for v in versions}
        return cls(tuple(by_key[k] for k in history.keys), options, {}, history.ordering)

    @classmethod
    def from_session(cls, session: Session) -> "HistorySession":
        state = PairState(session.pins, dict(session.notes))
        return cls((VersionSource("v1", session.old.name, session.old.text),
                    VersionSource("v2", session.new.name, session.new.text)),
                   session.options, {} if state.empty else {("v1", "v2"): state}, ORDER_GIVEN)

    def history(self, order: str | None = None) -> History:
        """Parse every text and build the history in the stored order (or ``order``)."""
        resolutions = [Version(v.key, parse_resolution(v.text, source=v.name)) for v in self.versions]
        pins = {k: s.pins for k, s in self.pairs.items()}
        return History(resolutions, order or self.ordering, self.options, pins)

    def session(self, old: str, new: str) -> Session:
        """One version pair as a version-1 :class:`Session` (the two-version window and exports)."""
        by_key = {v.key: v for v in self.versions}
        a, b = by_key[old], by_key[new]
        state = self.pairs.get((old, new), PairState())
        return Session(Source(a.name, a.text), Source(b.name, b.text), self.options,
                       state.pins, dict(state.notes))

    def notes(self) -> dict[tuple[str, str], dict[str, str]]:
        return {k: dict(s.notes) for k, s in self.pairs.items() if s.notes}

    # --- edits (each returns a new session) ------------------------------------------------

    def reordered(self, keys: list[str]) -> "HistorySession":
        by_key = {v.key: v for v in self.versions}
        if sorted(keys) != sorted(by_key):
            raise ValueError("reordering must name every version exactly once")
        return replace(self, versions=tuple(by_key[k] for k in keys), ordering=ORDER_MANUAL)

    def with_version(self, name: str, text: str) -> "HistorySession":
        used = {v.key for v in self.versions}
        n = len(used) + 1
        while f"v{n}" in used:
            n += 1
        return replace(self, versions=self.versions + (VersionSource(f"v{n}", name, text),))

    def with_note(self, old: str, new: str, key: str, text: str) -> "HistorySession":
        state = self.pairs.get((old, new), PairState())
        notes = dict(state.notes)
        if text.strip():
            notes[key] = text
        else:
            notes.pop(key, None)
        return self._with_state(old, new, PairState(state.pins, notes))

    def with_pins(self, old: str, new: str, pins: Pins) -> "HistorySession":
        state = self.pairs.get((old, new), PairState())
        return self._with_state(old, new, PairState(pins, dict(state.notes)))

    def _with_state(self, old: str, new: str, state: PairState) -> "HistorySession":
        keys = {v.key for v in self.versions}
        if old not in keys or new not in keys or old == new:
            raise KeyError((old, new))
        pairs = {k: s for k, s in self.pairs.items() if k != (old, new)}
        if not state.empty:
            pairs[(old, new)] = state
        return replace(self, pairs=pairs)

    # --- persistence -----------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "format": FORMAT, "version": VERSION,
            "saved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "versions": [{"key": v.key, "name": v.name, "text": v.text} for v in self.versions],
            "ordering": self.ordering,
            "options": self.options.to_dict(),
            "pairs": [{"old": a, "new": b, "pins": s.pins.to_dict(),
                       "notes": dict(sorted(s.notes.items()))}
                      for (a, b), s in sorted(self.pairs.items())],
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_dict(cls, data: dict, path: str = "(comparison)") -> "HistorySession":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise InputError("comparison_file", path, ("not a ResCompare file", "不是 ResCompare 文件"))
        try:
            version = int(data.get("version", 0))
        except (TypeError, ValueError) as exc:
            raise InputError("comparison_file", path, ("missing or invalid version",
                                                       "“version” 缺失或无效")) from exc
        if version > VERSION:
            raise InputError("comparison_file", path, ("made by a newer version of ResCompare",
                                                       "由更新版本的 ResCompare 生成"))
        if version < VERSION:
            return cls.from_session(Session.from_dict(data, path))
        try:
            return cls._from_v2(data)
        except (KeyError, TypeError, ValueError) as exc:
            detail = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
            raise InputError("comparison_file", path, (f"missing or invalid {detail}",
                                                       f"缺失或无效：{detail}")) from exc

    @classmethod
    def _from_v2(cls, data: dict) -> "HistorySession":
        raw = data["versions"]
        if not isinstance(raw, list) or len(raw) < 2:
            raise ValueError("versions (at least two are needed)")
        versions = []
        for item in raw:
            if not isinstance(item, dict) or not all(isinstance(item.get(k), str)
                                                     for k in ("key", "name", "text")):
                raise ValueError("version entry")
            versions.append(VersionSource(item["key"], item["name"], item["text"]))
        keys = [v.key for v in versions]
        if len(set(keys)) != len(keys) or not all(keys):
            raise ValueError("version keys (each must be unique)")
        ordering = data.get("ordering", ORDER_GIVEN)
        if ordering not in ORDERINGS:
            raise ValueError("ordering")
        pairs = {}
        for item in data.get("pairs") or []:
            if not isinstance(item, dict):
                raise ValueError("pair entry")
            old, new = item["old"], item["new"]
            if old not in keys or new not in keys or old == new:
                raise ValueError(f"pair {old}>{new}")
            notes = item.get("notes") or {}
            if not isinstance(notes, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                      for k, v in notes.items()):
                raise ValueError("notes")
            pins = item.get("pins")
            if pins is not None and not _valid_pins(pins):
                raise ValueError("pins")
            state = PairState(Pins.from_dict(pins), dict(notes))
            if not state.empty:
                pairs[(old, new)] = state
        options = data.get("options") or {}
        if not isinstance(options, dict):
            raise ValueError("options")
        return cls(tuple(versions), DiffOptions.from_dict(options), pairs, ordering)

    @classmethod
    def read(cls, path: str | os.PathLike) -> "HistorySession":
        """Either format, read with the guards of :mod:`viewer.model.session` (regular file,
        size limit, UTF-8, nesting)."""
        p = Path(path)
        return cls.from_dict(read_json(p), str(p))


def _valid_pins(pins) -> bool:
    """{"pairs": [[old id, new id], …], "forbidden": […]}, both lists optional."""
    if not isinstance(pins, dict):
        return False
    for name in ("pairs", "forbidden"):
        items = pins.get(name) or []
        if not isinstance(items, list) or not all(
                isinstance(x, list) and len(x) == 2 and all(isinstance(i, str) for i in x)
                for x in items):
            return False
    return True


def file_version(path: str | os.PathLike) -> int | None:
    """The ``version`` a .rescompare file declares, or None when it cannot be read as one
    (the caller then reads it the usual way and reports the problem)."""
    p = Path(path)
    if p.suffix.lower() != EXTENSION or not p.is_file():
        return None
    try:
        data = json.loads(p.read_bytes().decode("utf-8-sig"))
        return int(data["version"]) if isinstance(data, dict) else None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, OverflowError,
            RecursionError):   # "version": Infinity; [[[[… nested too deeply
        return None
