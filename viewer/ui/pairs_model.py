"""The rows the comparison panes show: one list model shared by the old, new and inline panes,
so a row is the same row everywhere (and the "only changes" filter applies to all of them)."""
from __future__ import annotations

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)

from . import labels
from ..present.rows import Fold, RowView

RowRole = Qt.ItemDataRole.UserRole + 1
FullIndexRole = Qt.ItemDataRole.UserRole + 2


class PairsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: tuple[RowView, ...] = ()
        self.visible: list[int] = []
        self._position: dict[int, int] = {}
        self.note_keys: frozenset[str] = frozenset()
        self.folds: dict[int, Fold] = {}      # full index of a fold's first row -> the fold

    def set_rows(self, rows: tuple[RowView, ...], visible: list[int],
                 folds: dict[int, Fold] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.visible = rows, list(visible)
        self.folds = dict(folds or {})
        self._position = {full: pos for pos, full in enumerate(self.visible)}
        self.endResetModel()

    def set_note_keys(self, keys) -> None:
        keys = frozenset(keys)
        changed = keys ^ self.note_keys
        self.note_keys = keys
        for pos, full in enumerate(self.visible):
            if self.rows[full].key in changed:
                idx = self.index(pos)
                self.dataChanged.emit(idx, idx)

    # --- lookups -------------------------------------------------------------------------

    def row_at(self, pos: int) -> RowView:
        return self.rows[self.visible[pos]]

    def position(self, full_index: int) -> int | None:
        return self._position.get(full_index)

    def full_index(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        if not index.isValid() or index.row() >= len(self.visible):
            return None
        return self.visible[index.row()]

    def fold_at(self, full_index: int | None) -> Fold | None:
        return self.folds.get(full_index) if full_index is not None else None

    def has_note(self, row: RowView) -> bool:
        return row.key in self.note_keys

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.visible)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.visible):
            return None
        row = self.row_at(index.row())
        fold = self.folds.get(row.index)
        if fold is not None and role in (Qt.ItemDataRole.DisplayRole,
                                         Qt.ItemDataRole.AccessibleTextRole,
                                         Qt.ItemDataRole.ToolTipRole):
            text = labels.fold_text(fold)
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            return text + " — " + QCoreApplication.translate("Labels", "click or Enter to expand")
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == RowRole:
            return row
        if role == FullIndexRole:
            return row.index
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            words = [labels.row_label(row), labels.status(row.status)] + \
                [labels.status(f) for f in row.flags]
            if row.weak:
                words.append(labels.status("weak"))
            if row.paired:
                words.append(labels.pairing_score(row))
            if row.candidate is not None:
                words.append(labels.pair_with_candidate(row).lstrip("⇄ "))
            if row.verb is not None:
                words.append(labels.verb_change(row.verb))
            if role == Qt.ItemDataRole.ToolTipRole:
                return " · ".join(words)
            return " · ".join(words) + ". " + (row.new_text or row.old_text)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
