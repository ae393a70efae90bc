"""Curation in the window (issue 14): a lead's project with three annotators' versions; curation
mode pre-fills what all agreed on (once, undoable), F8 / Shift+F8 step through the
disagreements, Alt+N takes lane N's version of the one under the cursor, Alt+Shift+N their
whole document, Ctrl+Z undoes each step; another annotator's version shows read-only.
Every key is pressed on the focused widget; the project file is checked after each step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core import layer_rows
from annotator.core.model import Document, Entity, Status
from annotator.core.store import Project

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier

TEXT = "𠮷野家😀は東京都の会社です。\nMicrosoftとOpenAIが提携した。"
OTHER = "😀絵文字の𠮷田さんは大阪にいる。"


def span(text: str, word: str, label: str) -> tuple[int, int, str]:
    s = text.index(word)
    return (s, s + len(word), label)


YOSHI, TOKYO_TO = span(TEXT, "𠮷野家", "ORGANIZATION"), span(TEXT, "東京都", "LOCATION")
TOKYO = span(TEXT, "東京", "LOCATION")
MS, OPENAI_ORG, OPENAI_ART = (span(TEXT, "Microsoft", "ORGANIZATION"), span(TEXT, "OpenAI", "ORGANIZATION"),
                              span(TEXT, "OpenAI", "ARTIFACT"))
VERSIONS = {
    "a": [YOSHI, TOKYO_TO, MS, OPENAI_ORG],
    "b": [YOSHI, TOKYO, MS, OPENAI_ART],
    "c": [YOSHI, TOKYO_TO, MS],
}
OTHER_VERSIONS = {"a": [span(OTHER, "𠮷田", "PERSON"), span(OTHER, "大阪", "LOCATION")],
                  "b": [span(OTHER, "𠮷田", "PERSON")]}


def entities(text: str, keys: list[tuple[int, int, str]]) -> str:
    return layer_rows.entities_json(Entity(f"T{i + 1}", s, e, lb, text[s:e]) for i, (s, e, lb) in enumerate(keys))


def lead_project(path) -> Project:
    """A lead's project (working layer "curated", empty) holding the annotators' versions."""
    project = Project.open(path, create=True)
    with project.bulk_import("test") as bulk:
        bulk.add(Document("d1", TEXT))
        bulk.add(Document("d2", OTHER))
    with project.db.write() as c:
        for doc_id, text, versions in (("d1", TEXT, VERSIONS), ("d2", OTHER, OTHER_VERSIONS)):
            rowid = c.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            for name, keys in versions.items():
                layer_rows.put_layer_document(c, name, rowid, Status.DONE, entities(text, keys), "[]", 1.0, "test")
    return project


@pytest.fixture
def window(qtbot, tmp_path):
    from shiboken6 import isValid

    from annotator.ui.main_window import MainWindow

    project = lead_project(tmp_path / "lead.annotator")
    assert project.working_layer() == "curated" and project.layer_names() == ["a", "b", "c"]
    w = MainWindow(project, document="d1")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.waitUntil(lambda: not w.view.tokens_held)
    w.view.setFocus()
    yield w
    if isValid(w):
        w.close()
    w.project.close()


def keys_of(w, doc: str = "d1") -> set[tuple[int, int, str]]:
    return {e.key for e in w.project.entities(doc)}


def press(w, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(w.focusWidget() or w.view, key, mods)


def test_curation_keys_step_take_and_undo(window, qtbot):
    w = window
    press(w, Qt.Key.Key_1, ALT)  # curation mode off: the take keys do nothing
    assert keys_of(w) == set()
    press(w, Qt.Key.Key_C, CTRL | ALT)  # curation mode: everyone agreed on 𠮷野家 and Microsoft
    assert w.curation.on and w.curation.curation_dock.isVisible()
    assert keys_of(w) == {YOSHI, MS}
    press(w, Qt.Key.Key_Z, CTRL)  # the pre-fill is one step, undone
    assert keys_of(w) == set()
    press(w, Qt.Key.Key_Y, CTRL)
    assert keys_of(w) == {YOSHI, MS}
    assert [(d.start, d.end) for d in w.curation.items] == [TOKYO_TO[:2], OPENAI_ORG[:2]]
    # (the core counts a stretch where the curated version has nothing as settled by whoever
    # left it out: c here)
    assert [d.settled_by for d in w.curation.items] == [[], ["c"]]

    press(w, Qt.Key.Key_F8)  # the first disagreement
    assert w.curation.current == 0 and w.view.cursor_pos == TOKYO_TO[0]
    assert w.curation.panel.status.text() == (
        "Disagreement 1 of 2 — a: 東京都 LOCATION, b: 東京 LOCATION, c: 東京都 LOCATION")
    press(w, Qt.Key.Key_2, ALT)  # b's version here: 東京
    assert keys_of(w) == {YOSHI, MS, TOKYO}
    assert w.curation.items[0].settled_by == ["b"]
    press(w, Qt.Key.Key_F8)  # OpenAI
    assert w.curation.current == 1 and w.view.cursor_pos == OPENAI_ORG[0]
    assert "a: ORGANIZATION, b: ARTIFACT, c: nothing" in w.curation.panel.status.text()
    press(w, Qt.Key.Key_1, ALT)  # a's: ORGANIZATION
    assert keys_of(w) == {YOSHI, MS, TOKYO, OPENAI_ORG}
    assert [d.settled_by for d in w.curation.items] == [["b"], ["a"]]
    assert w.curation.layer.items == w.curation.items  # the text view draws them settled
    press(w, Qt.Key.Key_F8, SHIFT)  # back to 東京
    assert w.curation.current == 0
    press(w, Qt.Key.Key_3, ALT)  # c's version here
    assert keys_of(w) == {YOSHI, MS, TOKYO_TO, OPENAI_ORG}
    press(w, Qt.Key.Key_3, SHIFT | ALT)  # c's whole document: no OpenAI, and c's status
    assert keys_of(w) == set(VERSIONS["c"])
    assert Status(w.project.document("d1").status) is Status.DONE
    press(w, Qt.Key.Key_Z, CTRL)
    assert keys_of(w) == {YOSHI, MS, TOKYO_TO, OPENAI_ORG}
    press(w, Qt.Key.Key_Z, CTRL)
    press(w, Qt.Key.Key_Z, CTRL)
    assert keys_of(w) == {YOSHI, MS, TOKYO}
    assert [d.settled_by for d in w.curation.items] == [["b"], ["c"]]
    # the curator edits freely: the label keys still label the selection
    s = TEXT.index("会社")
    w.view.set_selection(s, s + 2)
    press(w, Qt.Key.Key_2)
    assert (s, s + 2, "ORGANIZATION") in keys_of(w)


def test_prefill_happens_once_per_document(window, qtbot):
    w = window
    w.curation.actions["curationMode"].trigger()
    assert keys_of(w) == {YOSHI, MS}
    press(w, Qt.Key.Key_Z, CTRL)
    assert keys_of(w) == set()
    press(w, Qt.Key.Key_Down, ALT)  # the next document: pre-filled (𠮷田 PERSON)
    assert w.doc_id == "d2" and keys_of(w, "d2") == {OTHER_VERSIONS["b"][0]}
    assert not w.curation.actions["takeHere3"].isVisible()  # two lanes: Alt+3 is no key here
    assert w.curation.actions["takeHere2"].text() == "Take b's Version Here"
    assert len(w.curation.items) == 1 and w.curation.names == ["a", "b"]
    press(w, Qt.Key.Key_Up, ALT)  # back: not pre-filled again (the curator undid it)
    assert w.doc_id == "d1" and keys_of(w) == set()
    assert w.curation.actions["takeHere3"].isVisible()  # three lanes on d1
    press(w, Qt.Key.Key_C, CTRL | ALT)  # off: no marks, the keys do nothing
    assert not w.curation.on and w.curation.layer.items == []
    press(w, Qt.Key.Key_F8)
    press(w, Qt.Key.Key_1, ALT)
    assert keys_of(w) == set()


def test_another_annotators_version_is_read_only(window, qtbot):
    w = window
    menu = w.action_set.menu("showVersion")
    menu.aboutToShow.emit()
    entries = [a.text() for a in menu.actions()]
    assert entries == ["Working Layer (curated)", "a", "b", "c"]
    next(a for a in menu.actions() if a.text() == "b").trigger()
    pane = w.curation.pane
    assert w.curation.version_dock.isVisible()
    assert {e.key for e in pane.view.entities.all()} == set(VERSIONS["b"])
    assert "b's version" in pane.banner.text() and "read-only" in pane.banner.text()
    pane.view.setFocus()
    qtbot.waitUntil(pane.view.hasFocus)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Delete, Qt.Key.Key_C):
        press(w, key)
        assert "read-only" in w.statusBar().currentMessage()
    assert keys_of(w) == set() and w.project.layer_document("b", "d1").entities[1].key == TOKYO
    press(w, Qt.Key.Key_Down, ALT)  # another document: its version of b follows
    assert {e.key for e in pane.view.entities.all()} == set(OTHER_VERSIONS["b"])
    pane.chooser.activated.emit(0)  # back to the working layer only
    assert not w.curation.version_dock.isVisible() and w.curation.shown_version is None


def test_curation_mode_needs_a_lead_project_with_versions(qtbot, tmp_path):
    from .conftest import open_window

    with open_window(qtbot, tmp_path / "plain.annotator", {"x": TEXT}) as w:
        press(w, Qt.Key.Key_C, CTRL | ALT)
        assert not w.curation.on and not w.curation.actions["curationMode"].isChecked()
        assert "Curation needs" in w.statusBar().currentMessage()


def test_agreement_tab_draws_the_pairs_and_labels(window, qtbot):
    from annotator.core import agreement

    w = window
    w.stats_dock.show()
    qtbot.waitUntil(lambda: w.stats._built)
    w.stats.tabs.setCurrentWidget(w.stats.agreement)
    tab = w.stats.agreement
    qtbot.waitUntil(lambda: bool(tab.drawn))
    expected = agreement.compute(w.project.versions())
    assert tab.drawn["annotators"] == ["a", "b", "c"]
    assert tab.drawn["cells"] == {f"{p.first}/{p.second}": p.entities.cohen_kappa for p in expected.pairs}
    assert tab.drawn["labels"] == {lb: s.krippendorff_alpha for lb, s in expected.labels.items()}
    assert "2 documents finished by two or more annotators" in tab.drawn["summary"]
    tab.measure_box.setCurrentIndex(tab.measure_box.findData("exact"))
    assert tab.drawn["cells"]["a/c"] == expected.pair("a", "c").entities.exact.f1
    # a/c on d1: 3 of 4 and 3 spans match exactly; on d2 c has nothing (not counted)
    assert tab.drawn["cells"]["a/c"] == pytest.approx(2 * 3 / 7)
