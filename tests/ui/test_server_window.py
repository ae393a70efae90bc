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
        assert w.session.apply.__self__ is w.session  # the window is still there, nothing raised
        server.resume()
        qtbot.waitUntil(lambda: "Reconnected" in w.statusBar().currentMessage(), timeout=30000)
        with Project.open(url) as theirs:
            theirs.apply(AddEntity("d1", Entity("T1", 0, 3, "ORGANIZATION", "𠮷野家")))
        qtbot.waitUntil(lambda: [e.text for e in w.session.doc.index.all()] == ["𠮷野家"], timeout=10000)
        w.close()
        w.project.close()
    finally:
        server.stop()
