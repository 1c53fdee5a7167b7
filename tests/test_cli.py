"""The headless command: `rescompare --export out.json OLD NEW`, and its errors (exit 2, no traceback)."""
import json
import os
import zipfile
from pathlib import Path

import pytest

from tests.cli_run import DATA, ROOT, cli

OLD, NEW = DATA / "hrc-37-23-adopted.zh.txt", DATA / "hrc-43-21-adopted.zh.txt"


def test_export_json(tmp_path):
    out = tmp_path / "out.json"
    r = cli("--export", out, OLD, NEW)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == 1
    assert data["old"]["metadata"]["number"] == "37/23" and data["new"]["metadata"]["number"] == "43/21"
    assert data["old"]["source"].endswith("hrc-37-23-adopted.zh.txt")
    assert [(p["old"], p["new"]) for p in data["pairs"] if p["renumbered"]] == [
        ("OP2", "OP4"), ("OP3", "OP6"), ("OP4", "OP7")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]  # no temporary left


def test_export_demo_with_options(tmp_path):
    out = tmp_path / "demo.json"
    r = cli("--demo", "--export", out, "--granularity", "char", "--ignore-whitespace")
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["options"]["granularity"] == "char" and data["options"]["ignore_whitespace"] is True


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    big = tmp / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    docx = tmp / "broken.docx"
    docx.write_bytes(b"PK\x03\x04 this is not a zip")
    docx2 = tmp / "nodoc.docx"
    with zipfile.ZipFile(docx2, "w") as z:
        z.writestr("hello.txt", "hi")
    pdf = tmp / "broken.pdf"
    pdf.write_bytes(b"%PDF-1.7\n garbage garbage\n%%EOF")
    notres = tmp / "letter.txt"
    notres.write_text("Dear colleague,\n\nPlease find attached the agenda.\n", encoding="utf-8")
    return {"missing": tmp / "missing.txt", "directory": tmp, "empty": empty, "binary": binary,
            "big": big, "docx": docx, "docx_nodoc": docx2, "pdf": pdf, "not_resolution": notres}


EXPECT = {"missing": "does not exist", "directory": "folder", "empty": "empty",
          "binary": "not a text file", "big": "too large", "docx": "Word document",
          "docx_nodoc": "Word document", "pdf": "PDF", "not_resolution": "not look like a resolution"}


@pytest.mark.parametrize("case", sorted(EXPECT))
def test_bad_input_exits_2_with_a_message(tmp_path, case):
    bad = _bad_inputs(tmp_path)[case]
    out = tmp_path / "o.json"
    r = cli("--export", out, bad, NEW)
    assert r.returncode == 2
    assert EXPECT[case] in r.stderr
    assert bad.name in r.stderr or case == "directory"
    assert "Traceback" not in r.stderr
    assert not out.exists()


def test_bad_input_message_in_chinese(tmp_path):
    r = cli("--export", tmp_path / "o.json", tmp_path / "missing.txt", NEW, lang="zh")
    assert r.returncode == 2 and "文件不存在" in r.stderr


def test_unknown_export_format(tmp_path):
    r = cli("--export", tmp_path / "o.xyz", OLD, NEW)
    assert r.returncode == 2 and "unknown export format .xyz" in r.stderr
    assert not list(tmp_path.iterdir())


def test_unwritable_target(tmp_path):
    r = cli("--export", tmp_path / "no" / "such" / "dir" / "o.json", OLD, NEW)
    assert r.returncode == 2 and "cannot write" in r.stderr and "Traceback" not in r.stderr


def test_version():
    r = cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("ResCompare ")


def test_vote_mismatch_is_reported(tmp_path):
    broken = tmp_path / "43-21-broken.txt"
    broken.write_text(NEW.read_text(encoding="utf-8").replace("菲律宾、卡塔尔", "菲律宾"), encoding="utf-8")
    out = tmp_path / "o.json"
    r = cli("--export", out, OLD, broken)
    assert r.returncode == 0
    # the sentence the window and every export show, from the one catalogue
    assert ("43-21-broken.txt: the vote counts do not match the country lists "
            "(Voted in favour: 23 stated, 22 listed).") in r.stderr
    vote = json.loads(out.read_text(encoding="utf-8"))["new"]["metadata"]["vote"]
    assert vote["consistent"] is False
    assert vote["mismatches"] == [{"list": "in_favour", "stated": 23, "listed": 22}]


def test_export_language_follows_lang(tmp_path):
    out = tmp_path / "o.html"
    assert cli("--export", out, OLD, NEW, "--lang", "zh").returncode == 0
    zh = out.read_text(encoding="utf-8")
    assert cli("--export", out, OLD, NEW, "--lang", "en").returncode == 0
    en = out.read_text(encoding="utf-8")
    assert "决议两个版本的对照" in zh and "决议两个版本的对照" not in en


def test_export_pdf_paper_and_orientation(tmp_path):
    import subprocess as sp
    sizes = {}
    for args in ((), ("--paper", "letter"), ("--portrait",)):
        out = tmp_path / "o.pdf"
        assert cli("--export", out, OLD, NEW, *args).returncode == 0
        info = sp.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        sizes[args] = next(line for line in info.splitlines() if line.startswith("Page size"))
    assert "842" in sizes[()] and "595" in sizes[()] and sizes[()].index("842") < sizes[()].index("595")
    assert "792" in sizes[("--paper", "letter")]          # US Letter, landscape: 792 x 612 pts
    assert sizes[("--portrait",)].split()[2] in ("595", "595.276", "595.28")


@pytest.mark.parametrize("files", [(), (OLD,)])
def test_export_with_the_wrong_number_of_files_exits_2(tmp_path, files):
    # Three or more files are a history (tests/test_cli_history.py); one file must be a Word
    # file with tracked changes or a .rescompare comparison.
    out = tmp_path / "o.json"
    r = cli("--export", out, *files)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert ("two files" in r.stderr) or ("--export needs" in r.stderr) or ("two versions" in r.stderr)
    assert not out.exists()


def test_window_with_three_files_opens_a_history_but_not_with_a_saved_file_among_them(tmp_path):
    """Three or more files are a history (issue 13); a .rescompare is not a version of one."""
    saved = tmp_path / "x.rescompare"
    saved.write_text("{}", encoding="utf-8")
    r = cli(OLD, NEW, saved, lang="zh")
    assert r.returncode == 2 and "两个要对照的文件" in r.stderr and "3" in r.stderr
    png = tmp_path / "history.png"
    r = cli(OLD, NEW, DATA / "hrc-44-draft.zh.txt", "--screenshot", png)
    assert r.returncode == 0, r.stderr
    assert png.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("which", ["old", "new", "link", "hardlink", "relative"])
def test_export_onto_an_input_is_refused(tmp_path, which):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes(OLD.read_bytes())
    new.write_bytes(NEW.read_bytes())
    target = {"old": old, "new": new, "link": tmp_path / "l.txt", "hardlink": tmp_path / "h.txt",
              "relative": Path(os.path.relpath(new, ROOT))}[which]
    if which == "link":
        target.symlink_to(old)
    if which == "hardlink":
        os.link(new, target)
    r = cli("--export", target, old, new)
    assert r.returncode == 2 and "one of the files being compared" in r.stderr
    assert old.read_bytes() == OLD.read_bytes() and new.read_bytes() == NEW.read_bytes()


def test_export_onto_its_own_saved_comparison_is_refused(tmp_path):
    from viewer.model.session import Session, Source
    saved = tmp_path / "work.rescompare"
    saved.write_bytes(Session(Source("a", OLD.read_text(encoding="utf-8")),
                              Source("b", NEW.read_text(encoding="utf-8"))).to_bytes())
    before = saved.read_bytes()
    r = cli("--export", saved, saved, lang="zh")
    assert r.returncode == 2 and "正在对照的文件" in r.stderr and saved.read_bytes() == before


def test_repaired_pins_are_reported(tmp_path):
    data = {"format": "rescompare", "version": 1,
            "old": {"name": "a", "text": OLD.read_text(encoding="utf-8")},
            "new": {"name": "b", "text": NEW.read_text(encoding="utf-8")},
            "pins": {"pairs": [["OP3", "OP3"], ["OP3", "OP4"]]}}
    saved = tmp_path / "pins.rescompare"
    saved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    r = cli("--export", tmp_path / "o.json", saved)
    assert r.returncode == 0 and "contradict each other" in r.stderr and "OP3>OP4" in r.stderr


def test_a_fifo_comparison_file_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.rescompare"
    os.mkfifo(fifo)
    r = cli("--export", tmp_path / "o.json", fifo)   # cli() has a timeout: a hang fails the test
    assert r.returncode == 2 and "not an ordinary file" in r.stderr
