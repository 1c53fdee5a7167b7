"""Cancelling a comparison in the worker stops the computation itself, not only its result."""
from __future__ import annotations

import threading

from viewer.model import Cancelled, compare, parse_resolution
from viewer.model.cancel import cancel_scope
from viewer.ui.worker import Worker

from synthetic import make_pair


def _large_pair():
    old_text, new_text = make_pair(300)
    return parse_resolution(old_text, "old.txt"), parse_resolution(new_text, "new.txt")


def test_cancel_stops_a_running_comparison(qtbot):
    old, new = _large_pair()
    worker = Worker()
    started, go = threading.Event(), threading.Event()
    completed, finished, stopped, failed = [], [], [], []
    worker.finished.connect(lambda lane, result: finished.append(result))
    worker.failed.connect(lambda lane, exc: failed.append(exc))
    worker.stopped.connect(stopped.append)

    def job(report):
        started.set()
        go.wait(30)                     # the job is running when it is cancelled
        result = compare(old, new)
        completed.append(result)
        return result

    worker.submit("compare", job)
    assert started.wait(30)
    worker.cancel("compare")
    assert not worker.busy("compare")
    go.set()
    qtbot.waitUntil(lambda: bool(stopped), timeout=60_000)
    assert worker.wait(60_000)
    assert stopped == ["compare"]
    assert completed == [] and finished == [] and failed == []   # stopped part-way, no result


def test_a_newer_job_stops_the_older_one_and_shows_only_its_result(qtbot):
    old, new = _large_pair()
    worker = Worker()
    started, go = threading.Event(), threading.Event()
    finished, stopped = [], []
    worker.finished.connect(lambda lane, result: finished.append(result))
    worker.stopped.connect(stopped.append)

    def slow(report):
        started.set()
        go.wait(30)
        return compare(old, new)

    worker.submit("compare", slow)
    assert started.wait(30)
    worker.submit("compare", lambda report: "newest")
    go.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    assert worker.wait(60_000)
    assert stopped == ["compare"] and finished == ["newest"]


def test_the_uncancelled_comparison_runs_to_its_result(qtbot):
    old, new = _large_pair()
    worker = Worker()
    finished = []
    worker.finished.connect(lambda lane, result: finished.append(result))
    worker.submit("compare", lambda report: compare(old, new))
    qtbot.waitUntil(lambda: bool(finished), timeout=120_000)
    assert len(finished[0].pairs) > 300


def test_cancel_scope_reaches_compare_outside_the_worker():
    old, new = _large_pair()
    try:
        with cancel_scope(lambda: True):
            compare(old, new)
    except Cancelled:
        pass
    else:
        raise AssertionError("compare ignored its cancel scope")
