"""What keeps the window fast on a corpus, checked for what it shows (issue 10, window budgets):
a large project's list and label counts come after the first frame and then equal a fresh
window's; cells and scroll bars painted from caches look exactly as Qt paints them; the
palette and the status line change in place; stepping scrolls the list a page at a time;
entity lanes assigned for an edit's cluster equal lanes assigned for the whole paragraph; the
document list stops reading a closed project; background work waits while the user acts.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QScrollBar, QStyledItemDelegate

from annotator.core import doclist
from annotator.core import session as session_module
from annotator.core.entity_index import assign_lanes
from annotator.core.model import Document, Entity
from annotator.core.store import Project
from annotator.ui import idle
from annotator.ui.main_window import MainWindow
from annotator.ui.scrollbar import use_cached_scroll_bars

from .conftest import open_window

TEXT = "東京の山田太郎は大阪の会社に勤めている。佐藤花子は京都大学の教授である。"
DOCS = {f"d{i:02d}": f"{i}番目の文書。{TEXT}" for i in range(60)}
ALT = Qt.KeyboardModifier.AltModifier


def _project(path, docs: dict[str, str] = DOCS) -> Project:
    p = Project.open(path, create=True)
    with p.bulk_import("test") as bulk:
        for doc_id, text in docs.items():
            s = text.index("東京")
            bulk.add(Document(doc_id, text, entities=[Entity("T1", s, s + 2, "LOCATION", "東京")]))
    return p


def _palette(w: MainWindow) -> list[str]:
    return [w.palette_panel.item(i).text() for i in range(w.palette_panel.count())]


def test_a_large_projects_list_and_counts_come_after_the_first_frame(qtbot, tmp_path, monkeypatch):
    p = _project(tmp_path / "big.annotator")
    with monkeypatch.context() as m:
        m.setattr(doclist, "LARGE", 10)  # 60 documents count as a corpus here
        m.setattr(session_module, "SLOW_COUNT", 10)
        w = MainWindow(p)
        qtbot.addWidget(w)
        assert w.doc_id == "d00"  # opened without listing the documents
        assert w.documents.ids() == []
        assert all(text.endswith("/ …") for text in _palette(w))
        w.show()
        qtbot.waitUntil(lambda: w.view.frames > 0)
        qtbot.waitUntil(lambda: len(w.documents.ids()) == len(DOCS))
        qtbot.waitUntil(lambda: not any(text.endswith("…") for text in _palette(w)))
    fresh = MainWindow(p, document=w.doc_id)  # a small project for it: listed and counted at once
    qtbot.addWidget(fresh)
    assert _palette(w) == _palette(fresh)
    assert [w.documents.row_text(d) for d in DOCS] == [fresh.documents.row_text(d) for d in DOCS]
    assert w.documents.list.currentIndex().row() == 0  # the open document's row, selected once listed
    fresh.close()
    w.close()
    p.close()


def test_the_last_document_reopens_in_a_large_project(qtbot, tmp_path, monkeypatch):
    p = _project(tmp_path / "big.annotator")
    monkeypatch.setattr(doclist, "LARGE", 10)
    w = MainWindow(p, document="d42")
    qtbot.addWidget(w)
    w.close()  # remembers d42
    again = MainWindow(p)
    qtbot.addWidget(again)
    assert again.doc_id == "d42"
    again.close()
    p.close()


def test_the_entity_and_document_cells_look_as_qt_paints_them(qtbot, tmp_path):
    text = "東京の山田太郎は大阪の会社に勤めている。" + "かなカナ漢字ABCabc123" * 5
    spans = [(0, 2), (3, 7), (8, 10), (11, 13), (0, 7), (20, len(text)), (21, 22), (25, 27)]
    p = Project.open(tmp_path / "c.annotator", create=True)
    with p.bulk_import("test") as bulk:
        bulk.add(Document("a", text, entities=[Entity(f"T{k}", s, e, "LOCATION" if k % 2 else "PERSON", text[s:e])
                                               for k, (s, e) in enumerate(spans)]))
        for k in range(30):
            bulk.add(Document(f"doc{k}", f"第{k}号。{text}"))
    w = MainWindow(p)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.view.frames > 0)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    for view in (w.entity_panel, w.documents.list):
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        view.selectRow(1)
        for active in (True, False):
            if not active:
                w.view.setFocus()  # no focus frame, the selection as an inactive one
                qtbot.waitUntil(w.view.hasFocus)
            ours = view.viewport().grab().toImage()
            delegate = view.itemDelegate()
            view.setItemDelegate(QStyledItemDelegate(view))
            theirs = view.viewport().grab().toImage()
            view.setItemDelegate(delegate)
            assert ours == theirs, (view.objectName(), active)
    w.close()
    p.close()


def test_a_cached_scroll_bar_looks_as_qt_paints_it(qtbot):
    images = []
    for cached in (False, True):
        edit = QPlainTextEdit()
        qtbot.addWidget(edit)
        edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        if cached:
            use_cached_scroll_bars(edit)
        edit.setPlainText("行\n" * 500)
        edit.resize(300, 400)
        edit.show()
        qtbot.waitExposed(edit)
        bar = edit.verticalScrollBar()
        shots = []
        for value in (0, 250, 251, bar.maximum()):  # 250 and 251: the same handle, painted again
            bar.setValue(value)
            shots.append(edit.grab().toImage())
        bar.setRange(0, bar.maximum() + 1)  # a row more: the handle barely moves
        shots.append(edit.grab().toImage())
        images.append(shots)
        assert isinstance(bar, QScrollBar)
    assert images[0] == images[1]


def test_the_palette_changes_its_items_in_place(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": TEXT}) as w:
        items = [w.palette_panel.item(i) for i in range(w.palette_panel.count())]
        s = TEXT.index("山田太郎")
        w.view.set_cursor(s)
        w.view.set_selection(s, s + 4)
        QTest.keyClick(w.view, Qt.Key.Key_1)  # PERSON
        qtbot.waitUntil(lambda: "PERSON   1 / 1" in _palette(w)[0])
        assert [w.palette_panel.item(i) for i in range(w.palette_panel.count())] == items


def test_the_status_line_never_widens_the_window(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "s.annotator", {"a": TEXT}) as w:
        wide = w.minimumSizeHint().width()
        w.inspector.setText("長い形態素の説明" * 300)  # cut where the status bar ends
        assert w.minimumSizeHint().width() == wide
        w.doc_info.setText("a" * 40)
        qtbot.waitUntil(lambda: w.doc_info.holder.width() >= w.doc_info.sizeHint().width())  # all of it shown
        holder = w.doc_info.holder.sizeHint().width()
        w.doc_info.setText("a" * 38)  # a little shorter: the status bar does not move
        assert w.doc_info.holder.sizeHint().width() == holder
        w.doc_info.setText("a")  # much shorter: it narrows
        assert w.doc_info.holder.sizeHint().width() < holder
        assert w.doc_info.text() == "a" and w.doc_info.textFormat() == Qt.TextFormat.PlainText


def test_stepping_down_scrolls_the_list_a_page_at_a_time(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "l.annotator", DOCS) as w:
        w.resize(900, 500)
        lst = w.documents.list
        bar = lst.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        rows = lst.viewport().height() // lst.rowHeight(0)
        context = min(3, rows // 4)  # rows before the open one kept in sight
        scrolls, value = 0, bar.value()
        for step in range(1, 45):
            QTest.keyClick(w, Qt.Key.Key_Down, ALT)
            qtbot.waitUntil(lambda s=step: w.doc_id == f"d{s:02d}")
            rect = lst.visualRect(lst.currentIndex())
            assert lst.viewport().rect().contains(rect)  # the open document's row is in sight
            if bar.value() != value:
                scrolls += 1
                assert bar.value() == step - context
                value = bar.value()
        assert rows > 4 and 1 <= scrolls <= 44 // (rows - context - 1) + 1  # once a page, not once a step


def test_lanes_given_for_an_edit_equal_lanes_given_for_the_paragraph(qtbot, tmp_path):
    text = "東京大学大学院情報理工学系研究科の山田太郎教授"
    with open_window(qtbot, tmp_path / "n.annotator", {"a": text}) as w:
        spans = [(0, 4), (0, 7), (0, 2), (2, 4), (7, 17), (4, 17), (18, 22), (17, 23), (20, 22)]
        for s, e in spans:
            w.view.set_cursor(s)
            w.view.set_selection(s, e)
            QTest.keyClick(w.view, Qt.Key.Key_2)
            qtbot.waitUntil(lambda s=s, e=e: any((x.start, x.end) == (s, e) for x in w.index.all()))
        for _ in range(4):
            w.undo()
        w.history.redo()
        view = w.view
        view.viewport().repaint()  # lanes of the painted paragraph, kept and updated since
        tokens = w.doc_tokens
        for i, para in enumerate(tokens.paragraphs):
            expected = assign_lanes(view.entities.overlapping(para.start, max(para.end, para.start + 1)))
            kept = view._lanes_of(i)
            assert {eid: kept[eid] for eid in expected} == expected


def test_a_closed_window_no_longer_reads_its_project(qtbot, tmp_path, monkeypatch):
    with open_window(qtbot, tmp_path / "r.annotator", DOCS) as w:
        panel = w.documents
        steps: list[object] = []
        monkeypatch.setattr(panel.index, "load_search_texts", lambda budget=None: steps.append(budget) or False)
        w.close()
        assert not panel._loader.isActive()
        panel._loader.timeout.emit()  # a step that was due: it reads nothing
        assert steps == []
        w.show()  # shown again: it goes on
        qtbot.waitUntil(lambda: steps != [])


def test_background_work_waits_while_the_user_acts(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(idle, "_clock", lambda: now[0])
    monkeypatch.setattr(idle, "_last_input", -1e9)
    assert idle.quiet_wait_ms() == 0
    idle.user_active()
    assert idle.quiet_wait_ms() == pytest.approx(idle.RESUME_AFTER_MS, abs=1)
    now[0] += idle.RESUME_AFTER_MS / 2000
    assert 0 < idle.quiet_wait_ms() <= idle.RESUME_AFTER_MS // 2 + 1
    now[0] += idle.RESUME_AFTER_MS / 1000
    assert idle.quiet_wait_ms() == 0


def test_the_view_runs_work_after_its_first_frame(qtbot):
    from annotator.ui.text_view import TextView

    view = TextView()
    qtbot.addWidget(view)
    done: list[str] = []
    view.after_first_frame(lambda: done.append("later"))
    assert done == []
    view.show()
    qtbot.waitUntil(lambda: done == ["later"])
    view.after_first_frame(lambda: done.append("now"))
    assert done == ["later", "now"]
