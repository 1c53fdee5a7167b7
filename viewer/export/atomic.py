"""Write a file completely or not at all: a temporary file beside the target, then rename."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ..model import InputError


def atomic_write(target: str | os.PathLike, data: bytes) -> None:
    """Replace ``target`` with ``data``; on any failure the target is untouched, no temp file left."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        if target.is_dir():
            raise InputError("export_target", target, ("this is a folder", "这是文件夹"))
        if not folder.is_dir():
            raise InputError("export_target", target, (f"the folder {folder} does not exist",
                                                       f"文件夹 {folder} 不存在"))
    except OSError as exc:
        raise InputError("export_target", target, why(exc)) from exc
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
    except PermissionError as exc:
        raise InputError("export_target", target, why(exc)) from exc
    except OSError as exc:
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
