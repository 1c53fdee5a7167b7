"""PDF text extraction with QtPdf (PDFium).

``QPdfDocument`` does not need a ``QCoreApplication``: with PySide6 6.12 it loads and
extracts text with no application object (checked headless, no platform plugin used),
so nothing is created here and the CLI stays free of GUI objects. Should a future Qt
need one, :func:`_ensure_core_app` creates a ``QCoreApplication`` — never a
``QApplication`` — and only when no application instance exists.

Text per page is ``getAllText(page).text()``, pages joined with ``"\\n"``; PDFium's
``\\r\\n`` line ends are normalised by the caller.
"""
from __future__ import annotations

import os

from viewer.model.errors import InputError
from viewer.qtfix import make_singletons_immortal

NEEDS_APPLICATION = False  # see module docstring
_app = None


def _ensure_core_app() -> None:
    global _app
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        _app = QCoreApplication([])


def _error_code(error) -> str:
    from PySide6.QtPdf import QPdfDocument

    codes = {
        QPdfDocument.Error.IncorrectPassword: "pdf_password",
        QPdfDocument.Error.UnsupportedSecurityScheme: "pdf_encryption",
    }
    return codes.get(error, "corrupt_pdf")


def read_pdf(path: str | os.PathLike, name: str) -> str:
    """The text of the PDF at ``path`` (not yet normalised); ``corrupt_pdf`` if QtPdf refuses it."""
    from PySide6.QtPdf import QPdfDocument

    make_singletons_immortal()  # before any Qt call (viewer.qtfix)
    if NEEDS_APPLICATION:
        _ensure_core_app()
    document = QPdfDocument()
    try:
        error = document.load(os.fspath(path))
        if error != QPdfDocument.Error.None_:
            raise InputError(_error_code(error), name)
        pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    finally:
        document.close()
    return "\n\f\n".join(pages)  # form feed: a page break the parser understands
