"""The history as a reader sees it (viewer.present.history), on the seeds' real history
HRC 23/3 → HRC 44 draft → GA 75/180: what the paragraph history panel and the report show."""
from __future__ import annotations

from pathlib import Path

import pytest

from viewer.model import parse_resolution
from viewer.model.history import History
from viewer.present.history import build_history_report, lineage_view
from viewer.present.runs import DELETE, EQUAL, INSERT, plain

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = ("ga-75-180-adopted", "hrc-23-3-adopted", "hrc-44-draft")    # out of time order


@pytest.fixture(scope="module")
def history():
    return History([parse_resolution((DATA / f"{n}.zh.txt").read_text(encoding="utf-8"),
                                     source=f"{n}.zh.txt") for n in FILES])


def test_every_cell_reads_as_that_version_with_the_changes_from_the_one_before(history):
    for lin in history.lineages:
        view = lineage_view(history, lin, "en")
        assert [c.index for c in view.cells] == list(range(len(history)))
        for cell, members in zip(view.cells, lin.members):
            assert cell.present == bool(members)
            if members and len(members) == 1:
                # equal + inserted pieces give exactly the paragraph's text in that version
                kept = "".join(r.text for r in cell.runs if r.kind in (EQUAL, INSERT))
                assert kept == members[0].text, (lin.id, cell.index)
            if not members and cell.index and lin.members[cell.index - 1]:
                # the version that dropped it shows what went, struck through
                assert cell.runs and all(r.kind == DELETE for r in cell.runs)
                assert "dropped" in cell.events


def test_the_verb_history_and_the_renumbering_of_one_paragraph(history):
    lin = history.lineage_of(0, "OP4")              # HRC 23/3 OP4 → draft OP7 → GA OP5
    view = lineage_view(history, lin, "zh")
    assert view.label == "OP4 → OP7 → OP5"
    assert view.verb_path == "促请 → 敦促"
    assert [c.version for c in view.cells] == ["A/HRC/RES/23/3", "44/… (draft)", "A/RES/75/180"]
    assert "重新编号" in view.cells[1].events and any("促请 → 敦促" in e for e in view.cells[1].events)
    assert view.cells[0].events == ()              # there from the start
    assert plain(view.cells[0].runs) == lin.members[0][0].text


def test_the_report_lists_versions_in_time_order_and_every_changed_lineage(history):
    report = build_history_report(history, "en")
    assert [v[0] for v in report.versions] == ["A/HRC/RES/23/3", "44/… (draft)", "A/RES/75/180"]
    assert report.ordering == "by date"
    assert len(report.lineages) + report.unchanged == len(history.lineages)
    assert all(lin.changed for lin in report.lineages)
    everything = build_history_report(history, "en", only_changed=False)
    assert len(everything.lineages) == len(history.lineages) and everything.unchanged == 0
