"""Claims entirely from the keyboard: claimant from a searchable list, cue from the selection,
arguments with a role key, attributes, and stepping between the panes (F6) with a visible ring.
Also the claim bugs of issue 11: a label key on a selected claim, an empty source, the
schema's display names in Japanese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Document, Entity
from annotator.core.store import Project
from annotator.ui import i18n
from tests.ui.conftest import open_window

FIRST = "𠮷野家😀によれば、MicrosoftはOpenAIの49%の株式を保有しています。"
TEXT = FIRST + "\r\n同社は来年に黒字化すると予測されています。\r\n\u3000別の話です。Microsoftの新製品が出ました。"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "k.annotator"
    project = Project.open(path, create=True)
    first, second = TEXT.index("Microsoft"), TEXT.rindex("Microsoft")
    with project.bulk_import("test") as bulk:
        bulk.add(Document("a", TEXT, entities=[
            Entity("T1", first, first + 9, "ORGANIZATION", "Microsoft"),
            Entity("T2", TEXT.index("OpenAI"), TEXT.index("OpenAI") + 6, "ORGANIZATION", "OpenAI"),
            Entity("T3", second, second + 9, "ORGANIZATION", "Microsoft")]))
    project.close()
    with open_window(qtbot, path, {}) as w:
        yield w


def key(w, k, mod=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(w.view, k, mod)


def type_text(widget, text: str) -> None:
    """Typed as a Japanese user types: committed by the input method (QTest.keyClicks takes Latin-1 only)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press_until(w, selected: str, k, mod=Qt.KeyboardModifier.NoModifier, limit: int = 12) -> None:
    """Press ``k`` until the selection is ``selected`` (at most ``limit`` presses)."""
    for _ in range(limit):
        if w.view.text[slice(*w.view.selection)] == selected:
            return
        key(w, k, mod)
    assert w.view.text[slice(*w.view.selection)] == selected


def stored(w):
    with Project.open(w.project.path) as p:
        return p.claims("a"), p.document("a").entities


def create_claim_on_first_sentence(w):
    w.view.set_selection(0, 0)
    w.view.set_cursor(TEXT.index("株式"))
    key(w, Qt.Key.Key_C)
    assert w.view.selected_claim == "C1"


def test_the_whole_claim_flow_from_the_keyboard(window, qtbot):
    w = window
    create_claim_on_first_sentence(w)
    # claimant: Ctrl+K, a searchable list of every entity of the document (the far one too),
    # the two "Microsoft" told apart by their context
    key(w, Qt.Key.Key_K, CTRL)
    picker = w.claims_ctl.picker
    qtbot.waitUntil(picker.isVisible)
    QTest.keyClicks(picker.filter, "micro")
    rows = picker.visible_rows()
    assert len(rows) == 3 and rows[-1] == "a source: micro"
    assert rows[0] != rows[1] and "によれば、[Microsoft]はOpenA" in rows[0]
    assert "別の話です。[Microsoft]の新製品" in rows[1]
    assert not any("T1" in r or "T3" in r for r in rows)
    QTest.keyClick(picker.filter, Qt.Key.Key_Down)
    QTest.keyClick(picker.filter, Qt.Key.Key_Return)
    assert not picker.isVisible()
    claims, _ = stored(w)
    assert claims[0].data["claimant"] == {"kind": "entity", "entity": "T3"}
    panel = w.claims_ctl.panel
    assert panel.claimant.currentData() == "entity:T3" and "新製品" in panel.claimant.currentText()
    # or a source typed in
    key(w, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(picker.isVisible)
    type_text(picker.filter, "日経新聞")
    assert picker.visible_rows() == ["a source: 日経新聞"]
    QTest.keyClick(picker.filter, Qt.Key.Key_Return)
    assert stored(w)[0][0].data["claimant"] == {"kind": "source", "text": "日経新聞"}
    assert panel.source.text() == "日経新聞" and panel.claimant.currentData() == "source"
    # cue: the words selected with the keys inside the claim, then Ctrl+Shift+C
    w.view.setFocus()
    w.view.set_cursor(0)
    press_until(w, "に", Qt.Key.Key_Right)
    press_until(w, "によれば", Qt.Key.Key_Right, SHIFT)
    assert w.view.selected_claim == "C1"  # still inside the claim
    key(w, Qt.Key.Key_C, CTRL | SHIFT)
    cue = stored(w)[0][0].data["cue"]
    s = TEXT.index("によれば")
    assert cue == {"start": s, "end": s + 4, "text": "によれば"}
    assert panel.cue.text().startswith("によれば")
    # argument: Tab to the entity, Ctrl+Shift+A, 2 (object)
    key(w, Qt.Key.Key_Tab)
    assert w.view.selected_entity == "T1"
    key(w, Qt.Key.Key_A, CTRL | SHIFT)
    menu = w.claims_ctl.role_menu
    qtbot.waitUntil(menu.isVisible)
    QTest.keyClick(menu, Qt.Key.Key_2)  # not the label key 2: the menu's
    qtbot.waitUntil(lambda: stored(w)[0][0].data["arguments"] == [{"role": "object", "entity": "T1"}], timeout=2000)
    assert panel.arguments.item(0).text().startswith("object: ORGANIZATION: Microsoft")
    # attributes: the schema letters on the selected claim
    key(w, Qt.Key.Key_Q)
    key(w, Qt.Key.Key_Y)
    data = stored(w)[0][0].data
    assert (data["type"], data["checkworthy"]) == ("quantity", "yes")
    # stepping between the panes: F6 / Shift+F6, a ring on the focused pane
    cycle = w.focus_cycle
    key(w, Qt.Key.Key_F6)
    assert w.entity_panel.hasFocus() and cycle.rings[1].isVisible() and not cycle.rings[0].isVisible()
    QTest.keyClick(w.entity_panel, Qt.Key.Key_F6)
    assert panel.list.hasFocus() and cycle.rings[2].isVisible()
    assert "Claims" in w.statusBar().currentMessage()
    QTest.keyClick(panel.list, Qt.Key.Key_Tab)  # Tab inside the dock: its fields; the ring stays on it
    assert panel.isAncestorOf(w.focusWidget()) and cycle.rings[2].isVisible()
    QTest.keyClick(w.focusWidget(), Qt.Key.Key_F6, SHIFT)
    assert w.entity_panel.hasFocus() and cycle.rings[1].isVisible()
    QTest.keyClick(w.entity_panel, Qt.Key.Key_F6, SHIFT)
    assert w.view.hasFocus() and cycle.rings[0].isVisible()


def test_a_label_key_with_a_claim_selected_labels_the_selected_words_only(window):
    w = window
    create_claim_on_first_sentence(w)
    before = len(stored(w)[1])
    key(w, Qt.Key.Key_1)  # the claim's sentence is not a selection of words to label
    assert len(stored(w)[1]) == before
    assert "claim is selected" in w.statusBar().currentMessage()
    key(w, Qt.Key.Key_Home)
    press_until(w, "𠮷野家", Qt.Key.Key_Right, SHIFT)
    assert w.view.selected_claim == "C1"  # words inside the claim: the claim stays selected
    key(w, Qt.Key.Key_1)
    ents = stored(w)[1]
    assert len(ents) == before + 1 and [e.text for e in ents if e.label == "PERSON"] == ["𠮷野家"]


def test_an_empty_source_keeps_the_stored_claimant_and_shows_it(window, qtbot):
    w = window
    create_claim_on_first_sentence(w)
    key(w, Qt.Key.Key_K, CTRL)
    picker = w.claims_ctl.picker
    qtbot.waitUntil(picker.isVisible)
    QTest.keyClicks(picker.filter, "OpenAI")
    QTest.keyClick(picker.filter, Qt.Key.Key_Return)
    assert stored(w)[0][0].data["claimant"] == {"kind": "entity", "entity": "T2"}
    panel = w.claims_ctl.panel
    w.claims_dock.raise_()
    panel.claimant.setFocus()
    QTest.keyClick(panel.claimant, Qt.Key.Key_A)  # "a source…" by its first letter
    assert panel.claimant.currentData() == "source"
    assert panel.source.hasFocus()  # its name is asked for; nothing stored yet
    assert stored(w)[0][0].data["claimant"] == {"kind": "entity", "entity": "T2"}
    QTest.keyClick(panel.source, Qt.Key.Key_Return)  # left empty
    assert stored(w)[0][0].data["claimant"] == {"kind": "entity", "entity": "T2"}
    assert panel.claimant.currentData() == "entity:T2"  # the editor shows what is stored
    assert "source needs a name" in w.statusBar().currentMessage()
    # a name given: stored
    from PySide6.QtWidgets import QApplication

    QApplication.setKeyboardInputInterval(0)  # "a" again is a new search, not "aa"
    panel.claimant.setFocus()
    QTest.keyClick(panel.claimant, Qt.Key.Key_A)
    type_text(panel.source, "関係者")
    QTest.keyClick(panel.source, Qt.Key.Key_Return)
    assert stored(w)[0][0].data["claimant"] == {"kind": "source", "text": "関係者"}


def test_the_claim_schema_is_shown_in_japanese(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "_language", "ja")
    with open_window(qtbot, tmp_path / "j.annotator", {"a": TEXT}) as w:
        create_claim_on_first_sentence(w)
        key(w, Qt.Key.Key_Q)
        panel = w.claims_ctl.panel
        assert panel.fields["type"].currentText() == "数量  [q]"
        assert panel.fields["type"].currentData() == "quantity"  # stored: the identifier
        assert stored(w)[0][0].data["type"] == "quantity"
        labels = [panel.attr_form.itemAt(r, panel.attr_form.ItemRole.LabelRole).widget().text()
                  for r in range(panel.attr_form.rowCount())]
        assert labels == ["種類", "検証の価値", "確実性", "極性"]
        assert [panel.role.itemText(i) for i in range(panel.role.count())][:2] == ["主体", "対象"]
        assert panel.chosen_role() == "subject"
        assert "数量" in panel.row_text(0)
        act = next(a for a in w.action_set.group("claimKeys") if a.objectName() == "claimKey_q")
        assert act.text() == "種類 = 数量"
        from annotator.ui.claim_schema_editor import ClaimSchemaEditor

        editor = ClaimSchemaEditor(lambda: w.session.claim_schema, w.claims_ctl.apply_or_message, w)
        assert editor.table.item(0, 3).text() == "種類 · 数量" and editor.table.item(0, 1).text() == "quantity"
        editor.apply()  # the display names survive an edit of the schema
        assert w.session.claim_schema.shown("ja", "type", "law or rule") == "法律・規則"
        editor.close()


def test_a_claimant_the_sentence_does_not_name_is_shown_as_such_and_can_be_chosen(qtbot, tmp_path):
    """A passive suggestion's claimant is null: the editor says "not named", not "the author"."""
    from annotator.core.model import Claim, Document
    from annotator.core.ops import AddClaim
    from annotator.core.store import Project
    from annotator.ui.main_window import MainWindow

    text = "新製品が発売されると報じられました。"
    project = Project.open(tmp_path / "n.annotator", create=True)
    with project.bulk_import("t") as bulk:
        bulk.add(Document("a", text))
    w = MainWindow(project)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    claim = Claim("C1", 0, len(text) - 1, text[:-1], {"type": "event", "claimant": None, "arguments": []})
    assert w.session.apply(AddClaim("a", claim)) is not None
    w.view.select_claim("C1")
    panel = w.claims_ctl.panel
    qtbot.waitUntil(lambda: panel.claim is not None and panel.claim.id == "C1")
    assert panel.claimant.currentData() == "none"
    panel.claimant.setCurrentIndex(panel.claimant.findData("author"))
    assert project.claims("a")[0].data["claimant"] == {"kind": "author"}
    panel.claimant.setCurrentIndex(panel.claimant.findData("none"))
    assert project.claims("a")[0].data["claimant"] is None
