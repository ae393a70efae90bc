"""Fixes from a new user's trial of the rebuilt window (controllers, action table, document list)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.claims import get_value

from .conftest import open_window

TEXT = "𠮷野家😀によれば、MicrosoftはOpenAIの49%の株式を保有しています。同社は来年に黒字化すると予測されています。"


def key(w, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(w.view, k, mods)


def test_a_second_a_after_accepting_does_not_accept_a_suggestion_nobody_picked(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"d": TEXT}) as w:
        w.suggestions_action.setChecked(True)
        qtbot.waitUntil(lambda: len(w.view.suggestions) >= 2)
        picked = w.view.suggestions[0]
        w.view.select_suggestion(0)
        key(w, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: len(w.session.doc.claims) == 1)
        claim = w.session.doc.claims[0]
        assert (claim.start, claim.end) == (picked.start, picked.end)
        assert w.view.selected_suggestion == -1 and w.view.selected_claim == claim.id  # the new claim
        key(w, Qt.Key.Key_A)  # now "asserted" for the selected claim, never another suggestion
        assert len(w.session.doc.claims) == 1
        assert get_value(w.session.doc.claims[0], "certainty") == "asserted"


def test_the_claim_letters_stop_once_the_cursor_leaves_the_claim(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"d": TEXT}) as w:
        key(w, Qt.Key.Key_C)  # the first sentence
        qtbot.waitUntil(lambda: len(w.session.doc.claims) == 1)
        claim = w.session.doc.claims[0]
        assert w.view.selected_claim == claim.id
        key(w, Qt.Key.Key_Q)
        assert get_value(w.session.doc.claims[0], "type") == "quantity"
        key(w, Qt.Key.Key_End)  # the last morpheme: outside the first sentence
        assert w.view.selected_claim is None
        key(w, Qt.Key.Key_P)
        assert get_value(w.session.doc.claims[0], "type") == "quantity"  # unchanged


def test_the_status_line_shows_hostile_ids_on_one_line_and_escaped(qtbot, tmp_path):
    ids = {"rtl\u202eevil.txt": TEXT, "crlf\r\nid": TEXT, "x" * 900: TEXT}
    with open_window(qtbot, tmp_path / "p.annotator", ids) as w:
        for doc_id in ids:
            w.open_document(doc_id)
            line = w.doc_info.text()
            assert "\u202e" not in line and "\r" not in line and "\n" not in line
            assert len(line) < 200
            for row in (w.documents.row_tooltip(doc_id),):
                assert "\u202e" not in row
        w.open_document("rtl\u202eevil.txt")
        w.view.set_cursor(0)
        assert "\u202e" not in w.inspector.text()


def test_another_project_opens_without_the_previous_filter_or_morpheme(qtbot, tmp_path):
    from annotator.core.model import Document
    from annotator.core.store import Project

    other = tmp_path / "b.annotator"
    with Project.open(other, create=True) as p, p.bulk_import("t") as bulk:
        bulk.add(Document("b1", "東京の話です。"))
        bulk.add(Document("b2", "大阪の話です。"))
    with open_window(qtbot, tmp_path / "a.annotator", {"a1": TEXT, "a2": "トヨタ"}) as w:
        w.documents.search.setText("トヨタ")
        qtbot.waitUntil(lambda: w.documents.ids() == ["a2"])
        assert w.files.switch_project(other)
        assert w.documents.search.text() == "" and w.documents.ids() == ["b1", "b2"]
        assert w.doc_id == "b1"
        assert w.files.switch_project(tmp_path / "empty.annotator", create=True)
        assert w.doc_id is None and w.inspector.text() == "" and w.doc_info.text() == ""


def test_the_arrow_keys_step_through_the_document_list(qtbot, tmp_path):
    docs = {f"d{i}": f"文書{i}の本文です。" for i in range(5)}
    with open_window(qtbot, tmp_path / "p.annotator", docs) as w:
        lst = w.documents.list
        lst.setFocus()
        qtbot.waitUntil(lst.hasFocus)
        for expected in ("d1", "d2", "d3"):
            QTest.keyClick(lst, Qt.Key.Key_Down)
            qtbot.waitUntil(lambda e=expected: w.doc_id == e)
            assert lst.hasFocus()  # the keyboard stays in the list
