"""PDF loading (pypdfium2, viewer.loaders.pdf_layout), with PDFs drawn by Qt itself and the bundled CJK font."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.loaders import LoadedText, load_document
from viewer.model.errors import InputError
from viewer.resources import font_path, resource_path, samples_dir

LINES = [
    "人权理事会，",
    "重申《联合国宪章》的宗旨和原则，",
    "1. 吁请所有国家坚持多边主义，共同促进人权领域的合作共赢；",
    "The Human Rights Council,",
    "1. Calls upon all States to uphold multilateralism;",
    "A/HRC/RES/43/21",
]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def cjk_family(qapp) -> str:
    from PySide6.QtGui import QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    assert font_id != -1, f"could not register {font_path()}"
    return QFontDatabase.applicationFontFamilies(font_id)[0]


def write_pdf(path: Path, text: str | None, family: str) -> Path:
    """Lay ``text`` out on A4 pages with QTextDocument; ``None`` gives one blank page."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    if text is None:
        painter = QPainter(writer)  # one empty page
        painter.end()
    else:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setDefaultFont(QFont(family, 11))
        document.setPlainText(text)
        # With its own page size the document is printed as laid out — without the page
        # numbers QTextDocument.print_ would otherwise add at the foot of every page.
        document.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()))
        document.print_(writer)
    del writer  # flushes the file
    return path


def test_bundled_font_and_resource_paths():
    assert font_path() == resource_path("fonts", "wqy-microhei.ttc")
    assert font_path().stat().st_size > 4_000_000
    assert (font_path().parent / "LICENSE-wqy-microhei.txt").is_file()
    assert samples_dir().name == "samples" and samples_dir().parent == font_path().parent.parent


def test_chinese_and_english_pdf(tmp_path, cjk_family):
    path = write_pdf(tmp_path / "决议.pdf", "\n".join(LINES), cjk_family)
    loaded = load_document(path)
    assert (loaded.path, loaded.format, loaded.encoding) == (str(path), "pdf", None)
    assert _squeeze(loaded.text) == _squeeze("".join(LINES))
    assert "\r" not in loaded.text
    # The layout reader joins lines into paragraphs (the English lines are one paragraph),
    # so only the first line is compared as a line.
    assert loaded.text.split("\n")[0].strip() == "人权理事会，"


def test_multi_page_seed_pdf(tmp_path, cjk_family, seed_text):
    original = seed_text("hrc-44-draft")
    path = write_pdf(tmp_path / "hrc-44-draft.pdf", original, cjk_family)
    loaded = load_document(path)
    assert _squeeze(loaded.text) == _squeeze(original)


def test_blank_pdf_has_no_text(tmp_path, cjk_family):
    path = write_pdf(tmp_path / "scan.pdf", None, cjk_family)
    with pytest.raises(InputError) as info:
        load_document(path)
    assert info.value.code == "no_text"


def test_pdf_loads_without_any_qt_application(tmp_path, cjk_family):
    """The CLI path: no QCoreApplication/QGuiApplication exists in the loading process."""
    path = write_pdf(tmp_path / "cli.pdf", "\n".join(LINES), cjk_family)
    code = (
        "import sys\n"
        "from viewer.loaders import load_document\n"
        "from PySide6.QtCore import QCoreApplication\n"
        f"t = load_document({str(path)!r})\n"
        "print(QCoreApplication.instance() is None, 'PySide6.QtPdf' in sys.modules, t.text.split()[0])\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "minimal-does-not-exist"}
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False", "人权理事会，"]


def test_loaded_text_is_frozen(tmp_path, cjk_family):
    loaded = load_document(write_pdf(tmp_path / "f.pdf", "人权理事会，", cjk_family))
    assert loaded == LoadedText("人权理事会，", str(tmp_path / "f.pdf"), "pdf", None)
    with pytest.raises(AttributeError):
        loaded.text = "x"  # type: ignore[misc]
