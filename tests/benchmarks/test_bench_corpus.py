"""The window on a corpus-sized project (issue 10): 100,000 documents, about a million entities.

The project is generated once per session (``corpus.py``: Stockmark sentences recombined, ten
entities per document, one document with 10,000 entities) and checked once with
``annotator check``. Every figure goes through what a user has: the ``annotator gui`` command
for start-up, key presses on the real window for the rest (in a child process, offscreen),
driven only by keys, object names (``documentFilter``, ``documentList``, ``textView``) and
``MainWindow(Project.open(path))``. A key press is timed until what it changes is on screen
(the view repainted, or the list holding the filter's result and repainted: ``*_shown_*``) and
then until the events it queued are processed too (``*_p50_ms``, ``*_p95_ms``: the budgets),
as work left queued after the repaint, a list's relayout for one, blocks the next key press as
much. The loops wait for those conditions; they never sleep.

Budgets (issue 10):

- start to the first painted frame: at most 1.5 x the same on the demo project, measured in
  the same run (median of ``ANNOTATOR_BENCH_STARTS`` starts each, interleaved, fresh settings);
- Alt+Down (next document): p95 at most 16 ms;
- a keystroke in the document filter: p95 at most 50 ms;
- on the document with 10,000 entities: undo and redo p95 at most 16 ms, the label key and a
  claim attribute key p95 at most 8 ms.

Each figure is measured up to 200 times, or for ``ANNOTATOR_BENCH_SECONDS`` (45 s) once at
least 10 samples are in (undo and redo: rounds of 20, at least one): a slow window still gives
its figures in minutes, not hours.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.benchmarks._util import report, run_child
from tests.benchmarks.corpus import DENSE_ID, Corpus, build_corpus
from tests.conftest import STOCKMARK, annotator_cmd

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("ANNOTATOR_BENCH_STARTS", "7"))
SECONDS = float(os.environ.get("ANNOTATOR_BENCH_SECONDS", "45"))
SAMPLES = 200
MIN_SAMPLES = 10
#: Label presses per round on the dense document; each round then undoes and redoes them, so
#: every undone entity is still on screen (its repaint is what the undo is timed to).
ROUND = 20

# -- the child process -------------------------------------------------------------------

PRELUDE = textwrap.dedent("""
    import json, os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QLineEdit
    app = QApplication([])
    app.setOrganizationName("annotator-bench"); app.setApplicationName("annotator-bench")
    QSettings().clear()
    from annotator.core.store import Project
    from annotator.ui.main_window import MainWindow

    LIMIT_S = 120.0  # one key press that takes longer is a hang: the child says so and stops

    class Paints(QObject):
        \"\"\"Counts the paint events of a widget (an event filter: no attribute of the window).\"\"\"
        def __init__(self, widget):
            super().__init__(widget)
            self.count = 0
            widget.installEventFilter(self)
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    def percentile(values, q):
        values = sorted(values)
        return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]

    def summary(name, samples):
        \"\"\"Percentiles of (to the result shown, to the events processed) pairs: the budget is on the second.\"\"\"
        idle = [b for _, b in samples]
        shown = [a for a, _ in samples]
        return {f"{name}_samples": len(samples), f"{name}_p50_ms": percentile(idle, 50) * 1e3,
                f"{name}_p95_ms": percentile(idle, 95) * 1e3, f"{name}_max_ms": max(idle) * 1e3,
                f"{name}_shown_p50_ms": percentile(shown, 50) * 1e3,
                f"{name}_shown_p95_ms": percentile(shown, 95) * 1e3}

    def until(condition, what):
        t0 = time.perf_counter()
        while not condition():
            app.processEvents()
            if time.perf_counter() - t0 > LIMIT_S:
                what = what() if callable(what) else what
                raise SystemExit(f"{what}: not after {LIMIT_S:.0f} s")

    def timed(send, done, what):
        \"\"\"Seconds from the key event to its result shown (done() holds), and to the events
        it queued processed too: (shown, idle).

        The marker is a zero-interval timer started right after the key event: it fires after
        every zero-interval timer the key's handler started (deferred updates); the last
        processEvents() delivers what those posted or started in turn (a list's delayed
        layout...): work that blocks the next key press as much as the handler's own.
        \"\"\"
        fired = []
        marker = QTimer()
        marker.setSingleShot(True)
        marker.setInterval(0)
        marker.timeout.connect(lambda: fired.append(True))
        t0 = time.perf_counter()
        send()
        marker.start()
        while not (fired and done()):
            app.processEvents()
            if time.perf_counter() - t0 > LIMIT_S:
                what = what() if callable(what) else what
                raise SystemExit(f"{what}: no result {LIMIT_S:.0f} s after the key press")
        shown = time.perf_counter() - t0
        app.processEvents()
        return shown, time.perf_counter() - t0

    def settle():
        timed(lambda: None, lambda: True, "settle")
        app.processEvents()

    def enough(times):
        \"\"\"All the samples, or the time given to this figure used up with at least a few.\"\"\"
        return len(times) >= P["samples"] or (len(times) >= P["min_samples"]
                                               and sum(idle for _, idle in times) > P["seconds"])

    t0 = time.perf_counter()
    w = MainWindow(Project.open(P["path"]))
    w.resize(1280, 800)
    w.show()
    w.raise_()
    w.activateWindow()
    view = w.findChild(QAbstractScrollArea, "textView")
    doc_list = w.findChild(QAbstractItemView, "documentList")
    doc_filter = w.findChild(QLineEdit, "documentFilter")
    if view is None or doc_list is None or doc_filter is None:
        raise SystemExit(f"no textView ({view}), documentList ({doc_list}) or documentFilter ({doc_filter})")
    view_paints = Paints(view.viewport())
    list_paints = Paints(doc_list.viewport())
    until(lambda: w.isActiveWindow() and view_paints.count > 0, "the window active and painted")
    settle()
    open_s = time.perf_counter() - t0

    def current_row():
        return str(doc_list.currentIndex().data() or "")

    def rows():
        return doc_list.model().rowCount()
""")

NEXT_DOCUMENT = textwrap.dedent("""
    first = current_row()
    times = []
    while not enough(times):
        before = view_paints.count
        times.append(timed(lambda: QTest.keyClick(w, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                           lambda: view_paints.count > before, "Alt+Down"))
    print(json.dumps({"open_window_s": open_s, "documents_in_list": rows(), "first_row": first,
                      "last_row": current_row(), **summary("alt_down", times), "peak_rss_mb": _peak_rss_mb()}))
""")

FILTER = textwrap.dedent("""
    QTest.mouseClick(doc_filter, Qt.MouseButton.LeftButton)
    until(doc_filter.hasFocus, "the filter focused")
    times = []
    while not enough(times):
        for key, expected in P["plan"]:
            before = list_paints.count
            if key == "backspace":
                send = lambda: QTest.keyClick(doc_filter, Qt.Key.Key_Backspace)
            else:
                send = lambda: QTest.sendKeyEvent(QTest.KeyAction.Click, doc_filter, Qt.Key.Key_unknown, key,
                                                  Qt.KeyboardModifier.NoModifier)
            times.append(timed(send, lambda: rows() == expected and list_paints.count > before,
                               lambda: f"filter key {key!r}: the list shows {rows()} rows, expected {expected}"))
    print(json.dumps({"open_window_s": open_s, "documents_in_list": rows(), **summary("filter_key", times),
                      "peak_rss_mb": _peak_rss_mb()}))
""")

DENSE_EDITS = textwrap.dedent("""
    # Open the dense document from the list: filter by its id, choose the one row, clear the filter.
    QTest.mouseClick(doc_filter, Qt.MouseButton.LeftButton)
    before = view_paints.count
    QTest.keyClicks(doc_filter, P["dense_id"])
    until(lambda: rows() == 1, lambda: f"the filter showing {P['dense_id']} alone ({rows()} rows)")
    doc_list.setFocus()
    QTest.keyClick(doc_list, Qt.Key.Key_Home)
    QTest.keyClick(doc_list, Qt.Key.Key_Return)
    until(lambda: P["dense_id"] in current_row() and view_paints.count > before,
          lambda: f"{P['dense_id']} opened from the list (current row {current_row()!r})")
    QTest.mouseClick(doc_filter, Qt.MouseButton.LeftButton)
    QTest.keyClick(doc_filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(doc_filter, Qt.Key.Key_Backspace)
    until(lambda: rows() == P["documents"], lambda: f"the whole list back ({rows()} rows)")
    settle()
    view.setFocus()
    until(view.hasFocus, "the text view focused")

    def key(k):
        QTest.keyClick(view, k)
        settle()

    def press_timed(k, mod, target, what):
        before = view_paints.count
        return timed(lambda: QTest.keyClick(target, k, mod), lambda: view_paints.count > before, what)

    label, undo, redo = [], [], []
    free = 0  # the next free morpheme: the (2 * free + 1)-th of the document
    NO = Qt.KeyboardModifier.NoModifier
    CTRL = Qt.KeyboardModifier.ControlModifier
    while not enough(label):
        key(Qt.Key.Key_Home)
        for _ in range(2 * free + 1):
            key(Qt.Key.Key_Right)
        for _ in range(P["round"]):
            label.append(press_timed(Qt.Key.Key_1, NO, view, f"label key on free morpheme {free}"))
            free += 1
            key(Qt.Key.Key_Right)
            key(Qt.Key.Key_Right)
        if not enough(undo):  # the round's entities, all on screen: undone, then redone
            for _ in range(P["round"]):
                undo.append(press_timed(Qt.Key.Key_Z, CTRL, w, "Ctrl+Z"))
            for _ in range(P["round"]):
                redo.append(press_timed(Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier, w, "Ctrl+Shift+Z"))

    # A claim on the last sentence, then its type changed back and forth (q, p: two types).
    key(Qt.Key.Key_End)
    create = press_timed(Qt.Key.Key_C, NO, view, "C (create a claim)")
    key(Qt.Key.Key_Q)
    key(Qt.Key.Key_P)
    claim = []
    while not enough(claim):
        k = Qt.Key.Key_Q if len(claim) % 2 == 0 else Qt.Key.Key_P
        claim.append(press_timed(k, NO, view, "claim type key"))
    print(json.dumps({"open_window_s": open_s, "label_presses": len(label), "claim_create_ms": create[1] * 1e3,
                      **summary("label_key", label), **summary("undo", undo), **summary("redo", redo),
                      **summary("claim_key", claim), "peak_rss_mb": _peak_rss_mb()}))
""")


def window_child(corpus: Corpus, body: str, **params: object) -> dict:
    params = {"path": str(corpus.path), "documents": corpus.documents, "dense_id": corpus.dense_id,
              "samples": SAMPLES, "min_samples": MIN_SAMPLES, "seconds": SECONDS, "round": ROUND, **params}
    return run_child(f"import json\nP = json.loads({json.dumps(params, ensure_ascii=False)!r})\n" + PRELUDE + body,
                     timeout=3600)


def corpus_figures(corpus: Corpus) -> dict:
    return {"documents": corpus.documents, "entities": corpus.entities, "text": corpus.source}


def over_budget(result: dict, budgets: dict[str, float]) -> list[str]:
    return [f"{name} {result[name]:.1f} ms > {limit:g} ms" for name, limit in budgets.items()
            if result[name] > limit]


# -- the project ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Built once per session (under a minute) and checked by ``annotator check`` once."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.annotator"
    built = build_corpus(path, STOCKMARK if STOCKMARK.is_file() else None)
    t0 = time.perf_counter()
    res = subprocess.run([*annotator_cmd(), "check", str(path)], capture_output=True, text=True, timeout=600)
    check_s = time.perf_counter() - t0
    assert res.returncode == 0, f"annotator check: {res.stdout}{res.stderr}"
    report("corpus_project", {**corpus_figures(built), "dense_document_entities": built.dense_entities,
                              "dense_document_characters": built.dense_characters,
                              "file_MB": round(path.stat().st_size / 1e6, 1), "build_s": round(built.build_s, 1),
                              "annotator_check_s": round(check_s, 1)})
    return built


# -- start-up --------------------------------------------------------------------------------


def _time_to_paint(cmd: list[str], env: dict[str, str]) -> float:
    """From spawning ``cmd`` to its line saying the first frame is painted; then it must exit."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    assert proc.stderr is not None
    elapsed = None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if "first frame painted" in line and elapsed is None:
            elapsed = time.perf_counter() - t0
    proc.wait(timeout=300)
    if elapsed is None or proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: status {proc.returncode}, painted: {elapsed is not None}\n"
                           + "".join(lines[-20:]))
    return elapsed


def test_start_to_first_paint_against_the_demo_project(corpus: Corpus, tmp_path: Path) -> None:
    base = {k: v for k, v in os.environ.items() if not k.startswith("ANNOTATOR_")}
    base.update(QT_QPA_PLATFORM="offscreen", ANNOTATOR_QUIT_AFTER_PAINT="1", HOME=str(tmp_path),
                ANNOTATOR_DATA_DIR=str(tmp_path / "data"), XDG_DATA_HOME=str(tmp_path / "xdg-data"),
                XDG_CACHE_HOME=str(tmp_path / "cache"), ANNOTATOR_USER="bench")
    programs = {"demo": [*annotator_cmd(), "gui"], "corpus": [*annotator_cmd(), "gui", str(corpus.path)]}
    runs = iter(range(10**6))

    def fresh_settings() -> dict[str, str]:
        config = tmp_path / f"config-{next(runs)}"
        return {**base, "ANNOTATOR_CONFIG_DIR": str(config / "annotator"), "XDG_CONFIG_HOME": str(config)}

    # bytecode as a user's start finds it (this machine sets PYTHONDONTWRITEBYTECODE)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "annotator")], check=True)
    for cmd in programs.values():  # first run: makes the demo project, fills the page cache
        _time_to_paint(cmd, fresh_settings())
    times: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(RUNS):
        for name, cmd in programs.items():
            times[name].append(_time_to_paint(cmd, fresh_settings()))
    med = {name: statistics.median(ts) for name, ts in times.items()}
    ratio = med["corpus"] / med["demo"]
    report("corpus_startup", {**corpus_figures(corpus), "runs": RUNS, "demo_median_s": round(med["demo"], 3),
                              "corpus_median_s": round(med["corpus"], 3),
                              "corpus_min_s": round(min(times["corpus"]), 3), "corpus_over_demo": round(ratio, 2),
                              "budget_corpus_over_demo": 1.5})
    assert ratio <= 1.5, (f"first paint on the corpus {med['corpus']:.3f} s = {ratio:.2f} x the demo project's "
                          f"{med['demo']:.3f} s (budget 1.5 x)")


# -- the window --------------------------------------------------------------------------------


def test_next_document_alt_down(corpus: Corpus) -> None:
    result = window_child(corpus, NEXT_DOCUMENT)
    report("corpus_alt_down", {**corpus_figures(corpus), **result, "budget_p95_ms": 16})
    assert "doc000000" in result["first_row"], result["first_row"]
    assert f"doc{result['alt_down_samples']:06d}" in result["last_row"], result  # one document per press
    assert result["alt_down_p95_ms"] <= 16, f"Alt+Down p95 {result['alt_down_p95_ms']:.1f} ms > 16 ms"


def _filter_plan(path: Path, documents: int) -> tuple[list[str], list[tuple[str, int]]]:
    """Words to type and delete, key by key, with the rows each state must show (counted in the
    file). Each key changes the count, so the wait can tell the new result from the old one."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def count(needle: str) -> int:
        if not needle:
            return documents
        return conn.execute("SELECT count(*) FROM documents WHERE instr(id, ?) > 0 OR instr(text, ?) > 0",
                            (needle, needle)).fetchone()[0]

    words, plan = [], []
    for word in ("東京", "日本", "大学", "株式会社", "アメリカ", "選手", "会社"):
        counts = [count(word[:n]) for n in range(len(word) + 1)]
        if counts[-1] > 0 and all(a != b for a, b in itertools.pairwise(counts)):
            words.append(word)
            plan += [(ch, c) for ch, c in zip(word, counts[1:], strict=True)]
            plan += [("backspace", c) for c in reversed(counts[:-1])]
        if len(words) == 3:
            break
    conn.close()
    assert words, "no word of the candidates suits the corpus"
    return words, plan


def test_filter_keystroke(corpus: Corpus) -> None:
    words, plan = _filter_plan(corpus.path, corpus.documents)
    result = window_child(corpus, FILTER, plan=plan)
    report("corpus_filter", {**corpus_figures(corpus), "typed": " ".join(words), "keys_per_round": len(plan),
                             **result, "budget_p95_ms": 50})
    assert result["filter_key_p95_ms"] <= 50, f"filter keystroke p95 {result['filter_key_p95_ms']:.1f} ms > 50 ms"


def _dense_entities(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM entities WHERE doc = (SELECT rowid FROM documents WHERE id = ?)",
                            (DENSE_ID,)).fetchone()[0]
    finally:
        conn.close()


def test_edits_on_the_dense_document(corpus: Corpus) -> None:
    before = _dense_entities(corpus.path)
    result = window_child(corpus, DENSE_EDITS)
    after = _dense_entities(corpus.path)
    report("corpus_dense_edits", {**corpus_figures(corpus), "document_entities": before, **result,
                                  "budget_label_key_p95_ms": 8, "budget_claim_key_p95_ms": 8,
                                  "budget_undo_p95_ms": 16, "budget_redo_p95_ms": 16})
    # every label press made an entity of the dense document; every undo was redone
    assert after - before == result["label_presses"], (before, after, result["label_presses"])
    late = over_budget(result, {"label_key_p95_ms": 8, "claim_key_p95_ms": 8, "undo_p95_ms": 16,
                                "redo_p95_ms": 16})
    assert not late, "; ".join(late)
