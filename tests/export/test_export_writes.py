"""How exports and saved comparisons land on disk: permissions follow the umask for a new file
and are kept for an existing one, links are written through, long names work."""
from __future__ import annotations

import os
import stat

import pytest
from export_helpers import seed_comparison

from viewer.export import atomic_write, export

FORMATS = ("json", "html", "pdf", "docx")


@pytest.fixture(scope="module")
def comparison(qapp):
    return seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")


@pytest.fixture
def umask():
    """Set the umask for one test and put the old one back."""
    saved = os.umask(0o022)
    os.umask(saved)
    yield os.umask
    os.umask(saved)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("mask,expected", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
@pytest.mark.parametrize("fmt", FORMATS)
def test_new_export_follows_the_umask(comparison, tmp_path, umask, fmt, mask, expected):
    umask(mask)
    path = export(comparison, tmp_path / f"new.{fmt}", {}, language="en")
    assert _mode(path) == expected


@pytest.mark.parametrize("mask,expected", [(0o022, 0o644), (0o077, 0o600)])
def test_new_saved_comparison_follows_the_umask(tmp_path, umask, mask, expected):
    umask(mask)
    target = tmp_path / "work.rescompare"
    atomic_write(target, b"{}")  # the window's Save goes through atomic_write
    assert _mode(target) == expected


@pytest.mark.parametrize("existing", [0o644, 0o640, 0o600, 0o664])
@pytest.mark.parametrize("fmt", ("json", "docx"))
def test_overwriting_keeps_the_existing_mode(comparison, tmp_path, umask, fmt, existing):
    umask(0o077)  # a strict umask must not tighten a file colleagues can already read
    target = tmp_path / f"shared.{fmt}"
    target.write_bytes(b"old")
    target.chmod(existing)
    export(comparison, target, {}, language="en")
    assert _mode(target) == existing and target.read_bytes() != b"old"


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_onto_a_link_replaces_the_linked_file(comparison, tmp_path, umask, fmt):
    umask(0o022)
    real_dir = tmp_path / "shared"
    real_dir.mkdir()
    real = real_dir / f"report.{fmt}"
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = tmp_path / f"latest.{fmt}"
    link.symlink_to(real)
    export(comparison, link, {}, language="en")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() != b"old" and _mode(real) == 0o640
    assert sorted(p.name for p in real_dir.iterdir()) == [real.name]  # no temporary left


def test_chain_of_links_and_relative_link(tmp_path):
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    (tmp_path / "a.json").symlink_to("real.json")   # relative
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    atomic_write(tmp_path / "b.json", b"new")
    assert real.read_bytes() == b"new"
    assert (tmp_path / "a.json").is_symlink() and (tmp_path / "b.json").is_symlink()


def test_link_to_a_file_not_yet_written_creates_it(tmp_path):
    link = tmp_path / "latest.json"
    link.symlink_to(tmp_path / "future.json")
    atomic_write(link, b"data")
    assert link.is_symlink() and (tmp_path / "future.json").read_bytes() == b"data"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_245_byte_file_name_is_written(comparison, tmp_path, fmt):
    name = "决" * 78 + "x" * (245 - 78 * 3 - len(fmt) - 1) + f".{fmt}"
    assert len(name.encode()) == 245
    path = export(comparison, tmp_path / name, {}, language="en")
    assert path.read_bytes() and sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_255_byte_file_name_is_written(tmp_path):
    name = "a" * 250 + ".json"
    atomic_write(tmp_path / name, b"{}")
    assert (tmp_path / name).read_bytes() == b"{}"
