"""Write a file completely or not at all: a temporary file beside the target, then rename.

The rename keeps what the user expects of an ordinary save: a link stays a link (its target
is replaced), a new file follows the umask, an existing file keeps its permissions.
"""
from __future__ import annotations

import errno
import os
import stat
import secrets
from pathlib import Path

from ..model import InputError


def atomic_write(target: str | os.PathLike, data: bytes, *, code: str = "export_target") -> None:
    """Replace ``target`` with ``data``; on any failure the target is untouched, no temp file left.

    Written through symbolic links: the link stays and the file it points to is replaced
    (a user who linked "latest.pdf" to a file on a shared drive keeps the link). A new file
    gets the permissions the umask gives (the kernel applies it to the 0o666 we ask for); an
    existing file keeps its own, so a colleague who could read it still can.
    ``code`` words the error: "export_target", or "save_target" for a saved comparison.
    """
    target = resolve_target(Path(target))
    check_target(target, code=code)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        keep_mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        keep_mode = None
    except OSError as exc:
        raise InputError(code, target, why(exc)) from exc
    fd, tmp = None, None
    try:
        fd, tmp = _create_temporary(folder)
        if keep_mode is not None and hasattr(os, "fchmod"):
            os.fchmod(fd, keep_mode)
        with os.fdopen(fd, "wb") as fh:
            fd = None
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:  # permission, full disk, file locked by another program…
        raise InputError(code, target, why(exc)) from exc
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


def resolve_target(target: Path) -> Path:
    """The file a write to ``target`` really replaces: the end of a chain of links, if any."""
    if target.is_symlink():
        return Path(os.path.realpath(target))
    return target


def _create_temporary(folder: Path) -> tuple[int, str]:
    """A new, empty file in ``folder`` with a short name (a 245-byte target name must still
    leave room: most file systems allow 255 bytes per name), created 0o666 minus the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        path = os.path.join(folder, f".rc-{secrets.token_hex(4)}.tmp")
        try:
            return os.open(path, flags, 0o666), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))


def why(exc: OSError) -> tuple[str, str]:
    """The reason an OS error gives, in English and Chinese."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ("permission denied — the folder is read-only or the file is open in another program",
                "权限不足——文件夹为只读，或文件正被其他程序打开")
    if exc.errno == errno.ENOSPC:
        return ("the disk is full", "磁盘已满")
    if exc.errno == errno.EROFS:
        return ("the disk is read-only", "磁盘为只读")
    text = exc.strerror or str(exc)
    return (text, text)


def check_target(target: Path, code: str = "export_target") -> None:
    """Refuse a target that cannot be written before any work is done (clear messages).

    A read-only file is refused explicitly: renaming over it would succeed on Linux and macOS,
    silently replacing a file the user protected. Anything else (a full disk, a file locked
    by Word on Windows) is reported by :func:`atomic_write` when it happens.
    """
    folder = target.parent if str(target.parent) else Path(".")
    try:
        if target.is_dir():
            raise InputError(code, target, ("this is a folder", "这是文件夹"))
        if not folder.is_dir():
            raise InputError(code, target, (f"the folder {folder} does not exist",
                                                       f"文件夹 {folder} 不存在"))
        if target.exists() and not target.stat().st_mode & stat.S_IWUSR:
            raise InputError(code, target, ("the file is read-only", "文件为只读"))
    except OSError as exc:  # a folder on the way cannot even be looked into
        raise InputError(code, target, why(exc)) from exc
    if not os.access(folder, os.W_OK):
        raise InputError(code, target, (f"the folder {folder} is not writable",
                                                   f"文件夹 {folder} 不可写入"))


def refuse_inputs(target: str | os.PathLike, inputs) -> None:
    """Refuse to write over one of the files being compared (InputError ``export_onto_input``):
    the export would silently destroy the user's source. Links and hard links to an input
    count as the input."""
    for given in inputs:
        try:
            same = os.path.samefile(target, given)
        except (OSError, ValueError):  # one of them does not exist (yet): compare resolved names
            same = os.path.realpath(target) == os.path.realpath(given)
        if same:
            raise InputError("export_onto_input", target)
