"""A real PostgreSQL server for the tests (issue 15): Debian's server binaries, a cluster in a
temporary folder, run as an unprivileged user (``postgres`` when the tests run as root, else
the user running them), listening on a Unix socket in that folder only (no TCP port), stopped
and removed afterwards.

``PgServer.start()`` raises ``PgUnavailable`` saying why when it cannot run here (no server
binaries, no unprivileged user, psycopg missing): the tests that need it skip with that reason,
except where ``CI`` is set: there a missing server fails the run (the setup installs it).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


class PgUnavailable(RuntimeError):
    """The server cannot be started here; the message says why."""


def _binaries() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(os.path.join(candidate, "initdb"), os.X_OK) and os.access(
                os.path.join(candidate, "pg_ctl"), os.X_OK):
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _server_user() -> pwd.struct_passwd:
    """Who runs the server: never root (PostgreSQL refuses to)."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PgUnavailable("running as root and there is no unprivileged user (postgres, nobody) to run the server")


class PgServer:
    """One throw-away cluster. ``url(database)`` gives a libpq URL over its socket."""

    ADMIN = "annotator_admin"
    PORT = 55432  # only names the socket file inside our folder: no TCP port is opened

    def __init__(self) -> None:
        self.root: Path | None = None
        self.socket_dir: Path | None = None
        self.data: Path | None = None
        self._bin: Path | None = None
        self._user: pwd.struct_passwd | None = None

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        assert self._user is not None
        kwargs = {}
        if os.geteuid() == 0:
            kwargs = {"user": self._user.pw_uid, "group": self._user.pw_gid, "extra_groups": []}
        return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout,
                              cwd=str(self.root), env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8",
                                                        "HOME": str(self.root)}, **kwargs)

    def start(self) -> PgServer:
        try:
            import psycopg  # noqa: F401 - the client the tests use
        except ImportError:
            raise PgUnavailable("psycopg is not installed (pip install 'annotator[postgres]')") from None
        self._bin = _binaries()
        if self._bin is None:
            raise PgUnavailable("no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql")
        self._user = _server_user()
        self.root = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.socket_dir.mkdir()
        os.chmod(self.root, 0o755)
        if os.geteuid() == 0:
            os.chown(self.root, self._user.pw_uid, self._user.pw_gid)
            os.chown(self.socket_dir, self._user.pw_uid, self._user.pw_gid)
        init = self._run(str(self._bin / "initdb"), "-D", str(self.data), "-U", self.ADMIN, "--auth=trust",
                         "--encoding=UTF8", "--no-instructions")
        if init.returncode != 0:
            self.stop()
            raise PgUnavailable(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        return self._start()

    def _start(self) -> PgServer:
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' -p {self.PORT} "
                   "-c fsync=on -c max_connections=60")
        started = self._run(str(self._bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-t", "60",
                            "-l", str(self.root / "server.log"), "start")
        if started.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace") if (self.root / "server.log").exists() else ""
            self.stop()
            raise PgUnavailable(f"the server did not start: {started.stderr.strip()} {log[-500:]}")
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 60) -> None:
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            try:
                with psycopg.connect(self.url("postgres"), connect_timeout=5):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise PgUnavailable("the server started but accepts no connection") from None
                time.sleep(0.1)  # polling a condition (the socket accepting), not a fixed wait

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        """A libpq URL to ``database`` over the Unix socket, as ``user`` (the admin by default)."""
        from urllib.parse import quote

        return (f"postgresql://{quote(user or self.ADMIN)}@/{quote(database)}"
                f"?host={quote(str(self.socket_dir))}&port={self.PORT}")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def require_password(self, role: str, password: str) -> str:
        """Make a login role that must give ``password`` (SCRAM) to connect: its URL, without it."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            conn.execute(f"{'ALTER' if exists else 'CREATE'} ROLE \"{role}\" LOGIN SUPERUSER PASSWORD '{password}'")
        assert self.data is not None and self._bin is not None
        hba = self.data / "pg_hba.conf"
        lines = hba.read_text().splitlines()
        rule = f"local all {role} scram-sha-256"
        if rule not in lines:
            hba.write_text("\n".join([rule, *lines]) + "\n")
        self._run(str(self._bin / "pg_ctl"), "-D", str(self.data), "reload")
        return self.url("postgres", user=role)

    def halt(self) -> None:
        """Stop the server but keep its data (``resume`` starts it again): a network loss."""
        assert self._bin is not None and self.data is not None
        self._run(str(self._bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        self._start()

    def stop(self) -> None:
        if self.root is None:
            return
        if self.data is not None and (self.data / "postmaster.pid").exists() and self._bin is not None:
            self._run(str(self._bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None


def start_or_skip() -> PgServer:
    """A started server of its own; where none can run, the calling test skips saying why, or
    fails under ``CI`` (the setup installs the server there)."""
    import pytest

    server = PgServer()
    try:
        server.start()
    except PgUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed in CI and cannot run: {exc}")
        pytest.skip(f"no PostgreSQL server here: {exc}")
    return server
