"""The start page's plain helpers: recent-file labels and the bundled sample pair."""
from __future__ import annotations


def test_recent_labels_name_the_folder_when_names_repeat():
    from viewer.ui.start_page import recent_labels
    entries = [("a.txt  →  b.txt", ("pair", "/x/a.txt", "/x/b.txt"), "tip"),
               ("a.txt  →  b.txt", ("pair", "/y/a.txt", "/y/b.txt"), "tip"),
               ("c.rescompare", ("file", "/z/c.rescompare", ""), "tip")]
    assert [t for t, _, _ in recent_labels(entries)] == [
        "a.txt  →  b.txt   (/x)", "a.txt  →  b.txt   (/y)", "c.rescompare"]


def test_demo_pair_is_recognised():
    from viewer.engine import demo_paths
    from viewer.ui.start_page import is_demo_pair
    assert is_demo_pair(*demo_paths())
    assert not is_demo_pair(demo_paths()[1], demo_paths()[0])
