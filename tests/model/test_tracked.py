"""The tracked-changes comparison model (Qt-free): revisions and comments tied to aligned pairs
through the lines of the document, also when the parser rejoins wrapped lines."""
from __future__ import annotations

from viewer.model import compare
from viewer.model.tracked import (Comment, Revision, TrackedDocument, _letters, attach,
                                  compare_tracked, paragraph_lines)

from .helpers import raw, seed


def _line_of(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.split("\n")) if line.startswith(start))


def _document(before: str, after: str, revisions=(), comments=()) -> TrackedDocument:
    return TrackedDocument("draft.docx", before, after, tuple(before.split("\n")),
                           tuple(after.split("\n")), tuple(revisions), tuple(comments))


def test_every_paragraph_of_a_wrapped_extraction_is_found_in_its_lines():
    for name in ("hrc-37-23-adopted", "hrc-44-draft", "ga-75-180-adopted"):
        text, res = raw(name), seed(name)
        lines = tuple(text.split("\n"))
        found = paragraph_lines(res, lines)
        assert set(found) == {p.id for p in res.paragraphs}, name
        previous_end = -1
        for p in res.paragraphs:
            idxs = found[p.id]
            # In document order; a footnote body printed inside a paragraph is not part of it.
            assert list(idxs) == sorted(idxs) and idxs[0] >= previous_end
            previous_end = idxs[-1]
            letters = _letters(p.text)
            assert _letters(lines[idxs[0]]).find(letters[:6]) >= 0
            assert letters[-1] in _letters(lines[idxs[-1]])
        footnote_lines = {i for i, line in enumerate(lines) if line.strip().startswith(tuple("¹²³⁴⁵⁶⁷⁸⁹"))}
        assert all(i not in footnote_lines for idxs in found.values() for i in idxs)
        if name == "ga-75-180-adopted":  # its footnote bodies sit inside PP4: the check bites
            assert footnote_lines and any(
                idxs[0] < i < idxs[-1] for idxs in found.values() for i in footnote_lines)


def test_revisions_follow_the_side_where_they_exist():
    before, after = raw("hrc-37-23-adopted"), raw("hrc-43-21-adopted")
    old_op2 = _line_of(before, " 2.  重申技术援助")          # 37/23 OP2 is 43/21 OP4
    new_op4 = _line_of(after, " 4. 重申技术援助")
    deletion = Revision("delete", "Ann", "2020-01-01T00:00:00Z", "；", before_line=old_op2 + 1)
    insertion = Revision("insert", "Bob", "2020-01-02T00:00:00Z", "，", after_line=new_op4)
    header = Revision("insert", "Cy", None, "43/21", after_line=0)
    note = Comment("0", "Dan", "2020-01-03T09:05:00Z", "keep", "重申", (old_op2,), (new_op4,))
    document = _document(before, after, [deletion, insertion, header], [note])

    tracked = compare_tracked(document)
    assert tracked.comparison.pair("OP2>OP4").renumbered
    assert tracked.revisions["OP2>OP4"] == (deletion, insertion)
    assert tracked.unplaced_revisions == (header,)  # a header line: kept, never dropped
    assert tracked.comments == {"OP2>OP4": (note,)}
    assert tracked.notes() == {"OP2>OP4": "Dan (2020-01-03 09:05): keep"}
    # The same result on an ordinary comparison of the two texts (e.g. after re-pairing).
    direct = attach(document, compare(seed("hrc-37-23-adopted"), seed("hrc-43-21-adopted")))
    assert direct.revisions == tracked.revisions


def test_json_form_is_the_ordinary_export_plus_revisions():
    before, after = raw("hrc-37-23-adopted"), raw("hrc-43-21-adopted")
    line = _line_of(after, " 4. 重申技术援助")
    rev = Revision("insert", "Bob", "2020-01-02T00:00:00Z", "，", after_line=line, id="7")
    tracked = compare_tracked(_document(before, after, [rev]))
    data = tracked.to_dict()
    keys = [f"{p['old'] or ''}>{p['new'] or ''}" for p in data["pairs"]]
    by_key = dict(zip(keys, data["pairs"]))
    assert by_key["OP2>OP4"]["revisions"] == [
        {"kind": "insert", "author": "Bob", "date": "2020-01-02T00:00:00Z", "text": "，", "id": "7"}]
    assert all(p["revisions"] == [] for k, p in by_key.items() if k != "OP2>OP4")
    assert data["tracked_changes"]["authors"] == ["Bob"]
    assert data["tracked_changes"]["revisions"][0]["pairs"] == ["OP2>OP4"]
    assert data["schema"] == 1 and data["summary"] == tracked.comparison.summary


def test_a_session_holds_both_states_with_the_comments_as_notes():
    from viewer.model.session import Session
    from viewer.model.tracked import tracked_session

    before, after = raw("hrc-37-23-adopted"), raw("hrc-43-21-adopted")
    line = _line_of(after, " 4. 重申技术援助")
    note = Comment("3", "Eve", "2020-02-01T08:00:00Z", "accept this", "", (), (line,))
    session, tracked = tracked_session(_document(before, after, comments=[note]))
    assert session.old.name == "draft.docx (before changes)"
    assert session.new.name == "draft.docx (after changes)"
    assert session.notes == {"OP2>OP4": "Eve (2020-02-01 08:00): accept this"}
    assert session.compare().pairs == tracked.comparison.pairs
    # Saved as an ordinary .rescompare: both texts and the notes come back.
    again = Session.from_dict(session.to_dict())
    assert again.notes == session.notes and again.old.text == before and again.new.text == after
