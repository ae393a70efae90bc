"""``--format spacy``: spaCy ``DocBin`` files built from the project's own morphemes.

A folder of ``.spacy`` files (``part-00000-of-00002.spacy``…, ``SHARD_DOCUMENTS`` documents
each, so that memory stays flat: a DocBin holds its documents' arrays until it is written).
``spacy train --paths.train FOLDER`` reads such a folder as it is; one file is
``DocBin().from_disk(path).get_docs(nlp.vocab)``.

Each document is ``Doc(Vocab(), words=…, spaces=…)`` over the morphemes of
``default_morphology().tokenize`` (fugashi + unidic-lite), so no Japanese tokenizer is needed
on either side (``spacy.blank("ja")`` would need SudachiPy) and the project's entity
boundaries are the tokens' boundaries. ``doc.text`` is the document's text exactly: what
lies between two morphemes (whitespace: line breaks, U+3000, tabs) follows spaCy's
convention: one ASCII space after a morpheme is that token's trailing whitespace
(``spaces``), anything else becomes a whitespace token of its own (tag ``空白``, as UniDic
names it). Tokens carry UniDic's part of speech as ``tag_`` (``名詞-固有名詞-人名-姓``) and
its lemma as ``lemma_``.

Entities: each is aligned with ``doc.char_span(start, end, alignment_mode="strict")`` (code
points, as Python's ``str`` and annotator count). Every aligned entity goes to the span group
``doc.spans["sc"]`` (``sc``: the key spaCy's ``spancat`` reads by default), nested and
overlapping ones included; the longest ones that overlap no other (``spacy.util.filter_spans``)
are also ``doc.ents``. A span's ``id_`` is the entity's id. An entity that starts or ends
inside a morpheme cannot be a span: it is reported in ``lost`` with its document, offsets and
label, never moved to the nearest boundary ("expand" mode would do so silently).

``doc.user_data`` holds the document's ``id``, ``meta`` and ``status``. A DocBin has no place
for claims or an entity's attributes: each is reported in ``lost`` (kind ``claim``,
``attribute``).

spaCy is the optional extra ``spacy`` (``pip install 'annotator[spacy]'``), imported only
when ``write`` runs: this module imports without it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as m
from ..model import Document, Status
from ..morph import default_morphology, lemma, pos_full
from .base import ExportError, Format, Holds, LossReport
from .folders import atomic_folder, missing_extra
from .project_export import claim_objects, entity_objects

if TYPE_CHECKING:
    from ..store import Project

#: The span group that holds every entity (spaCy's ``spancat`` default ``spans_key``).
SPANS_KEY = "sc"
#: UniDic's part of speech for whitespace, given to whitespace tokens.
WHITESPACE_TAG = "空白"
SHARD_DOCUMENTS = 5000
PROGRESS_EVERY = 200


def _spacy() -> Any:
    try:
        import spacy
        from spacy.tokens import Doc, DocBin
        from spacy.util import filter_spans
        from spacy.vocab import Vocab
    except ImportError:
        raise ExportError(missing_extra("spacy", "spacy")) from None
    return spacy, Doc, DocBin, Vocab, filter_spans


def words_and_spaces(text: str, tokens: list[Any]) -> tuple[list[str], list[bool], list[str], list[str],
                                                            list[int]]:
    """spaCy's ``words``, ``spaces``, ``tags`` and ``lemmas`` for ``text`` from its morphemes,
    and the start of each word (code points). ``"".join(w + " " * s) == text`` by construction:
    a gap between morphemes gives its first ASCII space to the word before it, the rest
    becomes a word of its own."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    lemmas: list[str] = []
    starts: list[int] = []
    pos = 0

    def gap(upto: int) -> None:
        start = pos
        if start < upto and text[start] == " " and words and not spaces[-1]:
            spaces[-1] = True
            start += 1
        if start < upto:
            piece = text[start:upto]
            words.append(piece)
            spaces.append(False)
            tags.append(WHITESPACE_TAG if piece.isspace() else "")
            lemmas.append(piece)
            starts.append(start)

    for tok in tokens:
        start, end, surface = tok[0], tok[1], tok[2]
        if start > pos:
            gap(start)
        words.append(surface)
        spaces.append(False)
        tags.append(pos_full(tok[3]))
        lemmas.append(lemma(tok))
        starts.append(start)
        pos = end
    if pos < len(text):
        gap(len(text))
    return words, spaces, tags, lemmas, starts


def _cut_word(starts: list[int], words: list[str], at: int) -> str | None:
    """The word that the offset ``at`` falls strictly inside, or None."""
    i = bisect.bisect_right(starts, at) - 1
    return words[i] if i >= 0 and starts[i] < at < starts[i] + len(words[i]) else None


def misalignment(starts: list[int], words: list[str], start: int, end: int) -> str:
    """Why the span ``start``–``end`` is on no token boundary, for the loss report."""
    cut = list(dict.fromkeys(w for w in (_cut_word(starts, words, start), _cut_word(starts, words, end))
                             if w is not None))
    if cut:
        return "inside a token: cuts the morpheme " + " and ".join(map(repr, cut))
    return "starts or ends on a space that spaCy keeps as the trailing whitespace of a token"


class _Converter:
    """Documents to spaCy ``Doc``s, one shard's vocabulary at a time."""

    def __init__(self, lost: LossReport) -> None:
        self.spacy, self.Doc, self.DocBin, self.Vocab, self.filter_spans = _spacy()
        self.lost = lost
        self.tokenize = default_morphology().tokenize

    def doc(self, vocab: Any, doc: Document) -> Any:
        text = doc.text
        entities = entity_objects(doc.id, text, doc.entities)  # ExportError at a span that is not exact
        words, spaces, tags, lemmas, starts = words_and_spaces(text, self.tokenize(text))
        sdoc = self.Doc(vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas,
                        user_data={"id": doc.id, "meta": doc.meta, "status": Status(doc.status).value})
        if sdoc.text != text:  # the construction above makes this impossible; never write a wrong text
            raise ExportError(m.translate("Core", "document {id}: the spaCy text differs from the document's; "
                                                  "nothing was written").format(id=doc.id))
        spans = []
        for e in entities:
            span = sdoc.char_span(e["start"], e["end"], label=e["label"], span_id=e["id"], alignment_mode="strict")
            if span is None:
                self.lost.add(doc.id, e["start"], e["end"], e["label"],
                              misalignment(starts, words, e["start"], e["end"]))
                continue
            spans.append(span)
            if e.get("attributes"):
                self.lost.add(doc.id, e["start"], e["end"], e["label"], "a spaCy span holds no attributes",
                              kind="attribute")
        sdoc.spans[SPANS_KEY] = spans
        sdoc.ents = self.filter_spans(spans)
        for c in claim_objects(doc.id, text, doc.claims):
            self.lost.add(doc.id, c["start"], c["end"], "", "a spaCy DocBin holds no claims", kind="claim")
        return sdoc


def write(project: Project, path: str | Path, *, status: Status | None = None,
          progress: Callable[[int], None] | None = None, lost: LossReport, **_: Any) -> int:
    """Write the folder ``path`` (new, or an empty folder) of DocBin files; returns the number
    of documents. What spaCy cannot hold is added to ``lost``."""
    convert = _Converter(lost)
    n = 0
    with atomic_folder(path, project_path=project.path) as folder:
        paths: list[Path] = []
        docbin = vocab = None

        def flush() -> None:
            if docbin is not None and len(docbin):
                paths.append(folder / f"part-{len(paths):05d}.spacy")
                docbin.to_disk(paths[-1])

        for doc in project.iter_documents(status):
            if docbin is None or len(docbin) >= SHARD_DOCUMENTS:
                flush()
                vocab = convert.Vocab()  # a vocabulary per file: memory stays flat
                docbin = convert.DocBin(store_user_data=True)
            docbin.add(convert.doc(vocab, doc))
            n += 1
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n)
        flush()
        if not paths:  # an empty project: one empty DocBin, which spaCy reads as no documents
            paths.append(folder / "part-00000.spacy")
            convert.DocBin(store_user_data=True).to_disk(paths[-1])
        for i, p in enumerate(paths):
            p.rename(p.with_name(f"part-{i:05d}-of-{len(paths):05d}.spacy"))
    if progress is not None:
        progress(n)
    return n


FORMAT = Format(
    "spacy", "spaCy DocBin files (the project's morphemes as tokens)",
    Holds(entities="on morpheme boundaries", nesting=f'as doc.spans["{SPANS_KEY}"]; doc.ents flat', claims="no",
          attributes="no", status="in user_data", tokens="yes (morphemes)",
          loses="entities inside a morpheme, claims, entity attributes (each listed); export only"),
    write=write, folder_out=True, extra="spacy",
)
