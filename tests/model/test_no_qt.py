"""viewer.model, viewer.present and viewer.wording must not import Qt: checked in a fresh
interpreter (running the model and building the presentation of a seed pair) and in the source."""
import pathlib
import re
import subprocess
import sys

MODEL = pathlib.Path(__file__).resolve().parents[2] / "viewer" / "model"
QT_FREE = [MODEL.parent / name for name in ("model", "present", "wording")]


def test_importing_and_running_the_model_loads_no_qt():
    code = (
        "import sys, viewer.model as m, pathlib\n"
        "t = (pathlib.Path('tests/data/hrc-37-23-adopted.zh.txt').read_text(encoding='utf-8'))\n"
        "u = (pathlib.Path('tests/data/hrc-43-21-adopted.zh.txt').read_text(encoding='utf-8'))\n"
        "c = m.compare(m.parse_resolution(t), m.parse_resolution(u))\n"
        "m.comparison_to_dict(c)\n"
        "import viewer.present as p, viewer.wording as w\n"
        "p.build_rows(c); p.build_report(c, {}, 'zh'); p.facts(c); w.text('title', 'zh')\n"
        "bad = sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(','.join(bad))\n")
    root = MODEL.parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_no_qt_import_statement_in_model_present_or_wording_sources():
    for path in (p for folder in QT_FREE for p in folder.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(PySide6|PyQt\d|shiboken6)", source, re.M), path
