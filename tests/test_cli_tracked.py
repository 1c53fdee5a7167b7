"""`rescompare --export OUT FILE.docx` with one Word file: its tracked changes, before → after."""
import json

import docx

from viewer.model.tracked import MOVE_FROM, MOVE_TO

from tests.cli_run import DATA, cli
OLD, NEW = DATA / "hrc-37-23-adopted.zh.txt", DATA / "hrc-43-21-adopted.zh.txt"


def test_one_tracked_word_file_exports_before_to_after(tmp_path):
    tracked = tmp_path / "draft.docx"
    direct = tmp_path / "direct.json"
    assert cli("--export", tracked, OLD, NEW).returncode == 0
    assert cli("--export", direct, OLD, NEW).returncode == 0
    out = tmp_path / "out.json"
    r = cli("--export", out, tracked)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    plain = json.loads(direct.read_text(encoding="utf-8"))
    assert data["summary"] == plain["summary"]
    assert [(p["old"], p["new"], p["status"]) for p in data["pairs"]] == [
        (p["old"], p["new"], p["status"]) for p in plain["pairs"]]
    assert data["old"]["source"].endswith("draft.docx (before changes)")
    assert data["new"]["source"].endswith("draft.docx (after changes)")
    for pair in data["pairs"]:
        changed = pair["status"] != "unchanged" or pair["moved"] or pair["renumbered"]
        assert bool(pair["revisions"]) == changed
        assert all(r["author"] == "ResCompare" and r["date"] for r in pair["revisions"])
    # The export writes a moved paragraph as a Word move: it comes back as move revisions.
    moved = [p for p in data["pairs"] if p["moved"]]
    assert moved and all({r["kind"] for r in p["revisions"]} & {MOVE_FROM, MOVE_TO} for p in moved)
    assert data["tracked_changes"]["authors"] == ["ResCompare"]
    # Other formats take the same comparison.
    html = tmp_path / "out.html"
    assert cli("--export", html, tracked).returncode == 0
    assert "draft.docx (after changes)" in html.read_text(encoding="utf-8")


def test_one_file_without_tracked_changes_is_a_clear_error(tmp_path):
    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("人权理事会，")
    document.add_paragraph("1. 决定继续处理此事。")
    document.save(plain)
    out = tmp_path / "out.json"
    for lang, message in (
            ("en", "plain.docx: this Word file has no tracked changes; open two versions to compare them."),
            ("zh", "plain.docx：此 Word 文件没有修订（跟踪更改）；请打开两个版本进行对照。")):
        r = cli("--export", out, plain, lang=lang)
        assert r.returncode == 2 and r.stderr.strip() == f"rescompare: {message}"
    r = cli("--export", out, OLD)
    assert r.returncode == 2 and "only a Word file with tracked changes" in r.stderr
    assert "Traceback" not in r.stderr and not out.exists()
