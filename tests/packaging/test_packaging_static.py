"""The bundle's declaration checked without building: spec, data sources, excluded modules,
pruning rules, desktop entry, icon, version, runtime hook and the desktop installer."""
from __future__ import annotations

import ast
import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import bundle_assets as assets  # noqa: E402

SPEC = PACKAGING / "rescompare.spec"


def _calls(tree: ast.AST) -> dict[str, ast.Call]:
    """Top-level PyInstaller calls of the spec by name (Analysis, EXE, COLLECT...)."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            found.setdefault(node.func.id, node)
    return found


def _keyword(call: ast.Call, name: str):
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    raise AssertionError(f"{name}= missing in {ast.unparse(call.func)}(...)")


def test_spec_parses_and_declares_a_windowed_one_folder_build():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    calls = _calls(tree)
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= set(calls)
    exe = calls["EXE"]
    assert ast.literal_eval(_keyword(exe, "console")) is False          # windowed
    assert ast.literal_eval(_keyword(exe, "exclude_binaries")) is True  # one folder: COLLECT
    assert ast.unparse(_keyword(calls["COLLECT"], "name")) == "assets.APP_NAME"
    assert assets.APP_NAME == "ResCompare"
    analysis = calls["Analysis"]
    assert ast.unparse(_keyword(analysis, "excludes")) == "list(assets.EXCLUDES)"
    assert ast.unparse(_keyword(analysis, "datas")) == "assets.all_datas(staging)"
    # The files the spec names by path exist.
    for name in ("rescompare_main.py", "rthook_rescompare.py"):
        assert name in SPEC.read_text(encoding="utf-8")
        assert (PACKAGING / name).is_file()


def test_every_data_source_exists_and_lands_inside_the_bundle():
    pairs = assets.source_datas()
    sources = {Path(src).relative_to(ROOT).as_posix() for src, _ in pairs}
    assert {"resources/samples", "resources/fonts", "resources/icons/rescompare.svg",
            "packaging/rescompare.desktop"} <= sources
    for src, dest in pairs:
        assert Path(src).exists(), src
        assert not Path(dest).is_absolute() and ".." not in Path(dest).parts, dest
    assert (ROOT / "resources" / "fonts" / "wqy-microhei.ttc").is_file()


def test_the_demo_pair_is_among_the_bundled_samples():
    from viewer.engine import DEMO_PAIR

    for name in DEMO_PAIR:
        assert (ROOT / "resources" / "samples" / name).is_file()


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_viewer_imports_no_excluded_module_and_only_declared_qt_modules():
    excluded = set(assets.EXCLUDES)
    for path in sorted((ROOT / "viewer").rglob("*.py")):
        for name in _imports(path):
            parts = name.split(".")
            prefixes = {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
            hit = prefixes & excluded
            assert not hit, f"{path.relative_to(ROOT)} imports {name}, which the bundle leaves out"
            if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                assert parts[1] in assets.QT_MODULES_USED, (
                    f"{path.relative_to(ROOT)} imports PySide6.{parts[1]}: add it to "
                    "QT_MODULES_USED in packaging/bundle_assets.py (and out of the exclusions)")


def test_every_qt_module_of_the_wheel_is_either_used_or_excluded():
    import PySide6

    base = Path(PySide6.__file__).parent
    installed = {p.name.split(".")[0] for p in base.iterdir()
                 if p.name.startswith("Qt") and p.suffix in (".so", ".pyd")}
    used, excluded = set(assets.QT_MODULES_USED), set(assets.EXCLUDED_QT_MODULES)
    assert not used & excluded
    assert installed - used - excluded == set(), "decide for each new Qt module of the wheel"
    assert used <= installed


@pytest.mark.parametrize("dest, dropped", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
    ("PySide6/Qt/translations/qt_zh_CN.qm", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qt_help_zh_CN.qm", True),
    ("jieba/dict.txt", False),
    ("jieba/analyse/idf.txt", True),
    ("jieba/finalseg/prob_emit.p", True),
    ("resources/fonts/wqy-microhei.ttc", False),
])
def test_dropped_paths(dest, dropped):
    assert assets.is_dropped(dest) is dropped


def test_system_libraries_are_left_to_the_system_on_linux_only():
    assert assets.is_dropped("libfontconfig.so.1") is sys.platform.startswith("linux")
    assert assets.is_dropped("PySide6/Qt/lib/libQt6Gui.so.6") is False
    assert assets.is_dropped("libxcb-cursor.so.0") is False  # not on every desktop: bundled


def test_prune_removes_what_only_dropped_files_needed():
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/x/qgtk3", "BINARY"),
        ("libgtk-3.so.0", "/x/gtk", "BINARY"),
        ("libcairo.so.2", "/x/cairo", "BINARY"),
        ("libz.so.1", "/x/z", "BINARY"),
        ("python3.11/lib-dynload/zlib.so", "/x/zlibmod", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/gui", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/x/qtgui", "EXTENSION"),
    ]
    datas = [
        ("libgtk-3.so.0.link", "libgtk-3.so.0", "SYMLINK"),     # dangles once gtk is gone
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("jieba/analyse/idf.txt", "/x/idf", "DATA"),
        ("jieba/dict.txt", "/x/dict", "DATA"),
    ]
    needs = {"/x/qgtk3": ["libgtk-3.so.0", "libQt6Gui.so.6"], "/x/gtk": ["libcairo.so.2", "libz.so.1"],
             "/x/zlibmod": ["libz.so.1"], "/x/gui": ["libz.so.1"], "/x/qtgui": ["libQt6Gui.so.6"]}

    kept_bin, kept_data, left_out = assets.prune(
        binaries, datas, get_imports=lambda path: [(n, None) for n in needs.get(path, [])])

    assert [e[0] for e in kept_bin] == ["libz.so.1", "python3.11/lib-dynload/zlib.so",
                                        "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/QtGui.abi3.so"]
    assert [e[0] for e in kept_data] == ["libQt6Gui.so.6", "jieba/dict.txt"]
    assert set(left_out) == {"PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libgtk-3.so.0",
                             "libcairo.so.2"}


def test_elf_needed_reads_direct_dependencies(tmp_path):
    not_elf = tmp_path / "readme.txt"
    not_elf.write_text("plain text", encoding="utf-8")
    assert assets.elf_needed(not_elf) == []
    if sys.platform.startswith("linux"):
        import _ctypes

        needed = assets.elf_needed(_ctypes.__file__)
        assert "libc.so.6" in needed or any(n.startswith("libffi") for n in needed)
        assert all("/" not in n for n in needed)


def test_desktop_entry():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "rescompare.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "ResCompare" and entry["Name[zh_CN]"] == "决议对照"
    assert entry["Exec"] == "rescompare %F"
    assert entry["Icon"] == "rescompare"
    assert entry["Terminal"] == "false"
    assert {"Office", "Utility"} <= set(filter(None, entry["Categories"].split(";")))
    assert entry["Categories"].endswith(";") and entry["MimeType"].endswith(";")
    assert set(filter(None, entry["MimeType"].split(";"))) == {
        "text/plain", "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    validator = shutil.which("desktop-file-validate")
    if validator:  # the freedesktop tool, where installed, has the last word
        out = subprocess.run([validator, str(PACKAGING / "rescompare.desktop")],
                             capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr


def test_icon_svg_renders_with_both_change_colours(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(assets.ICON_SVG))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 256
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    colours = [QColor(image.pixel(x, y)) for x in range(64) for y in range(64)]
    opaque = [c for c in colours if c.alpha() == 255]
    assert len(opaque) > 64 * 64 // 3
    assert any(c.blue() > 180 and c.red() < 90 for c in opaque)    # the blue mark
    assert any(c.red() > 220 and 110 < c.green() < 170 and c.blue() < 60 for c in opaque)  # orange


def test_version_is_the_one_in_pyproject():
    import viewer

    assert viewer.__version__ == assets.project_version()
    out = subprocess.run([sys.executable, "-m", "viewer.cli", "--version"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"ResCompare {assets.project_version()}"


def test_version_without_a_checkout_comes_from_metadata_like_in_the_bundle(tmp_path):
    # The bundle's layout: viewer/ without pyproject.toml beside it, and the dist-info the
    # build writes. ``-S`` keeps an installed rescompare out of sight.
    pkg = tmp_path / "app" / "viewer"
    pkg.mkdir(parents=True)
    shutil.copy(ROOT / "viewer" / "__init__.py", pkg / "__init__.py")
    meta = assets.write_metadata(tmp_path / "app", version="9.8.7")
    assert meta.name == "rescompare-9.8.7.dist-info"
    code = "import viewer; print(viewer.__version__)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-S", "-c", code], cwd=tmp_path / "app", env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "9.8.7"
    shutil.rmtree(meta)
    out = subprocess.run([sys.executable, "-S", "-c", code], cwd=tmp_path / "app", env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0+unknown"


def test_runtime_hook_points_jieba_at_the_bundled_cache(tmp_path):
    cache = tmp_path / "resources" / "jieba" / "jieba.cache"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"x")
    code = ("import os, sys\n"
            f"sys._MEIPASS = {str(tmp_path)!r}\n"
            f"exec(compile(open({str(PACKAGING / 'rthook_rescompare.py')!r}).read(), 'hook', 'exec'))\n"
            "print(os.environ.get('RESCOMPARE_JIEBA_CACHE', ''))\n"
            "print(sys.getrefcount(None) > 1 << 39 if sys.version_info < (3, 12) else True)\n")
    env = {k: v for k, v in os.environ.items() if k != "RESCOMPARE_JIEBA_CACHE"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True)
    assert out.stdout.split() == [str(cache), "True"]
    # A value the user set wins.
    env["RESCOMPARE_JIEBA_CACHE"] = "/elsewhere/jieba.cache"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True)
    assert out.stdout.split()[0] == "/elsewhere/jieba.cache"


def test_resources_are_found_inside_a_bundle(tmp_path, monkeypatch):
    from viewer import resources

    icons = tmp_path / "resources" / "icons"
    for size in (256, 16, 48):
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / "rescompare.png"
        png.parent.mkdir(parents=True)
        png.write_bytes(b"png")
    (icons / "rescompare.svg").write_text("<svg/>", encoding="utf-8")
    monkeypatch.delenv("RESCOMPARE_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert [p.relative_to(icons).as_posix() for p in resources.app_icon_files()] == [
        "rescompare.svg", "hicolor/16x16/apps/rescompare.png", "hicolor/48x48/apps/rescompare.png",
        "hicolor/256x256/apps/rescompare.png"]
    monkeypatch.delattr(sys, "_MEIPASS")
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.app_icon_files() == [ROOT / "resources" / "icons" / "rescompare.svg"]


def test_shell_scripts_parse():
    for script in ("build_bundle.sh", "install_desktop.sh"):
        out = subprocess.run(["sh", "-n", str(PACKAGING / script)], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr


def test_install_desktop_registers_and_removes_the_entry(tmp_path):
    bundle = tmp_path / "ResCompare"
    res = bundle / "_internal" / "resources"
    (res / "desktop").mkdir(parents=True)
    shutil.copy(PACKAGING / "rescompare.desktop", res / "desktop")
    (res / "icons" / "hicolor" / "32x32" / "apps").mkdir(parents=True)
    shutil.copy(assets.ICON_SVG, res / "icons")
    (res / "icons" / "hicolor" / "32x32" / "apps" / "rescompare.png").write_bytes(b"png")
    exe = bundle / "ResCompare"
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    shutil.copy(PACKAGING / "install_desktop.sh", bundle / "install-desktop.sh")
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), PATH="/usr/bin:/bin")
    env.pop("XDG_DATA_HOME", None)
    subprocess.run(["sh", str(bundle / "install-desktop.sh")], env=env, check=True,
                   capture_output=True)
    share = home / ".local" / "share"
    assert (home / ".local" / "bin" / "rescompare").resolve() == exe.resolve()
    assert (share / "applications" / "rescompare.desktop").read_bytes() == \
        (PACKAGING / "rescompare.desktop").read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "rescompare.svg").is_file()
    assert (share / "icons" / "hicolor" / "32x32" / "apps" / "rescompare.png").is_file()
    subprocess.run(["sh", str(bundle / "install-desktop.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not (home / ".local" / "bin" / "rescompare").exists()
    assert not (share / "applications" / "rescompare.desktop").exists()
    assert not (share / "icons" / "hicolor" / "32x32" / "apps" / "rescompare.png").exists()
