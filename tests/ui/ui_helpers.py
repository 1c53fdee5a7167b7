"""Helpers shared by the window tests (waiting for the worker, finding rows)."""
from __future__ import annotations


def wait_loaded(qtbot, win, timeout: int = 20000) -> None:
    """Until a comparison is shown and the worker is idle."""
    qtbot.waitUntil(lambda: win.comparison is not None and not win.worker.busy(), timeout=timeout)


def wait_new_comparison(qtbot, win, before, timeout: int = 20000) -> None:
    """Until the worker replaced ``before`` with another comparison."""
    qtbot.waitUntil(lambda: win.comparison is not before and not win.worker.busy(),
                    timeout=timeout)


def labels(win) -> list[str]:
    """Labels of the rows the view shows with their text, top to bottom (folded runs of
    unchanged rows are left out: see ``folds``)."""
    m = win.view.model
    return [m.row_at(i).label for i in range(m.rowCount()) if m.fold_at(m.visible[i]) is None]


def folds(win) -> list[str]:
    """The folded runs the view shows, as '<first>-<last>:<count>'."""
    m = win.view.model
    return [f"{f.first}-{f.last}:{f.count}" for f in (m.fold_at(full) for full in m.visible)
            if f is not None]


def accounted(win) -> int:
    """Rows shown plus rows folded away: every row of the comparison once."""
    m = win.view.model
    return sum(m.fold_at(full).count if m.fold_at(full) else 1 for full in m.visible)


def row_index(win, key: str) -> int:
    """Full index of the row with pair key ``key`` ('OP2>OP4')."""
    return next(r.index for r in win.rows if r.key == key)


def current_label(win) -> str:
    return win.rows[win.view.current_full()].label
