"""The suggestions panel: listed with why, stepped with the text, accepted, rejected, accepted
and edited from the keyboard; rows follow the session's changes (never a reset); a selected
suggestion shows its proposal in the claim editor before it is accepted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.store import Project
from tests.ui.conftest import open_window

TEXT = ("Microsoftによれば、売上は10億ドルに達した。\r\n同社は来年に黒字化すると予測しています。"
        "今日は晴れです。\u3000日本の人口は1億人です。𠮷野家は店舗を300店に増やす計画です。")
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "s.annotator", {"a": TEXT}) as w:
        yield w


def claims(w):
    with Project.open(w.project.path) as p:
        return p.claims("a")


def test_review_suggestions_from_the_list(window, qtbot):
    w = window
    QTest.keyClick(w.view, Qt.Key.Key_S, CTRL | SHIFT)  # suggestions on
    panel, sl = w.claims_ctl.suggestions_panel, w.claims_ctl.suggestions_panel.list
    n = panel.count()
    assert n == len(w.view.suggestions) >= 4
    first = panel.row_text(0)
    assert first.startswith("quote · Microsoftによれば") or first.startswith("quantity · Microsoftによれば")
    assert "why: " in first and "によれば" in first.split("why: ")[1]
    resets, removed, inserted = [], [], []
    panel.model.modelReset.connect(lambda: resets.append(1))
    panel.model.rowsRemoved.connect(lambda *_: removed.append(1))
    panel.model.rowsInserted.connect(lambda *_: inserted.append(1))
    for _ in range(3):  # F6 to the suggestions: text -> entities -> claims -> suggestions
        QTest.keyClick(w.focusWidget(), Qt.Key.Key_F6)
    assert sl.hasFocus() and w.focus_cycle.rings[3].isVisible()
    assert w.view.selected_suggestion == 0 and panel.current_row() == 0  # focused: its first row
    sg = w.view.suggestions[0]
    assert w.view.selection == (sg.start, sg.end)
    # the claim editor shows the proposal and why, before accepting
    cp = w.claims_ctl.panel
    assert cp.proposal.isVisible() or not cp.isVisible()
    assert "Suggested claim" in cp.proposal.text() and "によれば" in cp.proposal.text().split("why: ")[1]
    assert cp.fields["certainty"].currentData() == "reported" and not cp.editor.isEnabled()
    assert cp.claimant.currentData() == "source" and cp.source.text() == "Microsoft"
    QTest.keyClick(sl, Qt.Key.Key_BracketRight)  # ] steps in the list and the text together
    assert w.view.selected_suggestion == 1 and panel.current_row() == 1
    rejected = w.view.suggestions[1]
    QTest.keyClick(sl, Qt.Key.Key_R)
    assert panel.count() == n - 1 and all((s.start, s.end) != (rejected.start, rejected.end)
                                          for s in panel.model.rows)
    assert panel.current_row() == 1 and w.view.selected_suggestion == 1  # the next one, to review
    accepted = w.view.suggestions[1]
    QTest.keyClick(sl, Qt.Key.Key_A)
    assert panel.count() == n - 2
    stored = claims(w)
    assert [(c.start, c.end) for c in stored] == [(accepted.start, accepted.end)]
    assert w.view.selected_claim == stored[0].id  # the new claim is selected
    assert cp.list.selectionModel().currentIndex().row() == 0 and cp.claim.id == stored[0].id
    assert not cp.proposal.isVisible()
    QTest.keyClick(sl, Qt.Key.Key_Down)  # the one after the accepted one
    assert w.view.selected_suggestion == 1
    edited = w.view.suggestions[1]
    QTest.keyClick(sl, Qt.Key.Key_E)  # accept and edit: the keyboard goes to the claim editor
    assert len(claims(w)) == 2 and w.view.selected_claim is not None
    assert w.view.claim(w.view.selected_claim).start == edited.start
    assert cp.fields["type"].hasFocus() and w.focus_cycle.rings[2].isVisible()
    QTest.keyClick(cp.fields["type"], Qt.Key.Key_Down)  # and edits it there
    assert claims(w)[1].data["type"] != edited.data["type"]
    assert not resets and len(removed) == 3 and not inserted  # rows, never the whole list
    # the text selects a suggestion (a click, ] and [): the list follows
    w.view.setFocus()
    w.view.select_suggestion(0)
    assert panel.current_row() == 0
    QTest.keyClick(w.view, Qt.Key.Key_Z, CTRL)  # undo the edit, then the accept: its row is back
    QTest.keyClick(w.view, Qt.Key.Key_Z, CTRL)
    assert panel.count() == n - 2 and inserted == [1] and not resets


def test_accept_and_edit_from_the_text_and_shift_enter_in_the_list(window):
    w = window
    w.suggestions_action.setChecked(True)
    panel = w.claims_ctl.suggestions_panel
    n = panel.count()
    w.view.setFocus()
    w.view.select_suggestion(2)
    assert panel.current_row() == 2
    QTest.keyClick(w.view, Qt.Key.Key_E)
    assert len(claims(w)) == 1 and w.claims_ctl.panel.fields["type"].hasFocus()
    assert panel.count() == n - 1
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Down)
    QTest.keyClick(panel.list, Qt.Key.Key_Return, SHIFT)
    assert len(claims(w)) == 2 and w.claims_ctl.panel.fields["type"].hasFocus()


def test_suggestions_off_says_how_to_turn_them_on(window):
    panel = window.claims_ctl.suggestions_panel
    assert panel.count() == 0 and "Ctrl+Shift+S" in panel.info.text()
