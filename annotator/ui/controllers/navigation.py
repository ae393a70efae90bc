"""Moving around: the morpheme cursor, moving by meaning (phrases, sentences, entity
candidates, suggestions, the next unlabelled occurrence of the selected text: annotator.core.phrases),
growing and shrinking the selection, entity stepping (Tab, wrapping at either end), documents
(Alt+Down / Alt+Up, the document list, done-and-next), and the status bar's lines about where
the cursor is.

Moving to a phrase or a candidate selects its content part (never its trailing が or は), so
that a label key right after it labels that.

Connected to the session before the other views: on ``opened`` the text view gets the new
document first, so what the others draw on it (claims, highlights) lands on the right text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QLabel

from annotator.core import doclist
from annotator.core.changes import Change
from annotator.core.doctokens import DocTokens
from annotator.core.entity_index import EntityIndex
from annotator.core.errors import AnnotatorError
from annotator.core.model import Status
from annotator.core.morph import READING, Token, lemma, pos_full, reading_hiragana
from annotator.core.ops import SetStatus
from annotator.core.phrases import (
    Extent,
    Navigator,
    candidate_step,
    extend,
    fresh_extent,
    phrase_step,
    sentence_step,
)
from annotator.core.session import OpenDocument
from annotator.core.store import Project

from ..document_model import shown_id, shown_snippet
from ..names import document_line, suggestion_count
from ..panels import DocumentPanel, EntityPanel
from ..plain import fill
from ..text_view import TextView
from .base import Controller, Say, SessionHost

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")

#: The document open last is written to the settings this long after the last step (each
#: write makes QSettings rewrite its file: 1.5 ms, a tenth of a step's budget), and on closing.
REMEMBER_AFTER_MS = 1000


def last_document_key(project: Project) -> str:
    """The settings key remembering the document last open in ``project``."""
    return f"lastDocument/{project.path.resolve()}"


class _LastDocument:
    """The settings key of the open project, resolved once per project (not per document opened)."""

    def __init__(self) -> None:
        self._project: Project | None = None
        self._key = ""

    def key(self, project: Project) -> str:
        if project is not self._project:
            self._project, self._key = project, last_document_key(project)
        return self._key



class NavigationController(Controller):
    def __init__(self, host: SessionHost, say: Say, view: TextView, documents: DocumentPanel,
                 entity_list: EntityPanel, settings: QSettings, doc_line: QLabel, inspector: QLabel) -> None:
        super().__init__(host, say)
        self._done_warned: str | None = None  # the document whose open suggestions Ctrl+Enter named
        self.view, self.documents, self.entity_list = view, documents, entity_list
        self.settings, self.doc_line, self.inspector = settings, doc_line, inspector
        self._last = _LastDocument()
        self._listing_later = False  # the document list waits for the window's first frame
        self._unsaved: tuple[str, str] | None = None  # (settings key, document id) not yet written
        self._nav: Navigator | None = None  # phrases and candidates of the open document
        self._extent: Extent | None = None  # the selection being grown or shrunk, while it is the view's
        self._remember = QTimer(view)
        self._remember.setSingleShot(True)
        self._remember.setInterval(REMEMBER_AFTER_MS)
        self._remember.timeout.connect(self.save_last_document)
        host.opened.connect(self._opened)
        host.changed.connect(self._changed)
        host.reloaded.connect(self._reloaded)
        documents.documentChosen.connect(self._chosen_in_list)
        view.cursorMoved.connect(self._inspect)  # the cursor's morpheme; the mouse's is the tool tip

    # -- documents ----------------------------------------------------------------------
    def show_project(self, document: str | None = None) -> None:
        """Open ``document``, else the one open last in this project, else the first listed."""
        wanted = document or self.settings.value(self._last.key(self.project))
        if self._listing_later:  # not listed yet: asked of the file
            known = isinstance(wanted, str) and doclist.has_document(self.project, wanted)
            first = wanted if known else doclist.first_id(self.project)
            if first is not None:
                self.open_document(first)
            return
        ids = self.documents.ids()
        if ids:
            self.open_document(wanted if isinstance(wanted, str) and wanted in ids else ids[0])

    def _chosen_in_list(self, doc_id: str) -> None:
        """A row picked in the document list: opened, and the keyboard stays in the list (the
        arrow keys go on stepping through it)."""
        self.open_document(doc_id, focus=False)

    def open_document(self, doc_id: str, *, focus: bool = True) -> None:
        if self.doc is not None and doc_id == self.doc.id:
            return
        try:
            self.session.open(doc_id)
        except AnnotatorError as exc:  # removed meanwhile by another program
            self.say(str(exc), 6000)
            return
        self._unsaved = (self._last.key(self.project), doc_id)
        self._remember.start()
        if self.view.isVisible():
            self._cursor_to_start()
        else:  # the window's first document: its text is painted before any morphology
            self.view.hold_tokens_until_painted(self._cursor_to_start)
        if focus:
            self.view.setFocus()

    def save_last_document(self) -> None:
        """Write the document open last to the settings now (the window closes, another project opens)."""
        self._remember.stop()
        if self._unsaved is not None:
            self.settings.setValue(*self._unsaved)
            self._unsaved = None

    def _opened(self, doc: OpenDocument | None) -> None:
        self._extent = None  # the growing selection was the previous document's
        if doc is None:
            self.view.set_document("", DocTokens(""), EntityIndex())
        else:
            self.view.set_document(doc.text, doc.tokens, doc.index)
        self.documents.set_current(doc.id if doc else None)
        if doc is None:
            self.inspector.clear()  # no morpheme of a document no longer shown
        self._show_doc_line()

    def _changed(self, change: Change) -> None:
        self.documents.apply_change(change)
        doc = self.doc
        if doc is not None and doc.id in change.docs:
            self._show_doc_line()

    def _reloaded(self) -> None:
        """The file changed underneath, or another project is open: the list and the document again."""
        self.save_last_document()  # of the project open before, if it was another one
        if self.view.frames == 0 and doclist.is_large(self.project):
            # the window's start on a corpus: its text is on screen before the documents are listed
            self._listing_later = True
            self.documents.set_index(doclist.DocumentIndex.empty())
            self.view.after_first_frame(self._list_if_waiting)
        else:
            self._list_documents()
        doc = self.doc
        same = doc is not None and doc.text == self.view.text
        cursor, selection = self.view.cursor_pos, self.view.selection
        self._opened(doc)
        if same and cursor >= 0:  # the same document read again: the cursor stays where it was
            self.view.set_cursor(cursor)
            self.view.set_selection(*selection, explicit=False)

    def _list_documents(self) -> None:
        self._listing_later = False
        self.documents.set_index(doclist.DocumentIndex.load(self.project))

    def _list_if_waiting(self) -> None:
        """The list, if it still waits (stepping may have asked for it already)."""
        if self._listing_later:
            self._list_documents()

    def _show_doc_line(self) -> None:
        doc = self.doc
        if doc is None:
            self.doc_line.clear()
            return
        # the id as the list shows it: one line, cut in the middle, controls and bidi overrides escaped
        self.doc_line.setText(document_line(shown_id(doc.id), doc.status, len(doc.index), len(doc.text)))

    def step_document(self, step: int) -> None:
        self._list_if_waiting()  # a step in the window's first moments
        if self.doc is None:
            ids = self.documents.ids()
            if ids:
                self.open_document(ids[0])
            return
        nxt = self.documents.neighbour(self.doc.id, step)
        if nxt is None:
            self.say(translate("MainWindow", "No more documents in the list"), 3000)
        else:
            self.open_document(nxt)

    def done_and_next(self) -> None:
        """Mark the document done and open the next. While claim suggestions are still shown
        (nobody accepted or rejected them), the first press only says so: a done document's
        sentences are exported as reviewed ("no claim" where there is no claim), and the
        second press marks it done all the same."""
        doc = self.doc
        if doc is None:
            return
        if doc.status != Status.DONE:
            open_suggestions = len(self.view.suggestions)
            if open_suggestions and self._done_warned != doc.id:
                self._done_warned = doc.id
                self.say(fill(translate("MainWindow", "%1 still open: accept (A) or reject (R) them, or press "
                                                      "Ctrl+Enter again to mark the document done anyway"),
                              suggestion_count(open_suggestions)), 8000)
                return
            self.apply(SetStatus(doc.id, doc.status, Status.DONE))
        self._done_warned = None
        self.step_document(1)

    # -- the morpheme cursor ------------------------------------------------------------
    def _cursor_to_start(self) -> None:
        """The morpheme cursor on the document's first morpheme (unless it was put somewhere already)."""
        first = self.doc.tokens.first_token() if self.doc is not None else None
        if first is not None and self.view.cursor_pos < 0:
            self.view.set_cursor(first[0])
            self.view.set_selection(first[0], first[1], explicit=False)

    def move_home(self, to_end: bool) -> None:
        if self.doc is None:
            return
        tok = self.doc.tokens.last_token() if to_end else self.doc.tokens.first_token()
        if tok is not None:
            self._select_token(tok)

    def move(self, step: int, extend: bool) -> None:
        if self.doc is None:
            return
        tokens = self.doc.tokens
        if extend:
            self.extend_selection(step, by_phrase=False)
            return
        pos = self.view.cursor_pos if self.view.cursor_pos >= 0 else 0
        tok = tokens.next_token(pos) if step > 0 else tokens.prev_token(pos)
        if tok is None and self.view.cursor_pos < 0:
            tok = tokens.first_token()
        if tok is not None:
            self._select_token(tok)

    def _select_token(self, tok: Token) -> None:
        self._select_span(tok[0], tok[1])

    def _select_span(self, start: int, end: int, *, explicit: bool = False) -> None:
        """The cursor to ``start`` and ``[start, end)`` selected: a label key labels it (a cursor
        move's selection is not explicit: C takes the sentence)."""
        self._leave_claim(start, end)
        self.view.set_cursor(start)
        self.view.set_selection(start, end, explicit=explicit)
        self.entity_list.select(None)

    # -- moving by meaning --------------------------------------------------------------
    def navigator(self) -> Navigator | None:
        """Phrases, candidates and sentences of the open document (computed as they are asked for)."""
        doc = self.doc
        if doc is None:
            return None
        if self._nav is None or self._nav.tokens is not doc.tokens:
            self._nav = Navigator(doc.tokens)
        return self._nav

    def _pos(self) -> int:
        """The cursor (-1 before any move: the next phrase is then the first)."""
        return self.view.cursor_pos

    def move_phrase(self, step: int) -> None:
        """To the next (previous) phrase, its content selected."""
        nav = self.navigator()
        if nav is None:
            return
        span = phrase_step(nav, self._pos(), self.view.selection, step)
        if span is not None:
            self._select_span(*span)

    def move_sentence(self, step: int) -> None:
        """To the first phrase of the next sentence (of this one, or the one before)."""
        nav = self.navigator()
        if nav is None:
            return
        span = sentence_step(nav, self._pos(), step)
        if span is not None:
            self._select_span(*span)

    def step_candidate(self, step: int) -> None:
        """To the next (previous) entity candidate no entity covers yet."""
        nav = self.navigator()
        if nav is None or self.doc is None:
            return
        span = candidate_step(nav, self._pos(), self.view.selection, self.doc.index, step)
        if span is None:
            self.say(translate("MainWindow", "No more entity candidates in this document"), 3000)
            return
        self._select_span(*span)

    def step_suggestion(self, step: int) -> None:
        """Select the next (previous) suggestion in the text, a claim's or an entity's, wrapping around."""
        view = self.view
        layer = view.entity_suggestions
        items = sorted([(sg.start, sg.end, 0, k) for k, sg in enumerate(view.suggestions)]
                       + [(sg.start, sg.end, 1, k) for k, sg in enumerate(layer.items)])
        current = (0, view.selected_suggestion) if view.selected_suggestion >= 0 else (1, layer.selected)
        at = next((i for i, it in enumerate(items) if (it[2], it[3]) == current), None)
        after = items[at][0] if at is not None else max(0, self._pos()) - (step > 0)
        if at is not None:
            at += step
        else:  # none selected: the first at or after the cursor (the last before it)
            at = sum(1 for it in items if it[0] < max(0, self._pos())) - (step < 0)
        # a long document's entity suggestions are those around the part on screen: one past it may come first
        wraps = not 0 <= at < len(items)
        if layer.further is not None and layer.further(step, after, items[at % len(items)][0] if items else None,
                                                       wraps):
            return
        if not items:
            self.say(translate("MainWindow", "No suggestions to step through here (View > Claim "
                                             "Suggestions, Ctrl+Shift+S, shows claim suggestions)"), 4000)
            return
        if wraps:
            self.say(translate("MainWindow", "Wrapped to the first suggestion") if step > 0 else
                     translate("MainWindow", "Wrapped to the last suggestion"), 2000)
        _, _, kind, k = items[at % len(items)]
        view.select_suggestion(k) if kind == 0 else layer.select(k)

    def next_occurrence(self, step: int) -> None:
        """Select the next (previous) occurrence of the selected text that is not labelled yet."""
        nav = self.navigator()
        doc = self.doc
        if nav is None or doc is None:
            return
        s, e = self.view.selection
        if e <= s:
            tok = doc.tokens.token_at(max(0, self._pos()))
            if tok is None:
                return
            s, e = tok[0], tok[1]
        needle = doc.text[s:e]
        span = nav.next_occurrence(needle, s, doc.index, step)
        wrapped = span is None or (span[0] <= s if step > 0 else span[0] >= s)
        if wrapped:  # none further in this document: the next document (in the list's order) holding one
            from annotator.core.editing import unlabelled_occurrence_in

            ids = self.documents.ids()
            here = ids.index(doc.id) if doc.id in ids else -1
            order = ids[here + 1:] + ids[:max(here, 0)] if step > 0 else ids[:max(here, 0)][::-1] + ids[here + 1:][::-1]
            found = unlabelled_occurrence_in(self.project, order, needle, step)
            if found is not None:
                self.open_document(found[0])
                if self.doc is not None and self.doc.id == found[0]:
                    self._select_span(*found[1], explicit=True)
                    self.say(fill(translate("MainWindow", "Next unlabelled %1 in document %2"),
                                  shown_snippet(needle), shown_id(found[0])), 3000)
                return
        if span is None or span == (s, e):
            self.say(fill(translate("MainWindow", "No other unlabelled occurrence of %1"), shown_snippet(needle)), 3000)
            return
        self._select_span(*span, explicit=True)

    def extend_selection(self, step: int, *, by_phrase: bool) -> None:
        """Move the selection's active end by a morpheme or a phrase: it grows, or shrinks back
        toward where the growing started (as Shift+arrows do in a text editor)."""
        nav = self.navigator()
        doc = self.doc
        if nav is None or doc is None:
            return
        extent = self._extent
        if extent is None or extent.selection != self.view.selection:
            extent = fresh_extent(doc.tokens, self.view.selection, self.view.cursor_pos)
            if extent is None:
                return
        extent = extend(doc.tokens, nav, extent, step, by_phrase)
        self._extent = extent
        s, e = extent.selection
        self._leave_claim(s, e)
        self.view.set_selection(s, e)
        self.view.set_cursor(extent.cursor(doc.tokens))

    def extend_phrase(self, step: int) -> None:
        self.extend_selection(step, by_phrase=True)

    def _leave_claim(self, start: int, end: int) -> None:
        """The cursor leaves the selected claim (or suggestion): it is no longer selected, so the
        claim letters do not change a claim the annotator has moved away from."""
        view = self.view
        claim = view.claim(view.selected_claim) if view.selected_claim else None
        if claim is not None and not (claim.start <= start and end <= claim.end):
            view.select_claim(None)
        k = view.selected_suggestion
        if 0 <= k < len(view.suggestions) and not (view.suggestions[k].start <= start
                                                    and end <= view.suggestions[k].end):
            view.select_suggestion(-1)
        sg = view.entity_suggestions.current()
        if sg is not None and not (sg.start <= start and end <= sg.end):
            view.entity_suggestions.select(-1)

    def step_entity(self, step: int) -> None:
        if self.doc is None:
            return
        pos = max(0, self.view.cursor_pos)
        current = self.view.selected_entity
        index = self.doc.index
        e = index.next_after(pos, current) if step > 0 else index.prev_before(pos, current)
        if e is None and len(index):  # past the last (before the first): around to the other end
            e = index.next_after(-1) if step > 0 else index.prev_before(len(self.doc.text) + 1)
            self.say(translate("MainWindow", "Wrapped to the first entity") if step > 0 else
                     translate("MainWindow", "Wrapped to the last entity"), 2000)
        if e is not None:
            self.view.select_entity(e.id)
            self.entity_list.select(e)

    def _inspect(self, pos: int) -> None:
        """The morpheme under the cursor or the mouse, in the status bar."""
        tok = self.doc.tokens.token_at(pos) if pos >= 0 and self.doc is not None else None
        if tok is None:
            return
        info = tok[3]
        reading = f" · {info[READING]} ({reading_hiragana(tok)})" if info[READING] else ""
        # a morpheme may be a control or a bidi override (U+202E): shown escaped, never applied
        line = f"{tok[2]} · {lemma(tok)} · {pos_full(info)}{reading} · [{tok[0]}, {tok[1]})"
        self.inspector.setText(shown_snippet(line))
