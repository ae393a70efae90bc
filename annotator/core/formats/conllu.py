"""CoNLL-U with named entities in the MISC column, import only.

Follows the CoNLL-U format of Universal Dependencies v2 (universaldependencies.org/format.html)
and the entity convention of UD Japanese GSD r2.8-NE (megagonlabs/UD_Japanese-GSD): a word's
MISC column holds ``NE=B-ORG``, ``NE=I-ORG``, ``NE=L-ORG``, ``NE=U-PERSON`` (BILUO) or the BIO
tags ``NE=B-ORG``/``NE=I-ORG``; no ``NE`` (or ``NE=O``) is outside any entity. The scheme is
detected from the whole file and the tags decoded as ``tags.py`` says (irregular ones become
notes naming their line).

One document per sentence, with id the sentence's ``# sent_id`` (``<file stem>-<n>`` where it
has none) and ``meta`` ``{"source": file name, "sent_id": …, "newdoc_id": …}`` (the last two
where the file gives them). Why not one document per ``# newdoc id``: dataset builders use
these files sentence by sentence (UD's splits, GSD's NER scores, CoNLL-2003's evaluation are
per sentence), ``sent_id`` is the key that joins the annotations back to the treebank's other
layers, and ``# text`` is each sentence's text exactly, whereas a document of several
sentences would need a separator the file does not give. (GSD has a ``# newdoc id`` on every
sentence, the same as its ``sent_id``.) The newdoc id is kept in ``meta``.

Text: rebuilt from the surface tokens, each one's FORM followed by a space unless its MISC says
``SpaceAfter=No`` (none after the last), and checked against ``# text``, which stays the text:
a sentence whose ``# text`` differs from what its tokens give is a problem naming the line.
A multiword token (``1-2``) gives the surface and its ``SpaceAfter``; the words inside it give
none (the CoNLL-U rule). An entity on its words covers the whole token; one that starts or
ends inside it cannot be placed and becomes a note. Empty nodes (``1.1``) have no surface and
are skipped. Offsets are code points (``𠮷`` is one). The lemma, POS, features and syntax are
not kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import messages as m
from ..fields import check_id
from ..model import Document, Entity
from ..strings import MAX_DOCUMENT_CHARS, Shown, clip
from . import tags
from .base import Format, Holds, Parsed

_NEWDOC = re.compile(r"#\s*newdoc(?:\s+id\s*=\s*(.*?))?\s*\Z")
_KEYED = re.compile(r"#\s*(sent_id|text)\s*=\s?(.*)\Z")
_WORD_ID = re.compile(r"[1-9][0-9]*\Z")
_RANGE_ID = re.compile(r"([1-9][0-9]*)-([1-9][0-9]*)\Z")
_EMPTY_ID = re.compile(r"(0|[1-9][0-9]*)\.[1-9][0-9]*\Z")


def _misc(field: str) -> dict[str, str]:
    """The MISC column's ``key=value`` items (the first of a key given twice)."""
    if field == "_":
        return {}
    out = {}
    for item in field.split("|"):
        key, _, value = item.partition("=")
        out.setdefault(key, value)
    return out


def _more_tags(field: str, first: str) -> list[str]:
    """The values of ``NE`` in the MISC column ``field`` after the first, ``first``, that differ from it."""
    if field.count("NE=") < 2:
        return []
    values = [value for key, _, value in (item.partition("=") for item in field.split("|")) if key == "NE"]
    return [v for v in dict.fromkeys(values[1:]) if v != first]


def _ne(misc: dict[str, str]) -> tags.Tag | str:
    value = misc.get("NE")
    return None if value is None else tags.parse_tag(value)


def _detect(fh: Any) -> str:
    detector = tags.SchemeDetector()
    for line in tags.loose_lines(fh):
        if not line.strip():
            detector.add_break()
            continue
        fields = line.split("\t")
        if len(fields) == 10 and _WORD_ID.match(fields[0]):
            tag = _ne(_misc(fields[9]))
            detector.add(None if isinstance(tag, str) else tag)
    return detector.scheme


def read(path: str | Path, **_: Any) -> Iterator[Parsed]:
    """One document per sentence of a CoNLL-U file (see the module's docstring)."""
    yield from tags.read_tagged(path, _detect, lambda fh, scheme: _Reader(str(path), Path(path), scheme).run(fh))


class _Sentence(tags.Block):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.sent_id: tuple[int, str] | None = None
        self.text: tuple[int, str] | None = None
        #: The word lines (line, fields); fields None for a line not read or not understood.
        self.rows: list[tuple[int, list[str] | None]] = []
        self.words = 0  # rows read


class _Reader:
    def __init__(self, name: str, path: Path, scheme: str) -> None:
        self.name, self.stem, self.file_name, self.scheme = name, path.stem, path.name, scheme
        self.count = 0
        self.newdoc: str | None = None
        self.seen: dict[str, int] = {}
        self.labels: dict[str, str | None] = {}

    def run(self, fh: Any) -> Iterator[Parsed]:
        sent: _Sentence | None = None
        for ln in tags.text_lines(fh, "CoNLL-U"):
            line = ln.text
            if line is None:  # unread (after a last one, such as a UTF-16 mark, text_lines stops)
                sent = _Sentence.noting(sent, ln)
                sent.rows.append((ln.number, None))  # a word or not: the numbering goes on after it
                continue
            if not line.strip():
                if sent is not None:
                    yield from self.finish(sent)
                    sent = None
                continue
            if line.startswith("#") and sent is not None and sent.words:
                sent.problems.append((ln.number, m.translate("Core", "a comment line among the word lines: a "
                                                                     "sentence's comments come before its words")))
                continue
            sent = sent or _Sentence(ln.number)
            sent.keep(line)
            if line.startswith("#"):
                self._comment(sent, ln.number, line)
                continue
            fields = line.split("\t")
            if len(fields) != 10:
                sent.problems.append((ln.number, m.translate("Core", "a word line has 10 fields separated by tabs; "
                                                                     "this one has {n}").format(n=len(fields))))
                sent.rows.append((ln.number, None))
                continue
            sent.rows.append((ln.number, fields))
            sent.words += 1
        if sent is not None:
            yield from self.finish(sent)

    def _comment(self, sent: _Sentence, number: int, line: str) -> None:
        found = _NEWDOC.match(line)
        if found is not None:
            self.newdoc = (found.group(1) or "").strip() or None
            return
        keyed = _KEYED.match(line)
        if keyed is None:
            return  # newpar, global.columns, translations…: nothing to keep
        key, value = keyed.groups()
        if key == "sent_id":
            if sent.sent_id is not None:
                sent.problems.append((number, m.translate("Core", "a second # sent_id in one sentence")))
            sent.sent_id = (number, value.strip())
        else:
            if sent.text is not None:
                sent.problems.append((number, m.translate("Core", "a second # text in one sentence")))
            sent.text = (number, value)

    def finish(self, sent: _Sentence) -> Iterator[Parsed]:
        if not sent.rows and not sent.problems:
            return  # comments alone (a newdoc before a blank line)
        self.count += 1
        problems = sent.problems
        notes: list[tuple[int, str]] = []
        sid = sent.sent_id[1] if sent.sent_id is not None else None
        id_line = sent.sent_id[0] if sent.sent_id is not None else sent.line
        doc_id = sid or f"{self.stem}-{self.count}"
        out: list[str] = []
        check_id(doc_id, "sent_id", out)
        problems += [(id_line, p) for p in out]
        if doc_id in self.seen:
            problems.append((id_line, m.translate("Core", "duplicate sent_id {id!r} (first on line {line})")
                             .format(id=Shown(doc_id), line=self.seen[doc_id])))
        else:
            self.seen[doc_id] = id_line
        units, word_tags, rebuilt = self._units(sent, problems, notes)
        text = rebuilt
        if sent.text is not None and not problems:
            line, given = sent.text
            if given != rebuilt:
                at = next((k for k, (a, b) in enumerate(zip(given, rebuilt, strict=False)) if a != b),
                          min(len(given), len(rebuilt)))
                problems.append((line, m.translate("Core", "# text is not what the words give (their FORM and "
                                                           "SpaceAfter=No): at character {at} # text has {text!r}, "
                                                           "the words {words!r}")
                                 .format(at=at + 1, text=Shown(given[at:at + 20], 20),
                                         words=Shown(rebuilt[at:at + 20], 20))))
            text = given
        if len(text) > MAX_DOCUMENT_CHARS:
            problems.append((sent.line, m.translate("Core", "text has {n:,} characters; the limit is {limit:,} per "
                                                            "document").format(n=len(text), limit=MAX_DOCUMENT_CHARS)))
        entities = [] if problems else self._entities(units, word_tags, text, problems, notes)
        raw = "\n".join(sent.raw)
        record = m.translate("Core", "sentence {id}").format(id=clip(doc_id, 40))
        if problems:
            yield sent.rejected(self.name, raw, record)
            return
        meta: dict[str, Any] = {"source": self.file_name}
        if sid is not None:
            meta["sent_id"] = sid
        if self.newdoc is not None:
            meta["newdoc_id"] = self.newdoc
        yield Parsed(self.name, sent.line, Document(doc_id, text, meta, entities=entities), [], raw, record,
                     notes=[tags.at_line(line, msg, sent.line) for line, msg in notes])

    def _units(self, sent: _Sentence, problems: list[tuple[int, str]], notes: list[tuple[int, str]]
               ) -> tuple[list[tuple[int, int, int, int, str, int]], list[tuple[tags.Tag, int, int]], str]:
        """The surface tokens as (start, end, first word, last word, form, line), each word's
        (tag, index of its surface token, line), and the text they give."""
        units: list[tuple[int, int, int, int, str, int]] = []
        words: list[tuple[tags.Tag, int, int]] = []
        parts: list[str] = []
        pos = 0
        next_word = 1
        range_end = 0  # the last word of the multiword token being read
        space = False
        resync = False  # after a line not read: the next ID is taken as it is (no follow-on problems)
        broken = False  # a line not read or a word out of order: the words' count says nothing more
        for number, fields in sent.rows:
            if fields is None:
                resync = broken = True
                continue
            wid, form, misc = fields[0], fields[1], _misc(fields[9])
            tag = _ne(misc)
            if isinstance(tag, str):
                problems.append((number, tag))
                tag = None
            elif "NE" in misc:
                notes += [(number, m.translate("Core", "a second tag NE={tag} in MISC not imported: a word has one "
                                                       "(NE={first} is read)").format(tag=more, first=misc["NE"]))
                          for more in _more_tags(fields[9], misc["NE"])]
            if _EMPTY_ID.match(wid):
                if tag is not None:
                    notes.append((number, m.translate("Core", "an empty node carries NE={tag}: empty nodes have no "
                                                              "text; not imported").format(tag=misc["NE"])))
                continue
            found = _RANGE_ID.match(wid)
            if found is not None:
                first, last = int(found.group(1)), int(found.group(2))
                if resync and last > first:
                    next_word, resync = first, False
                if first != next_word or last <= first:
                    problems.append((number, m.translate("Core", "multiword token {id}: expected a range starting "
                                                                 "at word {next}").format(id=wid, next=next_word)))
                    resync = broken = True
                    continue
                range_end = last
            elif _WORD_ID.match(wid):
                first = last = int(wid)
                if resync:
                    next_word, resync = first, False
                if first != next_word:
                    problems.append((number, m.translate("Core", "word {id}: expected word {next}")
                                     .format(id=wid, next=next_word)))
                    resync = broken = True  # one fault, not one for every word after it
                    continue
                next_word += 1
                if first <= range_end:  # a word of a multiword token: no surface of its own
                    words.append((tag, len(units) - 1, number))
                    continue
                words.append((tag, len(units), number))
            else:
                problems.append((number, m.translate("Core", "the ID {id!r} is not a word (1), a multiword "
                                                             "token (1-2) or an empty node (1.1)")
                                 .format(id=Shown(wid, 20))))
                continue
            if not form:
                problems.append((number, m.translate("Core", "the FORM column is empty")))
                continue
            if space:
                parts.append(" ")
                pos += 1
            units.append((pos, pos + len(form), first, last, form, number))
            parts.append(form)
            pos += len(form)
            space = misc.get("SpaceAfter") != "No"
        if range_end >= next_word and not broken:
            problems.append((sent.rows[-1][0], m.translate("Core", "the multiword token ends at word {end}, after "
                                                                   "the sentence's last word").format(end=range_end)))
        if not units and not problems:
            problems.append((sent.line, m.translate("Core", "a sentence without words")))
        return units, words, "".join(parts)

    def _entities(self, units: list[tuple[int, int, int, int, str, int]], words: list[tuple[tags.Tag, int, int]],
                  text: str, problems: list[tuple[int, str]], notes: list[tuple[int, str]]) -> list[Entity]:
        found, odd = tags.decode([w[0] for w in words], self.scheme)
        notes += [(words[k][2], msg) for k, msg in odd]
        spans = []
        for i, j, label in found:
            problem = tags.label_problem(label, self.labels)
            if problem is not None:
                problems.append((words[i][2], problem))
                continue
            first, last = units[words[i][1]], units[words[j - 1][1]]
            if first[2] != i + 1 or last[3] != j:
                cut = first if first[2] != i + 1 else last
                notes.append((words[i][2], m.translate("Core", "the entity {label} on words {a}–{b} starts or ends "
                                                               "inside the multiword token {form!r} (line {line}): "
                                                               "not imported")
                              .format(label=label, a=i + 1, b=j, form=Shown(cut[4], 30), line=cut[5])))
                continue
            spans.append((first[0], last[1], label))
        return [Entity(f"T{k}", s, e, label, text[s:e]) for k, (s, e, label) in enumerate(spans, 1)]


FORMAT = Format(
    "conllu", m.QT_TRANSLATE_NOOP("Formats", "CoNLL-U with named entities in MISC (NE=B-ORG…, UD Japanese GSD)"),
    Holds(entities="NE= tags in MISC (BIO or BILUO)", nesting="no", claims="no", attributes="no", status="no",
          tokens="its own words (not kept)",
          loses="lemmas, parts of speech, features and syntax; one document per sentence (import only)"),
    read=read, suffixes=(".conllu",),
)
