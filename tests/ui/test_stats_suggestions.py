"""The statistics dock's "Suggestions" tab (issue 13 item 3): each recommender's precision from
the accept/reject decisions as bars, its held-out precision, recall and F1 over time as lines
(one measure at a time, chosen in a combo box) and the latest of each as a line of text,
measured in a worker process after each training and stored in the project; a plain note while
nothing is measured."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Document, Status
from annotator.core.store import Project

from .test_entity_suggestions_window import TAUGHT, entities, make_project, ready, window_on


def suggestions(w) -> dict:
    return w.stats.last_refresh.get("suggestions", {})


def test_a_training_is_measured_and_the_dock_plots_precision_and_f1(qtbot, tmp_path):
    path = tmp_path / "p.annotator"
    make_project(path, copies=2)  # six done documents: one held out
    with window_on(qtbot, path) as w:
        w.stats_dock.show()
        qtbot.waitUntil(lambda: "note" in suggestions(w))
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        w.view.set_cursor(0)
        QTest.keyClick(w.view, Qt.Key.Key_BracketRight)
        QTest.keyClick(w.view, Qt.Key.Key_A)  # 田中 accepted
        QTest.keyClick(w.view, Qt.Key.Key_R)  # 大阪 rejected
        assert w.project.suggestion_decisions() == {"matcher": (1, 1)}
        qtbot.waitUntil(lambda: w.training.measures >= 1 and not w.training.measuring, timeout=60000)
        history = w.project.quality_history()
        assert [q["recommender"] for q in history] == ["matcher"]
        assert history[0]["test_documents"] == 1 and history[0]["train_documents"] == 5
        assert 0 < history[0]["f1"] <= 1 and history[0]["time"] > 0
        qtbot.waitUntil(lambda: "matcher" in suggestions(w).get("f1", {}), timeout=10000)
        qtbot.waitUntil(lambda: suggestions(w)["precision"] == {"matcher": 0.5}, timeout=10000)
        assert suggestions(w)["f1"]["matcher"] == [history[0]["f1"]]
        assert {m: lines["matcher"] for m, lines in suggestions(w)["held_out"].items()} == {
            m: [history[0][m]] for m in ("f1", "precision", "recall")}
        assert plotted(w.stats) == {"matcher": ([history[0]["time"]], [history[0]["f1"]])}
        m = history[0]
        assert w.stats.quality_latest.text() == (
            f"matcher: P {m['precision']:.2f}  R {m['recall']:.2f}  F1 {m['f1']:.2f}  "
            "(held-out documents: 1, trained on: 5)")
        assert suggestions(w)["note"] == ""
        assert w.stats.quality_note.isHidden()
        legend = [label.text for _sample, label in w.stats.quality_legend.items]
        assert legend == ["matcher"]
    with window_on(qtbot, path) as w:  # reopened: the accepted entity retrains, measured again
        qtbot.waitUntil(lambda: w.training.trainings >= 1 and not w.training.measuring, timeout=60000)
        kept = len(w.project.quality_history())
        assert kept == 2
    with window_on(qtbot, path) as w:  # reopened, nothing retrained: no new measure
        qtbot.waitUntil(lambda: w.training.trainings >= 1, timeout=60000)
        assert not w.training.measuring and len(w.project.quality_history()) == kept


def test_without_a_measure_the_tab_says_so(qtbot, tmp_path):
    path = tmp_path / "p.annotator"
    project = Project.open(path, create=True)
    with project.bulk_import("test") as bulk:  # one done document: nothing can be held out
        bulk.add(Document("q", "大阪へ行った。"))
        text, names = TAUGHT[0]
        bulk.add(Document("d0", text, status=Status.DONE, entities=entities(text, names)))
    project.close()
    with window_on(qtbot, path) as w:
        w.stats_dock.show()
        qtbot.waitUntil(lambda: w.training.trainings >= 1, timeout=60000)
        assert not w.training.measuring and w.project.quality_history() == []
        w.stats.refresh()
        assert "No measure yet" in suggestions(w)["note"]
        assert not w.stats.quality_note.isHidden()
        assert suggestions(w)["f1"] == {}
        assert suggestions(w)["latest"] == "" and w.stats.quality_latest.isHidden()


def measure(name: str, p: float, r: float, f: float, tested: int, trained: int) -> dict:
    return {"recommender": name, "precision": p, "recall": r, "f1": f, "overlap_precision": p,
            "overlap_recall": r, "overlap_f1": f, "gold": 10, "predicted": 9,
            "train_documents": trained, "test_documents": tested}


def plotted(panel) -> dict[str, tuple[list[float], list[float]]]:
    """The held-out plot's curves as drawn: recommender -> (times, values)."""
    out = {}
    for item in panel.quality_plot.listDataItems():
        xs, ys = item.getData()
        out[item.name()] = ([float(x) for x in xs], [float(y) for y in ys])
    return out


def test_the_tab_plots_held_out_precision_recall_and_f1_and_says_the_latest(qtbot, tmp_path):
    from PySide6.QtGui import QFont

    from annotator.core.session import Session
    from annotator.ui.stats_dock import StatsPanel

    project = Project.open(tmp_path / "p.annotator", create=True)
    with project.bulk_import("test") as bulk:
        bulk.add(Document("q", "大阪へ行った。"))
    project.add_quality([measure("crf", 0.5, 0.25, 0.33, 3, 12), measure("matcher", 0.8, 0.4, 0.53, 3, 12)],
                        when=1_700_000_000)
    project.add_quality([measure("crf", 0.71, 0.64, 0.67, 12, 48)], when=1_700_003_600)
    project.add_quality([{"recommender": "old", "f1": 0.2, "time": 1}], when=1_700_007_200)  # f1 only
    panel = StatsPanel(QFont())
    qtbot.addWidget(panel)
    panel.set_session(Session(project))
    panel.show()
    qtbot.waitUntil(lambda: "held_out" in panel.last_refresh.get("suggestions", {}))
    t0, t1, t2 = 1_700_000_000.0, 1_700_003_600.0, 1_700_007_200.0
    drawn = panel.last_refresh["suggestions"]
    assert drawn["held_out"] == {"f1": {"crf": [0.33, 0.67], "matcher": [0.53], "old": [0.2]},
                                 "precision": {"crf": [0.5, 0.71], "matcher": [0.8]},
                                 "recall": {"crf": [0.25, 0.64], "matcher": [0.4]}}
    box = panel.metric_box
    assert [box.itemData(i) for i in range(box.count())] == ["f1", "precision", "recall"]
    assert [box.itemText(i) for i in range(box.count())] == ["F1", "Precision", "Recall"]
    assert box.currentData() == "f1"  # F1 first
    assert plotted(panel) == {"crf": ([t0, t1], [0.33, 0.67]), "matcher": ([t0], [0.53]), "old": ([t2], [0.2])}
    assert panel.quality_plot.getPlotItem().titleLabel.text == "F1 on held-out done documents"
    box.setCurrentIndex(box.findData("precision"))
    assert plotted(panel) == {"crf": ([t0, t1], [0.5, 0.71]), "matcher": ([t0], [0.8])}
    assert panel.quality_plot.getPlotItem().titleLabel.text == "Precision on held-out done documents"
    assert [label.text for _sample, label in panel.quality_legend.items] == ["crf", "matcher"]
    box.setCurrentIndex(box.findData("recall"))
    assert plotted(panel) == {"crf": ([t0, t1], [0.25, 0.64]), "matcher": ([t0], [0.4])}
    # one colour per recommender, the same on every measure
    pens = {item.name(): item.opts["pen"].color().name() for item in panel.quality_plot.listDataItems()}
    assert pens == {"crf": "#4363d8", "matcher": "#e6194b"}
    box.setCurrentIndex(box.findData("f1"))
    panel.refresh()  # a redraw keeps the chosen measure
    assert panel.quality_plot.getPlotItem().titleLabel.text == "F1 on held-out done documents"
    assert drawn["latest"] == panel.quality_latest.text() == "\n".join([
        "crf: P 0.71  R 0.64  F1 0.67  (held-out documents: 12, trained on: 48)",
        "matcher: P 0.80  R 0.40  F1 0.53  (held-out documents: 3, trained on: 12)",
        "old: P –  R –  F1 0.20  (held-out documents: –, trained on: –)"])
    assert not panel.quality_latest.isHidden()
    assert panel.quality_latest.textFormat() == Qt.TextFormat.PlainText
    project.close()


def test_a_recommender_name_that_looks_like_markup_is_shown_as_text(qtbot, tmp_path):
    from PySide6.QtGui import QFont

    from annotator.core.session import Session
    from annotator.ui.stats_dock import StatsPanel

    project = Project.open(tmp_path / "p.annotator", create=True)
    name = "<b>x</b> %2"
    project.add_quality([measure(name, 1.0, 0.5, 0.67, 1, 1)], when=1_700_000_000)
    panel = StatsPanel(QFont())
    qtbot.addWidget(panel)
    panel.set_session(Session(project))
    panel.show()
    qtbot.waitUntil(lambda: "latest" in panel.last_refresh.get("suggestions", {}))
    assert panel.quality_latest.text() == f"{name}: P 1.00  R 0.50  F1 0.67  (held-out documents: 1, trained on: 1)"
    assert [label.text for _sample, label in panel.quality_legend.items] == ["&lt;b&gt;x&lt;/b&gt; %2"]
    project.close()
