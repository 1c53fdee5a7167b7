"""Loading, parsing, comparing and exporting off the GUI thread.

One background thread (a QThreadPool of size 1, so the jieba segmenter is never used by two
threads at once) runs jobs in order. Every job gets a generation number; when a newer job of
the same *lane* has been submitted, an older job is skipped before it starts and its result is
dropped when it arrives, so a burst of option changes ends with exactly one comparison shown.
Option changes are debounced by the caller with a single-shot QTimer.

A job that goes stale while it runs (cancelled, or superseded by a newer job of its lane) is
stopped, not only discarded: each job runs inside a ``cancel_scope`` whose check is "am I
stale?", which the engine polls; the job then ends with ``Cancelled`` and ``stopped(lane)``.
"""
from __future__ import annotations

import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..model import InputError
from ..model.cancel import Cancelled, cancel_scope


class _Signals(QObject):
    done = Signal(str, int, object)        # lane, generation, result
    failed = Signal(str, int, object)      # lane, generation, exception
    progress = Signal(str, int, str)       # lane, generation, stage
    stopped = Signal(str, int)             # lane, generation: cancelled part-way, no result


class _Job(QRunnable):
    def __init__(self, worker: "Worker", lane: str, generation: int, fn: Callable):
        super().__init__()
        self.setAutoDelete(True)
        self.worker, self.lane, self.generation, self.fn = worker, lane, generation, fn

    def run(self):
        signals = self.worker.signals
        if self.worker.is_stale(self.lane, self.generation):
            return
        stale = lambda: self.worker.is_stale(self.lane, self.generation)  # noqa: E731
        try:
            with cancel_scope(stale):
                result = self.fn(lambda stage: signals.progress.emit(self.lane, self.generation, stage))
        except Cancelled:
            signals.stopped.emit(self.lane, self.generation)
        except InputError as exc:
            signals.failed.emit(self.lane, self.generation, exc)
        except BaseException as exc:  # noqa: BLE001 - reported in a dialog, never a crash
            exc.traceback_text = traceback.format_exc()
            signals.failed.emit(self.lane, self.generation, exc)
        else:
            signals.done.emit(self.lane, self.generation, result)


class Worker(QObject):
    """Runs ``fn(report)`` in the background; ``report(stage)`` shows progress.

    ``finished(lane, result)`` / ``failed(lane, exc)`` are emitted in the GUI thread, only for the
    newest job of a lane. ``busy_changed(bool)`` drives the progress indicator.
    """

    finished = Signal(str, object)
    failed = Signal(str, object)
    stopped = Signal(str)          # a cancelled or superseded job stopped part-way (no result)
    progress = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.signals = _Signals()
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.signals.progress.connect(self._progress)
        self.signals.stopped.connect(lambda lane, _generation: self.stopped.emit(lane))
        self._latest: dict[str, int] = {}
        self._running: set[str] = set()
        self._counter = 0

    def submit(self, lane: str, fn: Callable) -> int:
        """Queue ``fn`` in ``lane`` ('compare', 'export' …); returns its generation."""
        self._counter += 1
        self._latest[lane] = self._counter
        was_busy = bool(self._running)
        self._running.add(lane)
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(_Job(self, lane, self._counter, fn))
        return self._counter

    def cancel(self, lane: str) -> None:
        """Stop the job of ``lane``: a running comparison stops at its next cancel check, a
        queued one never starts; nothing of it is shown."""
        self._counter += 1
        self._latest[lane] = self._counter
        self._finish(lane)

    def is_stale(self, lane: str, generation: int) -> bool:
        return self._latest.get(lane) != generation

    def busy(self, lane: str | None = None) -> bool:
        return bool(self._running) if lane is None else lane in self._running

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queue is empty (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

    def _finish(self, lane: str) -> None:
        if lane in self._running:
            self._running.discard(lane)
            if not self._running:
                self.busy_changed.emit(False)

    def _done(self, lane: str, generation: int, result) -> None:
        if self.is_stale(lane, generation):
            return
        self._finish(lane)
        self.finished.emit(lane, result)

    def _failed(self, lane: str, generation: int, exc) -> None:
        if self.is_stale(lane, generation):
            return
        self._finish(lane)
        self.failed.emit(lane, exc)

    def _progress(self, lane: str, generation: int, stage: str) -> None:
        if not self.is_stale(lane, generation):
            self.progress.emit(lane, stage)
