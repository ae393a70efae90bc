"""The document list (annotator/ui/document_model.py, DocumentPanel) and the claim list
(ClaimListModel in annotator/ui/claims_panel.py) as Qt models updated by row."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from annotator.core.changes import Change, ClaimChange, StatusChange
from annotator.core.doclist import DocumentIndex
from annotator.core.model import Claim, Document, Entity, Status
from annotator.core.ops import AddEntity, SetStatus
from annotator.core.store import Project
from annotator.ui.claims_panel import ClaimPanel
from annotator.ui.document_model import ID_ROLE, STATUS_MARK
from annotator.ui.panels import DocumentPanel
from tests.benchmarks.doclist_corpus import build_corpus, doc_id

LONG_ID = "長い識別子" * 200
DOCS = {
    "a": "東京都に住む人。",
    "b": "大阪に行く。",
    "𠮷野家": "𠮷野家😀の売上は\r\n前年比12%増。",
    "rtl\u202eevil": "\u202eright-to-left\u202c and \u2066isolate",
    "<b>bold</b> & co": "<i>本文</i>",
    LONG_ID: "長い本文" * 30,
    "tab\tid": "\u3000\u3000字下げの段落\n次の行",
}


@pytest.fixture
def project(tmp_path):
    p = Project.open(tmp_path / "d.annotator", create=True)
    with p.bulk_import("test") as bulk:
        for i, (doc, text) in enumerate(DOCS.items()):
            bulk.add(Document(doc, text, status=Status.DONE if doc == "b" else Status.NEW,
                              entities=[Entity("T1", 0, 1, "PERSON", text[0])] if i == 0 else []))
    yield p
    p.close()


@pytest.fixture
def panel(qtbot, project):
    panel = DocumentPanel()
    qtbot.addWidget(panel)
    panel.resize(380, 400)
    panel.set_index(DocumentIndex.load(project))
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def shown_rows(panel: DocumentPanel) -> list[str]:
    """What the view is given for each row it shows."""
    proxy = panel.proxy
    return [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]


def test_rows_show_status_id_count_and_snippet(panel):
    assert panel.ids() == list(DOCS)
    assert panel.list.objectName() == "documentList" and panel.search.objectName() == "documentFilter"
    assert panel.status.objectName() == "statusFilter"
    assert panel.row_text("a") == "○  a  (1)  東京都に住む人。"
    assert panel.row_text("b").startswith(STATUS_MARK[Status.DONE])
    assert panel.row_text("𠮷野家") == "○  𠮷野家  (0)  𠮷野家😀の売上は 前年比12%増。"
    assert panel.row_text("tab\tid") == "○  tab\\tid  (0)  字下げの段落 次の行"
    assert shown_rows(panel) == [panel.row_text(d) for d in DOCS]
    assert [panel.proxy.data(panel.proxy.index(r, 0), ID_ROLE) for r in range(len(DOCS))] == list(DOCS)
    assert panel.row_text("nowhere") == ""


def test_hostile_ids_and_texts_are_shown_as_plain_text(panel):
    rtl = panel.row_text("rtl\u202eevil")
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", rtl)  # the rest of the row is not turned around
    assert rtl == "○  rtl\\u202eevil  (0)  \\u202eright-to-left\\u202c and \\u2066isolate"
    long_row = panel.row_text(LONG_ID)
    assert "…" in long_row and len(long_row) < 120  # cut in the middle, its snippet still shown
    assert long_row.startswith("○  長い識別子") and long_row.endswith("長い本文長い本文…")
    tip = panel.row_tooltip("<b>bold</b> & co")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in tip and "<b>" not in tip
    assert "<b>bold</b> & co" in panel.row_text("<b>bold</b> & co")  # a table item is plain text
    whole = html.unescape(re.sub("<[^>]+>", "", panel.row_tooltip(LONG_ID).replace("<br>", "\n")))
    assert whole.startswith(LONG_ID + "\n")


def test_filtering_by_text_and_status_never_resets_the_source(qtbot, panel):
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    panel.search.setText("東京")
    assert panel.ids() == ["a"]
    panel.search.setText("𠮷")
    assert panel.ids() == ["𠮷野家"]
    panel.search.setText("  \u202e ")  # stripped, as typed
    assert panel.ids() == ["rtl\u202eevil"]
    panel.search.setText("")
    panel.status.setCurrentIndex(panel.status.findData(Status.DONE.value))
    assert panel.ids() == ["b"] and shown_rows(panel) == [panel.row_text("b")]
    panel.search.setText("大阪")
    assert panel.ids() == ["b"]
    panel.search.setText("東京")
    assert panel.ids() == []
    panel.status.setCurrentIndex(0)
    assert panel.ids() == ["a"]
    panel.search.clear()
    assert panel.ids() == list(DOCS)
    assert resets == []


def test_set_current_selects_without_the_signal_and_the_user_picks_with_it(qtbot, panel):
    chosen = []
    panel.documentChosen.connect(chosen.append)
    panel.set_current("b")
    assert panel.list.currentIndex().row() == 1 and chosen == []
    panel.search.setText("𠮷")  # b hidden: nothing selected, nothing chosen
    assert not panel.list.currentIndex().isValid() and chosen == []
    panel.search.clear()  # b shown again: selected again
    assert panel.list.currentIndex().row() == 1 and chosen == []
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Down)
    assert chosen == ["𠮷野家"]
    rect = panel.list.visualRect(panel.proxy.index(0, 0))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen == ["𠮷野家", "a"]
    # typing an id goes to it (keys closer than the keyboard-search interval, however busy the machine)
    from PySide6.QtWidgets import QApplication
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(60_000)
    try:
        QTest.keyClicks(panel.list, "<b")
    finally:
        QApplication.setKeyboardInputInterval(interval)
    assert chosen[-1] == "<b>bold</b> & co"
    panel.set_current(None)
    assert not panel.list.currentIndex().isValid() and chosen[-1] == "<b>bold</b> & co"


def test_stepping_follows_the_shown_order_across_the_filter(panel):
    assert panel.neighbour("a", 1) == "b" and panel.neighbour("b", -1) == "a"
    assert panel.neighbour("a", -1) is None and panel.neighbour("tab\tid", 1) is None
    assert panel.neighbour(None, 1) == "a" and panel.neighbour(None, -1) == "tab\tid"
    panel.search.setText("長い")  # in LONG_ID's id and text, nowhere else
    assert panel.ids() == [LONG_ID]
    assert panel.neighbour("a", 1) == LONG_ID and panel.neighbour("a", -1) == LONG_ID  # a is not shown
    assert panel.neighbour(LONG_ID, 1) is None
    panel.search.setText("に")
    assert panel.ids() == ["a", "b"]
    assert panel.neighbour("a", 1) == "b" and panel.neighbour("b", 1) is None
    panel.search.setText("zzz")
    assert panel.neighbour("a", 1) is None and panel.neighbour(None, -1) is None


def test_a_change_updates_its_rows_one_at_a_time(qtbot, panel, project):
    changed, resets = [], []
    panel.model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    panel.model.modelReset.connect(lambda: resets.append(1))
    panel.set_current("a")
    panel.status.setCurrentIndex(panel.status.findData(Status.NEW.value))
    assert "b" not in panel.ids()
    change = project.apply(AddEntity("a", project.new_entity("a", 1, 3, "PERSON")))
    panel.apply_change(change)
    assert changed == [(0, 0)]
    assert panel.row_text("a") == "◐  a  (2)  東京都に住む人。"
    assert shown_rows(panel)[0] == panel.row_text("a")  # still shown: the list does not move under the hands
    assert panel.list.currentIndex().row() == 0
    panel.apply_change(project.undo())
    assert panel.row_text("a") == "○  a  (1)  東京都に住む人。"
    panel.apply_change(project.apply(SetStatus("b", Status.DONE, Status.SKIPPED)))  # a row not shown
    assert panel.row_text("b").startswith(STATUS_MARK[Status.SKIPPED])
    assert changed == [(0, 0), (0, 0), (1, 1)] and resets == []
    # equal to a list loaded afresh
    fresh = DocumentPanel()
    fresh.set_index(DocumentIndex.load(project))
    assert [fresh.row_text(d) for d in DOCS] == [panel.row_text(d) for d in DOCS]
    fresh.deleteLater()


def test_search_texts_load_while_idle(qtbot, panel):
    qtbot.waitUntil(lambda: panel.index.search_ready)
    assert panel.index.text_chars > 0


def test_a_reload_is_the_one_reset(qtbot, panel, project):
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    panel.set_current("b")
    panel.search.setText("に")
    with project.bulk_import("more") as bulk:
        bulk.add(Document("c", "京都に行く。"))
    panel.set_index(DocumentIndex.load(project))
    assert resets == [1]
    assert panel.ids() == ["a", "b", "c"] and panel.search.text() == "に"
    assert panel.list.currentIndex().row() == 1  # b, still the open document


def test_100k_documents_filter_select_and_step_without_resetting_the_source(qtbot, tmp_path):
    path = tmp_path / "big.annotator"
    build_corpus(path, 100_000)
    project = Project.open(path)
    panel = DocumentPanel()
    qtbot.addWidget(panel)
    panel.resize(380, 600)
    panel.show()
    index = DocumentIndex.load(project)
    panel.set_index(index)
    qtbot.waitExposed(panel)
    resets, source_resets, chosen = [], [], []
    panel.proxy.modelReset.connect(lambda: resets.append(1))
    panel.model.modelReset.connect(lambda: source_resets.append(1))
    panel.documentChosen.connect(chosen.append)

    panel.set_current(doc_id(50_000))
    assert panel.list.currentIndex().row() == 50_000
    assert panel.neighbour(doc_id(50_000), 1) == doc_id(50_001)
    panel.search.setText("第5")  # 第5号, 第50号... 第59999号: 11,111 documents
    assert len(panel.ids()) == 11_111 and panel.ids()[:3] == [doc_id(5), doc_id(50), doc_id(51)]
    assert panel.list.currentIndex().row() == panel.ids().index(doc_id(50_000))
    panel.search.setText("第50000")
    assert panel.ids() == [doc_id(50_000)]
    panel.status.setCurrentIndex(panel.status.findData(Status.DONE.value))
    assert panel.ids() == []  # 50,000 % 6 == 2: new
    panel.status.setCurrentIndex(panel.status.findData(Status.NEW.value))
    panel.search.setText("第5")
    assert len(panel.ids()) == len([i for i in range(100_000) if str(i).startswith("5") and i % 6 < 3])
    assert panel.neighbour(doc_id(50_000), 1) == doc_id(50_004)  # 50,001-50,003 are not new
    assert panel.neighbour(doc_id(50_002), 1) == panel.ids()[0] == doc_id(50)  # not shown: the first
    panel.list.viewport().repaint()
    change = Change(statuses=(StatusChange(doc_id(50_000), Status.NEW, Status.DONE),))
    panel.apply_change(change)
    assert panel.row_text(doc_id(50_000)).startswith(STATUS_MARK[Status.DONE])
    panel.search.clear()
    panel.status.setCurrentIndex(0)
    assert len(panel.ids()) == 100_000
    assert panel.list.currentIndex().row() == 50_000
    last = panel.proxy.index(99_999, 0)
    panel.list.scrollTo(last)
    assert panel.proxy.data(last).startswith(f"{STATUS_MARK[Status.IN_PROGRESS]}  {doc_id(99_999)}  (0)  第99999号")
    assert source_resets == [] and len(resets) == 7 and chosen == []  # one reset of the filter per change
    project.close()


# -- the claim list -------------------------------------------------------------------------
def claim(cid: str, start: int, end: int, **data) -> Claim:
    return Claim(cid, start, end, "本文の主張です"[start:end], data)


def test_claim_list_updates_by_row(qtbot):
    panel = ClaimPanel()
    qtbot.addWidget(panel)
    c1, c2, c3 = claim("C1", 0, 3), claim("C2", 2, 5, type="q"), claim("C3", 4, 7)
    chosen, events = [], []
    panel.claimChosen.connect(chosen.append)
    m = panel.model
    m.rowsInserted.connect(lambda _p, a, b: events.append(("insert", a)))
    m.rowsRemoved.connect(lambda _p, a, b: events.append(("remove", a)))
    m.dataChanged.connect(lambda a, b, *_: events.append(("changed", a.row())))
    m.modelReset.connect(lambda: events.append(("reset",)))

    panel.show_claims([c3, c1], "C3", 2)
    assert panel.claim_ids() == ["C1", "C3"] and panel.list.currentIndex().row() == 1
    assert panel.suggestion_info.text() != "" and events == [("reset",)]
    events.clear()
    panel.apply_claim_changes((ClaimChange("d", None, c2),), "C2")
    assert panel.claim_ids() == ["C1", "C2", "C3"] and events == [("insert", 1)]
    assert panel.list.currentIndex().row() == 1 and panel.row_text(1).startswith("C2  q · — · —")
    edited = Claim("C2", 2, 5, c2.text, {"type": "p"})
    panel.apply_claim_changes((ClaimChange("d", c2, edited),), "C2")
    assert events[-1] == ("changed", 1) and panel.row_text(1).startswith("C2  p")
    moved = Claim("C2", 5, 7, "主張", {"type": "p"})  # resized: its row moves
    panel.apply_claim_changes((ClaimChange("d", edited, moved),), "C2")
    assert panel.claim_ids() == ["C1", "C3", "C2"] and events[-2:] == [("remove", 1), ("insert", 2)]
    assert panel.list.currentIndex().row() == 2
    panel.apply_claim_changes((ClaimChange("d", c1, None), ClaimChange("d", c3, None)), None)
    assert panel.claim_ids() == ["C2"] and not panel.list.currentIndex().isValid()
    assert ("reset",) not in events and chosen == []
    panel.show_suggestion_count(-1)
    assert panel.suggestion_info.text() == ""
    # the annotator picks a row
    panel.show_claims([c1, moved], None, -1)
    rect = panel.list.visualRect(panel.model.index(1, 0))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert chosen == ["C2"]


def test_claim_rows_show_text_plainly(qtbot):
    panel = ClaimPanel()
    qtbot.addWidget(panel)
    hostile = Claim("C1", 0, 30, "<b>太字</b>\r\nの\u3000主張" + "あ" * 50, {})
    panel.show_claims([hostile], "C1", -1)
    text = panel.row_text(0)
    assert "<b>太字</b> の 主張" in text and "\n" not in text and text.endswith("…")
    tip = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tip and "<b>" not in tip


def test_a_file_that_cannot_be_read_leaves_the_list_as_it_was(qtbot, project):
    panel = DocumentPanel()
    qtbot.addWidget(panel)
    panel.set_index(DocumentIndex.load(project))
    panel.set_current("a")
    project.db.conn.execute("ALTER TABLE documents RENAME TO elsewhere")  # as another program might
    assert panel.row_text("b") == f"{STATUS_MARK[Status.DONE]}  b"  # what the list knows
    assert panel.row_tooltip("<b>bold</b> & co").count("&lt;b&gt;") == 1
    panel.search.setText("東京")  # the texts cannot be read: said, the rows stay
    assert panel.ids() == list(DOCS)
    assert "documents" in panel.search.toolTip() and panel.list.currentIndex().row() == 0
    project.db.conn.execute("ALTER TABLE elsewhere RENAME TO documents")
    panel.search.setText("東京都")
    assert panel.ids() == ["a"] and "documents" not in panel.search.toolTip()
