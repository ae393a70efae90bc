"""A project on a PostgreSQL server shared by several workstations (issue 15): what one commits
reaches the others' sessions through change descriptions; a lost server refuses edits whole
and the project connects again; a client killed mid-operation leaves it whole or absent."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import select
import signal
import time

import pytest

from annotator.core.errors import OperationError, ProjectError
from annotator.core.model import Document, Entity, Status
from annotator.core.ops import AddEntity, RelabelEntity, SetStatus
from annotator.core.serverlive import Listener
from annotator.core.session import Session
from annotator.core.store import Project

TEXT = "𠮷野家の社長😀は東京で\r\n会見した。\u3000e\u0301clair"


def _wait_readable(listener: Listener, timeout: float = 30.0) -> int:
    """Wait (on the socket, a condition) until the listener has been told of an operation."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        announced = listener.drain()
        if announced:
            return announced
        select.select([listener.fileno()], [], [], max(0.0, deadline - time.monotonic()))
    return 0


@pytest.fixture
def url(pg_server, request):
    url = pg_server.create_database(f"live_{request.node.name[:40].lower()}")
    with Project.open(url, create=True) as p, p.bulk_import("t") as bulk:
        bulk.add(Document("d1", TEXT, {}))
        bulk.add(Document("d2", "ソニーの本社は品川にある。", {}))
    return url


def test_another_workstations_edit_reaches_the_open_document(url):
    with Project.open(url) as mine, Project.open(url) as theirs:
        session = Session(mine)
        session.open("d1")
        listener = Listener(mine.path)
        try:
            s = TEXT.index("東京")
            added = theirs.apply(AddEntity("d1", Entity("T1", s, s + 2, "LOCATION", "東京")))
            theirs.apply(SetStatus("d2", Status.NEW, Status.DONE))
            assert _wait_readable(listener) >= 1
            seen = []
            session.changed.connect(seen.append)
            change = session.follow_server()
            assert change is not None and seen == [change]
            assert [(c.old, c.new.text) for c in change.entities] == [(None, "東京")]
            assert {(c.doc, Status(c.new)) for c in change.statuses} >= {("d1", Status.IN_PROGRESS),
                                                                         ("d2", Status.DONE)}
            assert [e.text for e in session.doc.index.all()] == ["東京"]
            assert session.doc.status is Status.IN_PROGRESS
            assert session.follow_server() is None  # nothing new
            # an edit of this window is described once, by apply; following it again finds nothing new
            session.apply(RelabelEntity("d1", added.entities[0].new.id, "LOCATION", "ORGANIZATION"))
            _wait_readable(listener, 5)
            again = session.follow_server()
            assert not again.entities and not again.claims and not again.status_of("d1")
            assert again.versions == {"d1"}  # a view of the versions reads them again
            # a stale edit from this window is refused, nothing written
            theirs.apply(RelabelEntity("d1", "T1", "ORGANIZATION", "PERSON"))
            with pytest.raises(OperationError, match="labelled PERSON"):
                session.apply(RelabelEntity("d1", "T1", "ORGANIZATION", "DATE"))
            _wait_readable(listener)
            change = session.follow_server()
            assert [c.new.label for c in change.entities] == ["PERSON"]
        finally:
            listener.close()


def test_a_stopped_server_refuses_the_edit_whole_and_the_project_connects_again(tmp_path):
    from tests.pg import start_or_skip

    server = start_or_skip()
    try:
        url = server.create_database("drop")
        with Project.open(url, create=True) as p:
            with p.bulk_import("t") as bulk:
                bulk.add(Document("d1", TEXT, {}))
            listener = Listener(p.path)
            server.halt()
            with pytest.raises(ProjectError, match="connection to the server is lost") as info:
                p.apply(AddEntity("d1", Entity("T1", 0, 3, "ORGANIZATION", "𠮷野家")))
            assert "Traceback" not in str(info.value)
            listener.drain()
            assert listener.lost or listener.fileno() >= 0
            with pytest.raises(ProjectError):
                p.reconnect()  # still down: said, nothing else
            server.resume()
            p.reconnect()
            assert p.entities("d1") == []  # the refused edit is not there, not half of it
            p.apply(AddEntity("d1", Entity("T1", 0, 3, "ORGANIZATION", "𠮷野家")))
            assert [e.text for e in p.entities("d1")] == ["𠮷野家"]
            assert listener.reconnect()
            listener.close()
    finally:
        server.stop()


def _edit_forever(url: str, ready) -> None:
    with Project.open(url) as p:
        ready.set()
        i = 0
        while True:
            text = p.text("d1")
            s = i % (len(text) - 1)
            e = p.new_entity("d1", s, s + 1, ("PERSON", "LOCATION", "DATE")[i % 3])
            with contextlib.suppress(OperationError):
                p.apply(AddEntity("d1", e))
            i += 1


def test_a_client_killed_during_operations_leaves_each_whole_or_absent(url):
    ctx = multiprocessing.get_context("spawn")
    for delay in (0.3, 0.7, 1.1):
        ready = ctx.Event()
        proc = ctx.Process(target=_edit_forever, args=(url, ready))
        proc.start()
        assert ready.wait(60)
        time.sleep(delay)  # a random moment into its stream of operations, not a wait for a condition
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(30)
    with Project.open(url) as p:
        entities = p.entities("d1")
        logged = [r for r in p.oplog(100_000) if r[3] in ("add_entity", "batch")]
        assert entities and len(entities) == len(logged)  # every operation whole: its rows and its log row
        assert {e.id for e in entities} == {
            (r[5]["entity"]["id"] if r[3] == "add_entity" else r[5]["ops"][0]["entity"]["id"]) for r in logged}


def test_a_server_stopped_while_a_long_read_goes_on_is_said_not_a_traceback():
    from tests.pg import start_or_skip

    server = start_or_skip()
    try:
        url = server.create_database("long_read")
        with Project.open(url, create=True) as p:
            with p.bulk_import("t") as bulk:
                for i in range(2500):  # more than one batch of the server-side cursor
                    bulk.add(Document(f"d{i:04d}", f"{i} 𠮷野家", {}))
            docs = p.iter_documents()
            assert next(docs).id == "d0000"
            server.halt()
            with pytest.raises(ProjectError, match="connection to the server is lost"):
                for _ in docs:
                    pass
    finally:
        server.stop()
