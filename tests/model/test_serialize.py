"""JSON schema 1 of the comparison, as `rescompare --export out.json` writes it."""
from viewer.model import compare, comparison_to_dict

from .helpers import seed


def test_schema_shape():
    d = comparison_to_dict(compare(seed("hrc-37-23-adopted"), seed("hrc-43-21-adopted")),
                           notes={"OP2>OP4": "check"})
    assert d["schema"] == 1
    assert set(d) >= {"schema", "old", "new", "pairs", "summary", "metadata_changes", "citations"}
    old = d["old"]
    assert old["language"] == "zh"
    assert set(old["metadata"]) >= {"body", "session", "agenda_item", "number", "symbol", "title",
                                    "status", "date", "sponsors", "meeting", "vote", "footnotes",
                                    "citations"}
    assert set(old["metadata"]["vote"]) >= {"yes", "no", "abstain", "without_vote", "in_favour",
                                            "against", "abstaining", "consistent"}
    assert old["paragraphs"][0] == {"id": "PP1", "kind": "preambular", "number": None,
                                    "text": "遵循《联合国宪章》，", "verb": "遵循",
                                    "footnote_refs": [], "citations": []}
    op4 = next(p for p in d["pairs"] if p["new"] == "OP4")
    assert op4["old"] == "OP2" and op4["status"] == "modified" and op4["renumbered"] is True
    assert op4["moved"] is False and 0.8 < op4["similarity"] <= 1.0 and op4["note"] == "check"
    assert all(kind in ("equal", "delete", "insert") for kind, *_ in op4["diff"])
    assert d["summary"] == {"unchanged": 5, "modified": 14, "added": 12, "deleted": 1, "moved": 2,
                            "renumbered": 3, "split": 0, "merged": 0, "verb_changes": 0}
    assert d["citations"] == {"added": ["A/HRC/43/31"], "removed": []}
    vote = next(m for m in d["metadata_changes"] if m["field"] == "vote")
    assert (vote["old"], vote["new"]) == ("28/1/17", "23/16/8")
    favour = next(m for m in d["metadata_changes"] if m["field"] == "vote.in_favour")
    assert "阿根廷" in favour["added"] and "中国" in favour["removed"]


def test_notices_of_how_a_text_was_read_are_exported():
    from viewer.model import parse_resolution
    from viewer.model.serialize import resolution_to_dict
    from .helpers import raw
    # Only the preamble of 43/21 (everything before OP1): read, and said so in the JSON.
    text = raw("hrc-43-21-adopted")
    preamble = text[:text.index("\n 1.")] if "\n 1." in text else text[:text.index("1.")]
    d = resolution_to_dict(parse_resolution(preamble, "pp.txt"))
    assert d["notices"] == ["preamble_only"]
    assert resolution_to_dict(seed("hrc-43-21-adopted"))["notices"] == []
