"""PDF loading: the layout-aware reader in :mod:`viewer.loaders.pdf_layout` (pypdfium2).

QtPdf's ``getAllText`` (the loader before) gave text without geometry, so running headers,
footnote bodies and wrapped lines had to be guessed back by the parser; the layout reader
uses positions and font sizes instead (library figures in ``pdf_layout``'s docstring). It
needs no Qt, so the CLI loads PDFs without any Qt object.
"""
from __future__ import annotations

import os

from .pdf_layout import read_layout


def read_pdf(path: str | os.PathLike, name: str) -> str:
    """The text of the PDF at ``path`` (not yet normalised); ``corrupt_pdf``, ``pdf_password``
    or ``pdf_encryption`` if PDFium refuses it, an empty string if it has no text layer."""
    return read_layout(path, name)
