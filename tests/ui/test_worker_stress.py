"""The import and export workers under stress: hundreds of jobs through the real dialogs,
cancelled, closed and deleted at random moments, with a window closed in the middle of a job
now and then. A crash (the issue's segmentation fault and bus error) ends the run with every
thread's stack (faulthandler); a hang is ended the same way by a watchdog.

The moments are conditions, never sleeps: at once, after a few turns of the event loop, at
the first progress report, when the result arrives (before the dialog's ``on_finished``), at
the job's ``finished`` (after it, before the worker is released), or once released.

The seed is printed (``ANNOTATOR_STRESS_SEED=...``) and can be set in that variable to run
the same sequence again; ``ANNOTATOR_STRESS_CYCLES`` sets the number of cycles.
"""

from __future__ import annotations

import faulthandler
import json
import os
import random
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import delete, isValid

from annotator.core.model import Document
from annotator.core.store import Project

CYCLES = int(os.environ.get("ANNOTATOR_STRESS_CYCLES", "300"))
WINDOWS = 3  # a new project and window every CYCLES // WINDOWS cycles (the old one closed mid-job)
MOMENTS = ("start", "events", "progress", "result", "finished", "released")
ACTIONS = ("finish", "finish", "cancel", "escape", "close", "delete_later", "delete_now")
LABELS = ('<img src="/dev/zero">', "<b>人名</b>", "法人&amp;名", '<a href="http://x">地名</a>', "ORGANIZATION")
WAIT_MS = 60000


class _Trigger(QObject):
    """Runs ``act`` once, in the GUI thread, when a worker's signal connected to ``fire`` comes."""

    def __init__(self, act) -> None:
        super().__init__()
        self.act = act
        self.fired = False

    @Slot()
    def fire(self) -> None:
        if not self.fired:
            self.fired = True
            self.act()


def _source(folder: Path, cycle: int, rng: random.Random) -> tuple[Path, int, bool]:
    """A JSONL file of ``n`` documents with ids ``c{cycle}-*``; sometimes with a bad last line."""
    n = rng.randint(1, 60)
    bad = rng.random() < 0.15
    lines = []
    for i in range(n):
        label = rng.choice(LABELS)
        lines.append(json.dumps({"id": f"c{cycle}-{i}", "text": f"😀𠮷野家の文書{i}です。", "entities": [
            {"id": "T1", "start": 1, "end": 4, "label": label, "text": "𠮷野家"}]}, ensure_ascii=False))
    if bad:
        lines.append("not json")
    path = folder / f"in-{cycle % 5}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, n, bad


def _new_window(qtbot, folder: Path, k: int):
    from annotator.ui.main_window import MainWindow

    project = Project.open(folder / f"p{k}.annotator", create=True)
    with project.bulk_import("test") as bulk:
        bulk.add(Document("a", "最初の文書"))
    w = MainWindow(project)  # closed and deleted by the test itself, at random moments
    w.show()
    qtbot.waitExposed(w)
    return w


def _close_window(w) -> None:
    if isValid(w):
        w.close()  # cancels and awaits this window's jobs
        w.project.close()
        w.deleteLater()


def _check_imported(project_path: Path, cycle: int, n: int, refused: bool, seed: int) -> None:
    """All or nothing (nothing when the file has a bad line and invalid records are not skipped)."""
    with Project.open(project_path) as p:
        got = sum(1 for i in p.document_ids() if i.startswith(f"c{cycle}-"))
    assert got in ((0,) if refused else (0, n)), f"cycle {cycle}: {got} of {n} documents (ANNOTATOR_STRESS_SEED={seed})"


def _check_exported(out: Path, cycle: int, seed: int) -> None:
    if out.exists():  # complete, or not there at all
        text = out.read_text(encoding="utf-8")
        # (empty: a claim-sentences export of documents nobody reviewed has no line)
        assert text == "" or text.endswith("\n"), f"cycle {cycle}: a partial export (ANNOTATOR_STRESS_SEED={seed})"
        for line in text.splitlines():
            json.loads(line)


@pytest.mark.slow
def test_import_export_and_cancel_at_random_moments_never_crash(qtbot, tmp_path, capsys):
    from annotator.ui import workers

    seed = int(os.environ.get("ANNOTATOR_STRESS_SEED") or random.SystemRandom().randrange(2**32))
    with capsys.disabled():  # on the terminal at once: a crash loses what pytest captured
        print(f"\n[worker stress] ANNOTATOR_STRESS_SEED={seed} cycles={CYCLES}", file=sys.stderr, flush=True)
        terminal = os.fdopen(os.dup(sys.stderr.fileno()), "w")
    was_enabled = faulthandler.is_enabled()  # pytest's, writing to the terminal
    if not was_enabled:
        faulthandler.enable(file=terminal, all_threads=True)
    faulthandler.dump_traceback_later(600, exit=True, file=terminal)  # a hang ends with the stacks
    rng = random.Random(seed)
    exports = tmp_path / "exports"
    exports.mkdir()
    k = 0
    w = _new_window(qtbot, tmp_path, k)
    tally: dict[str, int] = {}
    try:
        for cycle in range(CYCLES):
            if cycle and cycle % max(1, CYCLES // WINDOWS) == 0:
                k += 1
                old, w = w, None
                _close_window(old)
                w = _new_window(qtbot, tmp_path, k)
            kind = rng.choice(("import", "import", "export", "both"))
            moment, action = rng.choice(MOMENTS), rng.choice(ACTIONS)
            close_window = rng.random() < 0.02 and moment in ("start", "events", "progress")
            tally[action] = tally.get(action, 0) + 1
            dialogs, jobs = [], []
            project_path = w.project.path
            if kind in ("import", "both"):
                src, n, bad = _source(tmp_path, cycle, rng)
                d = w.open_import([src])
                skip = rng.random() < 0.2
                d.skip_invalid.setChecked(skip)
                d.start_import()
                dialogs.append(d)
                jobs.append(d._worker)
            if kind in ("export", "both"):
                out = exports / f"out-{cycle % 4}.jsonl"
                e = w.open_export()
                e.output.setText(str(out))
                e.format.setCurrentIndex(rng.randrange(2))
                e.start_export()
                dialogs.append(e)
                jobs.append(e._worker)
            assert None not in jobs, [d.message.text() for d in dialogs]  # every job started
            target = rng.choice(dialogs)
            job = jobs[dialogs.index(target)]

            def act(target=target, action=action) -> None:
                if not isValid(target):
                    return
                if action == "cancel":
                    target.cancel.click()
                elif action == "escape":
                    target.reject()
                elif action == "close":
                    target.close()
                elif action == "delete_later":
                    target.deleteLater()
                elif action == "delete_now":
                    delete(target)

            trigger = _Trigger(act)
            if moment == "start":
                trigger.fire()
            elif moment == "events":
                for _ in range(rng.randint(1, 8)):
                    QApplication.processEvents()
                trigger.fire()
            elif moment == "progress":
                job.progressed.connect(trigger.fire)
                job.finished.connect(trigger.fire)  # a job too short to report progress
            elif moment == "result":
                for signal in (job.succeeded, job.failed, job.cancelled):
                    signal.connect(trigger.fire)
            elif moment == "finished":
                job.finished.connect(trigger.fire)
            if close_window:
                qtbot.waitUntil(lambda t=trigger: t.fired or not workers.running_jobs(), timeout=WAIT_MS)
                k += 1
                old, w = w, None
                _close_window(old)  # in the middle of the job: cancelled and awaited
                assert not workers.running_jobs()
                w = _new_window(qtbot, tmp_path, k)
            qtbot.waitUntil(lambda: not workers.pending_jobs(), timeout=WAIT_MS)  # every job ended and released
            if not trigger.fired:  # "released", or a job that ended before the trigger was connected
                trigger.fire()
                qtbot.waitUntil(lambda: not workers.pending_jobs(), timeout=WAIT_MS)
            del jobs, job  # released: the reaper has deleted them
            if kind in ("import", "both"):
                _check_imported(project_path, cycle, n, bad and not skip, seed)
            if kind in ("export", "both"):
                _check_exported(out, cycle, seed)
            where = f"cycle {cycle}: {kind}, {action} at {moment} (ANNOTATOR_STRESS_SEED={seed})"
            for d in dialogs:  # the ones still there: idle, and closable
                if isValid(d) and d.isVisible():
                    assert not d.running(), where
                    d.reject()
                    assert not d.isVisible(), where
    finally:
        if w is not None:
            _close_window(w)
        faulthandler.cancel_dump_traceback_later()
        if not was_enabled:
            faulthandler.disable()
        terminal.close()
    assert CYCLES < 100 or set(tally) == set(ACTIONS), tally
    leftovers = sorted(p.name for p in exports.iterdir() if not p.name.startswith("out-"))
    assert not leftovers, f"temporary files left behind: {leftovers} (ANNOTATOR_STRESS_SEED={seed})"


# -- the mechanism itself, step by step ------------------------------------------------------


def _main() -> bool:
    return threading.current_thread() is threading.main_thread()


class _View(QDialog):
    """A JobView that writes down what it is told, and in which thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calls: list[tuple] = []

    @Slot(int)
    def on_progress(self, n: int) -> None:
        self.calls.append(("progress", n, _main()))

    @Slot(object)
    def on_success(self, result: object) -> None:
        self.calls.append(("success", result, _main()))

    @Slot(list)
    def on_failure(self, problems: list[str]) -> None:
        self.calls.append(("failure", problems, _main()))

    @Slot()
    def on_cancel(self) -> None:
        self.calls.append(("cancel", _main()))

    @Slot()
    def on_finished(self) -> None:
        self.calls.append(("finished", _main()))


def _gate(outcomes: list[str]):
    """A worker that reports once, then waits for ``go`` (or a cancel) before its last check."""
    from annotator.ui.workers import Cancelled, Worker

    class Gate(Worker):
        def __init__(self) -> None:
            super().__init__()
            self.go = threading.Event()

        @Slot()
        def cancel(self) -> None:
            super().cancel()
            self.go.set()

        def work(self, check):
            check(1)
            self.go.wait(60)
            try:
                check(2)
            except Cancelled:
                outcomes.append("cancelled")
                raise
            outcomes.append("done")
            return "result"

    return Gate()


def test_a_job_reports_in_order_in_the_gui_thread_and_its_worker_dies_there(qtbot):
    from annotator.ui import workers

    outcomes: list[str] = []
    view = _View()
    job = _gate(outcomes)
    deleted: list[bool] = []
    job.destroyed.connect(lambda: deleted.append(_main()))
    job.start(view)
    qtbot.waitUntil(lambda: bool(view.calls))
    assert job.running() and workers.running_jobs() == [job]
    job.go.set()
    qtbot.waitUntil(lambda: not workers.pending_jobs() and bool(deleted))
    assert view.calls == [("progress", 1, True), ("success", "result", True), ("finished", True)]
    assert outcomes == ["done"] and deleted == [True]  # deleted in the GUI thread, by the reaper
    view.deleteLater()


def test_deleting_the_view_cancels_its_job_and_nothing_reaches_it(qtbot):
    from annotator.ui import workers

    outcomes: list[str] = []
    view = _View()
    job = _gate(outcomes)
    job.start(view)
    qtbot.waitUntil(lambda: bool(view.calls))
    delete(view)  # the dialog goes while its job waits: the job is cancelled
    qtbot.waitUntil(lambda: not workers.pending_jobs())
    assert outcomes == ["cancelled"]


def test_closing_a_window_cancels_and_awaits_the_jobs_of_its_dialogs(qtbot):
    from annotator.ui import workers

    window = QWidget()
    outcomes: list[str] = []
    mine, other = _View(window), _View()
    job, elsewhere = _gate(outcomes), _gate(outcomes)
    job.start(mine)
    elsewhere.start(other)
    qtbot.waitUntil(lambda: bool(mine.calls and other.calls))
    assert workers.stop_jobs(window, timeout_ms=30000)  # returns once the job's thread has returned
    assert outcomes == ["cancelled"] and not job.running() and elsewhere.running()
    elsewhere.go.set()
    qtbot.waitUntil(lambda: not workers.pending_jobs())
    assert outcomes == ["cancelled", "done"]
    assert mine.calls[-2:] == [("cancel", True), ("finished", True)]
    window.deleteLater()
    other.deleteLater()


def test_a_worker_is_started_from_the_gui_thread_only(qtbot):
    from annotator.ui import workers

    job, view = _gate([]), _View()
    failures: list[Exception] = []

    def start() -> None:
        try:
            job.start(view)
        except RuntimeError as exc:
            failures.append(exc)

    thread = threading.Thread(target=start)
    thread.start()
    thread.join()
    assert failures and not workers.pending_jobs() and not job.running()
    job.deleteLater()
    view.deleteLater()
