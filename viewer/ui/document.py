"""The comparison being worked on: one object that owns it and announces every change.

:class:`ComparisonDocument` holds the :class:`~viewer.model.session.Session` (texts, options,
pairings, notes), the :class:`~viewer.model.Comparison` computed from it, the rows shown
(:func:`viewer.present.build_rows`), the files it came from and whether it has unsaved work.
Widgets and the window's command modules read it and connect to its signals; nobody else
assigns these values.

What the user changes in it — pairing, unpairing, resetting the pairings, notes, the diff
options — is a command object on :attr:`ComparisonDocument.undo_stack` (a ``QUndoStack``, as
git-cola's ``cmd.py`` keeps ``do``/``undo`` objects): each holds the value before and after,
so Edit › Undo and Redo restore it. A command changes the session only; the window recomputes
the comparison when pairings or options change, and the history is kept across that
re-comparison (it is cleared when another pair of texts is opened or the sides are swapped,
after which the recorded keys name other paragraphs).

Import direction: the window and its command modules import this module; it imports the model
and viewer.present, never a widget.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Comparison, DiffOptions, Pins
from ..model.session import Session
from ..present.rows import RowView, build_rows


class ComparisonDocument(QObject):
    """Session, options, comparison and rows, with signals for each kind of change."""

    session_replaced = Signal()     # another session: opened, reloaded, swapped or closed
    comparison_changed = Signal()   # a new comparison and rows (after opening or recomputing)
    pins_changed = Signal()         # pairings by hand: the comparison must be recomputed
    options_changed = Signal()      # diff options: the comparison must be recomputed
    notes_changed = Signal(tuple)   # the keys of the rows whose notes changed

    def __init__(self, options: DiffOptions, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._session: Session | None = None
        self._options = options          # used while no session is open
        self.comparison: Comparison | None = None
        self.rows: tuple[RowView, ...] = ()
        self.disk_paths: tuple[str, ...] = ()   # (old, new) files the texts came from: watched
        self.saved_path: str | None = None      # the .rescompare file it was saved to or read from
        self._clean = ({}, Pins(), None)         # notes, pins, texts as last saved (texts: None
                                                 # when they come from files on disk)

    # --- what it holds -------------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def options(self) -> DiffOptions:
        """The diff options: the open session's, else those the next comparison will use."""
        return self._session.options if self._session is not None else self._options

    @property
    def notes(self) -> dict[str, str]:
        return dict(self._session.notes) if self._session is not None else {}

    # --- replacing it (not undoable: another document) -----------------------------------

    def open(self, session: Session, disk_paths: tuple[str, ...] = (),
             saved_path: str | None = None) -> None:
        """Another comparison: from files on disk, or from a saved ``.rescompare`` file (which
        is then what "unsaved changes" are measured against)."""
        self.disk_paths, self.saved_path = tuple(disk_paths), saved_path
        self.replace_session(session)
        if saved_path:
            self.mark_clean()
        else:
            self._clean = ({}, Pins(), None)

    def close(self) -> None:
        self.disk_paths, self.saved_path = (), None
        self._clean = ({}, Pins(), None)
        self.replace_session(None)

    def swap(self) -> None:
        """New becomes old: texts, files, pairings and note keys ('OP5>OP4' -> 'OP4>OP5')."""
        s = self._session
        if s is None:
            return
        notes, pins, texts = self._clean
        self.disk_paths = tuple(reversed(self.disk_paths))
        self._clean = (_swap_keys(notes), _swap_pins(pins),
                       tuple(reversed(texts)) if texts else None)
        # The history's row keys would name the wrong sides: replace_session clears it.
        self.replace_session(Session(s.new, s.old, s.options, _swap_pins(s.pins),
                                     _swap_keys(s.notes)))

    def is_dirty(self) -> bool:
        """Whether there is work that is not saved: notes, pairings, or changed texts."""
        s = self._session
        if s is None:
            return False
        notes, pins, texts = self._clean
        if dict(s.notes) != notes or s.pins != pins:
            return True
        return texts is not None and texts != (s.old.text, s.new.text)

    def mark_clean(self, saved_path: str | None = None) -> None:
        """The session as it stands is saved (to ``saved_path``, when given)."""
        if saved_path:
            self.saved_path = saved_path
        s = self._session
        self._clean = (dict(s.notes), s.pins,
                       (s.old.text, s.new.text) if self.saved_path else None)

    def replace_session(self, session: Session | None, *, keep_history: bool = False) -> None:
        """Work on ``session`` from now on (None: nothing open). The undo history is cleared
        unless ``keep_history`` (a reload of the same texts' files keeps notes and pairings)."""
        self._session = session
        if session is not None:
            self._options = session.options
        if session is None:
            self.comparison, self.rows = None, ()
        if not keep_history:
            self.undo_stack.clear()
        self.session_replaced.emit()

    def set_comparison(self, comparison: Comparison) -> None:
        """The comparison computed from the session (or from an earlier state of it: a newer
        request is then already on its way and replaces this one)."""
        self.comparison = comparison
        self.rows = build_rows(comparison)
        self.comparison_changed.emit()

    # --- user actions: each one command on the undo stack ---------------------------------

    def pair(self, old_id: str, new_id: str) -> None:
        if self._session is not None:
            self._push_pins(self._session.pins.pin(old_id, new_id),
                            self.tr("Pair {} with {}").format(old_id, new_id))

    def unpair(self, row: RowView) -> None:
        if self._session is None:
            return
        pins = self._session.pins
        for o in row.old_ids:
            for n in row.new_ids:
                pins = pins.unpair(o, n)
        self._push_pins(pins, self.tr("Unpair {}").format(row.label))

    def reset_pairing(self) -> None:
        if self._session is not None:
            self._push_pins(Pins(), self.tr("Reset all pairings"))

    def set_note(self, key: str, text: str) -> bool:
        """Note ``text`` on row ``key`` (blank removes it). False when nothing changes."""
        after = text if text.strip() else ""
        return self._push_notes({key: after}, self.tr("Note on {}").format(key), typed=True)

    def attach_note(self, orphan_key: str, row_key: str) -> None:
        """Move a note whose row is gone onto row ``row_key`` (after any note already there)."""
        notes = self.notes
        if orphan_key not in notes:
            return
        existing = notes.get(row_key, "")
        merged = f"{existing}\n\n{notes[orphan_key]}" if existing.strip() else notes[orphan_key]
        self._push_notes({row_key: merged, orphan_key: ""},
                         self.tr("Attach note to {}").format(row_key))

    def delete_note(self, key: str) -> None:
        self._push_notes({key: ""}, self.tr("Delete note"))

    def set_options(self, options: DiffOptions) -> None:
        if options == self.options:
            return
        if self._session is None:       # nothing compared yet: a preference, not an edit
            self._apply_options(options)
        else:
            self.undo_stack.push(_Change(self._apply_options, self.options, options,
                                         self.tr("Change comparison options")))

    # --- what the commands do (only they, and replace_session, change the session) --------

    def _push_pins(self, pins: Pins, text: str) -> None:
        if pins != self._session.pins:
            self.undo_stack.push(_Change(self._apply_pins, self._session.pins, pins, text))

    def _push_notes(self, after: dict[str, str], text: str, typed: bool = False) -> bool:
        if self._session is None:
            return False
        before = {k: self._session.notes.get(k, "") for k in after}
        if before == after:
            return False
        command = _NoteTyped if typed else _Change
        self.undo_stack.push(command(self._apply_notes, before, after, text))
        return True

    def _apply_pins(self, pins: Pins) -> None:
        self._session = replace(self._session, pins=pins)
        self.pins_changed.emit()

    def _apply_notes(self, notes: dict[str, str]) -> None:
        session = self._session
        for key, text in notes.items():
            session = session.with_note(key, text)
        self._session = session
        self.notes_changed.emit(tuple(notes))

    def _apply_options(self, options: DiffOptions) -> None:
        self._options = options
        if self._session is not None:
            self._session = replace(self._session, options=options)
        self.options_changed.emit()


def _swap_keys(notes: dict[str, str]) -> dict[str, str]:
    return {"{1}>{0}".format(*k.split(">", 1)): v for k, v in notes.items()}


def _swap_pins(pins: Pins) -> Pins:
    flip = lambda pairs: frozenset((b, a) for a, b in pairs)  # noqa: E731
    return Pins(flip(pins.pairs), flip(pins.forbidden))


class _Change(QUndoCommand):
    """One change of the document: ``apply(after)`` does it, ``apply(before)`` takes it back.
    Pairings, notes and options are each changed through one of the document's ``_apply_*``."""

    def __init__(self, apply, before, after, text: str):
        super().__init__(text)
        self.apply, self.before, self.after = apply, before, after

    def redo(self) -> None:
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)


class _NoteTyped(_Change):
    """A note handed over by the notes panel while it is typed: successive edits of one note
    undo as one."""

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, _NoteTyped) and other.after.keys() == self.after.keys()):
            return False
        self.after = other.after
        return True
