"""The actions table: the README's key tables come from it, the window binds what they say,
the menus look as they did before the table, and letters shared by two groups never clash."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar

from annotator.core.claims import DEFAULT_SCHEMA
from annotator.core.model import LABEL_SETS, Label
from annotator.core.ops import AddLabel
from annotator.ui.actions import KEY_NAMES, KEY_TABLES, TABLE, ActionSpec, markdown
from tests.conftest import ROOT

from .conftest import open_window

TEXT = "𠮷野家😀によれば、MicrosoftはOpenAIの49%の株式を保有しています。同社は来年に黒字化すると予測されています。"


@pytest.fixture
def window(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "k.annotator", {"a": TEXT, "b": "二つ目の文書です。"}) as w:
        yield w


def action(w, name: str) -> QAction:
    found = w.findChild(QAction, name)
    assert found is not None, name
    return found


def test_the_readme_holds_the_generated_key_tables():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in KEY_TABLES:
        assert markdown(name) in readme, f"README key table {name!r} differs: python -m annotator.ui.actions --markdown"


def test_the_markdown_command_prints_the_tables():
    res = subprocess.run([sys.executable, "-m", "annotator.ui.actions", "--markdown"], capture_output=True,
                         text=True, timeout=60, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert res.returncode == 0, res.stderr
    assert res.stdout == "\n".join(markdown(name) for name in KEY_TABLES)


def test_every_action_with_a_key_is_in_a_readme_row():
    named = {entry for rows in KEY_TABLES.values() for row in rows for group in row.keys for entry in group}
    keyed = {spec.id for spec in TABLE if isinstance(spec, ActionSpec) and spec.keys}
    assert keyed <= named, f"keys missing from the README tables: {sorted(keyed - named)}"
    assert named - keyed == {entry for entry in named if entry.startswith("=")}  # the rest are written out
    # the two groups: label digits and claim-schema letters, written out from the defaults
    assert "=1–9" in named and all(lb.key in "123456789" for lb in LABEL_SETS["irex"])
    letters = " · ".join(" ".join(k for k in a.keys if k) for a in DEFAULT_SCHEMA.attributes)
    assert f"={letters}" in named


def _readme_rows(table_name: str) -> list[str]:
    """The keys column of the README's rows of ``table_name`` (found by its first row)."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    first = markdown(table_name).splitlines()[2]
    i = lines.index(first)
    rows = []
    while i < len(lines) and lines[i].startswith("| "):
        rows.append(lines[i].split(" | ")[0][2:])
        i += 1
    return rows


def test_every_key_of_the_readme_is_bound_to_the_action_its_row_names(window):
    """Read from the README itself: each key written in a row's cell is a shortcut of that row's action."""
    back = {v: k for k, v in KEY_NAMES.items()}
    checked = 0
    for name, rows in KEY_TABLES.items():
        cells = _readme_rows(name)
        assert len(cells) == len(rows)
        for row, cell in zip(rows, cells, strict=True):
            assert cell.startswith(row.prefix)
            groups = cell[len(row.prefix):].split(" · ") if not row.keys[0][0].startswith("=") else None
            if groups is None:  # written out (mouse, 1–9, the schema letters): checked below
                continue
            for group, written in zip(row.keys, groups, strict=True):
                for entry, keys in zip(group, written.split(" / "), strict=True):
                    if entry.startswith("="):
                        assert keys == entry[1:]
                        continue
                    bound = action(window, entry).shortcuts()
                    for k in keys.split(" or "):
                        assert QKeySequence(back.get(k, k)) in bound, (entry, k, [b.toString() for b in bound])
                        checked += 1
    assert checked == sum(spec.readme_keys for spec in TABLE if isinstance(spec, ActionSpec) and spec.keys)
    for lb in LABEL_SETS["irex"]:  # 1–9: the label keys
        assert QKeySequence(lb.key) in action(window, f"label_{lb.name}").shortcuts()
    for key, (name, value) in DEFAULT_SCHEMA.keys().items():  # the claim letters
        act = action(window, f"claimKey_{key}")
        assert QKeySequence(key) in act.shortcuts() and act.text() == f"{name} = {value}"


MENUS = {
    "&File": [("&New Project…", "newProject"), ("&Open Project…", "openProject"),
              ("Open &Server Project…", "openServerProject"), ("Open &Recent", "recentMenu"),
              "-", ("&Import Documents…", "importDocuments"), ("&Export…", "export"), "-", ("&Quit", "quit")],
    "&Edit": [("&Undo", "undo"), ("&Redo", "redo"), "-", ("&Delete Entity", "deleteEntity"),
              ("Extend Entity End", "growEnd"), ("Shrink Entity End", "shrinkEnd"),
              ("Extend Entity Start", "growStart"), ("Shrink Entity Start", "shrinkStart"), "-",
              ("&Find…", "find"), "-", ("&Preferences…", "preferences")],
    "&Annotate": [("Apply &Label", "labelMenu"), ("Edit Label &Set…", "editLabels"),
                  ("Edit Claim Sc&hema…", "editClaimSchema"), "-", ("Create &Claim", "createClaim"),
                  ("Set Clai&mant…", "pickClaimant"), ("Set C&ue from Selection", "cueFromSelection"),
                  ("Add &Argument…", "addArgument"),
                  ("Accept Suggestion\tA", "acceptSuggestion"), ("Reject Suggestion\tR", "rejectSuggestion"),
                  ("Accept Suggestion and Edit\tE", "acceptEditSuggestion"),
                  ("Accept All Suggestions", "acceptAll"), ("Reject All Suggestions", "rejectAll"),
                  ("Suggested &Entities", "entitySuggestionsMenu"), ("Cu&rate", "curateMenu"), "-",
                  ("Next &Pane", "nextPane"), ("Previous Pane", "previousPane"), "-",
                  ("Mark &Done and Open Next", "doneNext")],
    "&Navigate": [("First Morpheme", "home"), ("Last Morpheme", "end"), ("Previous Morpheme", "left"),
                  ("Next Morpheme", "right"), ("Extend Selection Left", "extendLeft"),
                  ("Extend Selection Right", "extendRight"), ("Next Entity", "nextEntity"),
                  ("Previous Entity", "prevEntity"), "-", ("Next Phrase", "nextPhrase"),
                  ("Previous Phrase", "prevPhrase"), ("Extend Selection by a Phrase Right", "extendPhraseRight"),
                  ("Extend Selection by a Phrase Left", "extendPhraseLeft"), ("Next Sentence", "nextSentence"),
                  ("Previous Sentence", "prevSentence"), ("Next Entity Candidate", "nextCandidate"),
                  ("Previous Entity Candidate", "prevCandidate"), ("Next Unlabelled Occurrence", "nextOccurrence"),
                  ("Previous Unlabelled Occurrence", "prevOccurrence"), ("Next Suggestion", "nextSuggestion"),
                  ("Previous Suggestion", "prevSuggestion"), "-", ("Next Document", "nextDocument"),
                  ("Previous Document", "previousDocument")],
    "&View": [("Morpheme &Boundaries", "overlay_boundaries"), ("&Part-of-Speech Colours", "overlay_pos"),
              ("&Furigana", "overlay_furigana"), ("Proper-Noun &Hints", "overlay_proper"),
              ("Claim &Suggestions", "toggleSuggestions"), "-", ("S&tatistics", "toggleStatistics"),
              ("Documents", "toggleDocuments"), ("Entities", "toggleEntities"), ("Claims", "toggleClaimsDock"),
              ("Labels", "toggleLabels"), ("Suggestions", "toggleSuggestionsDock"), "-",
              ("Zoom &In", "zoomIn"), ("Zoom &Out", "zoomOut"), "-", ("&Curation Mode", "curationMode"),
              ("Show &Version", "showVersionMenu")],
}


def test_the_menus_and_toolbar_are_the_ones_users_know(window):
    """Same menus, order, texts, object names and primary keys as before the table."""
    seen = {}
    for top in window.menuBar().actions():
        seen[top.text()] = [("-" if a.isSeparator() else
                             (a.text(), a.menu().objectName() if a.menu() else a.objectName()))
                            for a in top.menu().actions()]
    assert seen == MENUS
    assert [a.text() for a in window.label_menu.actions()][:3] == ["PERSON", "ORGANIZATION", "LOCATION"]
    assert action(window, "doneNext").shortcut().toString() == "Ctrl+Return"  # what the menu shows
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert ["-" if a.isSeparator() else a.objectName() for a in toolbar.actions()] == [
        "undo", "redo", "-", "overlay_boundaries", "overlay_pos", "overlay_furigana", "overlay_proper"]


def test_a_and_r_accept_and_reject_a_suggestion_or_set_the_certainty_of_a_claim(window, qtbot):
    """a and r belong to two groups; the selection decides which one is enabled, never both."""
    view = window.view
    key = lambda k: QTest.keyClick(view, k)  # noqa: E731
    accept, certainty_a = action(window, "acceptSuggestion"), action(window, "claimKey_a")
    reject, certainty_r = action(window, "rejectSuggestion"), action(window, "claimKey_r")
    window.suggestions_action.setChecked(True)
    assert len(view.suggestions) == 2
    assert not any(a.isEnabled() for a in (accept, reject, certainty_a, certainty_r))  # nothing selected
    view.select_suggestion(0)
    assert accept.isEnabled() and reject.isEnabled() and not certainty_a.isEnabled() and not certainty_r.isEnabled()
    key(Qt.Key.Key_A)  # accepts: a claim, reported (the suggestion's certainty)
    claims = window.session.doc.claims
    assert len(claims) == 1 and claims[0].data["certainty"] == "reported"
    view.select_claim(claims[0].id)
    assert certainty_a.isEnabled() and not accept.isEnabled()
    key(Qt.Key.Key_A)  # asserted
    assert window.project.claims("a")[0].data["certainty"] == "asserted"
    key(Qt.Key.Key_R)  # reported
    assert window.project.claims("a")[0].data["certainty"] == "reported"
    assert len(window.project.claims("a")) == 1 and window.project.rejected_suggestions("a") == []
    view.select_suggestion(0)
    key(Qt.Key.Key_R)  # rejects the other suggestion
    assert len(window.project.rejected_suggestions("a")) == 1 and view.suggestions == []
    assert not reject.isEnabled()
    assert window.project.claims("a")[0].data["certainty"] == "reported"  # the claim kept its value


def test_the_label_group_follows_the_label_set_and_its_keys_win(window, qtbot):
    view = window.view
    assert window.entities.apply_or_message(AddLabel(Label("EVENT", "#336699", "9", ""))) is None
    assert QKeySequence("9") in action(window, "label_EVENT").shortcuts()
    assert [a.text() for a in window.label_menu.actions()][-1] == "EVENT"
    s = TEXT.index("Microsoft")
    view.set_selection(s, s + 9)
    QTest.keyClick(view, Qt.Key.Key_9)
    assert [(e.text, e.label) for e in window.project.entities("a")] == [("Microsoft", "EVENT")]
    # a label keyed with a claim letter takes the letter: the claim key gives it up
    assert window.entities.apply_or_message(AddLabel(Label("QUOTE", "#993366", "q", ""))) is None
    assert QKeySequence("Q") not in action(window, "claimKey_q").shortcuts()
    assert QKeySequence("Q") in action(window, "label_QUOTE").shortcuts()
    view.set_selection(s, s + 9, entity=window.project.entities("a")[0].id)
    QTest.keyClick(view, Qt.Key.Key_Q)
    assert [e.label for e in window.project.entities("a")] == ["QUOTE"]
    window.undo()
    window.undo()
    assert QKeySequence("Q") in action(window, "claimKey_q").shortcuts()  # the label is gone: q is the claim's
