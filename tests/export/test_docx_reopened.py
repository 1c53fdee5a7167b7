"""ResCompare's own Word export opened again as one file: its tracked changes are the
comparison. Rejecting them must give the old paragraphs, accepting them the new ones, and the
revisions (author "ResCompare") and comments (the notes) must land on the same pairs."""
from __future__ import annotations

import pytest
from export_helpers import SEED_PAIRS, seed_comparison

from viewer.export.options import ExportOptions
from viewer.export.docx import AUTHOR, to_bytes
from viewer.loaders.docx_revisions import load_tracked
from viewer.model.tracked import compare_tracked

DATE = "2020-06-22T10:00:00Z"
ALL_PAIRS = SEED_PAIRS + tuple((b, a) for a, b in SEED_PAIRS)


def _paragraphs(res):
    return [(p.id, p.kind, p.number, p.text, p.verb, p.footnote_refs) for p in res.paragraphs]


@pytest.mark.parametrize("old,new", ALL_PAIRS)
def test_before_is_the_old_text_and_after_the_new(tmp_path, old, new):
    comparison = seed_comparison(old, new)
    notes = {p.key: f"note on {p.label}" for n, p in enumerate(comparison.pairs) if n % 4 == 1}
    path = tmp_path / f"{old}-{new}.docx"
    path.write_bytes(to_bytes(comparison, notes, ExportOptions(date=DATE)))

    tracked = compare_tracked(load_tracked(path))
    again = tracked.comparison
    assert _paragraphs(again.old) == _paragraphs(comparison.old)
    assert _paragraphs(again.new) == _paragraphs(comparison.new)
    # Real Word footnotes read back as marks in the text and bodies in the metadata.
    for side in ("old", "new"):
        got, want = getattr(again, side).metadata, getattr(comparison, side).metadata
        assert [(f.mark, f.text) for f in got.footnotes] == [(f.mark, f.text) for f in want.footnotes]
    assert [p.key for p in again.pairs] == [p.key for p in comparison.pairs]
    assert again.summary == comparison.summary

    revisions = tracked.document.revisions
    assert revisions and {(r.author, r.date) for r in revisions} == {(AUTHOR, DATE)}
    # Exactly the rows that changed (or were renumbered: "4. " is text in the export) carry
    # revisions; the rest were written as plain text.
    changed = {p.key for p in again.pairs if p.changed or p.renumbered}
    assert set(tracked.revisions) == changed
    # Revisions on no pair are in the header block (symbol, body, session, …, title, opening
    # formula) or in the adoption record the export writes as tracked text around the
    # paragraphs: never on a line between the opening formula and the last paragraph.
    assert tracked.unplaced_revisions
    doc = tracked.document

    def body_span(lines, res):
        last = res.paragraphs[-1].text.split("\n")[0][:12]
        return (lines.index(res.opening),
                max(i for i, line in enumerate(lines) if last in line))

    spans = {"before": body_span(doc.before_lines, comparison.old),
             "after": body_span(doc.after_lines, comparison.new)}
    for r in tracked.unplaced_revisions:
        side, line = ("before", r.before_line) if r.after_line is None else ("after", r.after_line)
        first, last = spans[side]
        assert line <= first or line >= last, r
    # Every note comes back on its pair, as a comment signed by the export.
    back = tracked.notes()
    for key, text in notes.items():
        assert back[key].startswith(f"{AUTHOR} (") and text in back[key].split(": ", 1)[1]
