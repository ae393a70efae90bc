"""Plain text import with encoding detection.

Japanese text files arrive as UTF-8 (with or without BOM), UTF-16 with BOM, Shift_JIS/CP932
or EUC-JP. BOMs decide first; then strict UTF-8; then CP932 and EUC-JP, each decoded
strictly and scored on how Japanese the result looks (hiragana, katakana, common kanji
against half-width katakana and private-use garbage), because short texts often decode
without error in both. A file with NUL bytes or control characters is refused as binary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import messages
from ..model import Document
from .base import Parsed

#: Files larger than this are refused (one project row per document; split the file first).
MAX_BYTES = 256 * 1024 * 1024
#: One document may not exceed this many characters unless split into lines or paragraphs.
MAX_DOCUMENT_CHARS = 20_000_000

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
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
        raise EncodingProblem(messages.translate("Core", "binary file (NUL bytes and no UTF-16 byte-order mark); "
                                                 "not imported"))
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


def read(path: str | Path, *, split: str | None = None, **_: Any) -> Iterator[Parsed]:
    """Documents of a text file: the whole file, or one per line or paragraph."""
    path = Path(path)
    name = str(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        yield Parsed(name, None, None, [messages.translate("Core", "file too large ({size:.0f} MiB; the limit is "
                                                                   "{limit} MiB): split it first")
                                        .format(size=size / 2**20, limit=MAX_BYTES // 2**20)], name)
        return
    try:
        text, encoding = decode(path.read_bytes())
    except EncodingProblem as exc:
        yield Parsed(name, None, None, [str(exc)], name)
        return
    m = _CONTROL.search(text)
    if m:
        line = text.count("\n", 0, m.start()) + 1
        yield Parsed(name, line, None, [messages.translate("Core", "control character U+{code:04X}: a binary file, "
                                                                   "not text; not imported")
                                        .format(code=ord(m.group()))], name)
        return
    stem = path.stem
    meta_base = {"source": path.name, "encoding": encoding}
    if split is None:
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
