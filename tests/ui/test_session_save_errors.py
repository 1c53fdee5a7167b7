"""A failed Save is worded as a failed save (not as a failed export), in both languages."""
from __future__ import annotations

import stat

import pytest


@pytest.mark.parametrize("where", ["missing-folder", "read-only-file"])
def test_failed_save_says_save_not_export(demo_window, tmp_path, monkeypatch, where):
    win = demo_window
    shown = []
    monkeypatch.setattr(win, "report_error", shown.append)
    if where == "missing-folder":
        target = tmp_path / "no" / "such" / "work.rescompare"
    else:
        target = tmp_path / "work.rescompare"
        target.write_bytes(b"keep")
        target.chmod(stat.S_IRUSR)
    assert win.save_to(str(target)) is False
    (error,) = shown
    assert error.code == "save_target"
    assert error.message("en").startswith("work.rescompare: cannot save the comparison here (")
    assert "无法在此处保存对照" in error.message("zh")
    assert "export" not in error.message("en") and "导出" not in error.message("zh")
    assert win.isWindowModified() or win.saved_path != str(target)
