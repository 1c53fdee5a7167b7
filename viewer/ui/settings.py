"""What persists between runs (QSettings): diff options, view options, recent files, language,
window geometry. Typed accessors so the rest of the UI never handles raw QVariants."""
from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

from ..model import DiffOptions, Granularity

MAX_RECENT = 8
DEFAULT_POINT_SIZE = 11.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 7.0, 28.0
_SEP = "\x1f"   # between the two paths of a recent pair


def _bool(value, default: bool = False) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings("ResCompare", "ResCompare")

    # --- diff options --------------------------------------------------------------------

    def options(self) -> DiffOptions:
        q = self.q
        gran = q.value("options/granularity", "word")
        return DiffOptions(
            granularity=Granularity.CHAR if gran == "char" else Granularity.WORD,
            ignore_punctuation_width=_bool(q.value("options/ignore_punctuation_width")),
            ignore_whitespace=_bool(q.value("options/ignore_whitespace")),
            ignore_footnote_marks=_bool(q.value("options/ignore_footnote_marks")))

    def set_options(self, options: DiffOptions) -> None:
        for key, value in options.to_dict().items():
            self.q.setValue(f"options/{key}", value)

    # --- view ----------------------------------------------------------------------------

    def only_changes(self) -> bool:
        return _bool(self.q.value("view/only_changes"))

    def set_only_changes(self, value: bool) -> None:
        self.q.setValue("view/only_changes", bool(value))

    def mode(self) -> str:
        return "inline" if self.q.value("view/mode") == "inline" else "split"

    def set_mode(self, mode: str) -> None:
        self.q.setValue("view/mode", mode)

    def point_size(self) -> float:
        try:
            size = float(self.q.value("view/point_size", DEFAULT_POINT_SIZE))
        except (TypeError, ValueError):
            size = DEFAULT_POINT_SIZE
        return min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))

    def set_point_size(self, size: float) -> None:
        self.q.setValue("view/point_size", float(size))

    # --- language ------------------------------------------------------------------------

    def language(self) -> str | None:
        """'zh', 'en' or None (follow the system)."""
        value = self.q.value("ui/language")
        return value if value in ("zh", "en") else None

    def set_language(self, lang: str | None) -> None:
        if lang is None:
            self.q.remove("ui/language")
        else:
            self.q.setValue("ui/language", lang)

    # --- recent files --------------------------------------------------------------------

    def _list(self, key: str) -> list[str]:
        value = self.q.value(key) or []
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value if v]

    def recent_pairs(self) -> list[tuple[str, str]]:
        out = []
        for item in self._list("recent/pairs"):
            if _SEP in item:
                old, new = item.split(_SEP, 1)
                out.append((old, new))
        return out

    def add_recent_pair(self, old: str, new: str) -> None:
        item = f"{old}{_SEP}{new}"
        items = [i for i in self._list("recent/pairs") if i != item]
        self.q.setValue("recent/pairs", [item] + items[:MAX_RECENT - 1])

    def recent_comparisons(self) -> list[str]:
        return self._list("recent/comparisons")

    def add_recent_comparison(self, path: str) -> None:
        path = os.path.abspath(path)
        items = [i for i in self._list("recent/comparisons") if i != path]
        self.q.setValue("recent/comparisons", [path] + items[:MAX_RECENT - 1])

    def clear_recent(self) -> None:
        self.q.remove("recent/pairs")
        self.q.remove("recent/comparisons")

    # --- window --------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    def sync(self) -> None:
        self.q.sync()
