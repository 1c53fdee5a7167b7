"""PyInstaller runtime hook: runs inside the bundle before the app's first import."""
import os
import sys

_base = getattr(sys, "_MEIPASS", None)
if _base:
    # jieba backend: read the prefix dictionary prebuilt at build time instead of building it
    # (read-only bundle; viewer/model/tokenize.py honours this variable).
    _cache = os.path.join(_base, "resources", "jieba", "jieba.cache")
    if os.path.isfile(_cache):
        os.environ.setdefault("RESCOMPARE_JIEBA_CACHE", _cache)

# PySide6 6.12.0 on CPython 3.11 leaks references to None/True/False (see viewer/qtfix.py). A
# frozen app starts with far fewer references to None than an interpreter with site-packages,
# so even a headless --export .pdf used to abort with "none_dealloc": apply the guard before
# any code path touches Qt (viewer.qtfix imports no Qt).
try:
    from viewer.qtfix import make_singletons_immortal

    make_singletons_immortal()
except ImportError:
    pass
