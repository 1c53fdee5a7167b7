"""Shared test set-up: headless Qt and the seed resolutions in tests/data."""
from __future__ import annotations

import os

# Before anything imports Qt: tests run without a display (CI, Xvfb-less machines).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from viewer.qtfix import make_singletons_immortal  # noqa: E402

make_singletons_immortal()  # PySide6 6.12 / CPython 3.11 refcount bug: see viewer.qtfix

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

DATA_DIR = Path(__file__).resolve().parent / "data"
SEED_NAMES = (
    "hrc-37-23-adopted",
    "hrc-43-21-adopted",
    "hrc-23-3-adopted",
    "hrc-44-draft",
    "ga-75-180-adopted",
)


def seed_file(name: str) -> Path:
    """tests/data/<name>.zh.txt; ``name`` may also be a full file name in tests/data."""
    path = DATA_DIR / name
    if not path.is_file():
        path = DATA_DIR / f"{name}.zh.txt"
    if not path.is_file():
        raise FileNotFoundError(f"no seed {name!r} in {DATA_DIR}")
    return path


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The folder with the five real seed resolutions (read-only; do not modify)."""
    return DATA_DIR


@pytest.fixture(scope="session")
def seed_text():
    """``seed_text("hrc-43-21-adopted")`` → the seed's text exactly as stored (UTF-8)."""

    def read(name: str) -> str:
        return seed_file(name).read_text(encoding="utf-8")

    return read


@pytest.fixture
def open_tmp():
    """A temporary folder every user can traverse (pytest's tmp_path sits under a 0700 folder),
    for tests that drop privileges to 'nobody' to meet a real permission refusal."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="rescompare-"))
    folder.chmod(0o755)
    yield folder
    for child in folder.rglob("*"):
        child.chmod(0o700)
    shutil.rmtree(folder, ignore_errors=True)
