"""The worker's jobs for histories and tracked Word files: plain functions over the model.

A history open in the window is a :class:`HistoryState`: the saved form
(:class:`~viewer.model.history_session.HistorySession`: texts, order, options, pins and notes
per version pair), the :class:`~viewer.model.history.History` built from it (whose comparison
cache makes stepping back to a pair already seen instant) and the pair shown. The pair shown is
an ordinary two-version :class:`~viewer.model.session.Session` in the comparison document, so
pairing, notes, undo and every export work on it unchanged; its pins and notes are folded back
into the history session when another pair is chosen or the file is saved.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import DiffOptions, Pins
from ..model.history import History
from ..model.history_session import HistorySession, PairState
from ..model.session import Session, Source
from .jobs import Loaded, load_source, load_sources, parse


@dataclass(frozen=True)
class HistoryState:
    saved: HistorySession          # what Save writes (pins and notes of the pair shown folded in)
    history: History               # same order as ``saved``; comparisons cached
    pair: tuple[str, str]          # (old key, new key) shown

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(v.key for v in self.saved.versions)

    def fold(self, session: Session | None) -> "HistoryState":
        """The pair shown's pins, notes and options written into the history session."""
        if session is None:
            return self
        a, b = self.pair
        saved = replace(self.saved, options=session.options)
        saved = saved._with_state(a, b, PairState(session.pins, dict(session.notes)))
        return replace(self, saved=saved)

    def session(self, pair: tuple[str, str] | None = None) -> Session:
        a, b = pair or self.pair
        return self.saved.session(a, b)

    def cached(self, pair: tuple[str, str]):
        """The comparison of ``pair`` if the history already holds it with today's pins."""
        h = self.history
        if h.options != self.saved.options:
            return None
        state = self.saved.pairs.get(pair, PairState())
        if h.pins_for(*pair) != state.pins:
            return None
        return h._cache.get(pair)


@dataclass(frozen=True)
class HistoryLoaded(Loaded):
    state: HistoryState | None = None


def _history_for(state: HistoryState) -> History:
    """``state.history`` brought in line with the session's order, options and pins, keeping
    every cached comparison that is still valid."""
    saved, h = state.saved, state.history
    pins = {k: s.pins for k, s in saved.pairs.items() if s.pins.pairs or s.pins.forbidden}
    if h.options != saved.options:
        h = History(h.versions, h.ordering, saved.options, pins)
    else:
        for key in set(pins) | set(h.pins):
            want = pins.get(key, Pins())
            if h.pins.get(key, Pins()) != want:
                h = h.with_pins(key[0], key[1], want)
    if h.keys != state.keys:
        h = h.reordered(list(state.keys))
    return h


def show_pair(state: HistoryState, pair: tuple[str, str], report=lambda s: None) -> HistoryLoaded:
    """The comparison of ``pair`` (computed now unless cached) with the history made current."""
    report("compare")
    history = _history_for(state)
    state = replace(state, history=history, pair=pair)
    return HistoryLoaded(state.session(), history.compare(*pair), state=state)


def build(saved: HistorySession, pair: tuple[str, str] | None, report=lambda s: None,
          saved_path: str | None = None) -> HistoryLoaded:
    """Parse and compare a history; show ``pair`` or, by default, the latest step."""
    report("parse")
    history = saved.history()
    report("compare")
    keys = history.keys
    pair = pair or (keys[-2], keys[-1])
    state = HistoryState(saved, history, pair)
    return HistoryLoaded(state.session(), history.compare(*pair), saved_path=saved_path,
                         state=state)


def open_versions(paths: list[str], options: DiffOptions, report=lambda s: None,
                  sources: dict[str, Source] | None = None) -> HistoryLoaded:
    """Three or more files as one history, ordered by date (see ``History``). ``sources``
    holds texts already chosen for some paths (a Word file's state before/after its changes)."""
    chosen = dict(sources or {})
    loaded = iter(load_sources([p for p in paths if p not in chosen], report))
    texts = [chosen[p] if p in chosen else next(loaded) for p in paths]
    saved = HistorySession.from_texts([(s.name, s.text) for s in texts], options)
    return build(saved, None, report)


def add_version(state: HistoryState, path: str, report=lambda s: None,
                source: Source | None = None) -> HistoryLoaded:
    """One more version in the history (re-sorted by date unless arranged by hand); the pair
    shown becomes the step into the new version."""
    src = source or load_source(path, report)
    saved = state.saved.with_version(src.name, src.text)
    key = saved.versions[-1].key
    report("compare")
    history = _history_for(state).extended(parse(src))
    assert key in history.keys          # both give the next free 'vN'
    by_key = {v.key: v for v in saved.versions}
    saved = replace(saved, versions=tuple(by_key[k] for k in history.keys),
                    ordering=history.ordering)
    i = history.keys.index(key)
    pair = (history.keys[i - 1], key) if i > 0 else (key, history.keys[1])
    state = HistoryState(saved, history, pair)
    return HistoryLoaded(state.session(), history.compare(*pair), state=state)


def from_pair(session: Session) -> HistoryState:
    """An open two-version comparison as the start of a history (to add a version to it)."""
    saved = HistorySession.from_session(session)
    return HistoryState(saved, saved.history(), ("v1", "v2"))


def reorder(state: HistoryState, keys: tuple[str, ...], report=lambda s: None) -> HistoryLoaded:
    """The versions in the order ``keys``; the pair shown stays the same two texts."""
    report("compare")
    saved = state.saved.reordered(list(keys))
    auto = state.history.chronological()
    if tuple(keys) == auto.keys:       # back in time order: say which rule made it
        saved = replace(saved, ordering=auto.ordering)
    state = replace(state, saved=saved)
    return show_pair(state, state.pair, report)
