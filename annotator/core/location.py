"""Where a project is: a project file (a ``Path``) or a database on a PostgreSQL server
(``ServerLocation``, from a ``postgresql://`` URL).

A ``ServerLocation`` keeps the URL it was given, password included, to connect with, and shows
itself everywhere (messages, window titles, recent lists, the log) without the password: its
``str`` is ``shown_url``. It answers the few questions asked of a project's path (``name``,
``stem``, ``parent`` for dialogs to start in) so that code written for files shows it sensibly.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from . import messages as m

SCHEMES = ("postgresql://", "postgres://")


#: Query keys whose values are secrets (libpq's), compared decoded and in any case.
SECRET_KEYS = ("password", "sslpassword")


def is_url(text: str) -> bool:
    """Whether ``text`` names a project on a PostgreSQL server (the scheme in any case)."""
    return text[:16].lower().startswith(SCHEMES)


def _secret_key(item: str) -> bool:
    return unquote(item.split("=", 1)[0]).strip().lower() in SECRET_KEYS


def shown_url(url: str) -> str:
    """``url`` without its password, whether in the user part or the query (``password=``,
    ``sslpassword=``, their keys %-encoded or in any case), for messages, titles, logs. A URL
    that cannot be parsed is not shown at all."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, _, hostport = netloc.rpartition("@")
            netloc = f"{userinfo.split(':', 1)[0]}@{hostport}"
        query = "&".join(q for q in parts.query.split("&") if not _secret_key(q))
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return "postgresql://…"


def url_problem(url: str) -> str | None:
    """Why ``url`` is no PostgreSQL URL this program can use, or None."""
    if not is_url(url):
        return m.translate("Core", "not a postgresql:// URL")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - parsing the port raises for one that is not a number
    except ValueError as exc:
        return m.translate("Core", "a malformed URL: {reason}").format(reason=exc)
    return None


def secrets_of(url: str) -> list[str]:
    """The passwords written in ``url`` (to scrub from a driver's messages)."""
    out = []
    with contextlib.suppress(ValueError):
        parts = urlsplit(url)
        if parts.password:
            out.append(parts.password)
            out.append(unquote(parts.password))
        for q in parts.query.split("&"):
            if "=" in q and _secret_key(q):
                out += [q.split("=", 1)[1], unquote(q.split("=", 1)[1])]
    return [s for s in out if s]


#: Shorter secrets are not replaced in messages: replacing every "x" would garble the message
#: and point at the password instead of hiding it (libpq never quotes a password anyway).
SCRUB_MIN = 4


def scrub(text: str, url: str) -> str:
    """``text`` (a driver's message) without any password of ``url`` in it."""
    for secret in sorted(set(secrets_of(url)), key=len, reverse=True):
        if len(secret) >= SCRUB_MIN:
            text = text.replace(secret, "***")
    return text


class ServerLocation:
    """A project on a PostgreSQL server, named by its URL (password kept, never shown)."""

    def __init__(self, url: str) -> None:
        scheme, sep, rest = url.partition("://")
        self.url = f"{scheme.lower()}{sep}{rest}"  # libpq knows the scheme in lower case only
        self.shown = shown_url(url)
        #: A password the user typed when asked (``PasswordNeeded``): kept in memory for this
        #: process's connections (workers, reconnections), never shown, stored or logged.
        self.password: str | None = None

    def __str__(self) -> str:
        return self.shown

    def __repr__(self) -> str:
        return f"ServerLocation({self.shown!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ServerLocation) and other.shown == self.shown

    def __hash__(self) -> int:
        return hash(self.shown)

    @property
    def database(self) -> str:
        """The database's name (the URL's path), or the user's name as libpq would take it."""
        with contextlib.suppress(ValueError):
            path = unquote(urlsplit(self.url).path.lstrip("/"))
            if path:
                return path
        return "postgres"

    @property
    def short(self) -> str:
        """``user@host/database`` (no query, no password): for a dialog's few words."""
        try:
            parts = urlsplit(self.url)
            user = unquote(parts.username or "")
            host = parts.hostname or ""
            port = f":{parts.port}" if parts.port and parts.hostname else ""
        except ValueError:
            return self.shown
        return f"{user}@{host}{port}/{self.database}" if user else f"{host}{port}/{self.database}"

    @property
    def name(self) -> str:
        return self.shown

    @property
    def stem(self) -> str:
        return self.database

    @property
    def parent(self) -> Path:
        return Path.home()

    def resolve(self) -> ServerLocation:
        return self

    def exists(self) -> bool:
        return False

    def is_symlink(self) -> bool:
        return False

    def with_name(self, name: str) -> Path:
        """A file in the current folder: what a file written 'beside the project' (a rejects
        report) becomes for a project on a server."""
        return Path(name)


def location(text: str | os.PathLike[str] | ServerLocation) -> Path | ServerLocation:
    """A project argument as given on the command line or in a dialog: a URL or a file path."""
    if isinstance(text, ServerLocation):
        return text
    if isinstance(text, str) and is_url(text):
        return ServerLocation(text)
    return Path(text)
