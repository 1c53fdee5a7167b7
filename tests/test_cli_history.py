"""`rescompare --export out.json V1 V2 V3 …`: the history JSON; two files keep the two-version
export; a version-2 .rescompare exports its history; errors exit 2 with a message."""
import json

from viewer.model.history_session import HistorySession

from tests.cli_run import DATA, cli
HRC23, HRC44, GA75 = (DATA / f"{n}.zh.txt" for n in ("hrc-23-3-adopted", "hrc-44-draft",
                                                      "ga-75-180-adopted"))


def test_three_files_export_the_history(tmp_path):
    out = tmp_path / "history.json"
    r = cli("--export", out, GA75, HRC44, HRC23)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "history"
    assert [v["resolution"]["metadata"]["number"] for v in data["versions"]] == ["23/3", "44/…", "75/180"]
    assert [v["resolution"]["source"] for v in data["versions"]] == [str(HRC23), str(HRC44), str(GA75)]
    assert "OP4 → OP7 → OP5" in [lin["label"] for lin in data["lineages"]]


def test_two_files_keep_the_two_version_export(tmp_path):
    out = tmp_path / "pair.json"
    assert cli("--export", out, HRC23, HRC44).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "type" not in data and data["old"]["metadata"]["number"] == "23/3"


def test_a_version_2_file_exports_its_history_with_notes(tmp_path):
    saved = HistorySession.from_texts([(p.name, p.read_text(encoding="utf-8")) for p in (HRC23, HRC44, GA75)])
    saved = saved.with_note("v1", "v2", "OP4>OP7", "促请 became 敦促")
    path = tmp_path / "family.rescompare"
    path.write_bytes(saved.to_bytes())
    out = tmp_path / "history.json"
    r = cli("--export", out, path)
    assert r.returncode == 0, r.stderr
    pairs = json.loads(out.read_text(encoding="utf-8"))["steps"][0]["pairs"]
    assert [p["note"] for p in pairs if p.get("note")] == ["促请 became 敦促"]


def test_a_two_version_v2_file_keeps_every_export_format(tmp_path):
    saved = HistorySession.from_texts([(p.name, p.read_text(encoding="utf-8")) for p in (HRC23, HRC44)])
    path = tmp_path / "pair.rescompare"
    path.write_bytes(saved.to_bytes())
    out = tmp_path / "pair.html"
    r = cli("--export", out, path)
    assert r.returncode == 0, r.stderr
    assert "<html" in out.read_text(encoding="utf-8").lower()


def test_history_export_errors_exit_2_without_traceback(tmp_path):
    bad = tmp_path / "bad.rescompare"
    bad.write_text(json.dumps({"format": "rescompare", "version": 2, "versions": []}), encoding="utf-8")
    cases = [(("--export", tmp_path / "h.docx", HRC23, HRC44, GA75), "en",
              "exports to .json, .html or .pdf, not .docx"),
             (("--export", tmp_path / "h.json", HRC23, HRC44, tmp_path / "missing.txt"), "zh",
              "missing.txt：文件不存在"),
             (("--export", tmp_path / "h.json", bad), "en", "not a valid ResCompare comparison file")]
    for args, lang, message in cases:
        r = cli(*args, lang=lang)
        assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr
    assert not list(tmp_path.glob("h.*"))


def test_history_report_html_and_pdf_from_the_command_line(tmp_path):
    """--export out.html|.pdf V1 V2 V3 writes the history report: every version named, the
    lineages with their changes marked, the verb history of OP4 (促请 → 敦促)."""
    html = tmp_path / "history.html"
    r = cli("--export", html, HRC23, HRC44, GA75, lang="zh")
    assert r.returncode == 0, r.stderr
    page = html.read_text(encoding="utf-8")
    for name in ("A/HRC/RES/23/3", "A/RES/75/180", "OP4 → OP7 → OP5", "促请 → 敦促", "<del>", "<ins>",
                 "决议在 3 个版本中的沿革"):
        assert name in page, name
    pdf = tmp_path / "history.pdf"
    r = cli("--export", pdf, HRC23, HRC44, GA75, lang="en")
    assert r.returncode == 0, r.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 3
