"""The project's documents as the document list shows them: id, status, entity count, length
and the first words of the text, in project order, and filtering by status and by a needle.

Loaded for a corpus, not for one screen: ``DocumentIndex.load`` reads only the ids and
statuses (one query: 90–120 ms for 100,000 documents here, 1.4–1.7 x the bare ``SELECT id,
status``, where counting every document's entities and measuring every text took 310 ms);
the entity count, length and snippet of a row are read when the row is shown, for a batch of
neighbouring rows at a time, and cached.

Filtering by a needle looks at every id and text, so the texts are kept in memory once
loaded (``load_search_texts``, a step at a time while the window is idle, or at the first
filter): ``id + NUL + text`` per document, which Python searches in 15–25 ms for 15 million
characters where SQLite's ``instr`` takes 55 ms reading the file. They cost about 2 bytes per
character (4 in a document holding a character beyond the Basic Multilingual Plane) plus
80 bytes per document: 42 MB for 100,000 documents of 150 characters. A needle that contains
an earlier one (the next keystroke) searches only the earlier one's matches when they are
fewer than half of the documents. Beyond ``MAX_TEXT_CHARS`` the texts are not kept and the
filter asks SQLite instead.

Edits change statuses and entity counts only: ``apply_change`` updates the rows a
``Change`` names, in the time it takes to look them up.
"""

from __future__ import annotations

import operator
import sqlite3
import unicodedata
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import compress, repeat
from typing import TYPE_CHECKING

from .faults import project_error
from .model import Status

if TYPE_CHECKING:
    from .changes import Change
    from .database import Database
    from .store import Project

#: Characters of the text a row shows (after runs of white space became one space).
SNIPPET_CHARS = 40
#: Characters read from the file for a snippet (leading white space, line breaks).
_SNIPPET_READ = 200
#: Search texts are kept in memory up to this many characters in all (~130–260 MB).
MAX_TEXT_CHARS = 64_000_000
#: Rows whose details are cached at most (then the cache starts again: rows are re-read when shown).
MAX_CACHED = 50_000
#: Needles whose matches are remembered (a backspace finds the shorter needle's matches).
_REMEMBERED = 8
#: Ids entered in the id -> position table per idle step (about 5 ms).
_POSITIONS_STEP = 20_000
#: Rowids per ``IN (...)`` list.
_CHUNK = 500
#: Positions remembered before the id -> position table exists.
_KNOWN = 1024
#: A project with more documents than this is listed after the window's first frame: reading
#: its ids and statuses takes longer than the rest of the window's start (100 ms at 100,000).
LARGE = 20_000

_STATUSES: tuple[Status, ...] = tuple(Status)
_CODE = {s.value: i for i, s in enumerate(_STATUSES)}
_SEPARATOR = "\x00"  # between a document's id and its text in a search string (never in either)


@dataclass(frozen=True, slots=True)
class DocRow:
    """One document as the list shows it."""

    id: str
    status: Status
    entities: int
    length: int  # characters (code points)
    snippet: str


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The start of ``text`` for a one-line row: runs of white space (line breaks, tabs,
    U+3000, U+2028...) become one space; at most ``limit`` characters, then "…". A cut
    never separates a character from the combining marks, joiners or variation selectors
    that follow it."""
    words = text.split()
    flat = " ".join(words)
    if len(flat) <= limit:
        return flat
    end = limit
    while end < len(flat) and (_joins_previous(flat[end]) or flat[end - 1] == "\u200d"):
        end += 1
    return flat[:end] + "…"


def _joins_previous(ch: str) -> bool:
    code = ord(ch)
    return (unicodedata.combining(ch) != 0 or code in (0x200C, 0x200D) or 0xFE00 <= code <= 0xFE0F
            or 0xE0100 <= code <= 0xE01EF or 0x1F3FB <= code <= 0x1F3FF
            or unicodedata.category(ch) in ("Mn", "Me", "Mc"))


def first_id(project: Project) -> str | None:
    """The id of the project's first document (None: it has none), without listing them."""
    with project.db.read() as c:
        row = c.execute("SELECT id FROM documents ORDER BY rowid LIMIT 1").fetchone()
    return row[0] if row else None


def has_document(project: Project, doc_id: str) -> bool:
    with project.db.read() as c:
        return c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None


def is_large(project: Project) -> bool:
    """Whether listing the project's documents is slow enough to come after the first frame
    (the highest rowid, never below the count, answers at once)."""
    with project.db.read() as c:
        return (c.execute("SELECT max(rowid) FROM documents").fetchone()[0] or 0) > LARGE


class DocumentIndex:
    """Every document of a project, in project order; rows are addressed by their position.

    Not thread-safe: use it from the thread that owns the project's connection.
    """

    def __init__(self, db: Database | None, rowids: array, ids: list[str], statuses: bytearray) -> None:
        self._db = db
        self._rowids = rowids
        self._ids = ids
        self._status = statuses  # index into _STATUSES per position
        # id -> position: built when first needed in bulk or while idle (30 ms at 100,000
        # documents); until then one lookup is a scan of the ids (2 ms)
        self._pos: dict[str, int] | None = None
        self._building: dict[str, int] = {}  # the table being built while idle
        # until then, the positions looked up lately (the open document's, on every edit; the
        # next one's, when stepping): a scan each time would cost 5 ms in the middle of 100,000
        self._known: dict[str, int] = {}
        self._details: dict[int, tuple[int, int, str]] = {}  # position -> entities, length, snippet
        self._texts: list[str] | None = []  # id NUL text per position, loaded a step at a time
        self._text_chars = 0
        self._found: OrderedDict[str, Sequence[int]] = OrderedDict()  # needle -> positions

    @classmethod
    def empty(cls) -> DocumentIndex:
        """No documents (no project open yet)."""
        return cls(None, array("q"), [], bytearray())

    @classmethod
    def load(cls, project: Project) -> DocumentIndex:
        """The project's documents: ids and statuses now, everything else when shown."""
        db = project.db
        with db.read() as c:
            rows = c.execute("SELECT rowid, id, status FROM documents ORDER BY rowid").fetchall()
        rowids = array("q", map(operator.itemgetter(0), rows))
        ids = list(map(operator.itemgetter(1), rows))
        statuses = bytearray(map(_CODE.get, map(operator.itemgetter(2), rows), repeat(0)))
        return cls(db, rowids, ids, statuses)

    # -- rows ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._ids)

    def id_at(self, pos: int) -> str:
        return self._ids[pos]

    def ids(self, positions: Iterable[int] | None = None) -> list[str]:
        """The ids at ``positions`` (all of them, in project order, by default)."""
        return list(self._ids) if positions is None else list(map(self._ids.__getitem__, positions))

    def position(self, doc_id: str | None) -> int | None:
        if doc_id is None:
            return None
        if self._pos is not None:
            return self._pos.get(doc_id)
        pos = self._known.get(doc_id)
        if pos is None:
            try:
                pos = self._ids.index(doc_id)
            except ValueError:
                return None
            self.remember(doc_id, pos)
        return pos

    def remember(self, doc_id: str, pos: int) -> None:
        """Note that ``doc_id`` is at ``pos`` (found by the caller): its next look-up is at once."""
        if self._pos is None:
            if len(self._known) >= _KNOWN:
                self._known.clear()
            self._known[doc_id] = pos

    def positions(self) -> dict[str, int]:
        """Id -> position of every document (built on first use)."""
        if self._pos is None:
            self._pos, self._building = dict(zip(self._ids, range(len(self._ids)), strict=True)), {}
            self._known = {}
        return self._pos

    def status_at(self, pos: int) -> Status:
        return _STATUSES[self._status[pos]]

    def row(self, pos: int) -> DocRow:
        """Everything the list shows of one document (read from the file on first use)."""
        details = self._details.get(pos)
        if details is None:
            self.prefetch(range(pos, min(pos + 64, len(self._ids))))
            details = self._details[pos]
        entities, length, text = details
        return DocRow(self._ids[pos], self.status_at(pos), entities, length, text)

    def cached(self, pos: int) -> bool:
        return pos in self._details

    def prefetch(self, positions: Iterable[int]) -> None:
        """Read the entity count, length and snippet of the rows at ``positions`` not yet cached,
        in a few queries (the rows a list is about to paint)."""
        wanted = [p for p in positions if p not in self._details]
        if not wanted:
            return
        if len(self._details) + len(wanted) > MAX_CACHED:
            self._details.clear()
        rowids = self._rowids
        by_rowid = {rowids[p]: p for p in wanted}
        with self._reading() as c:
            for i in range(0, len(wanted), _CHUNK):
                chunk = [rowids[p] for p in wanted[i : i + _CHUNK]]
                marks = ",".join("?" * len(chunk))
                for rowid, length, start, count in c.execute(
                    "SELECT d.rowid, length(d.text), substr(d.text, 1, ?), "
                    f"(SELECT count(*) FROM entities e WHERE e.doc = d.rowid) FROM documents d "
                    f"WHERE d.rowid IN ({marks})", (_SNIPPET_READ, *chunk)):
                    self._details[by_rowid[rowid]] = (count, length, snippet(start))
        for p in wanted:  # removed meanwhile by another program: shown empty until reloaded
            self._details.setdefault(p, (0, 0, ""))

    # -- edits --------------------------------------------------------------------------
    def apply_change(self, change: Change) -> list[int]:
        """Bring the rows ``change`` names up to date; their positions, in order.

        Statuses are taken from the change; the entity counts of rows already read move by the
        entities added and removed (rows not read yet are read from the file, which holds the
        change already). Call it once per change committed after ``load``, before anything
        reads rows again (the session's ``changed`` signal does)."""
        docs = change.docs
        at = self.positions().get if len(docs) > 4 else self.position
        pos_of = {doc: at(doc) for doc in docs}
        delta: dict[str, int] = {}  # per document: entities added less entities removed
        for ec in change.entities:
            delta[ec.doc] = delta.get(ec.doc, 0) + (ec.new is not None) - (ec.old is not None)
        for doc, d in delta.items():
            pos = pos_of.get(doc)
            details = self._details.get(pos) if d and pos is not None else None
            if details is not None:
                self._details[pos] = (max(0, details[0] + d), details[1], details[2])
        for sc in change.statuses:
            pos = pos_of.get(sc.doc)
            if pos is not None:
                self._status[pos] = _CODE[Status(sc.new).value]
        return sorted(p for p in pos_of.values() if p is not None)

    # -- filtering ----------------------------------------------------------------------
    def filter(self, status: Status | str | None = None, needle: str = "") -> Sequence[int]:
        """Positions, in project order, of the documents with ``status`` (any when None) whose
        id or text contains ``needle`` (exactly: case and width count; any when empty)."""
        found = self.matching(needle) if needle else range(len(self._ids))
        if status is None:
            return found
        code = _CODE[Status(status).value]
        if isinstance(found, range):
            return list(compress(found, map(operator.eq, self._status, repeat(code))))
        return list(compress(found, map(operator.eq, map(self._status.__getitem__, found), repeat(code))))

    def matching(self, needle: str) -> Sequence[int]:
        """Positions of the documents whose id or text contains ``needle``."""
        known = self._found.get(needle)
        if known is not None:
            self._found.move_to_end(needle)
            return known
        # the fewest matches of a remembered needle inside this one: a superset of its matches
        # (searched instead of every document when they are fewer than half of them)
        narrower = min((hits for n, hits in self._found.items() if n in needle), key=len, default=None)
        if narrower is not None and len(narrower) > len(self._ids) // 2:
            narrower = None
        if _SEPARATOR in needle:
            hits = self._search_file(needle, narrower)
        else:
            self.load_search_texts(None)
            if self._texts is None:
                hits = self._search_file(needle, narrower)
            else:
                hits = _search(self._texts, needle, narrower)
        self._found[needle] = hits
        if len(self._found) > _REMEMBERED:
            self._found.popitem(last=False)
        return hits

    @property
    def search_ready(self) -> bool:
        """Every text is loaded for searching (or searching asks the file)."""
        return self._texts is None or len(self._texts) == len(self._ids)

    @property
    def text_chars(self) -> int:
        """Characters of search text held in memory (ids and texts)."""
        return self._text_chars if self._texts is not None else 0

    def load_search_texts(self, budget: int | None = 500_000) -> bool:
        """Load texts for searching: about ``budget`` characters' worth of documents (all that
        are left when None). True when every text is loaded (or the texts are too long to
        keep and searching asks the file)."""
        texts = self._texts
        done = texts is None or len(texts) == len(self._ids)
        if self._pos is None and budget is not None:  # the id -> position table first, in steps
            building = self._building
            start = len(building)
            ids = self._ids
            chunk = ids[start : start + _POSITIONS_STEP]
            building.update(zip(chunk, range(start, start + len(chunk)), strict=True))
            if len(building) == len(ids):
                self._pos, self._building, self._known = building, {}, {}
            return done and self._pos is not None
        if done:
            return True
        rowids, ids = self._rowids, self._ids
        with self._reading() as c:
            while len(texts) < len(ids):
                first = len(texts)
                # documents per step: what the texts so far say fits the budget
                average = self._text_chars // first + 1 if first else 400
                step = max(16, min(20_000, (budget or 8_000_000) // average))
                last = min(len(ids), first + step) - 1
                got = dict(c.execute("SELECT rowid, text FROM documents WHERE rowid BETWEEN ? AND ?",
                                     (rowids[first], rowids[last])).fetchall())
                for pos in range(first, last + 1):
                    s = f"{ids[pos]}{_SEPARATOR}{got.get(rowids[pos], '')}"
                    self._text_chars += len(s)
                    texts.append(s)
                if self._text_chars > MAX_TEXT_CHARS:
                    self._texts = None  # too much to hold: the filter reads the file
                    return True
                if budget is not None:
                    break
        return len(texts) == len(ids)

    def _search_file(self, needle: str, within: Sequence[int] | None) -> Sequence[int]:
        """Positions whose id or text contains ``needle``, as SQLite's ``instr`` finds them."""
        rowids = self._rowids
        hits: list[int] = []
        with self._reading() as c:
            if within is None or len(within) > 50_000:
                rows = c.execute("SELECT rowid FROM documents WHERE instr(id, ?) > 0 OR instr(text, ?) > 0 "
                                 "ORDER BY rowid", (needle, needle))
                for (rowid,) in rows:
                    pos = bisect_left(rowids, rowid)
                    if pos < len(rowids) and rowids[pos] == rowid and (within is None or _has(within, pos)):
                        hits.append(pos)
                return hits
            for i in range(0, len(within), _CHUNK):
                chunk = within[i : i + _CHUNK]
                by_rowid = {rowids[p]: p for p in chunk}
                marks = ",".join("?" * len(chunk))
                rows = c.execute(f"SELECT rowid FROM documents WHERE rowid IN ({marks}) "
                                 "AND (instr(id, ?) > 0 OR instr(text, ?) > 0)", (*by_rowid, needle, needle))
                hits.extend(by_rowid[r] for (r,) in rows)
        hits.sort()
        return hits

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """The connection, SQLite's errors said as the project's (a file removed, damaged...)."""
        db = self._db
        assert db is not None, "an empty index reads nothing"
        try:
            yield db.conn
        except sqlite3.Error as exc:
            raise project_error(exc, db.path) from None


def _search(texts: list[str], needle: str, within: Sequence[int] | None) -> Sequence[int]:
    """Positions of ``texts`` containing ``needle``, among ``within`` (all when None).

    ``map`` and ``compress`` keep the loop in C: about 0.1 µs per document plus the search."""
    if within is None:
        return array("i", compress(range(len(texts)), map(operator.contains, texts, repeat(needle))))
    return array("i", compress(within, map(operator.contains, map(texts.__getitem__, within), repeat(needle))))


def _has(sorted_positions: Sequence[int], pos: int) -> bool:
    i = bisect_left(sorted_positions, pos)
    return i < len(sorted_positions) and sorted_positions[i] == pos
