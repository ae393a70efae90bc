"""The window on a project on a PostgreSQL server (issue 15): another workstation's edit appears
without reloading, the title never shows a password, a lost server is said and the window
connects again by itself."""

from __future__ import annotations

from annotator.core.model import Document, Entity
from annotator.core.ops import AddEntity
from annotator.core.store import Project

TEXT = "𠮷野家の社長😀は東京で会見した。"


def _project(url: str) -> None:
    with Project.open(url, create=True) as p, p.bulk_import("t") as bulk:
        bulk.add(Document("d1", TEXT, {}))


def test_another_workstations_edit_appears_in_the_window(qtbot, pg_server):
    from annotator.ui.main_window import MainWindow

    url = pg_server.create_database("window_live")
    _project(url)
    secret = url.replace("annotator_admin@", "annotator_admin:pa55word@")  # trust auth: ignored, never shown
    w = MainWindow(Project.open(secret), document="d1")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.view.tokens_held)
    assert "pa55word" not in w.windowTitle() and "window_live" in w.windowTitle()
    with Project.open(url) as theirs:
        s = TEXT.index("東京")
        theirs.apply(AddEntity("d1", Entity("T1", s, s + 2, "LOCATION", "東京")))
    qtbot.waitUntil(lambda: [e.text for e in w.session.doc.index.all()] == ["東京"], timeout=10000)
    assert w.documents.ids() == ["d1"]
    w.close()
    w.project.close()


def test_a_lost_server_is_said_and_the_window_connects_again(qtbot):
    from annotator.ui.main_window import MainWindow
    from tests.pg import start_or_skip

    server = start_or_skip()
    try:
        url = server.create_database("window_drop")
        _project(url)
        w = MainWindow(Project.open(url), document="d1")
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: not w.view.tokens_held)
        server.halt()
        qtbot.waitUntil(lambda: "connection to the server is lost" in w.statusBar().currentMessage(), timeout=20000)
        assert w.live.offline.isVisible()  # stays, whatever the status bar says meanwhile
        w.statusBar().showMessage("something else", 1)
        assert w.live.offline.isVisible()
        assert w.session.apply.__self__ is w.session  # the window is still there, nothing raised
        server.resume()
        qtbot.waitUntil(lambda: "Reconnected" in w.statusBar().currentMessage(), timeout=30000)
        assert not w.live.offline.isVisible()
        with Project.open(url) as theirs:
            theirs.apply(AddEntity("d1", Entity("T1", 0, 3, "ORGANIZATION", "𠮷野家")))
        qtbot.waitUntil(lambda: [e.text for e in w.session.doc.index.all()] == ["𠮷野家"], timeout=10000)
        w.close()
        w.project.close()
    finally:
        server.stop()


def test_an_annotators_window_names_their_version_and_shows_the_label_set_locked(qtbot, pg_server, tmp_path):
    import json

    from annotator.cli import main
    from annotator.ui.claim_schema_editor import ClaimSchemaEditor
    from annotator.ui.label_editor import LabelEditor
    from annotator.ui.main_window import MainWindow

    url = pg_server.create_database("window_roles")
    docs = tmp_path / "d.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["server", "init", url, "--curators", "win_lead", "--annotators", "win_ann"]) == 0
    assert main(["import", url, str(docs)]) == 0
    w = MainWindow(Project.open(url.replace("annotator_admin@", "win_ann@")), document="d1")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.view.tokens_held)
    assert "(win_ann's version)" in w.windowTitle() and "package" not in w.windowTitle()
    assert not w.project.may_edit_label_set()
    editor = LabelEditor(lambda: list(w.session.labels), w.entities.apply_or_message, w, locked=True)
    assert editor.table.editTriggers() == editor.table.EditTrigger.NoEditTriggers
    assert "Only a curator" in editor.message.text()
    from PySide6.QtWidgets import QPushButton

    assert [b.text() for b in editor.findChildren(QPushButton) if b.isEnabled()] == ["Close"]
    schema = ClaimSchemaEditor(lambda: w.session.claim_schema, w.claims_ctl.apply_or_message, w, locked=True)
    assert "Only a curator" in schema.message.text() and schema.roles.isReadOnly()
    w.curation.set_mode(True)  # an annotator: said why not, not "annotator merge"
    assert "as an annotator" in w.statusBar().currentMessage()
    w.close()
    w.project.close()
    lead = MainWindow(Project.open(url.replace("annotator_admin@", "win_lead@")), document="d1")
    qtbot.addWidget(lead)
    lead.show()
    qtbot.waitUntil(lambda: not lead.view.tokens_held)
    assert "(curated version)" in lead.windowTitle() and lead.project.may_edit_label_set()
    lead.curation.set_mode(True)  # nobody has annotated yet
    assert "No annotator has worked" in lead.statusBar().currentMessage()
    lead.close()
    lead.project.close()
