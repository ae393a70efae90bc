""""Label all" shows a preview before it labels: each occurrence with its context and a check
box, a count, and matches inside a longer word listed unchecked (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Status
from annotator.ui.document_model import STATUS_MARK
from annotator.ui.label_all_dialog import LabelAllDialog
from tests.ui.conftest import open_window

A = "東京都に住む。京都へ行く。"  # 京都 inside 東京都, and 京都 on its own
B = "<b>京都</b>\n𠮷😀京都"


@pytest.fixture
def window(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "w.annotator", {"a": A, "b": B, "c": "大阪"}) as w:
        yield w


def preview(w, qtbot, needle: str, *, whole_project: bool) -> LabelAllDialog:
    QTest.keyClick(w.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    w.find_bar.input.insert(needle)
    w.find_bar.label.setCurrentIndex(w.find_bar.label.findData("LOCATION"))
    (w.find_bar.in_project if whole_project else w.find_bar.in_doc).click()
    qtbot.waitUntil(lambda: w.findChild(LabelAllDialog) is not None and w.findChild(LabelAllDialog).isVisible())
    return w.findChild(LabelAllDialog)


def rows(dialog: LabelAllDialog) -> list[tuple[str, bool]]:
    return [(dialog.list.item(i).text(), dialog.list.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(dialog.list.count())]


def spans(w, doc_id: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.text) for e in w.project.entities(doc_id)]


def test_matches_inside_a_longer_word_are_listed_unchecked(window, qtbot):
    dialog = preview(window, qtbot, "京都", whole_project=False)
    shown = rows(dialog)
    assert len(shown) == 2
    assert shown[0][0].startswith("東【京都】に住む") and "東京都" in shown[0][0] and not shown[0][1]
    assert "【京都】へ行く" in shown[1][0] and shown[1][1]
    assert "1 of 2 matches in 1 document will" in dialog.summary.text() and dialog.ok.text() == "Label 1"
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert spans(window, "a") == [(7, 9, "京都")]
    assert window.project.status("a") == Status.IN_PROGRESS


def test_space_unchecks_and_nothing_checked_labels_nothing(window, qtbot):
    dialog = preview(window, qtbot, "京都", whole_project=False)
    dialog.list.setCurrentRow(1)
    QTest.keyClick(dialog.list, Qt.Key.Key_Space)
    assert rows(dialog)[1][1] is False and not dialog.ok.isEnabled()
    QTest.keyClick(dialog.list, Qt.Key.Key_Space)
    assert rows(dialog)[1][1] is True and dialog.ok.isEnabled()
    QTest.keyClick(dialog.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(LabelAllDialog) is None)
    assert spans(window, "a") == []


def test_asking_for_matches_inside_words_labels_them_too(window, qtbot):
    dialog = preview(window, qtbot, "京都", whole_project=False)
    dialog.include_inside.setChecked(True)
    assert all(checked for _, checked in rows(dialog))
    dialog.ok.click()
    assert spans(window, "a") == [(1, 3, "京都"), (7, 9, "京都")]
    window.undo()
    assert spans(window, "a") == []


def test_the_whole_project_preview_names_documents_and_shows_context_as_plain_text(window, qtbot):
    dialog = preview(window, qtbot, "京都", whole_project=True)
    shown = rows(dialog)
    assert len(shown) == 4
    texts = [t for t, _ in shown]
    assert any(t.startswith("b ") and "<b>【京都】</b>⏎𠮷😀京" in t for t in texts), texts
    assert dialog.list.item(2).data(Qt.ItemDataRole.DisplayRole) == dialog.list.item(2).text()
    assert "3 of 4 matches in 2 documents will" in dialog.summary.text()
    assert dialog.include_inside.text() == "Also label the match inside a longer word"
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert spans(window, "b") == [(3, 5, "京都"), (12, 14, "京都")]
    # the window shows what the core did: the documents it changed are in progress in the list
    assert window.project.status("b") == Status.IN_PROGRESS
    qtbot.waitUntil(lambda: window.documents.row_text("b").startswith(STATUS_MARK[Status.IN_PROGRESS]))
    assert "(2)" in window.documents.row_text("b")
    assert window.documents.row_text("c").startswith(STATUS_MARK[Status.NEW])
