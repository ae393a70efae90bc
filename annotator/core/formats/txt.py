"""Plain text import with encoding detection.

Japanese text files arrive as UTF-8 (with or without BOM), UTF-16 with BOM, Shift_JIS/CP932
or EUC-JP. BOMs decide first; then strict UTF-8; then CP932 and EUC-JP, each decoded
strictly and scored on how Japanese the result looks (hiragana, katakana, common kanji
against half-width katakana and private-use garbage), because short texts often decode
without error in both. A file with NUL bytes is refused as binary; the decoded text follows
the input policy of every format (``strings.FORBIDDEN``: no control characters but tab and
line breaks), and so does the file name, which becomes the document id.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import messages
from ..inputs import MAX_FILE_BYTES, InputRefused, open_input, read_limited
from ..model import Document
from ..strings import FORBIDDEN, MAX_DOCUMENT_CHARS, describe
from .base import Parsed

#: Files larger than this are refused (one project row per document; split the file first).
MAX_BYTES = MAX_FILE_BYTES
__all__ = ["MAX_BYTES", "MAX_DOCUMENT_CHARS", "EncodingProblem", "decode", "read"]

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
_NOT_UTF8_NAME = re.compile("[\udc80-\udcff]")  # what os.fsdecode makes of bytes that are not UTF-8
# What cp932 makes of bytes that are no characters (0x80, 0xA0, 0xFD-0xFF): a sign of garbage.
_NOT_CP932_TEXT = re.compile(r"[\x80-\x9f\uf8f0-\uf8f3]")


class EncodingProblem(ValueError):
    pass


def _japanese_score(text: str) -> float:
    good = bad = 0
    for ch in text[:20000]:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
            good += 1
        elif 0xFF61 <= o <= 0xFF9F or 0xE000 <= o <= 0xF8FF or unicodedata.category(ch) in ("Co", "Cn"):
            bad += 1
        elif o >= 0x80:
            bad += 0.5  # accented Latin, box drawing, rare symbols: plausible but unlikely
    return good - 3 * bad


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding that produced it; EncodingProblem if none fits."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise EncodingProblem(messages.translate("Core", "starts with a {enc} byte-order mark but is not "
                                                         "valid {enc}: {reason} at byte {at}")
                                      .format(enc=enc, reason=exc.reason, at=exc.start)) from None
            return text.lstrip("\ufeff"), enc.replace("-sig", " with BOM")
    if b"\x00" in data:
        at = data.index(b"\x00")
        raise EncodingProblem(messages.translate("Core", "binary file (NUL bytes and no UTF-16 byte-order mark): "
                                                         "U+0000 (NUL) on line {line}; not imported")
                              .format(line=data.count(b"\n", 0, at) + 1))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("cp932", "euc_jp"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _NOT_CP932_TEXT.search(text):
            continue
        candidates.append((_japanese_score(text), enc, text))
    if not candidates:
        raise EncodingProblem(
            messages.translate("Core", "not text in a supported encoding (UTF-8, UTF-16 with BOM, Shift_JIS/CP932, "
                                       "EUC-JP)")
        )
    candidates.sort(key=lambda c: c[0], reverse=True)
    _, enc, text = candidates[0]
    return text, {"cp932": "shift_jis/cp932", "euc_jp": "euc-jp"}[enc]


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, paragraph text) for blank-line-separated paragraphs."""
    lines = text.splitlines()
    buf: list[str] = []
    first = 0
    for i, line in enumerate(lines, 1):
        if line.strip(" \t\u3000"):
            if not buf:
                first = i
            buf.append(line)
        elif buf:
            yield first, "\n".join(buf)
            buf = []
    if buf:
        yield first, "\n".join(buf)


def _name_problem(path: Path) -> str | None:
    """Why the file name cannot become a document id, or None."""
    if _NOT_UTF8_NAME.search(path.name):
        return messages.translate("Core", "the file name is not valid UTF-8 (it becomes the document id); "
                                          "rename the file")
    found = FORBIDDEN.search(path.name)
    if found is not None:
        return (messages.translate("Core", "the file name holds {problem} (it becomes the document id); "
                                           "rename the file")
                .format(problem=describe(found.group(), found.start())))
    return None


def read(path: str | Path, *, split: str | None = None, **_: Any) -> Iterator[Parsed]:
    """Documents of a text file: the whole file, or one per line or paragraph."""
    path = Path(path)
    name = str(path)
    try:
        with open_input(path, max_bytes=MAX_BYTES) as fh:
            data = read_limited(fh, MAX_BYTES)
    except InputRefused as exc:
        yield Parsed(name, None, None, [exc.message], None)
        return
    problem = _name_problem(path)
    if problem is not None:
        yield Parsed(name, None, None, [problem], None)
        return
    try:
        text, encoding = decode(data)
    except EncodingProblem as exc:
        yield Parsed(name, None, None, [str(exc)], None)
        return
    del data
    found = FORBIDDEN.search(text)
    if found:
        lines = (text[:found.start()] + "x").splitlines()  # counted as --split lines counts them
        yield Parsed(name, len(lines), None, [describe(found.group(), len(lines[-1]) - 1)], None)
        return
    stem = path.stem
    meta_base = {"source": path.name, "encoding": encoding}
    if split is None:
        if not text.strip():
            message = (messages.translate("Core", "empty file: no text to import") if not text else
                       messages.translate("Core", "only white space: no text to import"))
            yield Parsed(name, None, None, [message], None)
            return
        if len(text) > MAX_DOCUMENT_CHARS:
            yield Parsed(name, None, None, [messages.translate("Core", "{n:,} characters is too long for one "
                                                                       "document; use --split lines or --split "
                                                                       "paragraphs").format(n=len(text))], name)
            return
        yield Parsed(name, None, Document(stem, text, dict(meta_base)), [], name)
    elif split == "lines":
        for i, line in enumerate(text.splitlines(), 1):
            if line.strip(" \t\u3000"):
                yield Parsed(name, i, Document(f"{stem}:{i}", line, {**meta_base, "line": i}), [], line)
    elif split == "paragraphs":
        for i, para in _paragraphs(text):
            yield Parsed(name, i, Document(f"{stem}:{i}", para, {**meta_base, "line": i}), [], para)
    else:
        raise ValueError(f"unknown split {split!r}")
