"""The keyboard and mouse contract of the annotation window, read back from the project file.

Astral characters (𠮷, 😀) come before every span, so a UTF-16 slip anywhere shows up as a
wrong span in the file.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from annotator import settings as user_settings
from annotator.core.model import Document, Status
from annotator.core.store import Project
from tests.ui.conftest import open_window

TEXT = "𠮷野家😀の孫正義はソフトバンクの会長です。\n米国のMicrosoftが発表した。"


@pytest.fixture
def window(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "w.annotator", {"a": TEXT, "b": "二つ目の文書です。"}) as w:
        yield w


def stored(window):
    """The entities as the project file has them (a second connection)."""
    with Project.open(window.project.path) as p:
        return [(e.start, e.end, e.label, e.text) for e in p.entities("a")]


def key(window, k, mod=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(window.view, k, mod)


def go_to(window, surface):
    """Move the morpheme cursor with Right until it is on ``surface``."""
    key(window, Qt.Key.Key_Home)
    for _ in range(40):
        s, e = window.view.selection
        if TEXT[s:e] == surface:
            return
        key(window, Qt.Key.Key_Right)
    raise AssertionError(f"never reached {surface!r}")


def test_keyboard_labels_relabels_deletes_undoes(window):
    go_to(window, "孫")
    key(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # extend by one morpheme: 孫正義
    assert TEXT[slice(*window.view.selection)] == "孫正義"
    key(window, Qt.Key.Key_1)  # IREX: 1 = PERSON
    s = TEXT.index("孫正義")
    assert stored(window) == [(s, s + 3, "PERSON", "孫正義")]
    assert window.project.status("a") == Status.IN_PROGRESS  # the first edit starts the document
    key(window, Qt.Key.Key_2)  # the entity is selected: relabel
    assert stored(window) == [(s, s + 3, "ORGANIZATION", "孫正義")]
    key(window, Qt.Key.Key_Delete)
    assert stored(window) == []
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window) == [(s, s + 3, "ORGANIZATION", "孫正義")]
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window) == [(s, s + 3, "PERSON", "孫正義")]
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored(window) == [(s, s + 3, "ORGANIZATION", "孫正義")]
    key(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(window) == []


def test_home_end_tab_and_digit_keys_follow_the_label_set(window):
    key(window, Qt.Key.Key_End)
    assert TEXT[slice(*window.view.selection)] == "。"
    go_to(window, "米国")
    key(window, Qt.Key.Key_3)  # LOCATION
    go_to(window, "Microsoft")
    key(window, Qt.Key.Key_2)  # ORGANIZATION
    go_to(window, "𠮷")
    key(window, Qt.Key.Key_Tab)
    first = window.view.selected_entity
    key(window, Qt.Key.Key_Tab)
    second = window.view.selected_entity
    assert {window.index.get(first).text, window.index.get(second).text} == {"米国", "Microsoft"}
    key(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selected_entity == first
    m = TEXT.index("Microsoft")
    u = TEXT.index("米国")
    assert sorted(stored(window)) == [(u, u + 2, "LOCATION", "米国"), (m, m + 9, "ORGANIZATION", "Microsoft")]


def test_done_and_next_and_document_navigation(window):
    key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.project.status("a") == Status.DONE and window.doc_id == "b"
    key(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.doc_id == "a"
    key(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.doc_id == "b"


def centre(window, pos):
    r = window.view.char_rect(pos)
    return QPoint(int(r.center().x()), int(r.center().y()))


def drag(window, a, b, mod=Qt.KeyboardModifier.NoModifier):
    vp = window.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, mod, centre(window, a))
    QTest.mouseMove(vp, centre(window, b))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, mod, centre(window, b))


def test_mouse_drag_snaps_to_morphemes_alt_drag_does_not(window):
    k = TEXT.index("ソフトバンク")
    drag(window, k + 1, k + 4)  # from inside ソフト to inside バンク
    assert window.view.selection == (k, k + 6)
    key(window, Qt.Key.Key_2)
    assert stored(window) == [(k, k + 6, "ORGANIZATION", "ソフトバンク")]
    drag(window, k + 1, k + 2, Qt.KeyboardModifier.AltModifier)  # characters, not morphemes
    assert window.view.selection == (k + 1, k + 3)
    key(window, Qt.Key.Key_4)
    assert (k + 1, k + 3, "ARTIFACT", "フト") in stored(window)


def test_click_selects_entity_double_click_selects_morpheme(window):
    s = TEXT.index("会長")
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      centre(window, s + 1))
    assert window.view.selection == (s, s + 2)
    key(window, Qt.Key.Key_1)
    key(window, Qt.Key.Key_Home)
    assert window.view.selected_entity is None
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     centre(window, s))
    assert window.view.selected_entity is not None
    assert window.index.get(window.view.selected_entity).text == "会長"


def test_state_survives_closing_and_reopening(window, qtbot):
    from annotator.ui.main_window import MainWindow

    go_to(window, "米国")
    key(window, Qt.Key.Key_3)
    path = window.project.path
    window.close()
    window.project.close()
    with Project.open(path) as p:
        again = MainWindow(p)
        qtbot.addWidget(again)
        assert again.doc_id == "a"  # the last document comes back
        assert [(e.text, e.label) for e in again.index.all()] == [("米国", "LOCATION")]
        again.close()


def test_overlays_toggle_and_zoom(window):
    for key_name in ("boundaries", "pos", "furigana", "proper"):
        act = window.overlay_actions[key_name]
        before = window.view.overlays[key_name]
        act.trigger()
        assert window.view.overlays[key_name] is (not before)
        assert user_settings.load().overlays[key_name] is (not before)  # remembered in settings.json
    size = window.view.font_point_size()
    key(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font_point_size() == size + 1
    key(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font_point_size() == size


def test_panels_follow_every_edit(window, qtbot):
    go_to(window, "米国")
    key(window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: window.entity_panel.count() == 1)
    u = TEXT.index("米国")
    assert window.entity_panel.row_text(0) == f"LOCATION  米国  {u}–{u + 2}"
    assert window.entity_panel.currentIndex().row() == 0  # the new entity is selected there too
    palette = [window.palette_panel.item(i).text() for i in range(window.palette_panel.count())]
    assert any(t.startswith("[3] LOCATION") and t.endswith("1 / 1") for t in palette)
    key(window, Qt.Key.Key_1)  # relabel
    qtbot.waitUntil(lambda: window.entity_panel.row_text(0).startswith("PERSON"))
    key(window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.entity_panel.count() == 0)
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.entity_panel.count() == 1)
    # choosing the row in the panel selects the entity in the text
    window.view.set_selection(0, 0)
    window.entity_panel.clicked.emit(window.entity_panel.model_.index(0, 1))
    assert window.view.selected_entity is not None and window.view.selection == (u, u + 2)


def confirm_label_all(window, qtbot) -> None:
    """The preview of "label all" is open: Return labels what it checked."""
    from annotator.ui.label_all_dialog import LabelAllDialog

    qtbot.waitUntil(lambda: window.findChild(LabelAllDialog) is not None
                    and window.findChild(LabelAllDialog).isVisible())
    dialog = window.findChild(LabelAllDialog)
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(LabelAllDialog) is None or not dialog.isVisible())


def test_find_and_label_all_is_one_undo(window, qtbot):
    key(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.input.hasFocus()
    bar.input.insert("の")  # Japanese arrives as an input-method commit (QTest.keyClicks aborts on it)
    assert [TEXT[s:e] for s, e in window.view.highlights] == ["の", "の", "の"]
    QTest.keyClick(bar.input, Qt.Key.Key_Return)
    first = window.view.selection
    QTest.keyClick(bar.input, Qt.Key.Key_Return)
    assert window.view.selection[0] > first[0]
    QTest.keyClick(bar.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selection == first
    bar.label.setCurrentIndex(bar.label.findData("ARTIFACT"))
    bar.in_doc.click()
    confirm_label_all(window, qtbot)
    assert [x[3] for x in stored(window)] == ["の", "の", "の"]
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window) == []  # one undo takes all of them back
    QTest.keyClick(bar.input, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.highlights == []


def test_find_by_lemma_in_the_whole_project(qtbot, tmp_path):
    from annotator.ui.main_window import MainWindow

    project = Project.open(tmp_path / "l.annotator", create=True)
    with project.bulk_import("test") as bulk:
        bulk.add(Document("a", "彼は意見を述べた。"))
        bulk.add(Document("b", "私が述べる。"))
    w = MainWindow(project)
    qtbot.addWidget(w)
    w.show()
    w.open_find()
    w.find_bar.lemma.setChecked(True)
    w.find_bar.input.insert("述べ")
    assert [w.view.text[s:e] for s, e in w.view.highlights] == ["述べ"]
    w.find_bar.label.setCurrentIndex(w.find_bar.label.findData("ARTIFACT"))
    w.find_bar.in_project.click()
    confirm_label_all(w, qtbot)
    assert [e.text for e in project.entities("a")] == ["述べ"]
    assert [e.text for e in project.entities("b")] == ["述べる"]
    w.undo()
    assert project.entities("a") == [] and project.entities("b") == []
    w.close()
    project.close()


def test_statistics_dock_follows_the_work(window, qtbot):
    assert not window.stats_dock.isVisible()
    key(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.stats_dock.isVisible())
    qtbot.waitUntil(lambda: window.stats.last_refresh.get("labels", {}).get("LOCATION") == 0)
    window.view.setFocus()
    go_to(window, "米国")
    key(window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: window.stats.last_refresh["labels"]["LOCATION"] == 1)
    assert window.stats.last_refresh["statuses"]["in_progress"] == 1
    assert window.stats.last_refresh["activity_buckets"] >= 1


def test_label_set_editor_renames_rekeys_and_undoes(window, qtbot):
    from annotator.ui.label_editor import KEY, NAME, LabelEditor

    go_to(window, "米国")
    key(window, Qt.Key.Key_3)
    editor = LabelEditor(window.project.labels, window.entities.apply_or_message, window)
    qtbot.addWidget(editor)
    editor.table.item(2, NAME).setText("地名")  # LOCATION -> 地名: its entities follow
    assert [x[2] for x in stored(window)] == ["地名"]
    assert window.index.all()[0].label == "地名"
    editor.table.item(2, KEY).setText("1")  # 1 is PERSON's: refused, and said so
    assert "already applies the label PERSON" in editor.message.text()
    assert editor.table.item(2, KEY).text() == "3"
    editor.add_label()
    assert window.project.labels()[-1].name == "LABEL9" and window.project.labels()[-1].key == "9"
    editor.table.setCurrentCell(8, NAME)
    editor.remove_label()
    assert "LABEL9" not in window.project.label_names()
    editor.close()
    window.view.setFocus()
    for _ in range(3):  # remove, add, rename: each one undo
        key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [x[2] for x in stored(window)] == ["LOCATION"]
    assert [a.text() for a in window.label_menu.actions()][:3] == ["PERSON", "ORGANIZATION", "LOCATION"]


def test_resize_by_keys_and_undo_every_kind_of_edit(window):
    k = TEXT.index("ソフトバンク")
    go_to(window, "ソフト")
    key(window, Qt.Key.Key_2)  # ORGANIZATION on ソフト
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    key(window, Qt.Key.Key_Right, alt_shift)  # grow the end by a morpheme: ソフトバンク
    assert stored(window) == [(k, k + 6, "ORGANIZATION", "ソフトバンク")]
    key(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)  # grow start
    assert stored(window)[0][3] == "はソフトバンク"
    key(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)  # shrink
    key(window, Qt.Key.Key_Left, alt_shift)  # shrink the end again
    assert stored(window) == [(k, k + 3, "ORGANIZATION", "ソフト")]
    key(window, Qt.Key.Key_4)  # relabel
    key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # status done, next document
    assert window.doc_id == "b"
    history = [stored(window)]
    ctrl_z = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    key(window, *ctrl_z)  # status back (and back to the document)
    assert window.project.status("a") == Status.IN_PROGRESS
    for expected in ([(k, k + 3, "ORGANIZATION", "ソフト")], [(k, k + 6, "ORGANIZATION", "ソフトバンク")],
                     [(k - 1, k + 6, "ORGANIZATION", "はソフトバンク")], [(k, k + 6, "ORGANIZATION", "ソフトバンク")],
                     [(k, k + 3, "ORGANIZATION", "ソフト")], []):
        key(window, *ctrl_z)
        history.append(stored(window))
        assert stored(window) == expected
    for _ in range(7):
        key(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(window) == [(k, k + 3, "ARTIFACT", "ソフト")] and window.project.status("a") == Status.DONE


def test_clicking_again_selects_the_enclosing_entity(window):
    k = TEXT.index("ソフトバンク")
    window.view.set_selection(k, k + 6)
    key(window, Qt.Key.Key_2)  # outer: ソフトバンク
    window.view.set_selection(k, k + 3)
    window.view.selected_entity = None
    key(window, Qt.Key.Key_4)  # inner: ソフト
    window.view.set_selection(0, 0)
    click = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(window, k + 1))
    QTest.mouseClick(window.view.viewport(), *click)
    assert window.index.get(window.view.selected_entity).text == "ソフト"
    QTest.mouseClick(window.view.viewport(), *click)
    assert window.index.get(window.view.selected_entity).text == "ソフトバンク"


def test_pos_legend_follows_the_overlay(window):
    window.overlay_actions["pos"].setChecked(True)
    assert window.legend.isVisible() and "proper noun" in window.legend.text()
    window.overlay_actions["pos"].setChecked(False)
    assert not window.legend.isVisible()


def test_entity_list_relabels_and_deletes(window, qtbot):
    go_to(window, "米国")
    key(window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: window.entity_panel.count() == 1)
    panel = window.entity_panel
    panel.setFocus()
    panel.setCurrentIndex(panel.model_.index(0, 1))
    QTest.keyClick(panel, Qt.Key.Key_1)  # the label keys work from the list too
    assert [x[2] for x in stored(window)] == ["PERSON"]
    QTest.keyClick(panel, Qt.Key.Key_Delete)
    assert stored(window) == []


def test_new_project_with_the_stockmark_set(window, tmp_path):
    assert window.switch_project(tmp_path / "new.annotator", create=True, label_set="stockmark")
    assert [a.text() for a in window.label_menu.actions()][:2] == ["人名", "法人名"]
    assert window.documents.ids() == []
    assert not window.switch_project(tmp_path / "new.annotator", create=True)  # already there: refused


def test_user_text_in_tooltips_is_not_markup(qtbot, tmp_path):
    from annotator.ui.main_window import MainWindow

    project = Project.open(tmp_path / "h.annotator", create=True)
    with project.bulk_import("t") as bulk:
        bulk.add(Document("<b>bold</b> & co", "<i>本文</i>"))
    w = MainWindow(project)
    qtbot.addWidget(w)
    tip = w.documents.row_tooltip("<b>bold</b> & co")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in tip and "<b>" not in tip
    assert w.view.text == "<i>本文</i>"
    w.close()
    project.close()


def test_window_fits_a_laptop_screen_with_every_panel_and_overlay(window):
    for act in window.overlay_actions.values():
        act.setChecked(True)
    window.open_find()
    window.claims_dock.raise_()
    assert window.minimumSizeHint().width() <= 1280


def test_every_action_on_an_empty_project_is_harmless(qtbot, tmp_path):
    from annotator.ui.main_window import MainWindow

    project = Project.open(tmp_path / "empty.annotator", create=True)
    w = MainWindow(project)
    qtbot.addWidget(w)
    w.show()
    skip = {"quit", "newProject", "openProject", "openServerProject", "editLabels", "editClaimSchema",
            "preferences"}  # dialogs, quit
    for act in w.findChildren(QAction):
        if act.objectName() and act.objectName() not in skip:
            act.trigger()
    for k in (Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Right, Qt.Key.Key_1, Qt.Key.Key_C, Qt.Key.Key_A,
              Qt.Key.Key_Delete, Qt.Key.Key_Tab):
        QTest.keyClick(w.view, k)
    w.view.grab()
    assert w.doc_id is None
    w.close()
    project.close()


def test_preferences_are_a_readable_file_and_apply(window, tmp_path):
    from annotator.ui.preferences import Preferences

    dialog = Preferences(window.prefs, window.view.text_font().family(), window)
    assert dialog.font_family.currentFont().family() == window.view.text_font().family()  # the font in use
    dialog.font_size.setValue(18)
    dialog.overlays["furigana"].setChecked(True)
    dialog.annotator.setText("田中")
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    chosen = dialog.result_settings()
    assert (chosen.font_size, chosen.overlays["furigana"], chosen.annotator_name, chosen.language) == (
        18, True, "田中", "ja")
    path = user_settings.save(chosen)
    text = path.read_text(encoding="utf-8")
    assert '"annotator_name": "田中"' in text and '"font_size": 18' in text  # readable JSON
    import json

    data = json.loads(text)
    data["font_size"] = "huge"  # a person edits the file and gets one value wrong
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert user_settings.load().font_size == 14.0  # a wrong value falls back to its default, the rest stays
    assert user_settings.load().annotator_name == "田中"
