"""An undo that reopens a document the list's filter hides says so, instead of leaving the
list with nothing selected and no word why (a trial finding of the document-session issue)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import open_window


def test_the_list_says_when_the_open_document_is_filtered_out(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"apple": "東京の話", "banana": "大阪の話"}) as w:
        assert w.doc_id == "apple"
        QTest.keyClick(w.view, Qt.Key.Key_3)  # LOCATION on 東京
        assert [e.text for e in w.project.entities("apple")] == ["東京"]
        w.documents.search.setText("banana")
        assert w.documents.ids() == ["banana"]
        assert w.documents.hidden_hint.isVisibleTo(w.documents)  # apple is open and filtered out
        w.open_document("banana")
        assert not w.documents.hidden_hint.isVisibleTo(w.documents)
        w.view.setFocus()
        QTest.keyClick(w.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # reopens apple
        qtbot.waitUntil(lambda: w.doc_id == "apple")
        assert w.project.entities("apple") == []
        assert w.documents.hidden_hint.isVisibleTo(w.documents)
        assert not w.documents.list.selectionModel().hasSelection()
        w.documents.clear_filter()
        assert not w.documents.hidden_hint.isVisibleTo(w.documents)
        selected = w.documents.list.selectionModel().currentIndex()
        assert selected.isValid() and w.documents.ids()[selected.row()] == "apple"
