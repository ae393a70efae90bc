"""The open project and the open document, as the window (or a script) edits them.

One ``Session`` owns the state of the open document — its id, text, status, morphemes,
entity index, claims, rejected suggestions and label counts — and the project-wide counts the
views show. Every edit goes through ``apply``, ``undo`` or ``redo``: the project file runs
the operation (domain rules included: the first edit of a document marks it in progress), the
core describes what changed (``changes.Change``), the session brings its own state up to
date from that description, and then tells its subscribers (``changed``). Views update
the rows and rectangles the change names; none works out an operation's meaning again, and
no edit path reloads a whole document or list.
"""

from __future__ import annotations

import bisect
import contextlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from . import queries
from .changes import Change, EntityChange, StatusChange, between
from .claims import ClaimSchema
from .doctokens import DocTokens
from .editing import new_claim, remove_entity_operation
from .entity_index import EntityIndex
from .errors import AnnotatorError
from .events import Signal
from .model import Claim, Document, Entity, Label, Status
from .ops import AddEntity, Batch, Operation, RejectEntitySuggestions
from .recommend import EntitySuggestion, Recommender
from .recommend.live import DocumentSuggestions
from .recommend.settings import RecommenderSettings
from .sentences import Sentence, split_sentences
from .store import Project
from .suggest import Suggestion, suggest

#: Entities in a project above which counting them per label is slow (see ``counting_labels_is_slow``).
SLOW_COUNT = 100_000


def claim_sort_key(c: Claim) -> tuple[int, int, str]:
    """Claims in document order: by start, the longer first, then id."""
    return (c.start, -c.end, c.id)


class OpenDocument:
    """The state of the open document, kept up to date by the session from each change."""

    def __init__(self, doc: Document, rejected: list[tuple[int, int]],
                 rejected_entities: Sequence[tuple[int, int, str, str]] = (), imported: Sequence[Entity] = ()) -> None:
        self.id = doc.id
        self.text = doc.text
        self.meta = doc.meta
        self.status = doc.status
        self.tokens = DocTokens(doc.text)
        self.index = EntityIndex(doc.entities)
        self.claims: list[Claim] = sorted(doc.claims, key=claim_sort_key)
        self._claim_keys = [claim_sort_key(c) for c in self.claims]
        self.rejected: set[tuple[int, int]] = set(rejected)
        self.label_counts: Counter[str] = Counter(e.label for e in doc.entities)
        self._sentences: list[Sentence] | None = None
        self._suggestions: list[Suggestion] | None = None
        #: What ``suggestions`` gives, until a claim or a rejection of this document changes.
        self._shown: list[Suggestion] | None = None
        #: Span and label of every entity suggestion rejected in this document (any source).
        self.rejected_entities: set[tuple[int, int, str]] = {(k[0], k[1], k[2]) for k in rejected_entities}
        #: Entity suggestions: the models' output per paragraph, kept until the models change.
        self.entity_suggestions = DocumentSuggestions(self.tokens, imported)
        #: What ``Session.entity_suggestions()`` gives for the whole document, until an entity,
        #: a rejection, the models or the settings change.
        self.entity_shown: list[EntitySuggestion] | None = None

    # -- claims -------------------------------------------------------------------------
    def claim(self, claim_id: str | None) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None) if claim_id else None

    def claim_row(self, claim: Claim) -> int:
        """The row of ``claim`` in ``claims`` (by its sort key), or -1."""
        key = claim_sort_key(claim)
        i = bisect.bisect_left(self._claim_keys, key)
        return i if i < len(self._claim_keys) and self._claim_keys[i] == key else -1

    def _add_claim(self, c: Claim) -> None:
        key = claim_sort_key(c)
        i = bisect.bisect_left(self._claim_keys, key)
        self._claim_keys.insert(i, key)
        self.claims.insert(i, c)

    def _remove_claim(self, c: Claim) -> None:
        i = self.claim_row(c)
        if i >= 0:
            del self._claim_keys[i]
            del self.claims[i]

    # -- sentences and suggestions ------------------------------------------------------
    @property
    def sentences(self) -> list[Sentence]:
        """The document's sentences, split on first use (opening a document waits for nothing)."""
        if self._sentences is None:
            self._sentences = split_sentences(self.text)
        return self._sentences

    def suggestions(self) -> list[Suggestion]:
        """Claim suggestions not rejected and not overlapping a claim (computed once per
        document, filtered again only after a claim or a rejection changed). The list is
        shared: do not change it."""
        if self._suggestions is None:
            self._suggestions = suggest(self.text, list(self.tokens.all_tokens()), self.index.all(), self.sentences)
        if self._shown is None:
            spans = sorted((c.start, c.end) for c in self.claims)
            self._shown = [s for s in self._suggestions
                           if (s.start, s.end) not in self.rejected and not _overlaps(spans, s.start, s.end)]
        return self._shown

    # -- following changes ----------------------------------------------------------------
    def follow(self, change: Change, rejected: list[tuple[int, int]] | None,
               rejected_entities: list[tuple[int, int, str, str]] | None = None) -> None:
        """Apply to this state what ``change`` did to this document."""
        for ec in change.entities:
            if ec.doc != self.id:
                continue
            self.entity_shown = None
            if ec.old is not None:
                self.index.remove(ec.old.id)
                self.label_counts[ec.old.label] -= 1
            if ec.new is not None:
                self.index.add(ec.new)
                self.label_counts[ec.new.label] += 1
        for cc in change.claims:
            if cc.doc != self.id:
                continue
            if cc.old is not None:
                self._shown = None  # a suggestion it covered may show again: filter anew
                self._remove_claim(cc.old)
            if cc.new is not None:
                self._add_claim(cc.new)
                if self._shown is not None:  # a new claim only hides what it overlaps
                    new = cc.new
                    self._shown = [sg for sg in self._shown if not (sg.start < new.end and sg.end > new.start)]
        status = change.status_of(self.id)
        if status is not None:
            self.status = status.new
        if rejected is not None:
            self.rejected = set(rejected)
            self._shown = None
        if rejected_entities is not None:
            self.rejected_entities = {(k[0], k[1], k[2]) for k in rejected_entities}
            self.entity_shown = None
        self.label_counts = +self.label_counts  # drop labels counted down to zero


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span of the sorted ``spans`` overlaps ``[start, end)``."""
    i = bisect.bisect_left(spans, (end,))
    return any(s < end and e > start for s, e in spans[max(0, i - 8) : i])  # claims rarely nest deeper


class Session:
    """The project and its open document; every edit of the window goes through here."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.doc: OpenDocument | None = None
        #: ``changed(change)``: after apply, undo and redo; the session's state is already updated.
        self.changed = Signal()
        #: ``opened(doc)``: another document was opened (``doc``), or none is (None).
        self.opened = Signal()
        #: ``reloaded()``: the file changed underneath (an import); views read everything again.
        self.reloaded = Signal()
        self._label_counts: Counter[str] | None = None
        self._status_counts: Counter[str] | None = None
        self._read_labels()
        #: The entity recommenders' models in use (``set_models``); none until the window loads some.
        self.models: dict[str, Recommender] = {}
        #: Labels renamed since ``models`` were set: model label -> its name now.
        self._model_labels: dict[str, str] = {}
        self.recommender_settings: RecommenderSettings = project.recommender_settings()
        #: Entity edits (added, removed, relabelled, resized; undo and redo too) since the
        #: models were set: the window retrains when this reaches ``retrain_every``.
        self.entities_since_training = 0
        #: The last operation-log row this window has followed (``follow_server``).
        self.seen = project.last_seq() if project.on_server else 0

    def _read_labels(self) -> None:
        self.labels: list[Label] = self.project.labels()
        self.label_map: dict[str, Label] = {lb.name: lb for lb in self.labels}
        self.claim_schema: ClaimSchema = self.project.claim_schema()

    # -- documents ----------------------------------------------------------------------
    def open(self, doc_id: str) -> OpenDocument:
        """Open ``doc_id`` (raises OperationError when the project has no such document)."""
        doc = self.project.document(doc_id)
        self.doc = self._open_document(doc)
        self.opened.emit(self.doc)
        return self.doc

    def _open_document(self, doc: Document) -> OpenDocument:
        opened = OpenDocument(doc, self.project.rejected_suggestions(doc.id),
                              self.project.rejected_entity_suggestions(doc.id), self.project.entity_suggestions(doc.id))
        opened.entity_suggestions.set_models(self.models, self._model_labels)
        return opened

    def close(self) -> None:
        self.doc = None
        self.opened.emit(None)

    def reload(self) -> None:
        """Another connection changed the file (an import): read labels, counts and the open
        document again."""
        self.project.forget_cached()
        self._read_labels()
        self._label_counts = self._status_counts = None
        if self.doc is not None:
            try:
                doc = self.project.document(self.doc.id)
            except Exception:  # removed meanwhile: no document open
                self.doc = None
            else:
                self.doc = self._open_document(doc)
        self.reloaded.emit()

    def follow_server(self) -> Change | None:
        """Other workstations committed operations to this project on a server (``serverlive``):
        the open document follows them through the change description its own edits give
        (``changes.between`` what it shows and what is stored), the document list through the
        statuses of the other documents touched, views of annotators' versions through
        ``Change.versions``; an operation on no single document (an import, a label-set edit)
        reads everything again (None then, and when nothing was committed)."""
        rows = self.project.log_after(self.seen)
        if not rows:
            return None
        self.seen = rows[-1][0]
        if any(doc is None for _seq, _kind, doc in rows):
            self.reload()
            return None
        docs = {doc for _seq, _kind, doc in rows if doc is not None}
        self._label_counts = self._status_counts = None  # counted again when asked
        change = Change()
        doc = self.doc
        if doc is not None and doc.id in docs:
            try:
                stored = self.project.document(doc.id)
            except AnnotatorError:
                self.reload()
                return None
            change = between(doc.id, (doc.index.all(), stored.entities), (doc.claims, stored.claims),
                             (doc.status, stored.status))
        others = []
        for other in sorted(docs - {doc.id if doc is not None else ""}):
            with contextlib.suppress(AnnotatorError):  # removed meanwhile
                status = self.project.status(other)
                others.append(StatusChange(other, status, status))
        change = replace(change, statuses=change.statuses + tuple(others), versions=frozenset(docs))
        return self._follow(change)

    # -- counts -------------------------------------------------------------------------
    def label_counts_known(self) -> bool:
        """Whether ``project_label_counts`` answers at once (counted already)."""
        return self._label_counts is not None

    def counting_labels_is_slow(self) -> bool:
        """Whether counting the project's entities per label takes long enough (more than
        ``SLOW_COUNT`` entities: 5 ms; 50 ms at a million) for a window to show first."""
        with self.project.db.read() as c:
            return queries.entity_rowid_bound(c) > SLOW_COUNT

    def project_label_counts(self) -> dict[str, int]:
        """Label name -> entities in the whole project (read once, then kept up to date)."""
        if self._label_counts is None:
            self._label_counts = Counter(self.project.counts_by_label())
        return {lb.name: self._label_counts.get(lb.name, 0) for lb in self.labels}

    def status_counts(self) -> dict[str, int]:
        """Status value -> documents (read once, then kept up to date)."""
        if self._status_counts is None:
            self._status_counts = Counter(self.project.counts_by_status())
        return {s: self._status_counts.get(s, 0) for s in Status.values()}

    # -- editing ------------------------------------------------------------------------
    def can_undo(self) -> bool:
        return self.project.history.can_undo()

    def can_redo(self) -> bool:
        return self.project.history.can_redo()

    def apply(self, op: Operation) -> Change:
        """Apply ``op`` (committed when this returns); raises AnnotatorError with a message."""
        return self._follow(self.project.apply(op))

    def undo(self) -> Change | None:
        change = self.project.undo()
        return None if change is None else self._follow(change)

    def redo(self) -> Change | None:
        change = self.project.redo()
        return None if change is None else self._follow(change)

    def _follow(self, change: Change) -> Change:
        """Bring the session's state up to date with ``change``, then tell the views."""
        if change.labels or change.schema:
            self._read_labels()
        self.entities_since_training += len(change.entities)
        if self._label_counts is not None:
            counts = self._label_counts
            for ec in change.entities:
                if ec.old is not None:
                    counts[ec.old.label] -= 1
                if ec.new is not None:
                    counts[ec.new.label] += 1
            for lc in change.labels:
                if lc.renamed:
                    assert lc.old is not None and lc.new is not None
                    counts[lc.new.name] += counts.pop(lc.old.name, 0)
        if self._status_counts is not None:
            for sc in change.statuses:
                self._status_counts[Status(sc.old).value] -= 1
                self._status_counts[Status(sc.new).value] += 1
        renamed = [(lc.old.name, lc.new.name) for lc in change.labels
                   if lc.renamed and lc.old is not None and lc.new is not None]
        for old, new in renamed:  # the models propose the labels they were trained with: under their new names
            self._model_labels = {k: (new if v == old else v) for k, v in self._model_labels.items()}
            self._model_labels.setdefault(old, new)
        if renamed:  # the rename renamed a recommender's mapping to that label too (GiNZA's)
            self.recommender_settings = self.project.recommender_settings()
        doc = self.doc
        if doc is not None:
            # a label rename renamed entities of the open document: named here, one by one
            if renamed and doc.id in change.relabelled:
                names = dict(renamed)
                extra = tuple(EntityChange(doc.id, e, e.with_(label=names[e.label]))
                              for e in doc.index.all() if e.label in names)
                change = replace(change, entities=change.entities + extra)
            rejected = (self.project.rejected_suggestions(doc.id) if doc.id in change.rejections else None)
            rejected_entities = (self.project.rejected_entity_suggestions(doc.id)
                                 if doc.id in change.entity_rejections else None)
            if doc.id in change.docs:
                doc.follow(change, rejected, rejected_entities)
            if renamed:  # the rename renamed the remembered rejections and imported suggestions too
                doc.rejected_entities = {k[:3] for k in self.project.rejected_entity_suggestions(doc.id)}
                doc.entity_suggestions.set_imported(self.project.entity_suggestions(doc.id))
                doc.entity_suggestions.relabel = dict(self._model_labels)
            if change.labels:
                doc.entity_shown = None
        self.changed.emit(change)
        return change

    # -- making edits -------------------------------------------------------------------
    def new_entity(self, start: int, end: int, label: str) -> Entity:
        """An entity of the open document ready for ``AddEntity`` (a fresh ``T<n>`` id)."""
        assert self.doc is not None
        return self.project.new_entity(self.doc.id, start, end, label)

    def new_claim(self, start: int, end: int) -> Claim:
        """A claim of the open document over ``[start, end)`` with the default attributes."""
        assert self.doc is not None
        return new_claim(self.project, self.doc.id, start, end)

    def remove_entity_operation(self, entity: Entity) -> tuple[Operation, list[str]]:
        """Remove ``entity`` of the open document and the claim references to it, as one step."""
        assert self.doc is not None
        return remove_entity_operation(self.project, self.doc.id, entity)

    # -- entity suggestions -------------------------------------------------------------
    def entity_suggestions(self, start: int | None = None, end: int | None = None) -> list[EntitySuggestion]:
        """The entity suggestions of the open document (those over ``[start, end)`` when
        given: the visible part of a long one): imported predictions and the enabled
        recommenders' suggestions from ``models``, each at least its threshold, less the spans
        already accepted with that label and those rejected, sorted by (start, -end, label).
        Computed lazily (the models run once per paragraph until they change) and kept; []
        at once while no model is set and nothing was imported. The list is shared: do not change it."""
        doc = self.doc
        if doc is None:
            return []
        if start is None and end is None:
            if doc.entity_shown is None:
                known = {e.key for e in doc.index.all()} | doc.rejected_entities
                doc.entity_shown = doc.entity_suggestions.shown(self.recommender_settings, self._label_names(), known)
            return doc.entity_shown
        lo = 0 if start is None else start
        hi = len(doc.text) if end is None else end
        known = {e.key for e in doc.index.overlapping(lo, hi)} | doc.rejected_entities
        return doc.entity_suggestions.shown(self.recommender_settings, self._label_names(), known, lo, hi)

    def next_entity_suggestion(self, after: int, backwards: bool = False) -> EntitySuggestion | None:
        """The first entity suggestion of the open document starting after code point
        ``after`` (``backwards``: the last one starting before it), as ``entity_suggestions``
        would give it, or None when none remains. Found sentence by sentence from ``after``,
        stopping at the first: ] and [ go past the part of a long document suggested for."""
        doc = self.doc
        if doc is None:
            return None
        shown = doc.entity_shown
        doc.entity_suggestions.step_stopped_at = None
        if shown is not None:  # the whole document is known already
            starts = [s.start for s in shown]
            if backwards:
                i = bisect.bisect_left(starts, after)
                return shown[i - 1] if i > 0 else None
            i = bisect.bisect_right(starts, after)
            return shown[i] if i < len(shown) else None
        rejected = doc.rejected_entities

        def known(lo: int, hi: int) -> set[tuple[int, int, str]]:
            return {e.key for e in doc.index.overlapping(lo, hi)} | rejected

        return doc.entity_suggestions.step(self.recommender_settings, self._label_names(), known, after, backwards)

    @property
    def entity_step_stopped_at(self) -> int | None:
        """Where the last ``next_entity_suggestion`` stopped looking, having passed many
        sentences without one (None: it looked to the end): the next call goes on from there."""
        return self.doc.entity_suggestions.step_stopped_at if self.doc is not None else None

    def _label_names(self) -> list[str]:
        return [lb.name for lb in self.labels]

    def set_models(self, models: Mapping[str, Recommender]) -> Change:
        """Suggest with ``models`` from now on (a training finished, or the saved ones at open);
        restarts ``entities_since_training``. Tells the views with a change whose
        ``suggestions_changed`` is True (no annotation changed, nothing to undo)."""
        self.models = dict(models)
        self._model_labels = {}
        self.entities_since_training = 0
        if self.doc is not None:
            self.doc.entity_suggestions.set_models(self.models)
            self.doc.entity_shown = None
        return self._tell(Change(suggestions_changed=True))

    def set_recommender_settings(self, settings: RecommenderSettings) -> Change:
        """Store ``settings`` in the project (no undo) and show the suggestions under them."""
        self.project.set_recommender_settings(settings)
        self.recommender_settings = settings
        if self.doc is not None:
            self.doc.entity_shown = None
        return self._tell(Change(suggestions_changed=True))

    def replace_model(self, name: str, model: Recommender | None) -> Change:
        """Suggest with ``model`` as recommender ``name`` (None: without it), the others as
        they are (``entities_since_training`` is not restarted): GiNZA after its mapping or
        its activity changed, or once results it waited for arrived from its worker process."""
        if model is None or not model.trained:
            self.models.pop(name, None)
        else:
            self.models[name] = model
        if self.doc is not None:
            self.doc.entity_suggestions.replace(name, self.models.get(name))
            self.doc.entity_shown = None
        return self._tell(Change(suggestions_changed=True))

    def _tell(self, change: Change) -> Change:
        self.changed.emit(change)
        return change

    def training_due(self, change: Change | None = None) -> bool:
        """Whether the window should retrain now: ``retrain_every`` entity edits since the
        models were set, or ``change`` marked a document done or renamed a label (the models
        propose the old name until then: mapped to the new one meanwhile)."""
        if self.entities_since_training >= max(1, self.recommender_settings.retrain_every):
            return True
        if change is not None and any(lc.renamed for lc in change.labels):
            return True
        return change is not None and any(sc.new == Status.DONE and sc.old != Status.DONE for sc in change.statuses)

    def accept_entity_suggestions(self, items: Iterable[EntitySuggestion]) -> Change:
        """Accept ``items`` of the open document as entities, as one undoable step (each
        counted as accepted for its source); those already accepted are skipped. Returns the
        change (an empty one, nothing applied, when nothing is left to accept)."""
        doc = self.doc
        assert doc is not None
        have = {e.key for e in doc.index.all()}
        todo: list[EntitySuggestion] = []
        for s in items:
            if s.key not in have:
                have.add(s.key)
                todo.append(s)
        if not todo:
            return Change()
        first = self.project.new_entity(doc.id, todo[0].start, todo[0].end, todo[0].label)
        number = int(first.id[1:])
        ops = tuple(AddEntity(doc.id, Entity(f"T{number + i}", s.start, s.end, s.label, doc.text[s.start:s.end]),
                              s.source) for i, s in enumerate(todo))
        if len(ops) == 1:
            return self.apply(ops[0])
        return self.apply(Batch(ops, f"accept {len(ops)} suggested entities"))

    def reject_entity_suggestions(self, items: Iterable[EntitySuggestion]) -> Change:
        """Reject ``items`` of the open document, as one undoable step: that span with that
        label is not suggested again in this document (by any recommender). Returns the change
        (an empty one, nothing applied, when all were rejected already)."""
        doc = self.doc
        assert doc is not None
        keys: dict[tuple[int, int, str, str], None] = {}
        for s in items:
            if s.key not in doc.rejected_entities:
                keys[(s.start, s.end, s.label, s.source)] = None
        if not keys:
            return Change()
        return self.apply(RejectEntitySuggestions(doc.id, tuple(keys)))
