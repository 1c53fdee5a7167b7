"""The outline: every pair (status icon, label, flags, the paragraph's opening words) with a
filter box; activating an entry scrolls the comparison to that row. A last entry lists the
notes whose row no longer exists, so such a note is never out of sight."""
from __future__ import annotations

from PySide6.QtCore import (QAbstractListModel, QEvent, QModelIndex, QRectF, QSize,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QLineEdit, QListView, QStyle,
                               QStyledItemDelegate, QVBoxLayout, QWidget)

from . import labels
from ..present.rows import RowView
from .i18n import Retranslating
from .theme import LIGHT, Theme, status_icon

FilterRole = Qt.ItemDataRole.UserRole + 10
FullRole = Qt.ItemDataRole.UserRole + 11
RowRole = Qt.ItemDataRole.UserRole + 12
ORPHANS = -1   # FullRole of the "notes without a row" entry


class OutlineModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: tuple[RowView, ...] = ()
        self.note_keys: frozenset[str] = frozenset()
        self.orphans = 0
        self.theme: Theme = LIGHT

    def set_rows(self, rows, note_keys, orphans: int) -> None:
        self.beginResetModel()
        self.rows, self.note_keys, self.orphans = rows, frozenset(note_keys), orphans
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows) + (1 if self.orphans else 0)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() >= len(self.rows):
            if role in (Qt.ItemDataRole.DisplayRole, FilterRole):
                return self.tr("Notes without a row ({})").format(self.orphans)
            if role == FullRole:
                return ORPHANS
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(self.theme, "note")
            return None
        row = self.rows[index.row()]
        words = ([] if row.status == "unchanged" else [row.status]) + list(row.flags)
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.row_label(row, short=True)
        if role == RowRole:
            return row
        if role == FullRole:
            return row.index
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(self.theme, row.status, "moved" in row.flags)
        if role == FilterRole:
            english = " ".join(words)
            local = " ".join(labels.status(w) for w in words)
            note = " note 批注" if row.key in self.note_keys else ""
            named = f"{labels.row_label(row)} {labels.row_label(row, short=True)}"
            return f"{row.label} {named} {english} {local}{note} {row.new_text or row.old_text}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = " · ".join([labels.row_label(row)] + [labels.status(w) for w in words])
            return text + "\n" + (row.new_text or row.old_text)[:200]
        return None


class _Proxy(QSortFilterProxyModel):
    def filterAcceptsRow(self, source_row, source_parent):
        idx = self.sourceModel().index(source_row, 0, source_parent)
        if idx.data(FullRole) == ORPHANS:
            return True
        return super().filterAcceptsRow(source_row, source_parent)


class _Delegate(QStyledItemDelegate):
    """Two lines: label and translated flags, then the opening words of the paragraph."""

    def sizeHint(self, option, index):
        fm = QFontMetricsF(option.font)
        return QSize(120, int(fm.height() * 2 + 10))

    def paint(self, painter, option, index):
        row = index.data(RowRole)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text, option.text = option.text, ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active \
            else QPalette.ColorGroup.Inactive
        fg = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.Text)
        fm = QFontMetricsF(option.font)
        x = option.rect.left() + option.decorationSize.width() + 10
        r = QRectF(x, option.rect.top() + 4, option.rect.right() - x - 4, fm.height())
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(fg)
        painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if row is not None:
            words = ([] if row.status == "unchanged" else [row.status]) + list(row.flags)
            bw = QFontMetricsF(bold).horizontalAdvance(text) + 8
            painter.setFont(option.font)
            muted = QColor(fg)
            if not selected:
                muted.setAlpha(150)
            painter.setPen(muted)
            flags = " · ".join(labels.status(w) for w in words)
            model = index.model()
            src = model.sourceModel() if hasattr(model, "sourceModel") else model
            if row.key in src.note_keys:
                flags = ("✎ " + flags).strip()
            painter.drawText(r.adjusted(bw, 0, 0, 0), Qt.AlignmentFlag.AlignLeft |
                             Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(flags, Qt.TextElideMode.ElideRight, r.width() - bw))
            snippet = (row.new_text or row.old_text).replace("\n", " ")
            r2 = r.translated(0, fm.height() + 1)
            painter.drawText(r2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(snippet, Qt.TextElideMode.ElideRight, r2.width()))
        painter.restore()


class Outline(Retranslating, QWidget):
    row_activated = Signal(int)
    orphans_activated = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = OutlineModel(self)
        self.proxy = _Proxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FilterRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.installEventFilter(self)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(_Delegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activate)
        self.view.clicked.connect(self._activate)
        # Arrowing through the outline scrolls the comparison along.
        self.view.selectionModel().currentChanged.connect(
            lambda cur, _prev: self._activate(cur, follow=True))
        self._guard = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter: OP5, moved, 修改, a word…"))
        self.filter.setAccessibleName(self.tr("Filter the outline"))
        self.view.setAccessibleName(self.tr("Outline of paragraphs"))
        self.view.viewport().update()

    def set_theme(self, theme: Theme) -> None:
        self.model.theme = theme
        self.view.viewport().update()

    def set_rows(self, rows, note_keys, orphans: int) -> None:
        self.model.set_rows(rows, note_keys, orphans)

    def set_current(self, full_index: int) -> None:
        """Follow the comparison's current row without re-emitting it (no ping-pong)."""
        if full_index >= len(self.model.rows):
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(full_index, 0))
        if not proxy_index.isValid():
            return
        self._guard = True
        try:
            self.view.setCurrentIndex(proxy_index)
            self.view.scrollTo(proxy_index)
        finally:
            self._guard = False

    def _activate(self, proxy_index, follow: bool = False) -> None:
        if self._guard or not proxy_index.isValid():
            return
        full = proxy_index.data(FullRole)
        if full == ORPHANS:
            if not follow:
                self.orphans_activated.emit()
        elif full is not None:
            self.row_activated.emit(full)

    def eventFilter(self, obj, event):
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.setFocus()
                if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                    self.view.setCurrentIndex(self.proxy.index(0, 0))
                if event.key() != Qt.Key.Key_Down:
                    self._activate(self.view.currentIndex())
                return True
            if event.matches(QKeySequence.StandardKey.Cancel) and self.filter.text():
                self.filter.clear()
                return True
        return super().eventFilter(obj, event)
