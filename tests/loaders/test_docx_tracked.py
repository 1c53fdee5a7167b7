"""Word drafts with tracked changes: both states, the revision list, comments, and the
comparison of a tracked file with itself (before → after). Hand-made files cover insertions,
deletions, moves, formatting-only changes, paragraph-mark insertion/deletion, table rows and
comments; the expected states follow ECMA-376 (17.13.5) and are checked against LibreOffice in
test_docx_tracked_libreoffice.py."""
from __future__ import annotations

import pytest
from tracked_docx import (DATE, HEADER, bold_change, build, comment_end, comment_ref,
                          comment_start, delete, ins, move_from, move_to, op, para, run)

from viewer.loaders import load_document
from viewer.loaders.docx_revisions import load_tracked, read_tracked
from viewer.model import InputError, Status
from viewer.model.tracked import compare_tracked

HEAD = ["A/HRC/RES/44/1", "44/1. Promoting cooperation", "The Human Rights Council,"]
PP1 = "Reaffirming the Charter of the United Nations,"
OP2 = "Requests the High Commissioner to report;"
OP3 = "Decides to remain seized of the matter."


def _revs(doc):
    return [(r.kind, r.author, r.date, r.text, r.before_line, r.after_line) for r in doc.revisions]


def _pair_with(comparison, text: str, side: str = "new"):
    """The aligned pair whose ``side`` paragraphs contain ``text``."""
    for pair in comparison.pairs:
        if text in (pair.new_text if side == "new" else pair.old_text):
            return pair
    raise AssertionError(text)


def test_insertions_and_deletions_with_authors_and_dates(tmp_path):
    path = build(tmp_path / "draft.docx", [
        *HEADER,
        para(run(PP1)),
        para(run("Recalling its resolution "), delete("37/23", "Ann"),
             ins("43/21", "Bob", "2020-06-23T09:30:00Z"), run(",")),
        op(run("Calls upon "), delete("all ", "Ann"), run("States"),
           ins(" and organizations", "Bob", "2020-06-23T09:30:00Z"), run(" to cooperate;")),
        op(run(OP2)),
        op(run(OP3)),
    ])
    doc = load_tracked(path)
    assert list(doc.before_lines) == HEAD + [PP1, "Recalling its resolution 37/23,",
                                             "1. Calls upon all States to cooperate;",
                                             f"2. {OP2}", f"3. {OP3}"]
    assert list(doc.after_lines) == HEAD + [PP1, "Recalling its resolution 43/21,",
                                            "1. Calls upon States and organizations to cooperate;",
                                            f"2. {OP2}", f"3. {OP3}"]
    assert _revs(doc) == [
        ("delete", "Ann", DATE, "37/23", 4, None),
        ("insert", "Bob", "2020-06-23T09:30:00Z", "43/21", None, 4),
        ("delete", "Ann", DATE, "all ", 5, None),
        ("insert", "Bob", "2020-06-23T09:30:00Z", " and organizations", None, 5),
    ]
    assert doc.authors == ("Ann", "Bob")
    # The reject/accept texts are what the ordinary loader reads (accept) and its counterpart.
    assert load_document(path).text == doc.after

    tracked = compare_tracked(doc)
    c = tracked.comparison
    assert [(p.key, p.status) for p in c.pairs] == [
        ("PP1>PP1", Status.UNCHANGED), ("PP2>PP2", Status.MODIFIED),
        ("OP1>OP1", Status.MODIFIED), ("OP2>OP2", Status.UNCHANGED), ("OP3>OP3", Status.UNCHANGED)]
    assert {k: [(r.kind, r.author) for r in v] for k, v in tracked.revisions.items()} == {
        "PP2>PP2": [("delete", "Ann"), ("insert", "Bob")],
        "OP1>OP1": [("delete", "Ann"), ("insert", "Bob")],
    }
    assert tracked.unplaced_revisions == ()


def test_moves_read_at_the_old_place_before_and_the_new_place_after(tmp_path):
    moved = "Encourages dialogue among States;"
    path = build(tmp_path / "moved.docx", [
        *HEADER,
        para(run(PP1)),
        op(run("Calls upon States to cooperate;")),
        op(move_to(moved, "Dan"), mark=("moveTo", "Dan")),
        op(run(OP2)),
        op(move_from(moved, "Dan"), mark=("moveFrom", "Dan")),  # last: vanishes after the move
    ])
    doc = read_tracked(path.read_bytes(), str(path))
    assert list(doc.before_lines[3:]) == [PP1, "1. Calls upon States to cooperate;", f"2. {OP2}",
                                          f"3. {moved}"]
    assert list(doc.after_lines[3:]) == [PP1, "1. Calls upon States to cooperate;", f"2. {moved}",
                                         f"3. {OP2}"]
    # Text and paragraph mark of each side, each where it exists.
    assert _revs(doc) == [
        ("move_to", "Dan", DATE, "", None, 5), ("move_to", "Dan", DATE, moved, None, 5),
        ("move_from", "Dan", DATE, "", 6, None), ("move_from", "Dan", DATE, moved, 6, None),
    ]
    tracked = compare_tracked(doc)
    pair = _pair_with(tracked.comparison, moved)
    assert moved in pair.old_text and (pair.moved or pair.renumbered)
    assert [r.kind for r in tracked.revisions[pair.key]] == ["move_to", "move_to", "move_from",
                                                              "move_from"]
    others = [p.key for p in tracked.comparison.pairs if p.key != pair.key and not p.renumbered]
    assert all(k not in tracked.revisions for k in others)


def test_formatting_only_changes_change_no_text(tmp_path):
    path = build(tmp_path / "format.docx", [
        *HEADER,
        para(run(PP1), extra_ppr='<w:jc w:val="both"/>', old_ppr='<w:jc w:val="left"/>'),
        op(run("Calls upon States to "), bold_change("cooperate", "Cy"), run(";")),
        op(run(OP2)),
    ])
    doc = load_tracked(path)  # formatting changes are tracked changes: no "no changes" error
    assert doc.before_lines == doc.after_lines
    assert doc.before == doc.after
    assert [(r.kind, r.author, r.text) for r in doc.revisions] == [
        ("paragraph_format", "Cy", ""), ("format", "Cy", "")]
    tracked = compare_tracked(doc)
    assert all(p.status is Status.UNCHANGED for p in tracked.comparison.pairs)
    assert {k: [r.kind for r in v] for k, v in tracked.revisions.items()} == {
        "PP1>PP1": ["paragraph_format"], "OP1>OP1": ["format"]}


def test_paragraph_format_change_restores_the_old_numbering_before(tmp_path):
    path = build(tmp_path / "numbered.docx", [
        *HEADER,
        para(run(PP1)),
        op(run("Calls upon States to cooperate;")),
        op(run(OP3), old_ppr=""),  # was a plain paragraph, became the second numbered one
    ])
    doc = read_tracked(path.read_bytes(), str(path))
    assert doc.before_lines[-1] == OP3
    assert doc.after_lines[-1] == f"2. {OP3}"


def test_paragraph_mark_insertion_splits_and_deletion_joins(tmp_path):
    path = build(tmp_path / "marks.docx", [
        *HEADER,
        para(run(PP1)),
        # "Enter" pressed after "cooperate": the new mark is tracked as inserted.
        op(run("Calls upon States to cooperate"), ins(";", "Dan"), mark=("ins", "Dan")),
        op(delete(" and e", "Dan"), ins("E", "Dan"), run("ncourages dialogue;")),
        # The mark between two operative paragraphs deleted: they become one.
        op(run("Requests the High Commissioner to report"), delete(";", "Eve"), mark=("del", "Eve")),
        op(delete("D", "Eve"), ins(" and d", "Eve"), run("ecides to remain seized of the matter.")),
    ])
    doc = load_tracked(path)
    assert list(doc.before_lines[4:]) == [
        "1. Calls upon States to cooperate and encourages dialogue;",
        f"2. {OP2}", f"3. {OP3}"]
    assert list(doc.after_lines[4:]) == [
        "1. Calls upon States to cooperate;", "2. Encourages dialogue;",
        "3. Requests the High Commissioner to report and decides to remain seized of the matter."]
    marks = [(r.kind, r.author, r.before_line, r.after_line) for r in doc.revisions
             if r.kind.startswith("mark_")]
    assert marks == [("mark_insert", "Dan", None, 4), ("mark_delete", "Eve", 5, None)]

    tracked = compare_tracked(doc)
    c = tracked.comparison
    assert [(p.old_id, p.new_id) for p in c.pairs if p.kind.value == "operative"] == [
        ("OP1", "OP1+OP2"), ("OP2+OP3", "OP3")]
    assert [r.author for r in tracked.revisions["OP1>OP1+OP2"]] == ["Dan"] * 4
    assert [r.author for r in tracked.revisions["OP2+OP3>OP3"]] == ["Eve"] * 4


def test_inserted_and_deleted_table_rows_and_nested_revisions(tmp_path):
    def row(text: str, mark: str = "") -> str:
        trpr = f'<w:trPr><w:{mark} w:id="9{len(text)}" w:author="Fay" w:date="{DATE}"/></w:trPr>' \
            if mark else ""
        return f"<w:tr>{trpr}<w:tc>{para(run(text))}</w:tc></w:tr>"

    table = f"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>{row('In favour')}{row('Against', 'ins')}" \
            f"{row('Abstaining', 'del')}</w:tbl>"
    # Text Ann inserted and Bob then deleted exists in neither state.
    nested = ('<w:ins w:id="77" w:author="Ann" w:date="2020-06-22T10:00:00Z">'
              f'{run("new ")}<w:del w:id="78" w:author="Bob" w:date="2020-06-23T10:00:00Z">'
              '<w:r><w:delText>gone </w:delText></w:r></w:del></w:ins>')
    path = build(tmp_path / "table.docx", [para(run("Adopted "), nested, run("text")), table])
    doc = read_tracked(path.read_bytes(), str(path))
    assert list(doc.before_lines) == ["Adopted text", "In favour", "Abstaining"]
    assert list(doc.after_lines) == ["Adopted new text", "In favour", "Against"]
    assert [(r.kind, r.author, r.text, r.before_line, r.after_line) for r in doc.revisions] == [
        ("insert", "Ann", "new ", None, 0), ("delete", "Bob", "gone ", 0, None),
        ("row_insert", "Fay", "Against", None, 2), ("row_delete", "Fay", "Abstaining", 2, None)]


def test_comments_become_notes_on_their_paragraphs(tmp_path):
    new_op = "Invites States to share good practices;"
    gone_pp = "Noting the report of the Secretary-General,"
    comments = [("Ann", "2020-06-22T10:00:00Z", "Too weak: we want \u201curges\u201d."),
                ("Bob", "2020-06-23T11:15:00Z", "Delete: outdated."),
                ("Cy", "2020-06-24T08:00:00Z", "New text from the EU."),
                ("Dan", "2020-06-25T16:45:00Z", "Keep these two together."),
                ("Eve", "2020-06-26T12:00:00Z", "Fine\nas is")]
    path = build(tmp_path / "comments.docx", [
        *HEADER,
        para(comment_start(3), run(PP1)),
        para(comment_start(1), delete(gone_pp, "Bob"), comment_end(1), mark=("del", "Bob")),
        op(run("Calls upon "), comment_start(0), delete("all ", "Ann"), run("States"),
           comment_end(0), run(" to cooperate;"), comment_end(3)),
        op(comment_start(2), ins(new_op, "Cy"), comment_end(2), mark=("ins", "Cy")),
        op(run(OP2), comment_ref(4)),
    ], comments)
    doc = load_tracked(path)
    assert [(c.id, c.author, c.date, c.text, c.anchor) for c in doc.comments] == [
        ("0", "Ann", "2020-06-22T10:00:00Z", "Too weak: we want \u201curges\u201d.", "States"),
        ("1", "Bob", "2020-06-23T11:15:00Z", "Delete: outdated.", gone_pp),  # before the changes
        ("2", "Cy", "2020-06-24T08:00:00Z", "New text from the EU.", new_op),
        ("3", "Dan", "2020-06-25T16:45:00Z", "Keep these two together.",
         f"{PP1}\nCalls upon States to cooperate;"),
        ("4", "Eve", "2020-06-26T12:00:00Z", "Fine\nas is", ""),
    ]
    tracked = compare_tracked(doc)
    pairs = [(p.key, p.status) for p in tracked.comparison.pairs]
    assert pairs == [("PP1>PP1", Status.UNCHANGED), ("PP2>", Status.DELETED),
                     ("OP1>OP1", Status.MODIFIED), (">OP2", Status.ADDED),
                     ("OP2>OP3", Status.UNCHANGED)]
    assert {k: [c.author for c in v] for k, v in tracked.comments.items()} == {
        "PP1>PP1": ["Dan"], "PP2>": ["Bob", "Dan"], "OP1>OP1": ["Ann", "Dan"],
        ">OP2": ["Cy"], "OP2>OP3": ["Eve"]}
    notes = tracked.notes()
    assert notes[">OP2"] == "Cy (2020-06-24 08:00): New text from the EU."
    assert notes["OP1>OP1"] == ("Ann (2020-06-22 10:00): Too weak: we want \u201curges\u201d.\n"
                                "Dan (2020-06-25 16:45): Keep these two together.")
    assert notes["OP2>OP3"] == "Eve (2020-06-26 12:00): Fine\nas is"
    # The deletion Bob made and the insertion Cy made sit on the deleted and added pairs.
    assert {r.author for r in tracked.revisions["PP2>"]} == {"Bob"}
    assert {r.author for r in tracked.revisions[">OP2"]} == {"Cy"}


def test_a_file_without_tracked_changes_is_a_clear_error(tmp_path):
    plain = build(tmp_path / "plain.docx", [*HEADER, para(run(PP1)), op(run(OP3))])
    commented = build(tmp_path / "commented.docx",
                      [*HEADER, para(comment_start(0), run(PP1), comment_end(0)), op(run(OP3))],
                      [("Ann", DATE, "a comment is not a tracked change")])
    for path in (plain, commented):
        with pytest.raises(InputError) as info:
            load_tracked(path)
        assert info.value.code == "no_tracked_changes"
        assert info.value.message("en") == (
            f"{path.name}: this Word file has no tracked changes; open two versions to compare them.")
        assert info.value.message("zh") == (
            f"{path.name}：此 Word 文件没有修订（跟踪更改）；请打开两个版本进行对照。")
    text = tmp_path / "draft.txt"
    text.write_text("\n".join(HEAD + [PP1, f"1. {OP3}"]), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_tracked(text)
    assert info.value.code == "one_file" and "two versions" in info.value.message("en")
    assert "两个版本" in info.value.message("zh")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(InputError) as info:
        load_tracked(broken)
    assert info.value.code == "corrupt_docx"
    with pytest.raises(InputError) as info:
        load_tracked(tmp_path / "missing.docx")
    assert info.value.code == "not_found"


def test_the_quick_look_for_tracked_changes_agrees_with_the_full_read(tmp_path):
    """The window asks has_tracked_changes before it reads a Word file's revisions (on the
    GUI thread): it must say yes exactly when the full read finds revisions."""
    from viewer.loaders.docx_revisions import has_tracked_changes
    files = {
        "plain": ([*HEADER, para(run(PP1)), op(run(OP3))], None),
        "commented": ([*HEADER, para(comment_start(0), run(PP1), comment_end(0)), op(run(OP3))],
                      [("Ann", DATE, "a comment is not a tracked change")]),
        "inserted": ([*HEADER, para(run(PP1)), op(run("Calls upon "), ins("all ", "Bob"),
                                                   run("States to cooperate;"))], None),
        "deleted": ([*HEADER, para(run(PP1), delete(" again", "Ann")), op(run(OP3))], None),
        "formatted": ([*HEADER, para(run(PP1)),
                       op(run("Calls upon States to "), bold_change("cooperate", "Cy"), run(";"))],
                      None),
    }
    for name, (body, comments) in files.items():
        path = build(tmp_path / f"{name}.docx", body, comments) if comments else \
            build(tmp_path / f"{name}.docx", body)
        try:
            full = load_tracked(path).has_changes
        except InputError as exc:
            assert exc.code == "no_tracked_changes"
            full = False
        assert has_tracked_changes(path) is full, name
    assert has_tracked_changes(tmp_path / "missing.docx") is False
