"""CoNLL with IOB2 or BILOU tags over the project's own morphemes, in and out.

What is written (the two-column NER form of the CoNLL-2002/2003 shared tasks, with the
document comments of CoNLL-U)::

    -DOCSTART- -X- O O

    # doc_id = doc-1
    # status = done
    # meta = {"source":"a.txt"}
    # text = "東京都に行った。\\n𠮷野家で食べた。"
    東京	B-地名
    都	I-地名
    に	O
    …

    𠮷野家	B-法人名
    …

- One token per line: ``TOKEN<TAB>TAG``. Tokens are the project's morphemes
  (``morph.default_morphology().tokenize``), never holding white space: a morpheme that is
  white space (U+3000, U+00A0…) is not written, one that holds some is cut around it.
- A blank line between sentences (``sentences.split_sentences``), except inside an entity
  (an entity never spans two sentences of the file).
- Every document starts with the line ``-DOCSTART- -X- O O`` and a blank line: the CoNLL-2003
  document marker as spaCy's ``convert --converter ner`` requires it (that exact string, spaCy
  3.x ``conll_ner_to_docs``); flair's ``ColumnCorpus`` (``document_separator_token="-DOCSTART-"``)
  and Hugging Face's conll2003 script know it by its first column. Then comment
  lines ``# key = value`` (CoNLL-U's form): ``doc_id``, ``status``, ``meta`` (a JSON object) and
  ``text``, the document's exact text. A value is written as it is when that is unambiguous (no
  white space but inner U+0020 spaces, not starting with a double quote), else as a JSON string:
  ``"…\\r\\n…"`` (``tags.encode_value``). Tokens never hold white space and comments start
  with ``# ``, so a token line never looks like a comment (a token ``#`` is the line
  ``#<TAB>O``): flair reads the files with ``comment_symbol="# "``. ``comments="no"`` leaves
  the comments out, for readers that know none (spaCy's converter, Hugging Face's conll2003
  script): documents keep their tokens and entities, not their ids, status, meta or white space
  (each document losing any of them is in the loss report, kind ``document``; one without
  tokens is not written at all).

Entities: a flat tag format holds one label per token, so only entities on morpheme
boundaries that overlap no other are written; of overlapping ones the longest is kept (then
the first, as spaCy's ``filter_spans`` does). Every other entity, every claim and every entity
attribute goes to the loss report with its document, offsets and why.

Reading: the scheme (IOB1, IOB2, BILOU, BIOES) is detected from the whole file and tags are
decoded leniently (``tags.py``: an ``I-X`` after ``O`` in an IOB2 file starts an entity, as
conlleval and seqeval's default mode read it, and is reported as a note with its line). Token
lines may have more columns (CoNLL-2003's POS and chunk tags): the first is the token, the last
the tag; columns are split at tabs, or at white space in a line without a tab. A line whose
first column is ``-DOCSTART-`` starts a document. A file whose first token line is such a line
is read in documents (the lines from one ``-DOCSTART-`` to the next); any other file gives one
document per sentence. Without a ``# text`` comment a document's text is its tokens joined
with nothing between them (Japanese has no spaces between words; English would lose them),
sentences joined by a line break; ids come from ``# doc_id`` (or, one document per sentence,
``# sent_id``), else ``<file stem>-<n>``. With ``# text``, every token must be found in the
text in order with only white space between (the offsets come from there), so our own export
comes back exactly: ids, texts, status, meta and every entity it wrote. Malformed lines, a
text the tokens do not match, bad labels or values make the document a problem naming the
file and line; the file must be UTF-8 (``tags.text_lines``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as m
from ..fields import check_id
from ..model import Document, Entity, Status
from ..strings import MAX_DOCUMENT_CHARS, Shown, check_value, clip, string_problem
from . import strictjson, tags
from .base import ExportError, Format, Holds, LossReport, Parsed, atomic_writer
from .peers import Progress
from .project_export import unwritable

if TYPE_CHECKING:
    from ..morph import Token
    from ..store import Project

DOCSTART = "-DOCSTART-"
#: The document marker as written: spaCy's converter looks for this exact line.
DOCSTART_LINE = "-DOCSTART- -X- O O\n\n"
SCHEMES = (tags.IOB2, tags.BILOU)
#: The comment keys read (``sent_id`` stands for ``doc_id`` when that is absent).
KEYS = ("doc_id", "sent_id", "status", "meta", "text")
_WHITE = re.compile(r"\s")
_NOT_WHITE = re.compile(r"\S+")
_SPACES = re.compile(r"\s*")
_STATUSES = frozenset(Status.values())


# -- writing ----------------------------------------------------------------------------------


def _pieces(tokens: list[Token]) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and surfaces of the tokens a file holds: white-space morphemes left out,
    morphemes holding white space (or spelling the document marker) cut into pieces."""
    surfaces = [t[2] for t in tokens]
    joined = "".join(surfaces)
    if not _WHITE.search(joined) and DOCSTART not in joined:
        return [t[0] for t in tokens], [t[1] for t in tokens], surfaces
    starts: list[int] = []
    ends: list[int] = []
    out: list[str] = []
    for s, _, surface, _ in tokens:
        for found in _NOT_WHITE.finditer(surface):
            piece = found.group()
            at = s + found.start()
            parts = [piece] if piece != DOCSTART else ["-", "DOCSTART", "-"]
            for part in parts:
                starts.append(at)
                ends.append(at + len(part))
                out.append(part)
                at += len(part)
    return starts, ends, out


def _inside(starts: list[int], ends: list[int], offset: int) -> int | None:
    """The index of the token ``offset`` falls strictly inside, or None."""
    k = bisect_right(starts, offset) - 1
    return k if k >= 0 and starts[k] < offset < ends[k] else None


def _boundary_reason(starts: list[int], ends: list[int], surfaces: list[str], first: dict[int, int],
                     last: dict[int, int], start: int, end: int) -> str:
    """Why an entity at ``start``–``end`` cannot be tagged: where its start or end falls."""
    for offset, known, which in ((start, first, "starts"), (end, last, "ends")):
        if offset in known:
            continue
        k = _inside(starts, ends, offset)
        if k is not None:
            return f"{which} inside the token {surfaces[k]!r} ({starts[k]}–{ends[k]})"
        return f"{which} on white space outside the tokens (at {offset})"
    return "not on token boundaries"


def select(doc: Document, starts: list[int], ends: list[int], surfaces: list[str],
           lost: LossReport) -> list[tuple[int, int, str]]:
    """The entities of ``doc`` a flat tag sequence holds, as token ranges ``[i, j)``; every
    other entity (and every claim, every attribute) is added to ``lost``."""
    first = {s: i for i, s in enumerate(starts)}
    last = {e: i for i, e in enumerate(ends)}
    candidates = []
    for ent in doc.entities:
        i, j = first.get(ent.start), last.get(ent.end)
        if i is None or j is None or j < i:
            lost.add(doc.id, ent.start, ent.end, ent.label,
                     _boundary_reason(starts, ends, surfaces, first, last, ent.start, ent.end))
        else:
            candidates.append((ent, i, j + 1))
    candidates.sort(key=lambda c: (c[0].start - c[0].end, c[0].start, c[0].label, c[0].id))
    owner: list[Entity | None] = [None] * len(starts)
    kept = []
    for ent, i, j in candidates:
        clash = next((o for o in owner[i:j] if o is not None), None)
        if clash is not None:
            lost.add(doc.id, ent.start, ent.end, ent.label,
                     f"overlaps entity {clash.start}–{clash.end} {clash.label}")
            continue
        owner[i:j] = [ent] * (j - i)
        kept.append((i, j, ent.label))
        if ent.attributes:
            lost.add(doc.id, ent.start, ent.end, ent.label,
                     "attributes " + ", ".join(sorted(ent.attributes)) + ": CoNLL has no place for them",
                     kind="attribute")
    for claim in doc.claims:
        lost.add(doc.id, claim.start, claim.end, "", "CoNLL holds no claims", kind="claim")
    kept.sort()
    return kept


def document_block(doc: Document, tokens: list[Token], scheme: str, comments: bool, lost: LossReport,
                   as_read: tuple[str, str] = ("", "")) -> str:
    """The lines of ``doc`` (from ``-DOCSTART-`` to the blank line after its last sentence).

    Without ``comments``, ``as_read`` is (the id, the file name) an import of the file gives
    the document: what of it the file cannot give back is added to ``lost``."""
    from ..sentences import split_sentences

    starts, ends, surfaces = _pieces(tokens)
    spans = select(doc, starts, ends, surfaces, lost)
    tagged = tags.encode(spans, len(starts), scheme)
    out = [DOCSTART_LINE]
    if comments:
        try:
            meta = tags.dumps(doc.meta)
        except ValueError as exc:
            raise unwritable(doc.id, exc) from None
        out.append(f"# doc_id = {tags.encode_value(doc.id)}\n# status = {Status(doc.status).value}\n"
                   f"# meta = {meta}\n# text = {tags.encode_value(doc.text)}\n")
    bounds = [s.start for s in split_sentences(doc.text)[1:]]
    b = 0
    nb = len(bounds)
    breaks = [0]  # where the file's sentences start, as token indexes
    for k, surface in enumerate(surfaces):
        if b < nb and starts[k] >= bounds[b]:
            while b < nb and starts[k] >= bounds[b]:
                b += 1
            if k and tagged[k][0] not in "IL":
                out.append("\n")
                breaks.append(k)
        out += (surface, "\t", tagged[k], "\n")
    if surfaces or comments:
        out.append("\n")
    if not comments:
        breaks.append(len(surfaces))
        text = "\n".join("".join(surfaces[i:j]) for i, j in pairwise(breaks))
        _lost_without_comments(doc, text if surfaces else None, as_read, lost)
    return "".join(out)


def _lost_without_comments(doc: Document, text: str | None, as_read: tuple[str, str], lost: LossReport) -> None:
    """Add to ``lost`` what of ``doc`` a file without comments cannot give back: an import
    reads ``text`` (its tokens joined, sentences by line breaks; None when it has no token,
    and the import skips it), the id and file name ``as_read``, the status ``new``."""
    if text is None:
        lost.add(doc.id, 0, len(doc.text), "", "no tokens: without comments nothing of the document is written "
                                               "(an import skips an empty -DOCSTART-)", "document")
        return
    doc_id, name = as_read
    missing = [what for what, kept in (("id", doc.id == doc_id), ("status", Status(doc.status) == Status.NEW),
                                       ("meta", doc.meta == {"source": name}), ("white space", doc.text == text))
               if not kept]
    if missing:
        lost.add(doc.id, 0, len(doc.text), "", "without comments the file does not hold its {what} (an import gives "
                 "the id {id}, status new, meta {{\"source\": file name}}, the tokens joined)"
                 .format(what=", ".join(missing), id=clip(doc_id, 40)), "document")


def write(project: Project, path: str | Path, *, status: Status | None = None,
          progress: Callable[[int], None] | None = None, lost: LossReport, scheme: str = tags.IOB2,
          comments: str = "yes", **_: Any) -> int:
    """Export ``project`` as CoNLL (``scheme``: "iob2" or "bilou"; ``comments``: "yes" or "no"),
    atomically; returns the number of documents written."""
    from ..morph import default_morphology

    if scheme not in SCHEMES:
        raise ExportError(m.translate("Core", "CoNLL export: the scheme must be one of {schemes}, not {scheme!r}")
                          .format(schemes=", ".join(SCHEMES), scheme=Shown(scheme)))
    if comments not in ("yes", "no"):
        raise ExportError(m.translate("Core", "CoNLL export: comments must be yes or no, not {value!r}")
                          .format(value=Shown(comments)))
    tokenize = default_morphology().tokenize
    with_comments = comments == "yes"
    count = Progress(progress)
    stem, name = Path(path).stem, Path(path).name
    read_back = 0  # documents an import of the file finds (without comments, those with tokens)
    with atomic_writer(path, project_path=project.path) as fh:
        pending: list[str] = []
        size = 0
        for doc in project.iter_documents(status=status):
            block = document_block(doc, tokenize(doc.text), scheme, with_comments, lost,
                                   (f"{stem}-{read_back + 1}", name))
            if with_comments or block != DOCSTART_LINE:
                read_back += 1
            pending.append(block)
            size += len(block)
            if size >= 1 << 18:
                _write(fh, pending, doc.id)
                pending, size = [], 0
            count.step()
        _write(fh, pending, "")
    return count.done()


def _write(fh: Any, blocks: list[str], doc_id: str) -> None:
    try:
        fh.write("".join(blocks))
    except UnicodeEncodeError as exc:  # a lone surrogate: the project refuses them, a damaged one may hold one
        raise unwritable(doc_id, exc) from None


# -- reading ----------------------------------------------------------------------------------

_BLANK, _DOCSTART, _COMMENT, _TOKEN = range(4)


def _fields(line: str) -> list[str]:
    return line.split("\t") if "\t" in line else line.split()


def _kind(line: str) -> int:
    if not line.strip():
        return _BLANK
    if line.startswith("#") and "\t" not in line:
        fields = line.split()
        if not (len(fields) == 2 and not isinstance(tags.parse_tag(fields[1]), str)):
            return _COMMENT  # "# O", "# B-ORG": a token "#" in a file split at spaces
    return _DOCSTART if _fields(line)[0].strip() == DOCSTART else _TOKEN


class _Doc(tags.Block):
    """What the lines of one document say, as they are read."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.values: dict[str, tuple[int, str]] = {}
        self.sentences: list[list[tuple[str, tags.Tag, int]]] = []
        self.current: list[tuple[str, tags.Tag, int]] = []

    def end_sentence(self) -> None:
        if self.current:
            self.sentences.append(self.current)
            self.current = []


def _detect(fh: Any) -> str:
    """The scheme of the file's tags (a first pass over its lines)."""
    detector = tags.SchemeDetector()
    for line in tags.loose_lines(fh):
        kind = _kind(line)
        if kind == _TOKEN:
            fields = _fields(line)
            tag = tags.parse_tag(fields[-1].strip()) if len(fields) >= 2 else None
            detector.add(None if isinstance(tag, str) else tag)
        elif kind != _COMMENT:
            detector.add_break()
    return detector.scheme


def read(path: str | Path, **_: Any) -> Iterator[Parsed]:
    """The documents of a CoNLL file (see the module's docstring)."""
    yield from tags.read_tagged(path, _detect, lambda fh, scheme: _Reader(str(path), Path(path).stem, scheme).run(fh))


class _Reader:
    def __init__(self, name: str, stem: str, scheme: str) -> None:
        self.name, self.stem, self.scheme = name, stem, scheme
        self.count = 0
        self.seen: dict[str, int] = {}
        self.labels: dict[str, str | None] = {}

    def run(self, fh: Any) -> Iterator[Parsed]:
        by_documents: bool | None = None  # decided by the first line that is not blank or a comment
        doc: _Doc | None = None
        for ln in tags.text_lines(fh, "CoNLL"):
            line = ln.text
            if line is None:  # unread (after a last one, such as a UTF-16 mark, text_lines stops)
                doc = _Doc.noting(doc, ln)
                continue
            kind = _kind(line)
            if kind == _DOCSTART:
                if by_documents is None:
                    by_documents = True
                    if doc is not None and not doc.problems:
                        doc = None  # comments before the first document are about the file
                if doc is not None:
                    yield from self.finish(doc)
                doc = _Doc(ln.number)
                doc.keep(line)
                continue
            if kind == _BLANK:
                if doc is not None:
                    doc.keep(line)
                    doc.end_sentence()
                    if not by_documents and (doc.sentences or doc.problems):
                        yield from self.finish(doc)
                        doc = None
                continue
            doc = doc or _Doc(ln.number)
            doc.keep(line)
            if kind == _COMMENT:
                found = tags.comment(line)
                if found is not None and found[0] in KEYS and not (by_documents and found[0] == "sent_id"):
                    key, value = found
                    if key in doc.values:
                        doc.problems.append((ln.number, m.translate("Core", "a second # {key} comment in one "
                                                                            "document (the first is on line {line})")
                                             .format(key=key, line=doc.values[key][0])))
                    else:
                        doc.values[key] = (ln.number, value)
                continue
            if by_documents is None:
                by_documents = False
            fields = _fields(line)
            token, tag = fields[0].strip(), fields[-1].strip()
            if len(fields) < 2 or not token or not tag:
                doc.problems.append((ln.number, m.translate("Core", "a token line must be TOKEN<tab>TAG (or more "
                                                                    "columns, the tag last), not {line!r}")
                                     .format(line=Shown(line))))
                doc.gaps = True
                continue
            parsed = tags.parse_tag(tag)
            if isinstance(parsed, str):
                doc.problems.append((ln.number, parsed))
                doc.gaps = True
                continue
            doc.current.append((token, parsed, ln.number))
        if doc is not None:
            yield from self.finish(doc)

    def finish(self, doc: _Doc) -> Iterator[Parsed]:
        doc.end_sentence()
        values = doc.values
        if not (doc.sentences or doc.problems or "text" in values or "doc_id" in values):
            return  # a -DOCSTART- with nothing after it
        self.count += 1
        problems = doc.problems
        notes: list[tuple[int, str]] = []
        doc_id = self._value(values, "doc_id", problems) or self._value(values, "sent_id", problems)
        id_line = values["doc_id"][0] if "doc_id" in values else values["sent_id"][0] if "sent_id" in values else 0
        if doc_id is None:
            doc_id = f"{self.stem}-{self.count}"
        else:
            out: list[str] = []
            if check_id(doc_id, "", out) and (problem := string_problem(doc_id)) is not None:
                out.append(m.translate("Core", "document id: {problem}").format(problem=problem))
            problems += [(id_line, p) for p in out]
        if doc_id in self.seen:
            problems.append((id_line or doc.line, m.translate("Core", "duplicate document id {id!r} (first on line "
                                                                      "{line})").format(id=Shown(doc_id),
                                                                                        line=self.seen[doc_id])))
        else:
            self.seen[doc_id] = id_line or doc.line
        status = self._status(values, problems)
        meta = self._meta(values, problems)
        tokens = [t for sentence in doc.sentences for t in sentence]
        given = self._value(values, "text", problems)
        text = given if given is not None else "\n".join("".join(t[0] for t in s) for s in doc.sentences)
        text_line = values["text"][0] if given is not None else doc.line
        offsets: list[int] | None = None
        if len(text) > MAX_DOCUMENT_CHARS:
            problems.append((text_line, m.translate("Core", "text has {n:,} characters; the limit is {limit:,} per "
                                                            "document").format(n=len(text), limit=MAX_DOCUMENT_CHARS)))
        elif (problem := string_problem(text)) is not None:
            problems.append((text_line, problem))
        elif given is not None and not doc.gaps:  # with a token missing, the tokens after it would not fit
            offsets = self._align(text, tokens, text_line, problems)
        if offsets is None:
            offsets = []
            at = 0
            for sentence in doc.sentences:
                for token, _, _ in sentence:
                    offsets.append(at)
                    at += len(token)
                at += 1
        entities = self._entities(doc, text, offsets, problems, notes) if not problems else []
        raw = "\n".join(doc.raw)
        if problems:
            yield doc.rejected(self.name, raw, _record(doc_id))
            return
        document = Document(doc_id, text, meta if meta is not None else {"source": Path(self.name).name},
                            status, entities)
        yield Parsed(self.name, doc.line, document, [], raw, _record(doc_id),
                     notes=[tags.at_line(line, msg, doc.line) for line, msg in notes])

    def _value(self, values: dict[str, tuple[int, str]], key: str, problems: list[tuple[int, str]]) -> str | None:
        if key not in values:
            return None
        line, value = values[key]
        try:
            return tags.decode_value(value)
        except ValueError as exc:
            problems.append((line, f"# {key}: {exc}"))
            return None

    def _status(self, values: dict[str, tuple[int, str]], problems: list[tuple[int, str]]) -> Status:
        if "status" not in values:
            return Status.NEW
        line, value = values["status"]
        if value.strip() in _STATUSES:
            return Status(value.strip())
        problems.append((line, m.translate("Core", "status must be one of {values}, not {status!r}")
                         .format(values=", ".join(Status.values()), status=Shown(value))))
        return Status.NEW

    def _meta(self, values: dict[str, tuple[int, str]], problems: list[tuple[int, str]]) -> dict[str, Any] | None:
        if "meta" not in values:
            return None
        line, value = values["meta"]
        out: list[str] = []
        try:
            meta = strictjson.loads(value)
        except (ValueError, RecursionError) as exc:
            out.append(m.translate("Core", "# meta must be a JSON object: {reason}").format(reason=clip(str(exc), 200)))
        else:
            if isinstance(meta, dict):
                check_value(meta, "meta", out)
            else:
                out.append(m.translate("Core", "# meta must be a JSON object, not {kind}")
                           .format(kind=strictjson.json_kind(meta)))
        problems += [(line, p) for p in out]
        return meta if not out else None

    def _align(self, text: str, tokens: list[tuple[str, tags.Tag, int]], text_line: int,
               problems: list[tuple[int, str]]) -> list[int] | None:
        """Where each token starts in ``text`` (only white space between them), or None."""
        offsets = []
        pos = 0
        skip = _SPACES.match
        for token, _, line in tokens:
            pos = skip(text, pos).end()  # type: ignore[union-attr]  # \s* always matches
            if not text.startswith(token, pos):
                problems.append((line, m.translate("Core", "the token {token!r} is not what the # text comment "
                                                           "(line {text_line}) holds at character {at}: {found!r}")
                                 .format(token=Shown(token, 30), text_line=text_line, at=pos + 1,
                                         found=Shown(text[pos:pos + max(len(token), 10)], 30))))
                return None
            offsets.append(pos)
            pos += len(token)
        rest = text[pos:]
        if rest.strip():
            where = tokens[-1][2] if tokens else text_line
            problems.append((where, m.translate("Core", "the # text comment (line {text_line}) goes on after the last "
                                                        "token: {rest!r}").format(text_line=text_line,
                                                                                  rest=Shown(rest.strip(), 30))))
            return None
        return offsets

    def _entities(self, doc: _Doc, text: str, offsets: list[int], problems: list[tuple[int, str]],
                  notes: list[tuple[int, str]]) -> list[Entity]:
        spans = []
        base = 0
        for sentence in doc.sentences:
            found, odd = tags.decode([t[1] for t in sentence], self.scheme)
            notes += [(sentence[k][2], msg) for k, msg in odd]
            for i, j, label in found:
                problem = tags.label_problem(label, self.labels)
                if problem is not None:
                    problems.append((sentence[i][2], problem))
                    continue
                last = sentence[j - 1]
                start, end = offsets[base + i], offsets[base + j - 1] + len(last[0])
                spans.append((start, end, label))
            base += len(sentence)
        spans.sort(key=lambda s: (s[0], -s[1], s[2]))
        return [Entity(f"T{k}", s, e, label, text[s:e]) for k, (s, e, label) in enumerate(spans, 1)]


def _record(doc_id: str) -> str:
    return m.translate("Core", "document {id}").format(id=clip(doc_id, 40))


FORMAT = Format(
    "conll", m.QT_TRANSLATE_NOOP("Formats", "CoNLL: one morpheme per line with IOB2 or BILOU tags"),
    Holds(entities="on morpheme boundaries", nesting="no: the longest kept, the others reported",
          claims="no (reported)", attributes="no (reported)", status="as a comment", tokens="the project's morphemes",
          loses="entities inside a morpheme or overlapping a longer one, claims and attributes; with "
                "--comments no also ids, status, meta and white space (all reported)"),
    read=read, write=write, suffixes=(".conll",),
    write_options={"scheme": SCHEMES, "comments": ("yes", "no")},
)
