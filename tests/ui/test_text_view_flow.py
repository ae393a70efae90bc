"""The text view's flow: overlays that keep the view still, a drag that moves the keyboard
cursor, a tool tip that goes when the text scrolls, the status line that follows the keyboard,
furigana over the kanji without collisions, entity label names that never overprint."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from annotator.core.model import Document, Entity
from annotator.core.ops import AddEntity
from annotator.core.palette import FURIGANA_COLOUR, POS_CATEGORIES, contrast_ratio
from annotator.core.store import Project
from annotator.ui.entity_overlay import label_boxes
from tests.ui.conftest import open_window

TEXT = "𠮷野家😀の孫正義はソフトバンクの会長です。\n米国のMicrosoftが発表した。"
DENSE = "承る志す謹む賜る轟く" * 6  # one-kanji words with long readings, side by side
LONG = "\n".join(f"第{k}段落：東京に生れた孫正義は取り扱い説明書を読んだ。" * 3 for k in range(120))


@pytest.fixture
def window(qtbot, tmp_path):
    docs = {"a": TEXT, "b": LONG, "dense": DENSE}
    with open_window(qtbot, tmp_path / "w.annotator", docs) as w:
        w.resize(1400, 900)
        qtbot.waitUntil(lambda: w.view.viewport().width() > 600)
        yield w


def centre(view, pos: int) -> QPoint:
    r = view.char_rect(pos)
    return QPoint(int(r.center().x()), int(r.center().y()))


def open_doc(window, qtbot, doc_id: str) -> None:
    window.navigation.open_document(doc_id)
    qtbot.waitUntil(lambda: window.view.tokens is not None and window.session.doc.id == doc_id)
    view = window.view
    qtbot.waitUntil(lambda: all(view.background.ready(i) for i in range(min(3, len(view.tokens.paragraphs)))))


def test_toggling_an_overlay_keeps_the_text_at_the_top_still(window, qtbot):
    open_doc(window, qtbot, "b")
    view = window.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    qtbot.waitUntil(lambda: view.frames > 0)
    pos, y = view.first_visible()
    assert pos > 0
    for name in ("furigana", "pos", "boundaries", "furigana"):
        action = window.overlay_actions[name]
        action.setChecked(not action.isChecked())
        after, y_after = view.first_visible()
        assert abs(view.char_rect(pos).top() - y) <= 1.0, name  # the same text, the same place
        assert after <= pos + 40  # (still the first line shown)
        assert abs(y_after - y) <= view.ruby_fm.height() + 2


def test_a_drag_moves_the_keyboard_cursor_to_its_end(window, qtbot):
    view = window.view
    tokens = view.tokens
    k = TEXT.index("ソフトバンク")
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(view, TEXT.index("孫")))
    QTest.mouseMove(vp, centre(view, k + 1))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(view, k + 1))
    end_tok = tokens.token_at(k + 1)
    s, e = view.selection
    assert (s, e) == (TEXT.index("孫"), end_tok[1])
    assert view.cursor_pos == end_tok[0]  # the morpheme where the drag ended
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    nxt = tokens.next_token(end_tok[0])
    assert view.selection == (s, nxt[1])  # extended from the drag's end, by one morpheme
    assert view.cursor_pos == nxt[0]
    QTest.keyClick(view, Qt.Key.Key_Right)
    after = tokens.next_token(nxt[0])
    assert view.selection == (after[0], after[1])  # and the arrows go on from there


def test_a_backward_drag_leaves_the_cursor_at_its_start(window, qtbot):
    view = window.view
    vp = view.viewport()
    a, b = TEXT.index("会長"), TEXT.index("孫")
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(view, a))
    QTest.mouseMove(vp, centre(view, b))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(view, b))
    assert view.selection[0] == b and view.cursor_pos == b


def test_the_tool_tip_goes_when_the_view_scrolls(window, qtbot):
    open_doc(window, qtbot, "b")
    view = window.view
    QTest.mouseMove(view.viewport(), centre(view, LONG.index("東京")))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "東京" in QToolTip.text()
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 200)
    # hidden at once (Qt fades it out in 300 ms), long before it would time out by itself (10 s)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


def test_the_status_line_follows_the_keyboard_cursor_not_the_mouse(window, qtbot):
    view = window.view
    QTest.keyClick(view, Qt.Key.Key_Home)
    QTest.keyClick(view, Qt.Key.Key_Right)
    s, e = view.selection
    shown = window.inspector.text()
    assert shown.startswith(TEXT[s:e])
    QTest.mouseMove(view.viewport(), centre(view, TEXT.index("Microsoft") + 2))
    qtbot.waitUntil(QToolTip.isVisible)  # the mouse's morpheme is the tool tip's
    assert "Microsoft" in QToolTip.text()
    assert window.inspector.text() == shown


class _Marking(QTranslator):
    """Marks what is translated in the contexts the view uses (a stand-in for Japanese)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context in ("PosLegend", "TextView") else None


def test_the_legend_and_the_tool_tip_keys_are_translated(window, qtbot):
    from annotator.ui.morph_overlay import legend_html
    from annotator.ui.text_mouse import token_tooltip

    marking = _Marking()
    QCoreApplication.installTranslator(marking)
    try:
        legend = legend_html()
        tip = token_tooltip(window.view, TEXT.index("孫"))
    finally:
        QCoreApplication.removeTranslator(marking)
    assert "«proper noun»" in legend and "«particle, auxiliary, affix»" in legend
    assert "«lemma: 孫»" in tip and "«part of speech: 名詞-固有名詞" in tip and "«reading: ソン (そん)»" in tip


def test_furigana_sit_over_the_kanji_at_a_readable_size_and_never_meet(window, qtbot):
    window.overlay_actions["furigana"].setChecked(True)
    open_doc(window, qtbot, "b")
    view = window.view
    assert view.verticalScrollBar().value() == 0  # paragraph 0 at the top: its y is the viewport's
    assert view.ruby_font.pointSizeF() >= 0.55 * view.font_point_size()
    boxes = view.furigana(0)
    by_reading: dict = {}
    for box, reading, _ in boxes:
        by_reading.setdefault(reading, box)  # the first of each
    assert "うま" in by_reading and "うまれ" not in by_reading  # 生 of 生れ, not its れ
    assert "と" in by_reading and "あつか" in by_reading  # 取り扱い
    for reading, surface in (("うま", "生"), ("あつか", "扱"), ("とうきょう", "東京")):
        kanji = view.char_rect(LONG.index(surface))
        if len(surface) > 1:
            kanji = kanji.united(view.char_rect(LONG.index(surface) + len(surface) - 1))
        box = by_reading[reading].translated(view.margin, 0)
        assert abs(box.center().x() - kanji.center().x()) <= max(2.0, (box.width() - kanji.width()) / 2 + 1)
        assert kanji.top() - box.height() - 1 <= box.top() and box.bottom() <= kanji.top() + 0.5  # just above
    for (a, _, _), (b, _, _) in itertools.combinations(boxes, 2):
        assert not a.intersects(b), (a, b)


def test_dense_readings_are_squeezed_or_shifted_apart(window, qtbot):
    window.overlay_actions["furigana"].setChecked(True)
    open_doc(window, qtbot, "dense")
    boxes = window.view.furigana(0)
    assert len(boxes) >= 20
    assert any(scale < 1.0 for _, _, scale in boxes)  # readings wider than their kanji, squeezed
    for (a, _, _), (b, _, _) in itertools.combinations(boxes, 2):
        assert not a.intersects(b), (a, b)


def test_the_authors_ruby_is_the_furigana(qtbot, tmp_path):
    text = "吾輩は猫である。"
    project = Project.open(tmp_path / "r.annotator", create=True)
    with project.bulk_import("t") as bulk:
        bulk.add(Document("r", text, meta={"ruby": [[0, 2, "わがはい"], [3, 4, "ねこ"], [1, 3, "x"]]}))
    project.close()
    from annotator.ui.main_window import MainWindow

    project = Project.open(tmp_path / "r.annotator")
    w = MainWindow(project)
    qtbot.addWidget(w)
    w.overlay_actions["furigana"].setChecked(True)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.view.background.ready(0))
    try:
        assert w.view.ruby == [(0, 2, "わがはい"), (3, 4, "ねこ")]
        assert [reading for _, reading, _ in w.view.furigana(0)] == ["わがはい", "ねこ"]
    finally:
        w.close()
        project.close()


def test_label_names_of_nested_and_adjacent_entities_never_meet(qtbot, tmp_path):
    text = "OpenAI APIとMicrosoftのAzureとGoogle。"
    with open_window(qtbot, tmp_path / "n.annotator", {"n": text}) as w:
        session = w.session
        spans = [(0, 10, "ARTIFACT"), (0, 6, "ORGANIZATION"), (7, 10, "ARTIFACT"),
                 (11, 20, "ORGANIZATION"), (21, 26, "ARTIFACT"), (27, 33, "ORGANIZATION"),
                 (11, 26, "ARTIFACT")]
        for k, (s, e, label) in enumerate(spans):
            session.apply(AddEntity("n", Entity(f"T{k + 1}", s, e, label, text[s:e])))
        view = w.view
        qtbot.waitUntil(lambda: len(view.entities.overlapping(0, len(text))) == len(spans))
        drawn, lanes = view.entity_paints(0, 0, len(text))
        boxes = [box for _, box in label_boxes(drawn, lanes, 0)]
        assert len(boxes) == len(spans)  # every name is painted
        for a, b in itertools.combinations(boxes, 2):
            assert not a.intersects(b), (a, b)
        # each name starts at or after its entity's start, on the line under it
        for (d, box) in label_boxes(drawn, lanes, 0):
            assert box.left() >= d[1][0].left() - 0.01 and box.top() >= d[1][0].bottom()
        # each name reads on its chip, as painted (the chip is opaque: its colour is what is under the name)
        for _, _, (_, _, _, pen, _, chip) in drawn:
            assert contrast_ratio(pen.color().name(), chip.name()) >= 4.5
        view.repaint()  # and painting them goes through


def test_overlay_text_reads_on_what_it_is_painted_on(window):
    """The page the view paints on, the furigana and part-of-speech colours on it, and the
    legend's names on the window: WCAG contrast at least 4.5:1."""
    page = window.view.palette().base().color().name()
    assert contrast_ratio(FURIGANA_COLOUR, page) >= 4.5
    for key, colour, _, _ in POS_CATEGORIES:
        assert contrast_ratio(colour, page) >= 4.5, key
    legend = window.legend.palette()
    assert contrast_ratio(legend.windowText().color().name(), legend.window().color().name()) >= 4.5
    assert "color:" not in window.legend.text().split("■")[-1]  # the names are in the text colour
