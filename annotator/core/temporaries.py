"""Temporary files beside a target: named so that the next run can tell whose they are.

An export writes ``.OUT.jsonl.HOST-PID-RANDOM.annotator-tmp`` and renames it over
``OUT.jsonl``; an import that creates a project builds ``.P.annotator.HOST-PID-RANDOM.
annotator-creating`` and links it into place. SIGTERM and SIGHUP remove them (the command
line turns those signals into an exception); a SIGKILL or a crash cannot. So the next run
in the same folder removes the ones that are stale: a temporary of this machine whose process
no longer runs (or is a zombie, or started after the file was last written: a reused PID), one
of this process that it is not writing now, and any not modified for 24 hours (another
machine's, on a shared folder, or a Windows process, whose liveness cannot be asked).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import socket
import stat
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

#: A temporary not modified for this long is stale, whoever wrote it.
STALE_SECONDS = 24 * 3600

#: The temporaries this process is writing now (absolute paths).
_live: set[str] = set()
_live_lock = threading.Lock()


def host_tag() -> str:
    """This machine's name, as it stands in its temporaries' names (a shared folder holds other
    machines' too): the host name, characters other than letters, digits, ``.`` and ``-`` as ``_``."""
    return re.sub(r"[^A-Za-z0-9.-]", "_", socket.gethostname())[:63] or "localhost"


def new_name(name: str, suffix: str) -> str:
    """The name of a new temporary for the file ``name`` (long names are shortened to fit)."""
    short = name
    while len(short.encode("utf-8", "surrogateescape")) > 120:
        short = short[:-1]
    return f".{short}.{host_tag()}-{os.getpid()}-{secrets.token_hex(4)}{suffix}"


def pattern(suffix: str, extras: tuple[str, ...] = ()) -> re.Pattern[str]:
    """What ``new_name(..., suffix)`` makes (plus ``extras`` after it, such as ``-wal``): the
    group ``prefix`` is ``.NAME.HOST`` (a host name may hold dots: ``_is_this_host`` reads it)."""
    tail = "(?:" + "|".join(re.escape(x) for x in extras) + ")?" if extras else ""
    return re.compile(r"^(?P<prefix>\..+)-(?P<pid>[0-9]{1,10})-[0-9a-f]{8}" + re.escape(suffix) + tail + "$", re.S)


@contextlib.contextmanager
def live(path: str | os.PathLike[str]) -> Iterator[None]:
    """While this runs, ``remove_stale`` leaves ``path`` alone (another thread's clean-up too)."""
    key = os.path.abspath(path)
    with _live_lock:
        _live.add(key)
    try:
        yield
    finally:
        with _live_lock:
            _live.discard(key)


def remove_stale(folder: str | os.PathLike[str], name: re.Pattern[str]) -> list[Path]:
    """Remove the stale temporaries in ``folder`` whose names match ``name`` (made by
    ``pattern``); returns what was removed. Errors are ignored: this is housekeeping."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    host = host_tag()
    for entry in entries:
        match = name.match(entry.name)
        if match is None:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        path = os.path.abspath(entry.path)
        stale = now - st.st_mtime > STALE_SECONDS
        if not stale and match["prefix"].endswith("." + host):
            pid = int(match["pid"])
            if pid == os.getpid():
                with _live_lock:
                    stale = not any(path == p or path.startswith(p + "-") for p in _live)  # its -wal too
            else:
                stale = not _written_by_running_process(pid, st.st_mtime)
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(path)
                removed.append(Path(path))
    return removed


def _written_by_running_process(pid: int, mtime: float) -> bool:
    """Whether process ``pid`` runs and may have written a file last modified at ``mtime``."""
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would terminate it there; the age rule applies
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        pass  # runs, as another user
    started = _process_start(pid)
    if started is None:
        return True
    state, start = started
    return state != "Z" and start <= mtime + 1.0


def _process_start(pid: int) -> tuple[str, float] | None:
    """(state, start time as a Unix time) of a Linux process, from /proc; None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])
        btime = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                     if line.startswith("btime "))
        return fields[0], btime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None
