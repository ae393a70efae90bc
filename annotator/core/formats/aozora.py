"""Aozora Bunko texts: the base text, with the author's ruby kept as the reading of its span.

An Aozora Bunko file is a plain text file (read, decoded and checked as ``txt`` reads one)
with markup:

- ``｜base《reading》``: ``reading`` is the ruby of ``base``.
- ``漢字《reading》`` without ``｜``: the ruby of the run of characters of one kind just
  before ``《``: kanji (with 々〆ヶヵ〇 and the CJK extensions: 𠮷), else katakana, else
  full-width letters and digits, else half-width ones. The run stops where an earlier ruby
  ends, so rubies never overlap.
- ``［＃…］``: an inputter's note (headings, indentation, emphasis…), removed. A gaiji note
  after ``※`` that names a JIS X 0213 plane-row-cell (``第3水準1-86-62``) or a code point
  (``U+20B9F``) replaces the ``※`` with that character; otherwise the ``※`` stays.
- The block between two lines of dashes near the start (``【テキスト中に現れる記号について】``)
  explains these symbols: it is removed, lines included. The title and author lines before
  it and the ``底本：`` colophon at the end are text of the document and stay (the colophon
  names the source and the volunteers; Aozora Bunko asks that it travel with the text).

Malformed markup is kept as text, character for character: an unclosed ``《`` or ``［＃``,
an empty ``《》``, a ``《…》`` with nothing it could belong to, a ``｜`` without ``《``. The
annotator sees it where it is and can fix the file; nothing is lost or guessed. Markup never
spans lines: each line is read on its own.

The ruby is stored in the document's meta as ``meta["ruby"] = [[start, end, reading], …]``,
code-point offsets into the document's text (see ``annotator.core.ruby``). With ``--split
lines`` or ``paragraphs`` each document holds the ruby of its own text; ``meta["line"]`` is
the line of the file where it starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import messages
from ..model import Document
from . import txt
from .base import Parsed

__all__ = ["Line", "looks_like_aozora", "parse", "read"]

#: Line terminators kept as they are: the base text has the file's own line breaks.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_DASHES = re.compile(r"^-{10,}\s*$")
_NOTE = re.compile(r"［＃([^］\r\n]*)］")
_RUBY = re.compile(r"《([^《》\r\n]*)》")
_PLANE_ROW_CELL = re.compile(r"(?<![0-9])([12])-(\d{1,2})-(\d{1,2})(?![0-9])")
_CODE_POINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")

_KANJI = re.compile("[\u3005\u3006\u3007\u30f5\u30f6\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                    "\U00020000-\U0003134f]")
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff]")
_FULL_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_HALF_ALNUM = re.compile("[0-9A-Za-z]")
_RUNS = (_KANJI, _KATAKANA, _FULL_ALNUM, _HALF_ALNUM)

#: Markup a file must hold to be taken for Aozora Bunko text: a ruby with or without ``｜``.
_SIGN = re.compile(r"｜[^《\r\n]+《[^》\r\n]+》|[\u3400-\u9fff]《[^》\r\n]+》")


def looks_like_aozora(text: str) -> bool:
    """Whether ``text`` holds Aozora ruby markup (for callers that look at contents)."""
    return _SIGN.search(text) is not None


def _gaiji(note: str) -> str | None:
    """The character a gaiji note names, or None."""
    found = _CODE_POINT.search(note)
    if found is not None:
        cp = int(found.group(1), 16)
        if cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF:
            return chr(cp)
    found = _PLANE_ROW_CELL.search(note)
    if found is not None:
        plane, row, cell = (int(g) for g in found.groups())
        if 1 <= row <= 94 and 1 <= cell <= 94:
            raw = bytes([0xA0 + row, 0xA0 + cell])
            try:
                ch = (raw if plane == 1 else b"\x8f" + raw).decode("euc_jis_2004")
            except UnicodeDecodeError:
                return None
            return ch or None
    return None


class Line:
    """One line of the file as base text, with its rubies (offsets into ``text``)."""

    __slots__ = ("end", "number", "ruby", "text")

    def __init__(self, number: int, text: str, end: str, ruby: list[tuple[int, int, str]]) -> None:
        self.number = number  # 1-based line of the file
        self.text = text  # without the line break
        self.end = end  # the line break ("" on the last line)
        self.ruby = ruby


def _run_start(out: list[str], floor: int) -> int:
    """Where the run of one kind of character that ends ``out`` starts (not before ``floor``)."""
    if len(out) <= floor:
        return len(out)
    last = out[-1]
    kind = next((k for k in _RUNS if k.fullmatch(last)), None)
    if kind is None:
        return len(out)
    i = len(out) - 1
    while i > floor and kind.fullmatch(out[i - 1]):
        i -= 1
    return i


def _parse_line(number: int, line: str, end: str) -> Line:
    """The base text and rubies of one line; see the module's docstring for the rules."""
    out: list[str] = []  # one code point per item: len(out) is the offset in the base text
    ruby: list[tuple[int, int, str]] = []
    bar_at = -1  # index in out of the last ｜ no ruby consumed yet (text until one does)
    floor = 0  # a ruby without ｜ starts no earlier than the previous ruby's end
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch == "［" and line.startswith("［＃", i):
            note = _NOTE.match(line, i)
            if note is not None:
                if out and out[-1] == "※" and (gaiji := _gaiji(note.group(1))) is not None:
                    out[-1:] = gaiji  # one item per code point: か゚ (1-4-87) is two
                i = note.end()
                continue
        elif ch == "｜":
            out.append(ch)  # literal until a 《…》 makes it markup
            bar_at = len(out) - 1
            i += 1
            continue
        elif ch == "《":
            found = _RUBY.match(line, i)
            reading = _NOTE.sub("", found.group(1)) if found is not None else ""
            if found is not None and reading.strip():
                if 0 <= bar_at < len(out) - 1:  # a ｜ with a base after it
                    del out[bar_at]  # the ｜ was markup: the base starts where it stood
                    ruby.append((bar_at, len(out), reading))
                    floor = len(out)
                    bar_at = -1
                    i = found.end()
                    continue
                start = _run_start(out, floor)
                if start < len(out):
                    ruby.append((start, len(out), reading))
                    floor = len(out)
                    bar_at = -1
                    i = found.end()
                    continue
            # malformed: keep 《 as text (an unclosed one, an empty one, or one with no base)
        out.append(ch)
        i += 1
    return Line(number, "".join(out), end, ruby)


def parse(text: str) -> list[Line]:
    """The lines of an Aozora Bunko text as base text and rubies, the symbol block left out."""
    raw = [(m.group(), i) for i, m in enumerate(_LINE.finditer(text), 1) if m.group()]
    lines: list[tuple[int, str, str]] = []
    for chunk, number in raw:
        body = chunk.rstrip("\r\n")
        lines.append((number, body, chunk[len(body):]))
    skip = _symbol_block(lines)
    return [_parse_line(number, body, end) for k, (number, body, end) in enumerate(lines) if k not in skip]


def _symbol_block(lines: list[tuple[int, str, str]]) -> range:
    """The indexes of the dashed block explaining the symbols, if the header has one."""
    dashed = [k for k, (_, body, _) in enumerate(lines[:200]) if _DASHES.match(body)]
    if len(dashed) >= 2:
        first, second = dashed[0], dashed[1]
        inside = "".join(body for _, body, _ in lines[first:second])
        if "記号" in inside or "《》" in inside:
            return range(first, second + 1)
    return range(0)


def _document(doc_id: str, lines: list[Line], meta: dict[str, Any], *, last_end: bool) -> Document:
    """One document of ``lines``: their text and line breaks (the last one only if ``last_end``)."""
    parts: list[str] = []
    ruby: list[list[Any]] = []
    pos = 0
    for k, line in enumerate(lines):
        ruby.extend([pos + s, pos + e, r] for s, e, r in line.ruby)
        end = line.end if last_end or k < len(lines) - 1 else ""
        parts += (line.text, end)
        pos += len(line.text) + len(end)
    return Document(doc_id, "".join(parts), {**meta, "ruby": ruby})


def read(path: str | Path, *, split: str | None = None, **_: Any) -> Iterator[Parsed]:
    """Documents of an Aozora Bunko file: the whole file, or one per line or paragraph."""
    path = Path(path)
    name = str(path)
    whole: Document | None = None
    for parsed in txt.read(path):  # the text file's input policy: size, name, encoding, characters
        if parsed.doc is None:
            yield parsed
            return
        whole = parsed.doc
    assert whole is not None
    lines = parse(whole.text)
    meta = {**whole.meta, "format": "aozora"}
    stem = path.stem
    if split is None:
        doc = _document(stem, lines, meta, last_end=True)
        if not doc.text.strip(" \t\u3000\r\n"):
            yield Parsed(name, None, None, [messages.translate("Core", "only Aozora Bunko markup: no text to "
                                                                       "import")], None)
            return
        yield Parsed(name, None, doc, [], name)
    elif split == "lines":
        for line in lines:
            if line.text.strip(" \t\u3000"):
                yield Parsed(name, line.number, _document(f"{stem}:{line.number}", [line],
                                                          {**meta, "line": line.number}, last_end=False), [],
                         line.text)
    elif split == "paragraphs":
        for para in _paragraphs(lines):
            first = para[0].number
            joined = [Line(x.number, x.text, "\n", x.ruby) for x in para]
            doc = _document(f"{stem}:{first}", joined, {**meta, "line": first}, last_end=False)
            yield Parsed(name, first, doc, [], doc.text)
    else:
        raise ValueError(f"unknown split {split!r}")


def _paragraphs(lines: list[Line]) -> Iterator[list[Line]]:
    """Runs of non-blank lines (blank: only spaces, tabs and U+3000), as ``txt`` splits them."""
    buf: list[Line] = []
    for line in lines:
        if line.text.strip(" \t\u3000"):
            buf.append(line)
        elif buf:
            yield buf
            buf = []
    if buf:
        yield buf
