"""Fixes from a new user's trial of the annotator-flow issue (11), each driven by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Status
from tests.ui.conftest import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
NEWS = "Microsoftによれば、同社は来年に黒字化すると予測しています。"


def test_c_brings_the_claim_editor_to_the_front(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": NEWS}) as w:
        w.entity_panel.parentWidget().raise_()
        QTest.keyClick(w.view, Qt.Key.Key_C)
        assert w.project.claims("a")
        qtbot.waitUntil(lambda: not w.claims_dock.visibleRegion().isEmpty())


def test_done_with_open_suggestions_asks_once_then_marks_done(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": NEWS, "b": "次の文書です。"}) as w:
        QTest.keyClick(w.view, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)  # suggestions on
        qtbot.waitUntil(lambda: len(w.view.suggestions) > 0)
        QTest.keyClick(w.view, Qt.Key.Key_Return, CTRL)
        assert w.project.status("a") == Status.NEW and w.doc_id == "a"  # not yet: it says why
        assert "still open" in w.statusBar().currentMessage()
        QTest.keyClick(w.view, Qt.Key.Key_Return, CTRL)  # again: done all the same
        assert w.project.status("a") == Status.DONE
        qtbot.waitUntil(lambda: w.doc_id == "b")


def test_done_without_open_suggestions_needs_one_press(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": NEWS, "b": "次の文書です。"}) as w:
        QTest.keyClick(w.view, Qt.Key.Key_Return, CTRL)  # suggestions are off: nothing is open
        assert w.project.status("a") == Status.DONE


def test_the_status_line_says_one_entity(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "東京の話"}) as w:
        QTest.keyClick(w.view, Qt.Key.Key_3)  # LOCATION on 東京
        qtbot.waitUntil(lambda: "1 entity ·" in w.doc_info.text())
        assert "1 entities" not in w.doc_info.text()


def test_the_view_menu_brings_back_the_claims_and_suggestions_docks(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": NEWS}) as w:
        for action_id, dock in (("toggleClaimsDock", "claimsDock"), ("toggleSuggestionsDock", "suggestionsDock")):
            widget = w.findChild(type(w.claims_dock), dock)
            widget.close()
            assert not widget.isVisible()
            w.action_set[action_id].trigger()
            assert widget.isVisible()


def test_the_label_editor_writes_a_colour_readably_on_itself(qtbot):
    from annotator.core.model import Label
    from annotator.core.palette import contrast_ratio
    from annotator.ui.label_editor import COLOUR, LabelEditor

    labels = [Label("DARK", "#17808a", "1"), Label("BROWN", "#8c564b", "2"), Label("PALE", "#fffac8", "3")]
    editor = LabelEditor(lambda: labels, lambda _op: None)
    qtbot.addWidget(editor)
    for row, label in enumerate(labels):
        item = editor.table.item(row, COLOUR)
        assert contrast_ratio(label.color, item.foreground().color().name()) >= 4.5, label


def test_f3_goes_on_to_the_next_document_holding_an_unlabelled_occurrence(qtbot, tmp_path):
    docs = {"a": "OpenAIの発表。", "b": "関係のない文。", "c": "米国のOpenAIが発表した。", "d": "OpenAIとMicrosoft"}
    with open_window(qtbot, tmp_path / "p.annotator", docs) as w:
        w.view.set_selection(0, 6)  # OpenAI in a
        QTest.keyClick(w.view, Qt.Key.Key_2)  # ORGANIZATION
        assert [e.text for e in w.project.entities("a")] == ["OpenAI"]
        w.view.set_selection(0, 6)
        QTest.keyClick(w.view, Qt.Key.Key_F3)  # none left in a: c is the next one holding it (b does not)
        qtbot.waitUntil(lambda: w.doc_id == "c")
        assert w.view.selection == (3, 9) and w.view.text[3:9] == "OpenAI"
        QTest.keyClick(w.view, Qt.Key.Key_2)
        QTest.keyClick(w.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # back: a has none left, d has
        qtbot.waitUntil(lambda: w.doc_id == "d")
        assert w.view.selection == (0, 6)
