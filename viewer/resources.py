"""Where the top-level ``resources/`` folder is — the one place that knows.

Layouts handled:

* source tree / editable install (``pip install -e .``): ``<repo>/resources`` next to the
  ``viewer`` package directory;
* PyInstaller bundle (one-file or one-folder): ``sys._MEIPASS/resources`` — the spec file
  must add the folder with ``datas=[("resources", "resources")]``;
* anything else: set ``RESCOMPARE_RESOURCES`` to the folder.

A plain (non-editable) wheel does not carry ``resources/``; use the variable there.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

FONT_FILE = "wqy-microhei.ttc"


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get("RESCOMPARE_RESOURCES")
    if override:
        found.append(Path(override))
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        found.append(Path(meipass) / "resources")
    found.append(Path(__file__).resolve().parent.parent / "resources")
    return found


def resources_dir() -> Path:
    """The first existing candidate; the source-tree location if none exists."""
    candidates = _candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    """``resources/<parts...>`` for the running layout (the file need not exist)."""
    return resources_dir().joinpath(*parts)


def samples_dir() -> Path:
    """Sample resolution texts shipped with the app (``resources/samples``)."""
    return resource_path("samples")


def font_path() -> Path:
    """The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0 / GPL-3+ with font exception)."""
    return resource_path("fonts", FONT_FILE)


def app_icon_files() -> list[Path]:
    """The application icon: the SVG, then the PNG sizes a bundle build rendered from it
    (``icons/hicolor/<n>x<n>/apps/rescompare.png``). Add each to one QIcon."""
    icons = resource_path("icons")
    files = [icons / "rescompare.svg"] if (icons / "rescompare.svg").is_file() else []

    def size(png: Path) -> int:
        width = png.parent.parent.name.partition("x")[0]
        return int(width) if width.isdigit() else 0

    return files + sorted(icons.glob("hicolor/*/apps/rescompare.png"), key=size)
