"""One record per sentence with its check-worthiness, for training check-worthiness
classifiers (the shape of ClaimBuster and CLEF CheckThat! data).

``label`` is ``checkworthy`` when a claim overlapping the sentence is marked
``checkworthy: yes``, ``not checkworthy`` when claims overlap it but none is, and
``no claim`` when a person has looked at the sentence and found no claim there.

Honest negatives: a sentence is written only where a person has looked at it, so that
``no claim`` never means "nobody looked". The project keeps no per-sentence review
record, so a sentence counts as reviewed when

- its document's status is ``done`` (every sentence of it is written), or
- it overlaps a claim (labelled by its claims), or
- it overlaps a suggested claim the annotator rejected (``no claim``: a rejection is a
  person's decision that there is no claim).

Every other sentence of a document that is ``new`` or ``in_progress`` is left out, and
documents marked ``skipped`` are left out entirely. Offsets are code points into the
document text. Lines are written as the canonical export writes its records
(``jsonl.dumps``): compact, U+2028, U+2029 and U+0085 escaped, so that a record is one line
for every line splitter. ``read`` validates such a file line by line (``annotator validate``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as m
from ..fields import check_id, is_int
from ..inputs import InputRefused, open_input
from ..model import Claim, Document, Status
from ..sentences import Sentence, split_sentences
from ..strings import Shown, check_value
from .base import Parsed, atomic_writer
from .jsonl import MAX_LINE_BYTES, dumps, parse_line, unwritable

if TYPE_CHECKING:
    from ..store import Project

LABELS = ("checkworthy", "not checkworthy", "no claim")
FIELDS = ("doc_id", "sentence_id", "text", "start", "end", "label")


@dataclass
class Tally:
    """What an export wrote and what it left out (and why)."""

    written: int = 0
    unreviewed: int = 0  # sentences of documents not done that no claim or rejection touches
    skipped_documents: int = 0


class _Spans:
    """Spans sorted by start, asked which of them overlap a range."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indexes of the spans that overlap ``start``–``end``: only spans starting within the
        longest span's length before ``start`` can reach it."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [i for i in range(lo, hi) if self.spans[i][1] > start]


def labelled_sentences(doc: Document, rejected: list[tuple[int, int]]) -> Iterator[tuple[Sentence, str | None]]:
    """Each sentence of ``doc`` with its label, or None where nobody has looked at it.

    ``rejected``: the spans of the suggestions rejected in ``doc``."""
    done = doc.status is Status.DONE
    claims: list[Claim] = sorted(doc.claims, key=lambda c: (c.start, c.end))
    claim_spans = _Spans([(c.start, c.end) for c in claims])
    rejections = _Spans(rejected)
    for s in split_sentences(doc.text):
        over = [claims[i] for i in claim_spans.overlapping(s.start, s.end)]
        if over:
            yield s, "checkworthy" if any(c.data.get("checkworthy") == "yes" for c in over) else "not checkworthy"
        elif done or rejections.overlapping(s.start, s.end):
            yield s, "no claim"
        else:
            yield s, None


def write(project: Project, path: str | Path, *, status: Status | None = None,
          progress: Callable[[int], None] | None = None, tally: Tally | None = None) -> int:
    """Write every reviewed sentence of the (filtered) documents; returns the number of records.

    ``progress`` is called with the number of documents done; an exception it raises stops
    the export and leaves no file behind. ``tally``, when given, is filled in."""
    t = tally if tally is not None else Tally()
    with atomic_writer(path, project_path=project.path) as fh:
        for done, doc in enumerate(project.iter_documents(status), 1):
            if doc.status is Status.SKIPPED:
                t.skipped_documents += 1
            else:
                rejected = [] if doc.status is Status.DONE else project.rejected_suggestions(doc.id)
                for s, label in labelled_sentences(doc, rejected):
                    if label is None:
                        t.unreviewed += 1
                        continue
                    try:
                        fh.write(dumps({"doc_id": doc.id, "sentence_id": s.index, "text": doc.text[s.start:s.end],
                                        "start": s.start, "end": s.end, "label": label}))
                    except UnicodeEncodeError as exc:  # a lone surrogate
                        raise unwritable(doc.id, exc) from None
                    fh.write("\n")
                    t.written += 1
            if progress is not None:
                progress(done)
    return t.written


# -- reading (validation) ---------------------------------------------------------------------


def check_record(obj: Any) -> list[str]:
    """The problems of one claim-sentences record on its own (empty when valid)."""
    if not isinstance(obj, dict):
        return [m.translate("Core", "a claim-sentences record must be a JSON object with the fields {fields}")
                .format(fields=", ".join(FIELDS))]
    out: list[str] = []
    check_value(obj, "record", out)
    for key in sorted(set(obj) - set(FIELDS), key=str):
        out.append(m.translate("Core", "unknown field {key!r}").format(key=Shown(key)))
    for key in FIELDS:
        if key not in obj:
            out.append(m.translate("Core", "missing {key!r}").format(key=key))
    if "doc_id" in obj:
        check_id(obj["doc_id"], "doc_id", out)
    sid = obj.get("sentence_id")
    if "sentence_id" in obj and not (is_int(sid) and sid >= 0):
        out.append(m.translate("Core", "sentence_id must be a non-negative integer, not {value!r}")
                   .format(value=Shown(sid)))
    text, start, end = obj.get("text"), obj.get("start"), obj.get("end")
    if "text" in obj and not (isinstance(text, str) and text.strip()):
        out.append(m.translate("Core", "text must be a non-empty string"))
        text = None
    if "start" in obj and "end" in obj:
        if not (is_int(start) and is_int(end) and 0 <= start < end):
            out.append(m.translate("Core", "start and end must be integers (code points) with 0 ≤ start < end, "
                                           "not {start!r} and {end!r}").format(start=Shown(start), end=Shown(end)))
        elif isinstance(text, str) and end - start != len(text):
            out.append(m.translate("Core", "end − start = {span} but the text has {n} code points")
                       .format(span=end - start, n=len(text)))
    label = obj.get("label")
    if "label" in obj and label not in LABELS:
        out.append(m.translate("Core", "label must be one of {labels}, not {value!r}")
                   .format(labels=", ".join(LABELS), value=Shown(label)))
    return out


def _lines(fh: Any) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes, size) of each line; bytes None for a line over MAX_LINE_BYTES."""
    lineno = 0
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        size = len(raw)
        if size > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                size += len(rest)
            size += len(rest)
            yield lineno, None, size
        else:
            yield lineno, raw, size


def read(path: str | Path) -> Iterator[Parsed]:
    """Each record of a claim-sentences file with its problems (``doc`` is always None: a
    sentence is no document). Blank lines are skipped. Besides each record's own rules: a
    (doc_id, sentence_id) appears once, and the sentences of a document do not overlap."""
    name = str(path)
    try:
        fh = open_input(path)
    except InputRefused as exc:
        yield Parsed(name, None, None, [exc.message], None)
        return
    seen: dict[tuple[str, int], int] = {}
    spans: dict[str, list[tuple[int, int, int]]] = {}  # doc_id -> (start, end, line), sorted
    with fh:
        for lineno, raw, size in _lines(fh):
            if raw is None:
                yield Parsed(name, lineno, None, [
                    m.translate("Core", "line of {size:,} bytes: longer than the limit of {limit} MiB; not read")
                    .format(size=size, limit=MAX_LINE_BYTES // 2**20)], None)
                continue
            if not raw.strip() or (lineno == 1 and raw.startswith(b"\xef\xbb\xbf") and not raw[3:].strip()):
                continue
            obj, problems = parse_line(raw, lineno)
            if not problems:
                problems = check_record(obj)
            if not problems:
                doc_id, sid, start, end = obj["doc_id"], obj["sentence_id"], obj["start"], obj["end"]
                first = seen.setdefault((doc_id, sid), lineno)
                if first != lineno:
                    problems.append(m.translate("Core", "duplicate sentence {id!r} #{n} (first on line {line})")
                                    .format(id=Shown(doc_id), n=sid, line=first))
                mine = spans.setdefault(doc_id, [])
                i = bisect.bisect_left(mine, (start, end, lineno))
                # the sentences of a document never overlap: a neighbour in start order tells
                for s, e, line in mine[max(0, i - 1) : i + 1]:
                    if s < end and start < e:
                        problems.append(m.translate("Core", "overlaps a sentence of the same document on "
                                                            "line {line} ({start}–{end})")
                                        .format(line=line, start=s, end=e))
                        break
                else:
                    mine.insert(i, (start, end, lineno))
            yield Parsed(name, lineno, None, problems, obj)


def is_claim_sentences(path: str | Path, *, peek: int = 1 << 20) -> bool:
    """Whether the first record of ``path`` has the fields of this format (doc_id,
    sentence_id, label and no document ``id``): how ``validate`` tells it from the canonical
    JSONL. Reads at most ``peek`` bytes; False when it cannot tell."""
    try:
        fh = open_input(path)
    except InputRefused:
        return False
    with fh:
        for _ in range(64):  # blank lines before the first record
            raw = fh.readline(peek)
            if not raw:
                return False
            if raw.strip() and raw.strip() != b"\xef\xbb\xbf":
                break
        else:
            return False
    obj, problems = parse_line(raw.lstrip(), 1)
    return (not problems and isinstance(obj, dict) and "id" not in obj
            and {"doc_id", "sentence_id", "label"} <= obj.keys())
