"""After every kind of edit, its undo and its redo, the window's views show what a fresh window
opened on the same project file and document shows: the views follow the session's changes
row by row, and none of them drifts from the file.

Edits are made with the keys where a key exists (labels, resize, delete, claims, suggestions,
done-and-next, undo, redo), else through the same callbacks the dialogs use.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.claims import DEFAULT_SCHEMA, Attribute, ClaimSchema
from annotator.core.model import Label, Status
from annotator.core.ops import SetClaimSchema, UpdateLabel
from annotator.core.store import Project
from annotator.ui.main_window import MainWindow

from .conftest import open_window

TEXT = "𠮷野家😀によれば、MicrosoftはOpenAIの49%の株式を保有しています。同社は来年に黒字化すると予測されています。"
OTHER = "東京の会社の話です。"

CTRL = Qt.KeyboardModifier.ControlModifier


def snapshot(w: MainWindow) -> dict[str, object]:
    """Everything the views show about the project and the open document."""
    claims = w.claims_ctl.panel
    return {
        "doc": w.doc_id,
        "entity rows": [w.entity_panel.row_text(r) for r in range(w.entity_panel.count())],
        "claim rows": [claims.row_text(r) for r in range(claims.count())],
        "suggestion count": claims.suggestion_info.text(),
        "palette": [w.palette_panel.item(i).text() for i in range(w.palette_panel.count())],
        "documents": [(w.documents.row_text(i), w.documents.row_tooltip(i)) for i in w.documents.ids()],
        "status line": w.doc_info.text(),
        "view entities": sorted((e.start, e.end, e.label, e.id) for e in w.view.entities.all()),
        "view labels": {name: (lb.color, lb.key) for name, lb in w.view.labels.items()},
        "view claims": [(c.id, c.start, c.end, c.data) for c in w.view.claims],
        "view suggestions": [(s.start, s.end) for s in w.view.suggestions],
        "label menu": [(a.text(), [k.toString() for k in a.shortcuts()]) for a in w.label_menu.actions()],
        "claim fields": list(w.claims_ctl.panel.fields),
        "find labels": [w.find_bar.label.itemText(i) for i in range(w.find_bar.label.count())],
    }


def check(qtbot, w: MainWindow) -> None:
    """The views equal a fresh window's, and undo/redo are enabled as the history says."""
    with Project.open(w.project.path) as project:
        fresh = MainWindow(project, document=w.doc_id)
        qtbot.addWidget(fresh)
        fresh.suggestions_action.setChecked(w.suggestions_action.isChecked())
        expected = snapshot(fresh)
        fresh.close()
    qtbot.waitUntil(lambda: snapshot(w) == expected)  # the side panels follow one loop turn later
    assert w.action_set["undo"].isEnabled() == w.project.history.can_undo()
    assert w.action_set["redo"].isEnabled() == w.project.history.can_redo()


def key(w: MainWindow, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(w.view, k, mod)


def select(w: MainWindow, surface: str) -> None:
    s = w.view.text.index(surface)
    w.view.set_cursor(s)
    w.view.set_selection(s, s + len(surface))


def add_entity(w):
    select(w, "Microsoft")
    key(w, Qt.Key.Key_2)


def relabel_entity(w):
    add_entity(w)
    key(w, Qt.Key.Key_1)


def resize_entity(w):
    select(w, "49")
    key(w, Qt.Key.Key_7)
    key(w, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)


def remove_entity(w):
    add_entity(w)
    key(w, Qt.Key.Key_Delete)


def add_claim(w):
    w.view.set_selection(0, 0)
    w.view.set_cursor(TEXT.index("株式"))
    key(w, Qt.Key.Key_C)


def update_claim(w):
    add_claim(w)
    key(w, Qt.Key.Key_Q)


def remove_claim(w):
    add_claim(w)
    key(w, Qt.Key.Key_Delete)  # no entity selected: the selected claim goes


def accept_suggestion(w):
    w.suggestions_action.setChecked(True)
    w.view.select_suggestion(0)
    key(w, Qt.Key.Key_A)


def reject_suggestion(w):
    w.suggestions_action.setChecked(True)
    w.view.select_suggestion(1)
    key(w, Qt.Key.Key_R)


def done_and_next(w):
    key(w, Qt.Key.Key_Return, CTRL)
    assert w.doc_id == "b" and w.project.status("a") == Status.DONE


def _label_editor(w):
    from annotator.ui.label_editor import LabelEditor

    return LabelEditor(lambda: list(w.session.labels), w.entities.apply_or_message, w)


def add_label(w):
    editor = _label_editor(w)
    editor.add_label()  # LABEL9, key 9
    editor.close()
    select(w, "Microsoft")
    key(w, Qt.Key.Key_9)


def rename_label(w):
    from annotator.ui.label_editor import NAME

    add_entity(w)  # ORGANIZATION
    editor = _label_editor(w)
    editor.table.item(1, NAME).setText("組織")
    assert editor.message.text() == ""
    editor.close()


def recolour_label(w):
    add_entity(w)
    old = w.session.label_map["ORGANIZATION"]
    assert w.entities.apply_or_message(UpdateLabel(old, Label(old.name, "#000000", old.key, old.description))) is None


def remove_label(w):
    editor = _label_editor(w)
    editor.table.setCurrentCell(7, 1)  # PERCENT, key 8: unused
    editor.remove_label()
    editor.close()
    assert "PERCENT" not in w.project.label_names()


def edit_claim_schema(w):
    add_claim(w)
    attr = Attribute("source quality", ("primary", "secondary"), ("i", "j"))
    schema = ClaimSchema((*DEFAULT_SCHEMA.attributes, attr), DEFAULT_SCHEMA.roles)
    assert w.entities.apply_or_message(SetClaimSchema(DEFAULT_SCHEMA.to_json(), schema.to_json())) is None
    key(w, Qt.Key.Key_I)  # the new letter works at once
    assert w.project.claims("a")[0].data["attributes"] == {"source quality": "primary"}


def label_all_in_project(w):
    key(w, Qt.Key.Key_F, CTRL)
    w.find_bar.input.insert("の")
    w.find_bar.label.setCurrentIndex(w.find_bar.label.findData("ARTIFACT"))
    w.find_bar.in_project.click()
    from annotator.ui.label_all_dialog import LabelAllDialog
    dialog = w.findChild(LabelAllDialog)
    assert dialog is not None and dialog.isVisible()
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert {e.text for e in w.project.entities("b")} == {"の"}


EDITS: list[Callable[[MainWindow], None]] = [
    add_entity, relabel_entity, resize_entity, remove_entity, add_claim, update_claim, remove_claim,
    accept_suggestion, reject_suggestion, done_and_next, add_label, rename_label, recolour_label, remove_label,
    edit_claim_schema, label_all_in_project,
]


@pytest.mark.parametrize("edit", EDITS, ids=[e.__name__ for e in EDITS])
def test_the_views_equal_a_fresh_window_after_the_edit_its_undo_and_redo(qtbot, tmp_path, edit):
    with open_window(qtbot, tmp_path / "v.annotator", {"a": TEXT, "b": OTHER}) as w:
        check(qtbot, w)
        edit(w)
        check(qtbot, w)
        steps = 0
        while w.project.history.can_undo():
            key(w, Qt.Key.Key_Z, CTRL)
            check(qtbot, w)
            steps += 1
        assert steps >= 1
        for _ in range(steps):
            key(w, Qt.Key.Key_Y, CTRL)
            check(qtbot, w)
        assert not w.project.history.can_redo()
