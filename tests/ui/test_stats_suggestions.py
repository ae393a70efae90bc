"""The statistics dock's "Suggestions" tab (issue 13 item 3): each recommender's precision from
the accept/reject decisions as bars, its held-out F1 over time as lines, measured in a worker
process after each training and stored in the project; a plain note while nothing is measured."""

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
