"""Reviewing entity suggestions with real key presses (issue 13): R moves on to the next
suggestion as A does (in the list and in the text), and ] / [ step past the part of a long
document that is suggested for, scrolling there, wrapping with a message at either end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Document
from annotator.core.store import Project

from .test_entity_suggestions_window import make_project, ready, window_on

FILLER = "猫が👍寝ている。\r\n"  # 10 code points, no name in it; an emoji and CRLF: code points, not UTF-16
MID = "田中さんは東京に行った。\r\n"
LONG = FILLER * 2500 + MID + FILLER * 2500  # 50,000 code points: suggested for around the visible part


def current(w) -> str | None:
    sg = w.view.entity_suggestions.current()
    return None if sg is None else sg.text


def list_row(w) -> int:
    lst = w.entity_suggestions.section.list
    rows = lst.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def test_r_moves_on_to_the_next_suggestion_like_a_in_the_list_and_in_the_text(qtbot, tmp_path):
    make_project(tmp_path / "p.annotator")
    with window_on(qtbot, tmp_path / "p.annotator") as w:
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        assert [s.text for s in w.view.entity_suggestions.items] == ["田中", "大阪", "東京", "トヨタ"]
        section = w.entity_suggestions.section
        section.parentWidget().parentWidget().show()
        section.list.setFocus()
        qtbot.waitUntil(section.list.hasFocus)
        w.entity_suggestions.layer.select(0)  # selected in the text: the list follows
        QTest.keyClick(section.list, Qt.Key.Key_Down)
        assert current(w) == "大阪" and list_row(w) == 1
        QTest.keyClick(section.list, Qt.Key.Key_R)
        assert [k[2] for k in w.project.rejected_entity_suggestions("q")] == ["LOCATION"]
        assert current(w) == "東京" and list_row(w) == 1  # the next one, selected in both
        assert section.list.hasFocus()
        QTest.keyClick(section.list, Qt.Key.Key_R)  # again: the one after
        assert current(w) == "トヨタ" and list_row(w) == 1
        QTest.keyClick(section.list, Qt.Key.Key_A)  # the last one: none after it
        assert current(w) is None and section.count() == 1
        # in the text: ] then R, Shift+R
        w.view.setFocus()
        qtbot.waitUntil(w.view.hasFocus)
        w.undo()
        w.undo()  # 東京 back
        w.view.set_cursor(0)
        QTest.keyClick(w.view, Qt.Key.Key_BracketRight)
        assert current(w) == "田中"
        QTest.keyClick(w.view, Qt.Key.Key_R)
        assert current(w) == "東京" and list_row(w) == 0
        QTest.keyClick(w.view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
        assert current(w) == "トヨタ"
        assert sorted(k[2] for k in w.project.rejected_entity_suggestions("q")) == ["LOCATION", "LOCATION",
                                                                                   "PERSON"]
        w.undo()  # Shift+R undone: 東京 back, トヨタ still selected
        assert [s.text for s in w.view.entity_suggestions.items] == ["東京", "トヨタ"] and current(w) == "トヨタ"


def test_brackets_step_past_the_visible_part_of_a_long_document(qtbot, tmp_path):
    path = tmp_path / "p.annotator"
    make_project(path)
    with Project.open(path) as project, project.bulk_import("test") as bulk:
        bulk.add(Document("long", LONG))
    mid = LONG.index(MID)
    with window_on(qtbot, path) as w:
        qtbot.waitUntil(lambda: ready(w), timeout=60000)
        w.open_document("long")
        w.view.setFocus()
        qtbot.waitUntil(w.view.hasFocus)
        assert w.view.entity_suggestions.items == []  # the top: nothing near
        assert w.entity_suggestions.range is not None and w.entity_suggestions.range[1] < mid
        w.view.set_cursor(0)
        QTest.keyClick(w.view, Qt.Key.Key_BracketRight)
        sg = w.view.entity_suggestions.current()
        assert (sg.text, sg.start, sg.label) == ("田中", mid, "PERSON")
        assert w.view.cursor_pos == mid and w.view.selection == (mid, mid + 2)
        top = w.view.first_visible()[0]
        assert mid - 2000 < top <= mid  # scrolled there
        assert w.entity_suggestions.section.count() == 2 and list_row(w) == 0  # the list follows
        QTest.keyClick(w.view, Qt.Key.Key_BracketRight)
        assert current(w) == "東京"
        QTest.keyClick(w.view, Qt.Key.Key_BracketRight)  # none after it: the first of the document
        assert current(w) == "田中"
        assert "Wrapped to the first suggestion" in w.statusBar().currentMessage()
        QTest.keyClick(w.view, Qt.Key.Key_BracketLeft)  # none before it: the last
        assert current(w) == "東京"
        assert "Wrapped to the last suggestion" in w.statusBar().currentMessage()
        # from the end of the text, [ finds the one far before
        w.view.set_cursor(len(LONG) - 3)
        qtbot.waitUntil(lambda: w.entity_suggestions.range[0] > mid + 10000, timeout=5000)
        assert current(w) is None
        QTest.keyClick(w.view, Qt.Key.Key_BracketLeft)
        assert current(w) == "東京" and w.view.first_visible()[0] <= mid + len(MID)
        QTest.keyClick(w.view, Qt.Key.Key_R)  # rejected: none after it is current
        assert current(w) is None
        QTest.keyClick(w.view, Qt.Key.Key_BracketLeft)
        assert current(w) == "田中"
        QTest.keyClick(w.view, Qt.Key.Key_BracketRight)  # 東京 is rejected: the only one left, wrapped to
        assert current(w) == "田中"
