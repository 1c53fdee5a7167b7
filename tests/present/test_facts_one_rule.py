"""Whether a document fact changed is decided once, by the model's metadata_changes: the
window's facts panel, the exports and the JSON cannot disagree (issue 10: metadata differences
were computed three times; issue 12: the window said "same agenda item" while the PDF listed a
change of its title)."""
from __future__ import annotations

import pytest

from viewer.model import compare, comparison_to_dict
from viewer.present.facts import facts

from tests.model.helpers import seed

PAIRS = [("hrc-37-23-adopted", "hrc-43-21-adopted"), ("hrc-23-3-adopted", "hrc-44-draft"),
         ("hrc-44-draft", "ga-75-180-adopted")]
SOURCES = {"session": {"session", "session_dates"}, "agenda_item": {"agenda_item", "agenda_title"},
           "in_favour": {"vote.in_favour"}, "against": {"vote.against"},
           "abstaining": {"vote.abstaining"}}


@pytest.mark.parametrize("old,new", PAIRS)
def test_the_facts_panel_marks_exactly_what_the_model_reports(old, new):
    c = compare(seed(old), seed(new))
    changed = {m.field for m in c.metadata_changes}
    for fact in facts(c):
        expected = SOURCES.get(fact.field, {fact.field}) & changed
        if fact.field == "citations":
            expected = bool(c.citations_added or c.citations_removed)
        assert fact.differs == bool(expected), fact.field


def test_a_title_printed_on_one_side_only_and_unlisted_sponsors_are_no_change():
    # 37/23 prints agenda item 3 without its title, 43/21 with it: the same item.
    c = compare(seed("hrc-37-23-adopted"), seed("hrc-43-21-adopted"))
    fields = {m["field"] for m in comparison_to_dict(c)["metadata_changes"]}
    assert "agenda_item" not in fields and "agenda_title" not in fields
    # The 44 draft lists Azerbaijan (for the Non-Aligned Movement); GA 75/180, adopted, none.
    d = compare(seed("hrc-44-draft"), seed("ga-75-180-adopted"))
    fields = {m.field for m in d.metadata_changes}
    assert "sponsors" not in fields and "on_behalf_of" not in fields
    assert {"symbol", "status", "body"} <= fields
