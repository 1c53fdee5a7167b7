"""The files built for the bundle at build time: translations, jieba cache, icon PNGs, metadata."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_assets as assets  # noqa: E402

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Compare</source>
        <translation>对照</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def staged(tmp_path_factory, qapp):
    """stage() run once, as the spec runs it (qapp first: the icon rendering needs a GUI app)."""
    folder = tmp_path_factory.mktemp("staging")
    return folder, assets.stage(folder)


def test_stage_lists_only_files_it_made_with_bundle_destinations(staged):
    folder, pairs = staged
    for src, dest in pairs:
        assert Path(src).exists() and folder in Path(src).parents, src
        assert not Path(dest).is_absolute() and ".." not in Path(dest).parts
    dests = {dest for _, dest in pairs}
    assert "resources/jieba" in dests
    assert f"rescompare-{assets.project_version()}.dist-info" in dests
    assert {f"resources/icons/hicolor/{n}x{n}/apps" for n in assets.ICON_SIZES} <= dests


def test_every_translation_source_is_compiled(staged):
    _, pairs = staged
    ts_files = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    compiled = sorted(Path(src).name for src, dest in pairs if dest == "resources/i18n")
    # The .qm lands where viewer.ui.i18n looks first: beside where the .ts would be.
    assert compiled == sorted(f"{ts.stem}.qm" for ts in ts_files)


def test_compiled_translation_loads_in_qt(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    (tmp_path / "ts").mkdir()
    (tmp_path / "ts" / "rescompare_zh_CN.ts").write_text(TS, encoding="utf-8")
    [qm] = assets.compile_translations(tmp_path / "qm", ts_dir=tmp_path / "ts")
    assert qm.name == "rescompare_zh_CN.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Compare") == "对照"
    assert assets.compile_translations(tmp_path / "none", ts_dir=tmp_path / "missing") == []


def test_icon_pngs_have_their_sizes_and_content(staged, qapp):
    from PySide6.QtGui import QImage

    folder, _ = staged
    for size in assets.ICON_SIZES:
        image = QImage(str(folder / "hicolor" / f"{size}x{size}" / "apps" / "rescompare.png"))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() > 0, f"{size}px icon is empty in the middle"


def test_metadata_carries_the_pyproject_version(staged):
    import importlib.metadata

    folder, _ = staged
    [dist] = importlib.metadata.distributions(path=[str(folder / "metadata")])
    assert dist.metadata["Name"] == "rescompare"
    assert dist.version == assets.project_version()


def test_prebuilt_jieba_cache_is_readable_by_all_and_used_by_the_tokenizer(staged, tmp_path):
    folder, _ = staged
    cache = folder / "jieba" / "jieba.cache"
    assert stat.S_IMODE(cache.stat().st_mode) & 0o044 == 0o044  # group and others may read
    user_cache = tmp_path / "user-cache"
    env = dict(os.environ, RESCOMPARE_SEGMENTER="jieba", RESCOMPARE_JIEBA_CACHE=str(cache),
               RESCOMPARE_CACHE=str(user_cache))
    code = ("from viewer.model.tokenize import tokenize\n"
            "print('|'.join(tokenize('在人权领域促进合作共赢')))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "在|人权领域|促进|合作共赢"
    # Read from the prebuilt file: jieba wrote no cache of its own.
    assert not user_cache.exists() or not any(user_cache.iterdir())
