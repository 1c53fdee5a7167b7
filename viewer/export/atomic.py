"""Write a file completely or not at all: a temporary file beside the target, then rename."""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from ..model import InputError


def atomic_write(target: str | os.PathLike, data: bytes) -> None:
    """Replace ``target`` with ``data``; on any failure the target is untouched, no temp file left."""
    target = Path(target)
    check_target(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = None, None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fd = None
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:  # permission, full disk, file locked by another program…
        raise InputError("export_target", target, why(exc)) from exc
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


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


def check_target(target: Path) -> None:
    """Refuse a target that cannot be written before any work is done (clear messages).

    A read-only file is refused explicitly: renaming over it would succeed on Linux and macOS,
    silently replacing a file the user protected. Anything else (a full disk, a file locked
    by Word on Windows) is reported by :func:`atomic_write` when it happens.
    """
    folder = target.parent if str(target.parent) else Path(".")
    try:
        if target.is_dir():
            raise InputError("export_target", target, ("this is a folder", "这是文件夹"))
        if not folder.is_dir():
            raise InputError("export_target", target, (f"the folder {folder} does not exist",
                                                       f"文件夹 {folder} 不存在"))
        if target.exists() and not target.stat().st_mode & stat.S_IWUSR:
            raise InputError("export_target", target, ("the file is read-only", "文件为只读"))
    except OSError as exc:  # a folder on the way cannot even be looked into
        raise InputError("export_target", target, why(exc)) from exc
    if not os.access(folder, os.W_OK):
        raise InputError("export_target", target, (f"the folder {folder} is not writable",
                                                   f"文件夹 {folder} 不可写入"))
