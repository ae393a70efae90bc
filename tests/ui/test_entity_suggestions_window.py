"""Entity suggestions in the window (issue 13): trained in a background process while the
window answers keys, listed in the suggestions dock, drawn dashed, reviewed with A / R / L / M,
retrained after new entities and when a document is marked done, the process killed on close.

The projects are small and made by hand: done documents teach the string matcher (it trains
in milliseconds; the process's start dominates), the open document holds the same names."""

from __future__ import annotations

import os
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from annotator.core.model import Document, Entity, Status
from annotator.core.recommend.settings import RecommenderSettings
from annotator.core.store import Project

TAUGHT = [  # (text, [(surface, label)]): done documents
    ("田中さんは東京に住んでいる。", [("田中", "PERSON"), ("東京", "LOCATION")]),
    ("東京で田中さんに会った。", [("東京", "LOCATION"), ("田中", "PERSON")]),
    ("トヨタは大阪に工場を持つ。", [("トヨタ", "ORGANIZATION"), ("大阪", "LOCATION")]),
]
OPEN = "昨日、田中さんは大阪から東京へ行き、トヨタを訪ねた。"


def entities(text: str, names: list[tuple[str, str]]) -> list[Entity]:
    out = []
    for k, (surface, label) in enumerate(names, 1):
        s = text.index(surface)
        out.append(Entity(f"T{k}", s, s + len(surface), label, surface))
    return out


def make_project(path, *, only: tuple[str, ...] = ("matcher",), retrain_every: int = 20, copies: int = 1) -> None:
    project = Project.open(path, create=True)
    with project.bulk_import("test") as bulk:
        bulk.add(Document("q", OPEN))
        for k, (text, names) in enumerate(TAUGHT * copies):
            bulk.add(Document(f"d{k}", text, status=Status.DONE, entities=entities(text, names)))
    project.set_recommender_settings(RecommenderSettings(
        enabled={name: name in only for name in ("crf", "matcher", "numeric")}, retrain_every=retrain_every))
    project.close()


@contextmanager
def window_on(qtbot, path):
    from annotator.ui.main_window import MainWindow

    w = MainWindow(Project.open(path), document="q")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.waitUntil(lambda: not w.view.tokens_held)  # the first frame is out
    w.view.setFocus()
    try:
        yield w
    finally:
        w.close()  # kills a training still running
        w.project.close()


def ready(w) -> bool:
    return not w.training.running and bool(w.view.entity_suggestions.items)


def shown(w) -> list[tuple[str, str, str]]:
    return [(s.text, s.label, s.source) for s in w.view.entity_suggestions.items]


def action(w, name: str) -> QAction:
    found = w.findChild(QAction, name)
    assert found is not None, name
    return found


def test_training_runs_in_the_background_while_keys_are_answered(qtbot, tmp_path):
    # the sequence model on 1,800 documents: a training of a second or more, whatever the machine
    make_project(tmp_path / "p.annotator", only=("crf", "matcher"), copies=600)
    with window_on(qtbot, tmp_path / "p.annotator") as w:
        assert w.training.running  # started at open: no model saved yet
        assert w.training_status.text().startswith("Training")
        assert w.view.entity_suggestions.items == []
        pid = w.training.pid
        assert pid is not None and pid != os.getpid()
        moved = 0
        for _ in range(6):  # the window answers each key at once while the child trains
            was = w.view.cursor_pos
            QTest.keyClick(w.view, Qt.Key.Key_Right)
            moved += w.view.cursor_pos != was and w.training.running
        assert moved >= 1
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        assert {(text, label) for text, label, _ in shown(w)} == {
            ("田中", "PERSON"), ("大阪", "LOCATION"), ("東京", "LOCATION"), ("トヨタ", "ORGANIZATION")}
        assert "ready" in w.training_status.text()
        section = w.findChild(type(w.entity_suggestions.section), "entitySuggestions")
        assert section.count() == len(shown(w))
        assert section.row_text(0).startswith("田中 · PERSON · ")
        assert w.project.saved_model("matcher") is not None and w.project.saved_model("crf") is not None
        assert w.project.entities("q") == []  # suggestions, not annotations


def test_a_r_l_review_from_the_text_and_rejections_stay_after_reopening(qtbot, tmp_path):
    path = tmp_path / "p.annotator"
    make_project(path)
    with window_on(qtbot, path) as w:
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        accept, reject = action(w, "acceptEntitySuggestion"), action(w, "rejectEntitySuggestion")
        assert not accept.isEnabled()
        w.view.set_cursor(0)
        QTest.keyClick(w.view, Qt.Key.Key_BracketRight)  # the first suggestion after the cursor
        assert w.view.entity_suggestions.current().text == "田中"
        assert accept.isEnabled() and not action(w, "acceptSuggestion").isEnabled()
        QTest.keyClick(w.view, Qt.Key.Key_A)
        assert [(e.text, e.label) for e in w.project.entities("q")] == [("田中", "PERSON")]
        assert w.view.entity_suggestions.current().text == "大阪"  # the next one is selected
        QTest.keyClick(w.view, Qt.Key.Key_R)
        assert ("大阪", "LOCATION", "matcher") not in shown(w)
        assert [k[:3] for k in w.project.rejected_entity_suggestions("q")] == [
            (OPEN.index("大阪"), OPEN.index("大阪") + 2, "LOCATION")]
        assert reject.isEnabled() and w.view.entity_suggestions.current().text == "東京"
        QTest.keyClick(w.view, Qt.Key.Key_L)  # every LOCATION suggestion left: 東京
        assert sorted(e.text for e in w.project.entities("q")) == ["東京", "田中"]
        assert shown(w) == [("トヨタ", "ORGANIZATION", "matcher")]
        w.undo()  # accepting is an edit like any other
        assert ("東京", "LOCATION", "matcher") in shown(w)
    with window_on(qtbot, path) as w:  # reopened: the saved model suggests at once
        assert w.training.running
        assert ("大阪", "LOCATION", "matcher") not in shown(w)
        assert ("東京", "LOCATION", "matcher") in shown(w)
        qtbot.waitUntil(lambda: not w.training.running, timeout=60000)
        assert ("大阪", "LOCATION", "matcher") not in shown(w)


def test_the_list_takes_the_same_keys(qtbot, tmp_path):
    make_project(tmp_path / "p.annotator")
    with window_on(qtbot, tmp_path / "p.annotator") as w:
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        section = w.entity_suggestions.section
        section.parentWidget().parentWidget().show()
        section.list.setFocus()
        w.entity_suggestions.layer.select(0)  # selected in the text: the list follows
        assert section.list.currentIndex().row() == 0
        QTest.keyClick(section.list, Qt.Key.Key_Down)
        assert w.view.entity_suggestions.current().text == "大阪"
        QTest.keyClick(section.list, Qt.Key.Key_R)
        assert section.count() == 3
        QTest.keyClick(section.list, Qt.Key.Key_M)  # every suggestion of the recommender
        assert sorted(e.text for e in w.project.entities("q")) == ["トヨタ", "東京", "田中"]
        assert section.count() == 0


def test_new_entities_and_a_done_document_retrain_and_close_kills_the_process(qtbot, tmp_path):
    make_project(tmp_path / "p.annotator", retrain_every=2)
    with window_on(qtbot, tmp_path / "p.annotator") as w:
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        assert w.training.trainings == 1
        w.entity_suggestions.layer.select(0)
        QTest.keyClick(w.view, Qt.Key.Key_A)
        assert not w.training.running  # one new entity: not yet
        QTest.keyClick(w.view, Qt.Key.Key_A)
        assert w.training.running  # two: retrains in the background
        qtbot.waitUntil(lambda: w.training.trainings == 2, timeout=60000)
        QTest.keyClick(w.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # done (and next)
        qtbot.waitUntil(lambda: w.project.document("q").status == Status.DONE, timeout=5000)
        assert w.training.running
        pid = w.training.pid
        w.close()
        assert not w.training.running
        with pytest.raises(ProcessLookupError):  # killed and reaped, not left running
            os.kill(pid, 0)


def test_settings_switch_a_recommender_off_and_its_suggestions_go(qtbot, tmp_path):
    make_project(tmp_path / "p.annotator")
    with window_on(qtbot, tmp_path / "p.annotator") as w:
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        action(w, "recommenderSettings").trigger()
        dialog = w.training.dialog
        assert dialog.enabled["matcher"].isChecked() and not dialog.enabled["crf"].isChecked()
        dialog.enabled["matcher"].setChecked(False)
        dialog.thresholds["numeric"].setValue(0.5)
        dialog.retrain.setValue(7)
        dialog.accept()
        assert w.view.entity_suggestions.items == [] and w.entity_suggestions.section.count() == 0
        assert "matcher" not in w.training_status.text()  # the ready line names only what is on
        settings = w.project.recommender_settings()
        assert not settings.is_enabled("matcher") and settings.threshold("numeric") == 0.5
        assert settings.retrain_every == 7
        action(w, "recommenderSettings").trigger()
        w.training.dialog.enabled["matcher"].setChecked(True)
        w.training.dialog.accept()  # its saved model suggests again at once
        assert len(w.view.entity_suggestions.items) == 4
        assert "matcher" in w.training_status.text()


def test_a_long_document_is_suggested_for_around_what_is_on_screen(qtbot, tmp_path):
    path = tmp_path / "p.annotator"
    make_project(path)
    line = "昨日、田中さんは大阪から東京へ行った。\n"
    long_text = line * 1500  # 30,000 code points: more than LONG
    with Project.open(path) as project, project.bulk_import("test") as bulk:
        bulk.add(Document("long", long_text))
    with window_on(qtbot, path) as w:
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        w.open_document("long")
        items = w.view.entity_suggestions.items
        assert items and max(s.end for s in items) < len(long_text) // 2  # the start, not all of it
        assert {(s.text, s.label) for s in items} == {("田中", "PERSON"), ("大阪", "LOCATION"), ("東京", "LOCATION")}
        w.view.set_cursor(len(long_text) - 5)  # scrolls to the end
        qtbot.waitUntil(lambda: max(s.end for s in w.view.entity_suggestions.items) > len(long_text) - len(line),
                        timeout=5000)


def test_a_damaged_saved_model_is_rebuilt_not_trusted(qtbot, tmp_path):
    path = tmp_path / "p.annotator"
    make_project(path)
    with Project.open(path) as project:
        project.save_model("matcher", b"ANNOTATOR-RECOMMENDER\n{}\nnot a model")
    with window_on(qtbot, path) as w:
        assert w.view.entity_suggestions.items == []  # nothing suggested from it
        assert w.training.running
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        assert w.project.saved_model("matcher") != b"ANNOTATOR-RECOMMENDER\n{}\nnot a model"
        assert len(w.view.entity_suggestions.items) == 4


def test_switching_project_kills_the_training_of_the_old_one(qtbot, tmp_path):
    make_project(tmp_path / "a.annotator")
    make_project(tmp_path / "b.annotator")
    with window_on(qtbot, tmp_path / "a.annotator") as w:
        assert w.training.running
        old = w.training.pid
        assert w.switch_project(tmp_path / "b.annotator")
        with pytest.raises(ProcessLookupError):
            os.kill(old, 0)
        assert w.training.running and w.training.pid != old  # the new project's own training
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        assert w.project.path.name == "b.annotator" and w.project.saved_model("matcher") is not None


def test_f6_passes_over_an_empty_claim_suggestion_list_to_the_suggested_entities(qtbot, tmp_path):
    make_project(tmp_path / "p.annotator")
    with window_on(qtbot, tmp_path / "p.annotator") as w:
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        claim_list = w.focus_cycle.panes[3][1]
        if claim_list.model().rowCount():  # this text has claim suggestions: switch them off first
            pytest.skip("the test text has claim suggestions")
        w.view.setFocus()
        for _ in range(4):  # text → entities → claims → (claim suggestions: empty) → suggested entities
            if w.focus_cycle.current == 4:
                break
            QTest.keyClick(w.view.window().focusWidget() or w.view, Qt.Key.Key_F6)
        assert w.focus_cycle.current == 4
        assert w.entity_suggestions.section.list.hasFocus()
