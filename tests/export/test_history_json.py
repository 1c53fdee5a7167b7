"""The history JSON: versions, adjacent steps with every pair tied to its lineage, lineages with
events and verb history; written atomically, JSON only for three or more versions."""
from __future__ import annotations

import json

import pytest

from viewer.export.history_json import export_history, to_bytes
from viewer.model import InputError, comparison_to_dict, parse_resolution
from viewer.model.history import History

from export_helpers import DATA

FAMILY = ("ga-75-180-adopted", "hrc-23-3-adopted", "hrc-44-draft")


@pytest.fixture(scope="module")
def history():
    return History([parse_resolution((DATA / f"{n}.zh.txt").read_text(encoding="utf-8"), n)
                    for n in FAMILY])


@pytest.fixture(scope="module")
def data(history):
    notes = {("v3", "v1"): {"OP7>OP5": "敦促 stays"}}
    return json.loads(to_bytes(history, notes).decode("utf-8"))


def test_versions_in_date_order(data):
    assert data["type"] == "history" and data["schema"] == 1 and data["ordering"] == "date"
    assert [(v["key"], v["label"], v["date"]) for v in data["versions"]] == [
        ("v2", "A/HRC/RES/23/3", "2013-06-13"), ("v3", "44/… (draft)", "2020-06-30"),
        ("v1", "A/RES/75/180", "2020-12-16")]
    assert [v["date_from"] for v in data["versions"]] == ["document", "session", "document"]
    assert data["versions"][0]["resolution"]["metadata"]["number"] == "23/3"


def test_steps_hold_the_pairwise_comparisons(history, data):
    assert [(s["old"], s["new"]) for s in data["steps"]] == [("v2", "v3"), ("v3", "v1")]
    step_notes = [{}, {"OP7>OP5": "敦促 stays"}]
    for step, comp, notes in zip(data["steps"], history.steps, step_notes):
        two = comparison_to_dict(comp, notes)
        assert [{k: v for k, v in p.items() if k != "lineage"} for p in step["pairs"]] == two["pairs"]
        assert step["summary"] == two["summary"] and step["renumbering"] == two["renumbering"]
    note = [p for p in data["steps"][1]["pairs"] if p["old"] == "OP7"][0]
    assert note["note"] == "敦促 stays" and note["new"] == "OP5"


def test_every_pair_names_its_lineage_and_lineages_name_versions_by_key(data):
    lineages = {lin["id"]: lin for lin in data["lineages"]}
    for k, step in enumerate(data["steps"]):
        for pair in step["pairs"]:
            members = {m["version"]: m["ids"] for m in lineages[pair["lineage"]]["members"]}
            assert set(pair["old_ids"]) <= set(members[step["old"]])
            assert set(pair["new_ids"]) <= set(members[step["new"]])
    urge = [lin for lin in data["lineages"] if lin["label"] == "OP4 → OP7 → OP5"][0]
    assert urge["verb_path"] == "促请 → 敦促" and urge["introduced"] == "v2" and urge["dropped"] is None
    assert [e for e in urge["events"] if e["kind"] == "verb"] == [
        {"version": "v3", "kind": "verb", "old": ["OP4"], "new": ["OP7"],
         "verb": {"old": "促请", "new": "敦促", "direction": "different"}}]
    assert urge["verbs"][0] == {"version": "v2", "verbs": [{"verb": "促请", "scale": "request",
                                                             "strength": 3}]}
    funds = [lin for lin in data["lineages"] if lin["label"] == "OP16 → OP23 → —"][0]
    assert funds["dropped"] == "v1" and funds["members"][2] == {"version": "v1", "ids": []}
    s = data["summary"]
    assert s["versions"] == 3 and s["lineages"] == len(data["lineages"])
    assert s["throughout"] + s["introduced_later"] + sum(
        1 for lin in data["lineages"] if lin["introduced"] == "v2" and lin["dropped"]) == s["lineages"]


def test_export_writes_json_and_the_report_and_refuses_other_formats(history, tmp_path):
    out = export_history(history, tmp_path / "history.json")
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "history"
    # .html and .pdf are the history report (viewer.export.history_report)
    page = export_history(history, tmp_path / "history.html", language="en").read_text(
        encoding="utf-8")
    assert "<del>" in page and "<ins>" in page and "History of a resolution across" in page
    assert export_history(history, tmp_path / "history.pdf").read_bytes().startswith(b"%PDF")
    for name in ("history.docx", "history"):
        with pytest.raises(InputError) as info:
            export_history(history, tmp_path / name)
        assert info.value.code == "history_format"
        assert "可导出为 .json、.html 或 .pdf" in info.value.message("zh")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.html", "history.json",
                                                          "history.pdf"]
