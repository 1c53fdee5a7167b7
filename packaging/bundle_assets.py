"""What goes into the PyInstaller bundle, and the files built for it at build time.

Used by ``packaging/rescompare.spec`` (the build) and by ``tests/packaging`` (static checks),
so the two cannot disagree. Importing this module needs only the standard library; Qt is
imported only to render the icon PNGs and PyInstaller only to prune binaries.

Built at build time into a staging folder (never into git):

* ``resources/i18n/*.qm`` — the interface translations, compiled with PySide6's ``lrelease``;
  the bundle has no lrelease and no .ts, and ``viewer.ui.i18n`` loads the .qm found beside
  where the .ts would be;
* ``resources/jieba/jieba.cache`` — jieba's prefix-dictionary cache, so the ``jieba`` backend
  starts without building it (the runtime hook points ``RESCOMPARE_JIEBA_CACHE`` at it);
* ``resources/icons/hicolor/<n>x<n>/apps/rescompare.png`` — the icon rendered from the SVG;
* ``rescompare-<version>.dist-info/METADATA`` — so ``importlib.metadata`` knows the version.
"""
from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_NAME = "ResCompare"
ICON_SVG = ROOT / "resources" / "icons" / "rescompare.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
JIEBA_CACHE = "resources/jieba/jieba.cache"  # destination inside the bundle

# Qt modules the app imports (QtSvg: the icon). libQt6Network and libQt6DBus still come in as
# link-time dependencies of QtGui; only their Python bindings are left out. QtPdf is left
# out since PDFs are read with pypdfium2 (viewer/loaders/pdf_layout.py).
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg")
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtXml",
)
# Python modules left out. Each is either optional where it is imported (a try/except
# ImportError: ssl, _hashlib, pkg_resources in jieba._compat) or reached only from code the
# app never runs (jieba's paddle/LAC mode pulls numpy; lxml's objectify/html; debuggers).
# ssl and _hashlib drag in OpenSSL (5 MB); hashlib falls back to its built-in md5/sha.
EXCLUDED_PYTHON_MODULES = (
    "jieba.lac_small", "jieba.analyse", "jieba.posseg", "paddle", "numpy", "yaml",
    "pkg_resources", "ssl", "_ssl", "_hashlib", "readline",
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.doctestcompare",
    "doctest", "pdb", "pydoc", "tkinter", "_tkinter", "IPython", "pytest", "PyInstaller",
    "PIL",  # pypdfium2 imports Pillow only to render pages to images, which the app never does
)
EXCLUDES = tuple(f"PySide6.{m}" for m in EXCLUDED_QT_MODULES) + EXCLUDED_PYTHON_MODULES

# Bundle paths (POSIX, relative to the bundle's contents folder) that are dropped after
# analysis. Qt plugins not needed by an offline widgets app: embedded/VNC platforms, the GTK3
# theme (it drags in a private copy of GTK, cairo and pango that then fights the system's),
# network and TLS backends, input devices handled by the window system, rarely used image formats.
DROPPED_PATHS = (
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/generic/*",
    "PySide6/Qt/plugins/networkinformation/*",
    "PySide6/Qt/plugins/tls/*",
    "PySide6/Qt/plugins/qmltooling/*",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/imageformats/libqgif.so",
    "PySide6/Qt/plugins/imageformats/libqicns.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/imageformats/libqtga.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/imageformats/libqwbmp.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "jieba/lac_small/*",
    "jieba/analyse/*",
    "jieba/posseg/*",
    "jieba/finalseg/*.p",  # pickles only Jython reads; CPython imports finalseg/prob_*.py
)
# Shared libraries taken from the system, like libGL/libEGL (which PyInstaller never bundles):
# the packages README/setup.sh name as prerequisites (libfontconfig1 with libfreetype6,
# libglib2.0-0, libdbus-1-3, libxkbcommon0), present on every Linux desktop and best matched
# to the running session; and libcups, useless without the system's CUPS. Libraries only these
# needed (libsystemd, libgcrypt, libpcre2, libexpat, libpng16...) go with them (see prune()).
SYSTEM_LIBRARIES = (
    "libdbus-1.so.*", "libfontconfig.so.*", "libfreetype.so.*", "libglib-2.0.so.*",
    "libgthread-2.0.so.*", "libgobject-2.0.so.*", "libgio-2.0.so.*", "libgmodule-2.0.so.*",
    "libxkbcommon.so.*", "libcups.so.*",
)
# Qt's own catalogues (standard dialogs, context menus) kept: the interface languages only.
QT_TRANSLATION_LANGUAGES = ("zh_CN",)
QT_TRANSLATION_CATALOGUES = ("qt", "qtbase")


def project_version() -> str:
    """``[project] version`` from pyproject.toml — the one place the version is written."""
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def source_datas() -> list[tuple[str, str]]:
    """(source, destination folder) pairs copied as they are from the source tree."""
    res = ROOT / "resources"
    pairs = [
        (res / "samples", "resources/samples"),
        (res / "fonts", "resources/fonts"),
        (ICON_SVG, "resources/icons"),
        (PACKAGING / "rescompare.desktop", "resources/desktop"),
    ]
    # resources/i18n/*.ts do not travel: the bundle gets the compiled .qm (see stage()).
    return [(str(src), dest) for src, dest in pairs]


def qt_translation_files() -> list[Path]:
    """PySide6's ``qt_<lang>.qm`` / ``qtbase_<lang>.qm`` for QT_TRANSLATION_LANGUAGES."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return [folder / f"{cat}_{lang}.qm" for cat in QT_TRANSLATION_CATALOGUES
            for lang in QT_TRANSLATION_LANGUAGES if (folder / f"{cat}_{lang}.qm").is_file()]


# --- build-time staging -------------------------------------------------------------------

def lrelease_path() -> Path:
    """PySide6's lrelease (ships in the PySide6-Essentials wheel)."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/bin/lrelease", "Qt/libexec/lrelease"):
        if (base / name).is_file():
            return base / name
    found = shutil.which("pyside6-lrelease")
    if found:
        return Path(found)
    raise FileNotFoundError(f"lrelease not found in {base}")


def compile_translations(out_dir: Path, ts_dir: Path = ROOT / "resources" / "i18n") -> list[Path]:
    """resources/i18n/*.ts -> out_dir/*.qm (same stem); [] when there are no .ts files yet."""
    sources = sorted(ts_dir.glob("*.ts")) if ts_dir.is_dir() else []
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run([str(lrelease_path()), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise RuntimeError(f"lrelease produced no catalogue for {ts}")
        compiled.append(qm)
    return compiled


def build_jieba_cache(target: Path) -> Path:
    """jieba's prefix dictionary for its default dict.txt, marshalled for *this* Python."""
    import jieba

    jieba.setLogLevel(40)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    tok = jieba.Tokenizer()
    tok.cache_file = str(target)
    tok.initialize()
    if not target.is_file():
        raise RuntimeError(f"jieba did not write its cache to {target}")
    target.chmod(0o644)  # jieba writes it 0600 (mkstemp); every user of the bundle must read it
    return target


def render_icon_pngs(out_dir: Path, svg: Path = ICON_SVG, sizes=ICON_SIZES) -> list[Path]:
    """The SVG rendered to out_dir/<n>x<n>/apps/rescompare.png (freedesktop hicolor layout)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # QImage text/fonts want one
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"{size}x{size}" / "apps" / "rescompare.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def write_metadata(out_dir: Path, version: str | None = None) -> Path:
    """A minimal dist-info so ``importlib.metadata.version("rescompare")`` works frozen."""
    version = version or project_version()
    info = out_dir / f"rescompare-{version}.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: rescompare\nVersion: {version}\n", encoding="utf-8")
    return info


def stage(staging: str | os.PathLike) -> list[tuple[str, str]]:
    """Build the generated files into ``staging`` (emptied first); their (source, dest) pairs."""
    staging = Path(staging)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    pairs: list[tuple[str, str]] = []
    for qm in compile_translations(staging / "i18n"):
        pairs.append((str(qm), "resources/i18n"))
    cache = build_jieba_cache(staging / "jieba" / "jieba.cache")
    pairs.append((str(cache), str(PurePosixPath(JIEBA_CACHE).parent)))
    icons = staging / "hicolor"
    for png in render_icon_pngs(icons):
        pairs.append((str(png), "resources/icons/hicolor/" + png.parent.relative_to(icons).as_posix()))
    info = write_metadata(staging / "metadata")
    pairs.append((str(info), info.name))
    return pairs


def all_datas(staging: str | os.PathLike) -> list[tuple[str, str]]:
    """Everything the spec adds as ``datas``: source files plus freshly staged ones."""
    # Qt's own catalogues for the interface languages (standard dialogs: file, print, page
    # setup, buttons), named here rather than left to PyInstaller's hooks, which collect them
    # by module and version; the app loads them from Qt's translations path (viewer.ui.i18n).
    qt = [(str(qm), "PySide6/Qt/translations") for qm in qt_translation_files()]
    return source_datas() + stage(staging) + qt


# --- pruning after analysis -------------------------------------------------------------------

def elf_needed(path: str | os.PathLike) -> list[str]:
    """The DT_NEEDED entries (direct dependencies) of an ELF file; [] for anything else."""
    import struct

    with open(path, "rb") as fh:
        data = fh.read()
    if data[:4] != b"\x7fELF":
        return []
    wide, endian = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(endian + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x3A)
        sh_fmt, dyn_fmt = endian + "IIQQQQIIQQ", endian + "qQ"
    else:
        shoff, = struct.unpack_from(endian + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x2E)
        sh_fmt, dyn_fmt = endian + "IIIIIIIIII", endian + "iI"
    sections = [struct.unpack_from(sh_fmt, data, shoff + i * shentsize) for i in range(shnum)]
    needed = []
    for _name, sh_type, _flags, _addr, offset, size, link, *_rest in sections:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][4]
        step = struct.calcsize(dyn_fmt)
        for pos in range(offset, offset + size, step):
            tag, value = struct.unpack_from(dyn_fmt, data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab + value)
                needed.append(data[strtab + value:end].decode())
    return needed


def is_dropped(dest: str) -> bool:
    """True for a bundle path the app does not need (see DROPPED_PATHS, Qt translations)."""
    dest = PurePosixPath(dest.replace(os.sep, "/")).as_posix()
    if any(fnmatch.fnmatchcase(dest, pattern) for pattern in DROPPED_PATHS):
        return True
    if sys.platform.startswith("linux") and "/" not in dest \
            and any(fnmatch.fnmatchcase(dest, pattern) for pattern in SYSTEM_LIBRARIES):
        return True
    if dest.startswith("PySide6/Qt/translations/") and dest.endswith(".qm"):
        keep = {f"{cat}_{lang}.qm" for cat in QT_TRANSLATION_CATALOGUES for lang in QT_TRANSLATION_LANGUAGES}
        return PurePosixPath(dest).name not in keep
    return False


def prune(binaries, datas, get_imports=None):
    """(binaries, datas, left_out): without the dropped paths and the shared libraries that only
    dropped files needed. TOC entries are PyInstaller's (dest, source, typecode) tuples;
    ``get_imports(path) -> [(soname, resolved path)]`` defaults to PyInstaller's."""
    if get_imports is None:
        if sys.platform.startswith("linux"):
            def get_imports(path):  # direct dependencies; ldd would list transitive ones
                return [(name, None) for name in elf_needed(path)]
        else:
            from PyInstaller.depend.bindepend import get_imports

    dropped = [entry for entry in binaries if is_dropped(entry[0])]
    kept = [entry for entry in binaries if not is_dropped(entry[0])]
    by_name: dict[str, list[tuple]] = {}
    for entry in kept:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)

    def closure(start) -> set[str]:
        seen: set[str] = set()
        todo = [entry for entry in start if entry[2] != "SYMLINK"]
        while todo:
            entry = todo.pop()
            try:
                imports = get_imports(entry[1])
            except Exception:  # not an ELF/PE file PyInstaller can read: no dependencies
                imports = ()
            for name, _path in imports:
                for dep in by_name.get(PurePosixPath(name).name, ()):
                    if dep[0] not in seen:
                        seen.add(dep[0])
                        if dep[2] != "SYMLINK":
                            todo.append(dep)
        return seen

    only_for_dropped = closure(dropped)
    roots = [entry for entry in kept if entry[0] not in only_for_dropped]
    needed = closure(roots) | {entry[0] for entry in roots}
    orphans = only_for_dropped - needed
    binaries_out = [e for e in kept if e[0] not in orphans]
    datas_out = [e for e in datas if not is_dropped(e[0])]
    # PyInstaller's SYMLINK entries (dest, target relative to the bundle, "SYMLINK") live in
    # datas as well as binaries: one whose target is gone would be a dangling link.
    present = {e[0] for e in binaries_out + datas_out if e[2] != "SYMLINK"}

    def resolves(entry) -> bool:
        if entry[2] != "SYMLINK":
            return True
        target = PurePosixPath(entry[0]).parent / entry[1]
        return os.path.normpath(target.as_posix()) in present

    binaries_out = [e for e in binaries_out if resolves(e)]
    datas_out = [e for e in datas_out if resolves(e)]
    return binaries_out, datas_out, sorted(orphans) + sorted(e[0] for e in dropped)
