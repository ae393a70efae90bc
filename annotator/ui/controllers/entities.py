"""Entities: applying a label (or relabelling), deleting, resizing by a morpheme, the label-set
editor; and the views of entities, kept up to date from the session's changes.

After an edit the text view repaints the rectangles of the entities the change names at once;
the entity table and the label palette follow one event-loop turn later (after the frame
is painted), several quick edits coalescing into one update of the table's rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QMenu, QWidget

from annotator.core.changes import Change, EntityChange
from annotator.core.errors import AnnotatorError
from annotator.core.ops import AddEntity, RelabelEntity, ResizeEntity
from annotator.core.session import OpenDocument

from ..actions import ActionSet
from ..panels import EntityPanel, LabelPalette
from ..plain import fill
from ..text_view import TextView
from .base import Controller, Say, SessionHost

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")



class EntitiesController(Controller):
    def __init__(self, host: SessionHost, say: Say, view: TextView, table: EntityPanel, palette: LabelPalette,
                 actions: ActionSet, parent: QWidget, *, delete_other: Callable[[], object]) -> None:
        """``delete_other``: what Delete does when no entity is selected (remove the selected claim)."""
        super().__init__(host, say)
        self.view, self.table, self.palette, self.actions, self.parent = view, table, palette, actions, parent
        self._delete_other = delete_other
        self._pending: list[EntityChange] = []  # table rows still to update
        self._counting_later = False  # the palette's project counts wait for the first frame
        self._later = QTimer(parent)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._catch_up)
        host.opened.connect(self._opened)
        host.changed.connect(self._changed)
        host.reloaded.connect(self._reloaded)
        table.entityChosen.connect(view.select_entity)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        palette.labelChosen.connect(self.apply_label)
        view.entityActivated.connect(self._entity_activated)

    # -- editing ------------------------------------------------------------------------
    def apply_label(self, name: str) -> None:
        """Label the selection ``name``, or relabel the selected entity."""
        doc = self.doc
        if doc is None:
            return
        e = doc.index.get(self.view.selected_entity) if self.view.selected_entity else None
        if e is not None:
            if e.label != name:
                self.apply(RelabelEntity(doc.id, e.id, e.label, name))
            return
        s, t = self.view.selection
        if t <= s:
            self.say(translate("MainWindow", "Select some text first (drag, or Shift+Right)"), 4000)
            return
        picked = self.view.claim(self.view.selected_claim) if self.view.selected_claim else None
        k = self.view.selected_suggestion
        if picked is None and 0 <= k < len(self.view.suggestions):
            picked = self.view.suggestions[k]
        if picked is not None and (s, t) == (picked.start, picked.end):
            # the claim's (or suggestion's) own span, selected with it: not text chosen to label
            self.say(translate("MainWindow", "A claim is selected: select the words to label first "
                                             "(arrows, Shift+arrows)"), 4000)
            return
        try:
            entity = self.session.new_entity(s, t, name)
        except AnnotatorError as exc:
            self.say(str(exc), 6000)
            return
        change = self.apply(AddEntity(doc.id, entity))
        if change is not None:
            # the id it got (another process may have taken the one asked for)
            added = next((c.new.id for c in change.entities_of(doc.id) if c.old is None and c.new is not None
                          and c.new.key == entity.key), entity.id)
            self.view.set_selection(entity.start, entity.end, entity=added)

    def delete_entity(self) -> None:
        """Delete the selected entity (with the claim references to it, in one step), else the selected claim."""
        doc = self.doc
        if doc is None:
            return
        eid = self.view.selected_entity
        if eid is None:
            self._delete_other()
            return
        e = doc.index.get(eid)
        if e is None:
            return
        op, affected = self.session.remove_entity_operation(e)
        if self.apply(op) is not None:
            self.view.set_selection(e.start, e.end)
            if affected:
                self.say(fill(translate("MainWindow",
                                        "Removed %1 and its references in claim(s) %2 (Ctrl+Z brings all back)"),
                              f"{e.label} {e.text}", ", ".join(affected)), 8000)

    def resize_entity(self, start_step: int, end_step: int) -> None:
        """Move the selected entity's start or end by one morpheme."""
        doc = self.doc
        e = doc.index.get(self.view.selected_entity) if doc is not None and self.view.selected_entity else None
        if doc is None or e is None:
            return
        tokens = doc.tokens
        start, end = e.start, e.end
        if end_step:
            tok = tokens.next_token(end - 1) if end_step > 0 else tokens.prev_token(end)
            if tok is None:
                return
            end = tok[1] if end_step > 0 else tok[0]
        if start_step:
            tok = tokens.prev_token(start) if start_step < 0 else tokens.next_token(start)
            if tok is None:
                return
            start = tok[0]
        if end <= start:
            self.say(translate("MainWindow", "An entity keeps at least one morpheme"), 3000)
            return
        if self.apply(ResizeEntity(doc.id, e.id, (e.start, e.end), (start, end))) is not None:
            self.view.set_selection(start, end, entity=e.id)

    def edit_labels(self) -> None:
        from ..label_editor import LabelEditor

        LabelEditor(lambda: list(self.session.labels), self.apply_or_message, self.parent,
                    locked=not self.project.may_edit_label_set()).exec()

    # -- the views ----------------------------------------------------------------------
    def _opened(self, doc: OpenDocument | None) -> None:
        self._pending.clear()
        self._later.stop()
        self.table.show_entities(doc.index.all() if doc else [], self.session.label_map, None)
        self._show_palette()

    def _reloaded(self) -> None:
        self.view.set_labels(self.session.labels)
        self._opened(self.doc)

    def _changed(self, change: Change) -> None:
        doc = self.doc
        if change.labels:  # names, colours or keys
            self.view.set_labels(self.session.labels)
            self.view.entities_changed()
            if any(lc.renamed for lc in change.labels):  # every entity of the label renamed: all rows again
                self._opened(doc)
                return
            self.table.model_.set_labels(self.session.label_map)  # colours: the rows stay
            self._later.start()  # the palette
        mine = change.entities_of(doc.id) if doc is not None else ()
        if mine:
            assert doc is not None
            if self.view.selected_entity is not None and self.view.selected_entity not in doc.index:
                self.view.selected_entity = None  # undone or removed
            self.view.entities_changed([(min(x.start for x in pair), max(x.end for x in pair))
                                        for pair in ([e for e in (c.old, c.new) if e is not None] for c in mine)])
            self._pending.extend(mine)
        if change.entities:  # counts in the project too
            self._later.start()

    def _catch_up(self) -> None:
        """The queued rows of the entity table, the selection there, the palette's counts."""
        model = self.table.model_
        for c in self._pending:
            if c.old is None and c.new is not None:
                model.insert(c.new)
            elif c.new is None and c.old is not None:
                model.remove(c.old)
            elif c.old is not None and c.new is not None:
                model.replace(c.old, c.new)
        self._pending.clear()
        self._entity_activated(self.view.selected_entity or "")
        self._show_palette()

    def _show_palette(self) -> None:
        doc, session = self.doc, self.session
        counts = None
        if session.label_counts_known() or self.view.frames or not session.counting_labels_is_slow():
            counts = session.project_label_counts()
        elif not self._counting_later:  # the window's start on a corpus: "…", counted after its first frame
            self._counting_later = True
            self.view.after_first_frame(self._counted_later)
        self.palette.show_labels(session.labels, dict(doc.label_counts) if doc else {}, counts)

    def _counted_later(self) -> None:
        self._counting_later = False
        self._show_palette()

    def _entity_activated(self, entity_id: str) -> None:
        doc = self.doc
        self.table.select(doc.index.get(entity_id) if doc is not None and entity_id else None)

    def _context_menu(self, point: QPoint) -> None:
        """Right-click on an entity in the list: relabel it or delete it."""
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.view.select_entity(self.table.model_.data(index, Qt.ItemDataRole.UserRole))
        menu = QMenu(self.parent)
        relabel = menu.addMenu(translate("MainWindow", "Relabel"))
        for act in self.actions.group("labels"):
            relabel.addAction(act)
        menu.addAction(self.actions["deleteEntity"])
        menu.exec(self.table.viewport().mapToGlobal(point))
