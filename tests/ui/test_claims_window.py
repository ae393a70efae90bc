"""Claims in the window: C, the editor's keys, suggestions accepted and rejected by key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Document
from annotator.core.store import Project
from tests.ui.conftest import open_window

TEXT = "𠮷野家😀によれば、MicrosoftはOpenAIの49%の株式を保有しています。同社は来年に黒字化すると予測されています。"


@pytest.fixture
def window(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "c.annotator", {"a": TEXT}) as w:
        yield w


def key(w, k, mod=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(w.view, k, mod)


def stored_claims(w):
    with Project.open(w.project.path) as p:
        return [(c.start, c.end, c.text, c.data) for c in p.claims("a")]


def test_c_creates_a_claim_from_the_selection_or_the_sentence(window):
    s = TEXT.index("49%")
    window.view.set_selection(s, s + 3)
    key(window, Qt.Key.Key_C)
    assert [c[2] for c in stored_claims(window)] == ["49%"]
    window.view.set_selection(0, 0)
    window.view.set_cursor(TEXT.index("黒字"))
    key(window, Qt.Key.Key_C)  # nothing selected: the sentence under the cursor
    assert stored_claims(window)[1][2] == "同社は来年に黒字化すると予測されています。"
    assert window.view.selected_claim == "C2"
    key(window, Qt.Key.Key_Home)
    key(window, Qt.Key.Key_Right)  # the cursor's morpheme is selected, but not on purpose
    key(window, Qt.Key.Key_C)
    assert stored_claims(window)[0][2].startswith("𠮷野家😀によれば")  # the first sentence
    key(window, Qt.Key.Key_Home)
    key(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # on purpose: two morphemes
    key(window, Qt.Key.Key_C)
    texts = [c[2] for c in stored_claims(window)]
    assert len(texts) == 4 and "𠮷野家" in texts


def test_claim_keys_and_editor_set_attributes_undoably(window):
    window.view.set_selection(0, 0)
    window.view.set_cursor(TEXT.index("株式"))
    key(window, Qt.Key.Key_C)
    for k in (Qt.Key.Key_Q, Qt.Key.Key_Y, Qt.Key.Key_R):  # quantity, checkworthy yes, reported
        key(window, k)
    data = stored_claims(window)[0][3]
    assert (data["type"], data["checkworthy"], data["certainty"]) == ("quantity", "yes", "reported")
    panel = window.claims_ctl.panel
    assert panel.fields["type"].currentData() == "quantity"
    panel.fields["polarity"].setCurrentIndex(panel.fields["polarity"].findData("negated"))
    assert stored_claims(window)[0][3]["polarity"] == "negated"
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_claims(window)[0][3]["polarity"] == "affirmed"


def test_claimant_and_arguments_from_entities_and_removal_with_references(window):
    m = TEXT.index("Microsoft")
    window.view.set_selection(m, m + 9)
    key(window, Qt.Key.Key_2)  # ORGANIZATION
    window.view.set_selection(0, 0)
    window.view.set_cursor(TEXT.index("株式"))
    key(window, Qt.Key.Key_C)
    claim_id = window.view.selected_claim
    panel = window.claims_ctl.panel
    panel.claimant.setCurrentIndex(panel.claimant.findData("entity:T1"))
    window.view.select_entity("T1")
    panel.role.setCurrentText("subject")
    panel.addArgument.emit("subject")
    data = stored_claims(window)[0][3]
    assert data["claimant"] == {"kind": "entity", "entity": "T1"}
    assert data["arguments"] == [{"role": "subject", "entity": "T1"}]
    assert window.view.selected_claim == claim_id
    window.view.select_entity("T1")
    key(window, Qt.Key.Key_Delete)  # the entity goes, and its references with it, in one step
    data = stored_claims(window)[0][3]
    assert data["arguments"] == [] and data["claimant"] == {"kind": "author"}
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_claims(window)[0][3]["arguments"] == [{"role": "subject", "entity": "T1"}]


def test_suggestions_accepted_and_rejected_by_key(window):
    window.suggestions_action.setChecked(True)
    sugg = window.view.suggestions
    assert len(sugg) == 2
    assert sugg[1].data["type"] == "prediction"
    window.view.select_suggestion(0)
    key(window, Qt.Key.Key_A)
    claims = stored_claims(window)
    assert len(claims) == 1 and claims[0][3]["certainty"] == "reported"
    assert claims[0][3]["cue"]["text"] == "によれば"
    assert len(window.view.suggestions) == 1  # the accepted one is now a claim, not a suggestion
    window.view.select_suggestion(0)
    key(window, Qt.Key.Key_R)
    assert window.view.suggestions == [] and len(stored_claims(window)) == 1
    with Project.open(window.project.path) as p:  # the rejection is in the file: it stays rejected
        assert len(p.rejected_suggestions("a")) == 1
    key(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # and it can be undone
    assert len(window.view.suggestions) == 1


def test_selected_claim_painted_across_paragraphs(qtbot, tmp_path):
    from annotator.core.editing import new_claim
    from annotator.core.ops import AddClaim, AddEntity
    from annotator.ui.main_window import MainWindow

    text = "Microsoftが発表した。\n\n同社は黒字化すると予測されています。"
    project = Project.open(tmp_path / "p.annotator", create=True)
    with project.bulk_import("t") as bulk:
        bulk.add(Document("a", text))
    ms = project.new_entity("a", 0, 9, "ORGANIZATION")
    project.apply(AddEntity("a", ms))
    s = text.index("同社")
    project.apply(AddClaim("a", new_claim(project, "a", s, len(text), claimant={"kind": "entity", "entity": ms.id})))
    w = MainWindow(project)
    qtbot.addWidget(w)
    w.show()
    w.view.select_claim("C1")
    for key_name in ("boundaries", "pos", "furigana", "proper"):
        w.overlay_actions[key_name].setChecked(True)
    w.suggestions_action.setChecked(True)
    w.view.grab()  # paints every paragraph: the claimant in the first, the claim in the third
    assert w.view.frames > 0
    w.close()
    project.close()


def test_claim_schema_edited_in_the_window(window, qtbot):
    from annotator.ui.claim_schema_editor import ClaimSchemaEditor

    editor = ClaimSchemaEditor(window.project.claim_schema, window.entities.apply_or_message, window)
    qtbot.addWidget(editor)
    editor.add_row()
    r = editor.table.rowCount() - 1
    for c, text in enumerate(("source quality", "primary", "i")):
        editor.table.item(r, c).setText(text)
    editor.roles.setText(editor.roles.text() + ", cause")
    editor.apply()
    assert editor.message.text() == "Applied."
    assert "source quality" in window.claims_ctl.panel.fields
    assert window.claims_ctl.panel.role.findText("cause") >= 0
    editor.table.item(r, 2).setText("q")  # taken by type=quantity: refused, and said so
    editor.apply()
    assert "already type=quantity" in editor.message.text()
    window.view.set_selection(0, 0)
    window.view.set_cursor(TEXT.index("株式"))
    key(window, Qt.Key.Key_C)
    key(window, Qt.Key.Key_I)  # the new attribute's key
    assert stored_claims(window)[0][3]["attributes"] == {"source quality": "primary"}
    editor.close()


def test_claim_lanes_separate_overlapping_claims():
    from annotator.ui.claim_overlay import lanes

    spans = [(0, 20), (5, 10), (30, 40), (8, 25)]
    got = lanes(spans)
    for i, a in enumerate(spans):
        for j, b in enumerate(spans):
            if i != j and a[0] < b[1] and b[0] < a[1]:
                assert got[i] != got[j]
    assert got[2] == 0
