"""GiNZA's suggestions in the window (issue 13, the optional pretrained backend): computed in
a worker process, never in the GUI thread; shown once they arrive, under the project's mapping;
a mapping edit applies without running GiNZA again; switched off, the process is gone. Those
skip where GiNZA is not installed; the mapping editor is tested everywhere."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Document
from annotator.core.recommend import pretrained
from annotator.core.recommend.settings import RecommenderSettings
from annotator.core.store import Project

needs_ginza = pytest.mark.skipif(pretrained.missing() is not None, reason="GiNZA (ja_ginza) is not installed")

TEXT = "😀𠮷は、トヨタ自動車の豊田章男社長と会った。\n翌日、大阪で記者会見が開かれた。"


def make_project(path, enabled: bool = True) -> None:
    project = Project.open(path, create=True)  # IREX labels
    with project.bulk_import("test") as bulk:
        bulk.add(Document("q", TEXT))
    project.set_recommender_settings(RecommenderSettings(
        enabled={"crf": False, "matcher": False, "numeric": False, "ginza": enabled}))
    project.close()


def shown(w) -> set[tuple[str, str, str]]:
    return {(s.text, s.label, s.source) for s in w.view.entity_suggestions.items}


def open_window(qtbot, path):
    from annotator.ui.main_window import MainWindow

    w = MainWindow(Project.open(path), document="q")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: not w.view.tokens_held)
    return w


@needs_ginza
def test_ginza_suggests_from_a_worker_process_under_the_projects_mapping(qtbot, tmp_path):
    path = tmp_path / "p.annotator"
    make_project(path)
    w = open_window(qtbot, path)
    try:
        # the window answers at once: GiNZA's results are not there yet, its process loads
        qtbot.waitUntil(lambda: w.pretrained.running, timeout=30000)
        assert w.pretrained._proc.pid != os.getpid()
        was = w.view.cursor_pos
        QTest.keyClick(w.view, Qt.Key.Key_Right)
        assert w.view.cursor_pos != was
        qtbot.waitUntil(lambda: ("トヨタ自動車", "ORGANIZATION", "ginza") in shown(w), timeout=120000)
        assert ("豊田章男", "PERSON", "ginza") in shown(w)
        assert ("大阪", "LOCATION", "ginza") in shown(w)
        for s in w.view.entity_suggestions.items:
            assert TEXT[s.start:s.end] == s.text  # code points, after 😀𠮷
        answers = w.pretrained.answers
        # Company -> not proposed; Province -> PERSON (absurd, but the project's choice)
        settings = w.session.recommender_settings
        settings = RecommenderSettings(enabled=dict(settings.enabled),
                                       mappings={"ginza": {"Company": "", "City": "PERSON", "Province": "PERSON"}})
        w.training.apply_settings(settings)
        assert ("トヨタ自動車", "ORGANIZATION", "ginza") not in shown(w)
        assert ("大阪", "PERSON", "ginza") in shown(w)
        assert w.pretrained.answers == answers  # mapped again from the results kept, not run again
        assert Project.open(path, read_only=True).recommender_settings().mappings["ginza"]["Company"] == ""
        w.training.apply_settings(RecommenderSettings(enabled={**settings.enabled, "ginza": False}))
        assert not w.pretrained.running
        assert {s for s in shown(w) if s[2] == "ginza"} == set()
        assert w.project.entities("q") == []  # suggestions, never annotations
    finally:
        w.close()
        w.project.close()
    assert not w.pretrained.running


@needs_ginza
def test_switched_off_no_process_is_started(qtbot, tmp_path):
    path = tmp_path / "p.annotator"
    make_project(path, enabled=False)
    w = open_window(qtbot, path)
    try:
        qtbot.waitUntil(lambda: w.training.state == "" and not w.training.running, timeout=30000)
        assert "ginza" not in w.session.models
        assert not w.pretrained.running
    finally:
        w.close()
        w.project.close()


def test_the_mapping_dialog_keeps_only_what_differs_from_the_defaults(qtbot):
    from annotator.ui.mapping_dialog import MappingDialog

    labels = ["PERSON", "ORGANIZATION", "LOCATION", "DATE"]
    dialog = MappingDialog(labels, {"Company": "", "Age": "ORGANIZATION", "City": "NO SUCH"})
    qtbot.addWidget(dialog)
    assert dialog.combos["Company"].currentData() == ""  # the project's edit
    assert dialog.combos["Age"].currentText() == "ORGANIZATION"
    assert dialog.combos["City"].currentText() == "LOCATION"  # an unknown label: the default
    assert dialog.combos["Money"].currentData() == ""  # no MONEY label: not proposed
    assert dialog.mapping() == {"Company": "", "Age": "ORGANIZATION"}
    dialog.combos["Person"].setCurrentIndex(dialog.combos["Person"].findData("LOCATION"))
    assert dialog.mapping()["Person"] == "LOCATION"
    dialog.filter.setText("compan")  # by name or kind: the others hidden
    visible = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())
               if not dialog.table.isRowHidden(r)]
    assert visible == sorted(e for e in pretrained.known_labels()
                             if "compan" in e.lower() or pretrained.ENE_KINDS.get(e) == "company")
    assert {"Company", "Company_Group", "Juridical_Person_Other"} <= set(visible) and "Person" not in visible
    dialog.reset()
    assert dialog.mapping() == {}
