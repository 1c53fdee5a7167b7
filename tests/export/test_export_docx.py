"""Word export: the new text with the differences as real tracked changes, notes as comments."""
from __future__ import annotations

import io
import os
import subprocess
import zipfile

import docx
import pytest
from docx_revisions import document_xml, q, resolve
from export_helpers import (SEED_PAIRS, expected_docx_paragraphs, pdftotext, require,
                            seed_comparison, split_pair, squash, tiny_resolution)
from lxml import etree

from viewer.export import ExportOptions, export
from viewer.export.docx import to_bytes
from viewer.model import DiffOptions, Granularity, compare

DATE = "2020-06-22T10:00:00Z"
ALL_PAIRS = SEED_PAIRS + tuple((b, a) for a, b in SEED_PAIRS)


@pytest.mark.parametrize("old,new", ALL_PAIRS)
def test_accept_all_gives_new_text_and_reject_all_the_old(old, new):
    comparison = seed_comparison(old, new)
    data = to_bytes(comparison, {comparison.pairs[3].key: "a note"}, ExportOptions(date=DATE))
    assert resolve(data, accept=True) == expected_docx_paragraphs(comparison.new)
    assert resolve(data, accept=False) == expected_docx_paragraphs(comparison.old)


@pytest.mark.parametrize("options", [
    DiffOptions(ignore_punctuation_width=True, ignore_whitespace=True, ignore_footnote_marks=True),
    DiffOptions(granularity=Granularity.CHAR),
])
def test_exact_under_every_diff_option(options):
    for old, new in SEED_PAIRS:
        base = seed_comparison(old, new)
        comparison = compare(base.old, base.new, options)
        data = to_bytes(comparison, {})
        assert resolve(data, accept=True) == expected_docx_paragraphs(comparison.new)
        assert resolve(data, accept=False) == expected_docx_paragraphs(comparison.old)


def test_split_and_merge_are_paragraph_mark_changes():
    old, new = split_pair()
    for a, b in ((old, new), (new, old)):
        comparison = compare(a, b)
        assert {p.relation for p in comparison.pairs} >= {"split"} or {"merge"} <= {
            p.relation for p in comparison.pairs}
        data = to_bytes(comparison, {})
        assert resolve(data, accept=True) == expected_docx_paragraphs(b)
        assert resolve(data, accept=False) == expected_docx_paragraphs(a)


def test_line_breaks_inside_a_paragraph_stay_line_breaks():
    a = tiny_resolution("a.txt", [], ["Decides:\n(a) to act;\n(b) to report.", "Decides to end."])
    b = tiny_resolution("b.txt", [], ["Decides:\n(a) to act now;\n(b) to report.",
                                      "Decides to end."])
    data = to_bytes(compare(a, b), {})
    assert resolve(data, accept=True) == expected_docx_paragraphs(b)
    assert resolve(data, accept=False) == expected_docx_paragraphs(a)
    assert document_xml(data).findall(f".//{q('br')}")


def test_revision_marks_are_real_and_signed():
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    root = document_xml(to_bytes(comparison, {}, ExportOptions(date=DATE)))
    revisions = root.findall(f".//{q('ins')}") + root.findall(f".//{q('del')}")
    assert revisions
    for rev in revisions:
        assert rev.get(q("author")) == "ResCompare" and rev.get(q("date")) == DATE
        assert rev.get(q("id")).isdigit()
    ids = [r.get(q("id")) for r in revisions]
    assert len(ids) == len(set(ids))
    # deleted text only ever as w:delText inside w:del
    for t in root.iter(q("delText")):
        assert t.getparent().getparent().tag == q("del")
    for d in root.findall(f".//{q('r')}/../{q('del')}"):
        assert not d.findall(f".//{q('t')}")
    # the deleted OP5 is a deleted paragraph: its mark is deleted too
    paragraphs = root.find(q("body")).findall(q("p"))
    op5 = [p for p in paragraphs
           if "".join(t.text for t in p.iter(q("delText"))).startswith("5. 请人权理事会咨询委员会")]
    assert len(op5) == 1 and op5[0].find(f"{q('pPr')}/{q('rPr')}/{q('del')}") is not None
    # renumbering is a tracked change of the number text: OP2 -> OP4
    op4 = next(p for p in paragraphs
               if "".join(t.text for t in p.iter(q("t"))).startswith("4. 重申技术援助"))
    assert [t.text for t in op4.iter(q("delText"))][0] == "2. "
    assert op4.find(f"{q('pPr')}/{q('rPr')}") is None        # the paragraph itself stays
    # the title paragraph comes first: symbol, then number and title, then the opening formula
    firsts = [p.find(f"{q('pPr')}/{q('pStyle')}").get(q("val")) for p in paragraphs[:4]]
    assert firsts[:3] == ["RCSymbol", "RCTitle", "RCOpening"]


def test_notes_are_word_comments_and_orphans_are_kept():
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    notes = {"OP2>OP4": "Our wording, keep it", "PP7>PP12": "moved here", "OP8>OP9": "gone row"}
    data = to_bytes(comparison, notes, ExportOptions(language="en", date=DATE))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert "comments.xml" in rels
    texts = {c.get(q("id")): "".join(t.text or "" for t in c.iter(q("t")))
             for c in comments.findall(q("comment"))}
    assert all(c.get(q("author")) == "ResCompare" for c in comments.findall(q("comment")))
    root = document_xml(data)
    for cid in texts:
        assert len(root.findall(f".//{q('commentRangeStart')}[@{q('id')}='{cid}']")) == 1
        assert len(root.findall(f".//{q('commentRangeEnd')}[@{q('id')}='{cid}']")) == 1
        assert len(root.findall(f".//{q('commentReference')}[@{q('id')}='{cid}']")) == 1
    joined = "\n".join(texts.values())
    assert "Our wording, keep it" in joined
    assert "moved here" in joined and "Moved from PP7" in joined and "Moved to PP12" in joined
    assert "Notes without a paragraph (OP8>OP9): gone row" in joined
    assert "Comparison of two versions of a resolution" in joined          # the summary
    # the note sits on the paragraph it belongs to
    start = root.find(f".//{q('commentRangeStart')}[@{q('id')}='"
                      f"{next(k for k, v in texts.items() if v == 'Our wording, keep it')}']")
    para = start.getparent()
    assert "".join(t.text for t in para.iter(q("t"))).startswith("4. 重申技术援助")


def test_python_docx_opens_it(tmp_path):
    comparison = seed_comparison("hrc-44-draft", "ga-75-180-adopted")
    path = export(comparison, tmp_path / "out.docx", {"OP6>OP3": "note"}, language="zh")
    document = docx.Document(str(path))
    # python-docx reads only text outside revisions: the unchanged opening formula is there
    assert any(p.text == "，" for p in document.paragraphs[:3])
    assert len(document.paragraphs) >= len(expected_docx_paragraphs(comparison.old))
    comments = [c.text for c in document.comments]
    assert "note\n由 OP6 移来" in comments                 # the note on its (moved) paragraph
    assert any(c.startswith("决议两个版本的对照") for c in comments)   # the summary
    assert document.sections[0].footer.paragraphs[0].text.startswith("第 ")


def _soffice() -> str:
    return require("soffice", "libreoffice")


def test_libreoffice_converts_it(tmp_path):
    from viewer.resources import font_path

    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    source = export(comparison, tmp_path / "tracked.docx", {"OP2>OP4": "note"}, language="en")
    # The bundled font is all the CJK LibreOffice needs, whatever the machine has installed.
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                    "<fontconfig><include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>"
                    f"<dir>{font_path().parent}</dir></fontconfig>\n")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf))
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run([_soffice(), f"-env:UserInstallation={profile}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                          env=env, capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "tracked.pdf"
    assert pdf.is_file(), done.stdout + done.stderr
    flat = squash(pdftotext(pdf))
    for pid in ("PP1", "PP3", "PP7", "OP10"):     # unchanged or wholly new: one reading
        assert squash(comparison.new.paragraph(pid).text) in flat
    assert "A/HRC/RES/43/21" in flat


def _inserted(data: bytes) -> list[str]:
    return ["".join(t.text for t in ins.iter(q("t"))) for ins in
            document_xml(data).iter(q("ins"))]


def test_header_lines_are_compared_with_the_comparison_options():
    """The title line used to be diffed with the default options whatever the user chose."""
    a = tiny_resolution("a.txt", [], ["Decides to act."], title="Strengthening cooperation")
    b = tiny_resolution("b.txt", [], ["Decides to act."], title="Strengthening cooperations")
    by_word = to_bytes(compare(a, b), {})
    by_char = to_bytes(compare(a, b, DiffOptions(granularity=Granularity.CHAR)), {})
    assert _inserted(by_word) == ["cooperations"]
    assert _inserted(by_char) == ["s"]
    for data, res in ((by_char, b), (by_word, b)):
        assert resolve(data, accept=True) == expected_docx_paragraphs(res)
        assert resolve(data, accept=False) == expected_docx_paragraphs(a)


def test_a_misspelt_export_option_is_refused(tmp_path):
    comparison = compare(tiny_resolution("a.txt", [], ["Decides to act."]),
                         tiny_resolution("b.txt", [], ["Decides to act now."]))
    with pytest.raises(TypeError, match="langauge"):
        export(comparison, tmp_path / "out.docx", {}, langauge="zh")
    assert not (tmp_path / "out.docx").exists()
    with pytest.raises(ValueError, match="paper"):
        ExportOptions(paper="a5")
