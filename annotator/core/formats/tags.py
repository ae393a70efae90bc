"""What the token formats (``conll.py``, ``conllu.py``) share: reading a UTF-8 file line by line
with the input policy, twice (the scheme first: ``read_tagged``), into blocks of lines that
become documents or problems (``Block``); the BIO/BILOU tag schemes (detected, decoded
leniently, irregular tags reported); and one-line values in ``# key = value`` comments.

Schemes. A tag is ``O`` or ``P-LABEL`` with the prefix ``P`` one of ``B I L U`` (BILOU, also
called BILUO) or ``B I E S`` (BIOES; ``E`` is ``L``, ``S`` is ``U``). IOB1 and IOB2 (BIO) use
``B`` and ``I`` only; they differ in where ``B`` goes: IOB2 starts every entity with ``B``,
IOB1 only an entity that follows one of the same label. A file's scheme is detected from all
its tags (``detect``): ``L``/``U`` make it BILOU, ``E``/``S`` BIOES; otherwise IOB1 when some
entity starts with ``I`` and no ``B`` follows ``O`` or another label, else IOB2.

Decoding (``decode``) is the same for every scheme and never refuses a tag sequence; it reads
what conlleval and seqeval's default (not strict) mode read: ``B``/``U``/``S`` start an
entity; ``I``/``L``/``E`` continue the entity before them when it has the same label and is
still open, and start one otherwise; ``L``/``E``/``U``/``S`` and ``O`` end it. What the
detected scheme does not allow is reported, naming the token, for the reader to say with the
file and line: ``I-X`` after ``O`` (or after another label, or at a sentence's start) in IOB2
(read as the start of an entity: that is IOB1's meaning of it, and seqeval's lenient reading),
and in BILOU/BIOES an ``I``/``L`` that starts an entity or a ``B``/``I`` that ends one (the
entity ends there).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Self

from .. import messages as m
from ..model import label_name_problem
from ..strings import FORBIDDEN, Shown, describe
from . import strictjson
from .base import Parsed
from .reading import raw_lines, too_long, with_input

#: A line longer than this is not read, so memory stays bounded (the ``# text`` comment of a
#: document at the 20-million-character limit takes at most 80 MB unless most of it is escaped).
MAX_LINE_BYTES = 128 * 1024 * 1024
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: A NUL byte in this many first bytes makes the file binary, whatever the lines before it hold.
SNIFF_BYTES = 8000

#: A tag: its prefix (one of "BILUES") and label; None for ``O``.
Tag = tuple[str, str] | None
_TAG = re.compile(r"([BILUES])-(.+)\Z", re.S)

IOB1, IOB2, BILOU, BIOES = "iob1", "iob2", "bilou", "bioes"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of an input file: its text without the line end, or the problem that stops it
    being read (``last``: nothing after it is read either: a binary or UTF-16 file)."""

    number: int
    text: str | None
    problem: str | None = None
    last: bool = False


def loose_lines(fh: BinaryIO) -> Iterator[str]:
    """The lines of ``fh`` decoded leniently, without their ends: for a first pass that only
    looks (``text_lines`` says what is wrong with a line)."""
    for raw, _ in raw_lines(fh, MAX_LINE_BYTES):
        if raw is not None:
            yield raw.decode("utf-8", "replace").rstrip("\r\n")


def text_lines(fh: BinaryIO, kind: str) -> Iterator[Line]:
    """The lines of a UTF-8 file (``kind``: "CoNLL", "CoNLL-U", for messages), LF or CRLF ends.

    A UTF-8 byte-order mark on the first line is dropped. A UTF-16 byte-order mark, or a NUL
    byte, ends the reading (a binary or UTF-16 file: every line would say the same); a NUL in
    the file's first ``SNIFF_BYTES`` (as ``git`` and ``file`` tell a binary file) is the only
    problem said, at its line, not the lines of binary data before it. A line that is not
    UTF-8, holds a CR alone or a character the input policy refuses (``strings.FORBIDDEN``) is
    a problem of its own and the lines after it are read."""
    at = fh.tell()
    head = fh.read(SNIFF_BYTES)
    fh.seek(at)
    if not head.startswith(_UTF16_BOMS) and b"\x00" in head:
        nul = head.index(b"\x00")
        yield Line(head.count(b"\n", 0, nul) + 1, None,
                   m.translate("Core", "NUL bytes (U+0000) at byte {at} of the file: a binary or UTF-16 file, not "
                                       "UTF-8 {kind}; not read").format(at=nul + 1, kind=kind), last=True)
        return
    for number, (raw, size) in enumerate(raw_lines(fh, MAX_LINE_BYTES), 1):
        if raw is None:
            yield Line(number, None, too_long(size, MAX_LINE_BYTES))
            continue
        if number == 1 and raw.startswith(_UTF16_BOMS):
            yield Line(number, None, m.translate("Core", "the file is UTF-16 (it starts with a UTF-16 byte-order "
                                                         "mark); a {kind} file must be UTF-8").format(kind=kind),
                       last=True)
            return
        if b"\x00" in raw:
            yield Line(number, None, m.translate("Core", "NUL bytes (U+0000) at byte {at} of the line: a binary or "
                                                         "UTF-16 file, not UTF-8 {kind}; not read further")
                       .format(at=raw.index(b"\x00") + 1, kind=kind), last=True)
            return
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Line(number, None, m.translate("Core", "not UTF-8: byte 0x{byte:02x} at byte {at} of the line "
                                                         "(a {kind} file must be UTF-8; Shift_JIS? convert it "
                                                         "with iconv -f CP932 -t UTF-8)")
                       .format(byte=raw[exc.start], at=exc.start + 1, kind=kind))
            continue
        if line.endswith("\n"):
            line = line[:-2] if line.endswith("\r\n") else line[:-1]
        if number == 1 and line.startswith("\ufeff"):
            line = line[1:]
        if "\r" in line:
            yield Line(number, None, m.translate("Core", "a CR (U+000D) inside the line at character {at}: lines "
                                                         "must end with LF or CRLF (a file from an old Mac?)")
                       .format(at=line.index("\r") + 1))
            continue
        found = FORBIDDEN.search(line)
        if found is not None:
            yield Line(number, None, describe(found.group(), found.start()))
            continue
        yield Line(number, line)


# -- tags ---------------------------------------------------------------------------------


def parse_tag(tag: str) -> Tag | str:
    """``tag`` as (prefix, label), None for ``O``, or the message saying why it is no tag."""
    if tag == "O":
        return None
    found = _TAG.match(tag)
    if found is None:
        return m.translate("Core", "tag {tag!r} is not O nor B-, I-, L-, U-, E- or S- followed by a label").format(
            tag=Shown(tag, 40))
    return found.group(1), found.group(2)


class SchemeDetector:
    """Feed it every tag of a file in order (``None`` for ``O``, ``add_break`` between
    sentences); ``scheme`` is then the file's scheme (see the module's docstring)."""

    def __init__(self) -> None:
        self.prefixes: set[str] = set()
        self.i_starts = False  # an I- that starts an entity (IOB1's way)
        self.b_starts = False  # a B- after O, another label or a sentence's start (IOB2's way)
        self._prev: Tag = None

    def add(self, tag: Tag) -> None:
        prev = self._prev
        self._prev = tag
        if tag is None:
            return
        prefix, label = tag
        self.prefixes.add(prefix)
        continues = prev is not None and prev[1] == label and prev[0] in "BI"
        if prefix == "I" and not continues:
            self.i_starts = True
        elif prefix == "B" and not (prev is not None and prev[1] == label):
            self.b_starts = True

    def add_break(self) -> None:
        self._prev = None

    @property
    def scheme(self) -> str:
        if self.prefixes & {"L", "U"}:
            return BILOU
        if self.prefixes & {"E", "S"}:
            return BIOES
        return IOB1 if self.i_starts and not self.b_starts else IOB2


def _shown(tag: Tag) -> str:
    return "O" if tag is None else f"{tag[0]}-{tag[1]}"


def decode(tags: Sequence[Tag], scheme: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, str]]]:
    """The entities of one sentence's tags, as token ranges ``[i, j)`` with their label, and
    the irregular tags of ``scheme`` as (token index, message)."""
    out: list[tuple[int, int, str]] = []
    odd: list[tuple[int, str]] = []
    strict_end = scheme in (BILOU, BIOES)
    start = -1  # the open entity's first token, -1 when none is open
    label = ""

    def close(k: int) -> None:  # the open entity ends before token k
        nonlocal start
        if start < 0:
            return
        last = tags[k - 1]
        if strict_end and last is not None and last[0] in "BI":
            odd.append((k - 1, m.translate("Core", "{tag} is not followed by I-{label} or {end}-{label}: the entity "
                                                   "ends here").format(tag=_shown(last), label=label,
                                                                      end="E" if scheme == BIOES else "L")))
        out.append((start, k, label))
        start = -1

    for k, tag in enumerate(tags):
        if tag is None:
            close(k)
            continue
        prefix, name = tag
        if prefix in "BUS" or start < 0 or name != label:
            close(k)
            if prefix in "ILE" and not (scheme == IOB1 and prefix == "I"):
                before = m.translate("Core", "the start of a sentence") if k == 0 else _shown(tags[k - 1])
                odd.append((k, m.translate("Core", "{tag} follows {before}: read as the start of an entity")
                            .format(tag=_shown(tag), before=before)))
            start, label = k, name
        if prefix in "LEUS":
            out.append((start, k + 1, label))
            start = -1
    close(len(tags))
    return out, odd


def encode(spans: Iterable[tuple[int, int, str]], n: int, scheme: str) -> list[str]:
    """The tags of ``n`` tokens holding the non-overlapping token ranges ``spans`` in ``scheme``
    (IOB2 or BILOU)."""
    tags = ["O"] * n
    bilou = scheme == BILOU
    for i, j, label in spans:
        if bilou and j - i == 1:
            tags[i] = "U-" + label
            continue
        tags[i] = "B-" + label
        inner = "I-" + label
        for k in range(i + 1, j):
            tags[k] = inner
        if bilou:
            tags[j - 1] = "L-" + label
    return tags


# -- comment values -------------------------------------------------------------------------

#: White space other than U+0020: a value holding one is written as a JSON string.
_NOT_PLAIN = re.compile(r"[^\S ]")
_LINE_BREAKERS = re.compile("[\x85\u2028\u2029]")


def encode_value(value: str) -> str:
    """A comment's value on one line: as it is when that is unambiguous (no white space but
    inner U+0020 spaces, not empty, not starting with a double quote), else a JSON string
    (RFC 8259; U+0085, U+2028 and U+2029 escaped too, so that no reader breaks the line)."""
    if value and value[0] != '"' and value[0] != " " and value[-1] != " " and not _NOT_PLAIN.search(value):
        return value
    return dumps(value)


def dumps(value: object) -> str:
    """JSON on one line, UTF-8 as is, line-breaking characters escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _LINE_BREAKERS.sub(lambda f: f"\\u{ord(f.group()):04x}", text)
    return text


def decode_value(value: str) -> str:
    """What ``encode_value`` wrote; ValueError (with the reason) for a broken JSON string."""
    if not value.startswith('"'):
        return value
    try:
        decoded = strictjson.loads(value)
    except json.JSONDecodeError as exc:
        raise ValueError(m.translate("Core", "invalid JSON string at column {column}: {reason}")
                         .format(column=exc.colno, reason=strictjson.reason(exc))) from None
    except strictjson.NotJSON as exc:
        raise ValueError(str(exc)) from None
    if not isinstance(decoded, str):
        raise ValueError(m.translate("Core", "a value starting with a double quote must be one JSON string"))
    return decoded


_COMMENT = re.compile(r"#\s*([A-Za-z_][\w.-]*)\s*=\s?(.*)\Z", re.S)


def comment(line: str) -> tuple[str, str] | None:
    """(key, value) of a ``# key = value`` comment line, None for any other comment."""
    found = _COMMENT.match(line)
    return None if found is None else (found.group(1), found.group(2))


# -- reading a tagged file -------------------------------------------------------------------

#: Lines of a rejected document copied into the rejects file, at most (the reasons are always).
MAX_RAW_CHARS = 1 << 20


def read_tagged(path: str | Path, detect: Callable[[BinaryIO], str],
                run: Callable[[BinaryIO, str], Iterator[Parsed]]) -> Iterator[Parsed]:
    """What ``run`` reads from ``path`` with the scheme ``detect`` finds in a first pass over
    its lines (``inputs.open_input``; a file the input policy refuses is one Parsed)."""

    def twice(fh: BinaryIO) -> Iterator[Parsed]:
        scheme = detect(fh)
        fh.seek(0)
        return run(fh, scheme)

    return with_input(path, twice)


class Block:
    """The lines of one document (CoNLL) or sentence (CoNLL-U) being read: its first line, its
    problems as (line, message), and its lines as read, for the rejects file."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.problems: list[tuple[int, str]] = []
        self.raw: list[str] = []
        self.raw_chars = 0
        #: A line of the block was not read or not understood: what the checks across its lines
        #: (word numbers, tokens against ``# text``) would say after it follows from that fault.
        self.gaps = False

    @classmethod
    def noting(cls, block: Self | None, ln: Line) -> Self:
        """``block`` (a new one from ``ln`` when None) with the problem of the unread line ``ln``."""
        block = block or cls(ln.number)
        block.problems.append((ln.number, ln.problem or ""))
        block.gaps = True
        return block

    def keep(self, line: str) -> None:
        if self.raw_chars < MAX_RAW_CHARS:
            self.raw.append(line)
            self.raw_chars += len(line) + 1

    def rejected(self, name: str, raw: str, record: str) -> Parsed:
        """The Parsed of this block refused for its problems: at the line of the first (the
        block's first line when that has none), every other message naming its own line."""
        problems = sorted(self.problems, key=lambda p: p[0])
        first = problems[0][0] or self.line
        return Parsed(name, first, None, [at_line(line, msg, first) for line, msg in problems], raw, record)


def at_line(line: int, message: str, first: int) -> str:
    """``message`` of ``line`` in a record said at line ``first``: "line N: " before it when the
    two differ (and ``line`` is known)."""
    return message if line == first or not line else m.translate("Core", "line {line}: {message}").format(
        line=line, message=message)


def label_problem(label: str, cache: dict[str, str | None]) -> str | None:
    """What is wrong with ``label`` as a label name (``model.label_name_problem``), said with
    the label, or None; ``cache`` remembers the answers (a file has few labels, many entities)."""
    problem = cache[label] if label in cache else cache.setdefault(label, label_name_problem(label))
    if problem is None:
        return None
    return m.translate("Core", "label {label!r}: {problem}").format(label=Shown(label, 30), problem=problem)


__all__ = ["BILOU", "BIOES", "IOB1", "IOB2", "MAX_LINE_BYTES", "MAX_RAW_CHARS", "Block", "Line", "SchemeDetector",
           "Tag", "at_line", "comment", "decode", "decode_value", "dumps", "encode", "encode_value", "label_problem",
           "loose_lines", "parse_tag", "read_tagged", "text_lines"]
