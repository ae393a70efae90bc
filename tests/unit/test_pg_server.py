"""The PostgreSQL server the tests start (issue 15): real, private, unprivileged, local only."""

from __future__ import annotations

import os
from pathlib import Path


def test_a_private_server_answers_over_its_socket_only(pg_server):
    import psycopg

    url = pg_server.create_database("harness")
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE t (id int PRIMARY KEY, text text NOT NULL)")
        conn.execute("INSERT INTO t VALUES (%s, %s)", (1, "𠮷野家😀\r\n　e\u0301"))
        conn.commit()
        assert conn.execute("SELECT text FROM t WHERE id = 1").fetchone()[0] == "𠮷野家😀\r\n　e\u0301"
        assert conn.execute("SHOW listen_addresses").fetchone()[0] == ""  # no TCP at all
        assert conn.execute("SHOW server_encoding").fetchone()[0] == "UTF8"
        assert conn.execute("SELECT current_setting('is_superuser')").fetchone()[0] == "on"
    data = Path(pg_server.data)
    assert os.stat(data).st_uid != 0  # the server runs as an unprivileged user
    assert str(pg_server.socket_dir).startswith(str(pg_server.root))
