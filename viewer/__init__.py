"""ResCompare (决议对照): compare two versions of a UN resolution."""
from __future__ import annotations

try:
    from importlib.metadata import PackageNotFoundError, version as _dist_version

    try:
        __version__ = _dist_version("rescompare")
    except PackageNotFoundError:  # running from a source tree that was never installed
        __version__ = "0.1.0"
except Exception:  # pragma: no cover - importlib.metadata unusable (e.g. odd frozen builds)
    __version__ = "0.1.0"

__all__ = ["__version__"]
