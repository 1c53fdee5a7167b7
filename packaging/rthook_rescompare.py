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
