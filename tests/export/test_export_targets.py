"""Bad export targets: a clear InputError, and never a half-written or stray file."""
from __future__ import annotations

import errno
import os
import stat

import pytest
from export_helpers import seed_comparison

from viewer.export import atomic, export
from viewer.model import InputError

FORMATS = ("json", "html", "pdf", "docx")


@pytest.fixture
def comparison(qapp):
    return seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_unknown_extension(comparison, tmp_path):
    with pytest.raises(InputError) as err:
        export(comparison, tmp_path / "out.odt", {})
    assert err.value.code == "export_format"
    assert err.value.message("en") == ("out.odt: unknown export format .odt; "
                                       "use .json, .html, .pdf or .docx.")
    with pytest.raises(InputError):
        export(comparison, tmp_path / "no-extension", {})
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_folder_is_not_a_file(comparison, tmp_path, fmt):
    target = tmp_path / f"folder.{fmt}"
    target.mkdir()
    with pytest.raises(InputError) as err:
        export(comparison, target, {})
    assert "this is a folder" in err.value.message("en")
    assert _leftovers(tmp_path) == [target.name] and not any(target.iterdir())


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_folder(comparison, tmp_path, fmt):
    with pytest.raises(InputError) as err:
        export(comparison, tmp_path / "nowhere" / f"out.{fmt}", {})
    assert "does not exist" in err.value.message("en")
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_existing_read_only_file_is_left_alone(comparison, tmp_path, fmt):
    target = tmp_path / f"protected.{fmt}"
    target.write_bytes(b"keep me")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(InputError) as err:
            export(comparison, target, {})
        assert err.value.message("en") == (f"protected.{fmt}: cannot write the export here "
                                           "(the file is read-only).")
        assert "无法在此处写入导出文件" in err.value.message("zh")
        assert target.read_bytes() == b"keep me"
        assert _leftovers(tmp_path) == [target.name]
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_unwritable_folder_for_real(comparison, open_tmp):
    """A real read-only folder. As root (CI, containers) the write happens with the effective uid
    of 'nobody', since root may write into any folder."""
    import viewer.export.json_export  # noqa: F401  (no imports while privileges are dropped)

    folder = open_tmp / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    try:
        if as_root:
            os.seteuid(65534)
        with pytest.raises(InputError) as err:
            export(comparison, folder / "out.json", {})
    finally:
        if as_root:
            os.seteuid(0)
        folder.chmod(stat.S_IRWXU)
    assert "out.json" in err.value.message("en")
    zh = err.value.message("zh")
    assert "无法在此处写入导出文件" in zh and ("权限不足" in zh or "不可写入" in zh)
    assert "permission" not in zh and "writable" not in zh  # the detail is translated too
    assert _leftovers(folder) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_unwritable_folder(comparison, tmp_path, fmt, monkeypatch):
    """As root a chmod'ed folder stays writable, so the OS refusal is simulated."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if os.fspath(p) == str(
        tmp_path) and mode == os.W_OK else real_access(p, mode, **kw))
    with pytest.raises(InputError) as err:
        export(comparison, tmp_path / f"out.{fmt}", {})
    assert "is not writable" in err.value.message("en")
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_failure_while_writing_leaves_nothing_half_written(comparison, tmp_path, fmt,
                                                           monkeypatch):
    """The disk fills up (or the file is locked) at the last step: old file intact, no temp."""
    target = tmp_path / f"report.{fmt}"
    target.write_bytes(b"previous version")

    def full(*_args, **_kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    with pytest.raises(InputError) as err:
        export(comparison, target, {})
    assert "the disk is full" in err.value.message("en")
    assert target.read_bytes() == b"previous version"
    assert _leftovers(tmp_path) == [target.name]


def test_failure_while_building_writes_nothing(comparison, tmp_path, monkeypatch):
    import viewer.export.docx as docx_export

    def broken(*_args, **_kw):
        raise RuntimeError("builder failed")

    monkeypatch.setattr(docx_export, "to_bytes", broken)
    with pytest.raises(RuntimeError):
        export(comparison, tmp_path / "out.docx", {})
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_good_target_is_written_once(comparison, tmp_path, fmt):
    path = export(comparison, tmp_path / f"ok.{fmt}", {"OP2>OP4": "note"}, language="en")
    assert path.stat().st_size > 1000
    assert _leftovers(tmp_path) == [f"ok.{fmt}"]
