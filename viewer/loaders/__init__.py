"""Load a resolution from a .txt, .docx or .pdf file into normalised text.

Every problem with the user's file raises :class:`viewer.model.errors.InputError`
(never another exception type). Checks, in order: the path exists (``not_found``), is
not a folder (``is_directory``), has a known extension (``unsupported``; no extension,
``.txt``, ``.text`` and ``.md`` are plain text), is not over :data:`MAX_BYTES`
(``too_large``, from ``os.stat`` before reading) nor 0 bytes (``empty``), can be read
(``permission``) and is still a regular file when opened (``not_regular``); then the
format's own checks (a .docx is also capped in what it may unpack to: ``archive_too_large``).

Only :mod:`viewer.loaders.pdf` imports Qt, and only when a PDF is loaded.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass

from viewer.model.errors import InputError

from .text import decode_bytes, normalise_text

MAX_BYTES = 32 * 1024 * 1024

TEXT_EXTENSIONS = frozenset({"", ".txt", ".text", ".md"})
FORMATS = {".docx": "docx", ".pdf": "pdf", **{ext: "txt" for ext in TEXT_EXTENSIONS}}

__all__ = ["LoadedText", "MAX_BYTES", "decode_bytes", "load_document", "normalise_text"]


@dataclass(frozen=True)
class LoadedText:
    text: str  # NFC-normalised, '\n' line ends, no BOM
    path: str  # absolute path as given by the user
    format: str  # 'txt' | 'docx' | 'pdf'
    encoding: str | None  # for txt: the detected codec name, e.g. 'utf-8', 'gb18030', 'big5'


def _format_size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _stat(path: str) -> os.stat_result:
    try:
        return os.stat(path)
    except PermissionError as exc:
        raise InputError("permission", path) from exc
    except (OSError, ValueError) as exc:  # ENOENT, ENOTDIR, broken link, NUL in the name…
        raise InputError("not_found", path) from exc


def _read(path: str) -> bytes:
    # O_NONBLOCK and the fstat check: the name may have been swapped for a FIFO or a device
    # since it was stat'ed, and reading one of those could block or never end.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
        with open(fd, "rb") as handle:
            mode = os.fstat(fd).st_mode
            if stat.S_ISDIR(mode):
                raise InputError("is_directory", path)
            if not stat.S_ISREG(mode):
                raise InputError("not_regular", path)
            return handle.read(MAX_BYTES + 1)
    except IsADirectoryError as exc:
        raise InputError("is_directory", path) from exc
    except FileNotFoundError as exc:  # removed between stat and open
        raise InputError("not_found", path) from exc
    except OSError as exc:  # EACCES, EPERM, EIO: the file cannot be read
        raise InputError("permission", path, exc.strerror or "") from exc


def load_document(path: str | os.PathLike) -> LoadedText:
    """Read ``path`` and return its text; raises :class:`InputError` for any bad input."""
    try:
        given = os.fsdecode(path)
    except TypeError as exc:
        raise InputError("not_found", str(path)) from exc
    if not given:
        raise InputError("not_found", given)
    full = os.path.abspath(given)

    info = _stat(full)
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is_directory", full)
    extension = os.path.splitext(os.path.basename(full))[1].lower()
    fmt = FORMATS.get(extension)
    if fmt is None:
        raise InputError("unsupported", full, extension)
    if not stat.S_ISREG(info.st_mode):  # FIFO, device, socket: reading could block forever
        raise InputError("unsupported", full, "(not a regular file)")
    if info.st_size > MAX_BYTES:
        raise InputError("too_large", full, _format_size(info.st_size))
    if info.st_size == 0:
        raise InputError("empty", full)

    data = _read(full)
    if len(data) > MAX_BYTES:  # grew after stat
        raise InputError("too_large", full, _format_size(len(data)))

    if fmt == "txt":
        try:
            text, encoding = decode_bytes(data, full)
        except InputError:
            raise
        except Exception as exc:  # pragma: no cover - defensive: decoding must not crash
            raise InputError("encoding", full) from exc
        return LoadedText(text=text, path=full, format="txt", encoding=encoding)

    if fmt == "docx":
        from .docx import read_docx

        raw = read_docx(data, full)
    else:
        from .pdf import read_pdf

        try:
            raw = read_pdf(full, full)
        except InputError:
            raise
        except Exception as exc:  # pragma: no cover - defensive: QtPdf does not raise
            raise InputError("corrupt_pdf", full) from exc
    text = normalise_text(raw)
    if not text.strip():
        raise InputError("no_text", full)
    return LoadedText(text=text, path=full, format=fmt, encoding=None)
