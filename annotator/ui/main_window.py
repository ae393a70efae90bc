"""The annotation window: documents, the text view, entities, labels, inspector.

Every edit goes through a core operation (``Project.apply``), so it is in the project file
when the key press returns; the window then updates its entity index from the operation
itself (work proportional to the edit). Actions live in menus and the toolbar with their
shortcuts; the text-editing ones only fire while the text view has focus, so typing in the
document filter is never taken for a command.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from annotator import settings as user_settings
from annotator.core.claims import remove_entity_operation
from annotator.core.doctokens import DocTokens
from annotator.core.entity_index import EntityIndex
from annotator.core.errors import AnnotatorError
from annotator.core.model import Entity, Status
from annotator.core.morph import READING, lemma, pos_full, reading_hiragana
from annotator.core.ops import (
    AddClaim,
    AddEntity,
    Batch,
    Operation,
    RejectSuggestions,
    RelabelEntity,
    RemoveClaim,
    RemoveEntity,
    ResizeEntity,
    SetStatus,
    UpdateClaim,
)
from annotator.core.store import Project

from .claim_controller import ClaimController
from .find_bar import FindBar
from .menus import build_menus, japanese_font, make_action, pos_legend_html
from .names import status_name
from .panels import DocumentPanel, EntityPanel, LabelPalette
from .plain import fill, menu_text, our_rich_label, plain_label, window_title
from .project_files import ProjectFilesMixin
from .stats_dock import StatsPanel
from .text_view import OVERLAYS, TextView


class MainWindow(ProjectFilesMixin, QMainWindow):
    def __init__(self, project: Project, *, document: str | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)  # documents dropped on the window: the import dialog
        self.project = project
        self.doc_id: str | None = None
        self.doc_status = Status.NEW
        # An empty document until one is opened: every action works on a project without documents.
        self.doc_tokens = DocTokens("")
        self.index = EntityIndex()
        self.settings = QSettings()  # window state: geometry, docks, last project and document
        self.prefs = user_settings.load()  # what the user chose: settings.json
        screen = self.screen().availableGeometry() if self.screen() else None
        # the first start fits the screen (a 1366x768 laptop too); later starts restore the layout
        self.resize(min(1280, int(screen.width() * 0.95)) if screen else 1280,
                    min(800, int(screen.height() * 0.92)) if screen else 800)

        self.view = TextView()
        self.find_bar = FindBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.find_bar)
        self.legend = our_rich_label(pos_legend_html())  # our own fixed legend, never user text
        self.legend.setObjectName("posLegend")
        self.legend.setContentsMargins(8, 2, 8, 2)
        self.legend.setWordWrap(True)  # one long line would set the window's minimum width
        self.legend.setVisible(self.view.overlays["pos"])
        column.addWidget(self.legend)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self._matches: list[tuple[int, int]] = []
        self.documents = DocumentPanel()
        self.entity_panel = EntityPanel()
        self.palette_panel = LabelPalette()
        self._dock(self.documents, self.tr("Documents"), "documentsDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock(self.entity_panel, self.tr("Entities"), "entitiesDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock(self.palette_panel, self.tr("Labels"), "labelsDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.claims_ctl = ClaimController(self)
        self.claims_dock = self._dock(self.claims_ctl.panel, self.tr("Claims"), "claimsDock",
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.entity_panel.parentWidget(), self.claims_dock)
        self.entity_panel.parentWidget().raise_()
        self.stats = StatsPanel(japanese_font(9))
        self.stats_dock = self._dock(self.stats, self.tr("Statistics"), "statisticsDock",
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self.stats_dock.hide()  # shown from View > Statistics (F9); its state is remembered
        self.stats_dock.visibilityChanged.connect(self._size_stats_once)
        self._stats_sized = False
        self.inspector = plain_label(name="tokenInspector")
        self.statusBar().addWidget(self.inspector, 1)
        self.doc_info = plain_label(name="documentInfo")
        self.statusBar().addPermanentWidget(self.doc_info)

        self._panel_edits: list[tuple[str, Entity, Entity | None]] = []
        self._panels_later = QTimer(self)
        self._panels_later.setSingleShot(True)
        self._panels_later.setInterval(0)
        self._panels_later.timeout.connect(self._catch_up_panels)

        build_menus(self)
        self.documents.documentChosen.connect(self.open_document)
        self.documents.filterChanged.connect(self._refresh_documents)
        self.entity_panel.entityChosen.connect(self._entity_from_panel)
        self.entity_panel.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.entity_panel.customContextMenuRequested.connect(self._entity_menu)
        self.palette_panel.labelChosen.connect(self.apply_label)
        self.view.entityActivated.connect(lambda eid: self.entity_panel.select(self.index.get(eid)))
        self.view.cursorMoved.connect(self._inspect)
        self.view.hovered.connect(self._inspect)
        self.find_bar.changed.connect(self._find)
        self.find_bar.step.connect(self._find_step)
        self.find_bar.labelAll.connect(self.label_all)
        self.find_bar.closed.connect(self._find_closed)

        self._restore_view_settings()
        self._load_project(document)

    # -- construction -------------------------------------------------------------------
    def _dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _rebuild_label_actions(self) -> None:
        for act in self._label_actions:
            self.label_menu.removeAction(act)
            self.view.removeAction(act)
            self.entity_panel.removeAction(act)
        self._label_actions = []
        for lb in self.project.labels():
            keys = [lb.key] if lb.key else []
            act = make_action(self, menu_text(lb.name), lambda _=False, n=lb.name: self.apply_label(n), keys,
                               menu=self.label_menu, view_only=True, name=f"label_{lb.name}")
            self.entity_panel.addAction(act)  # the keys relabel from the entity list too
            self._label_actions.append(act)

    # -- project and documents ----------------------------------------------------------
    def _load_labels(self) -> None:
        self.labels = self.project.labels()
        self._label_map = {lb.name: lb for lb in self.labels}
        self._project_counts: dict[str, int] | None = None  # label -> entities in the project
        self._doc_counts: dict[str, int] | None = None  # label -> entities in this document
        self.view.set_labels(self.labels)
        self.find_bar.set_labels(self.labels)
        self.claims_ctl.set_schema(self.project.claim_schema())
        self._rebuild_label_actions()

    def _load_project(self, document: str | None = None) -> None:
        self.setWindowTitle(window_title(f"{self.project.path.name} — annotator"))
        self._load_labels()
        self.stats.set_project(self.project)
        self.settings.setValue("lastProject", str(self.project.path))
        self._remember_project()
        wanted = document or self.settings.value(self._last_doc_key())
        self._refresh_documents()
        ids = self.documents.ids()
        if ids:
            self.open_document(wanted if wanted in ids else ids[0])

    def _reset_document(self) -> None:
        """No document open (a project is being switched)."""
        self.doc_id = None
        self.doc_tokens, self.index = DocTokens(""), EntityIndex()
        self.view.set_document("", self.doc_tokens, self.index)

    def _last_doc_key(self) -> str:
        return f"lastDocument/{self.project.path.resolve()}"

    def _filtered_summaries(self):
        summaries = self.project.summaries()
        text = self.documents.search.text().strip()
        status = self.documents.status.currentData()
        if status:
            summaries = [s for s in summaries if s.status.value == status]
        if text:
            matching = self.project.search_documents(text)
            summaries = [s for s in summaries if s.id in matching]
        return summaries

    def _refresh_documents(self) -> None:
        self.documents.show_documents(self._filtered_summaries(), self.doc_id)

    def open_document(self, doc_id: str) -> None:
        if doc_id == self.doc_id:
            return
        doc = self.project.document(doc_id)
        self.doc_id = doc_id
        self.doc_status = doc.status
        self.doc_tokens = DocTokens(doc.text)
        self.index = EntityIndex(doc.entities)
        self._doc_counts = None
        self.view.set_document(doc.text, self.doc_tokens, self.index)
        self.claims_ctl.load()
        self.settings.setValue(self._last_doc_key(), doc_id)
        self._refresh_panels()
        self._refresh_documents()
        if self.isVisible():
            self._cursor_to_start()
        else:  # the window's first document: its text is painted before any morphology
            self.view.hold_tokens_until_painted(self._cursor_to_start)
        self.view.setFocus()

    def _cursor_to_start(self) -> None:
        """The morpheme cursor on the document's first morpheme (unless it was put somewhere already)."""
        first = self.doc_tokens.first_token()
        if first is not None and self.view.cursor_pos < 0:
            self.view.set_cursor(first[0])
            self.view.set_selection(first[0], first[1], explicit=False)

    def _refresh_panels(self) -> None:
        """Everything from scratch (a document opened, or an undo that may touch anything)."""
        self._panels_later.stop()
        self._panel_edits.clear()
        rows = self.index.all()
        selected = self.index.get(self.view.selected_entity) if self.view.selected_entity else None
        self.entity_panel.show_entities(rows, self._label_map, selected)
        self._doc_counts = None
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        """The label palette's counts, the document line in the status bar, undo/redo state."""
        if self._doc_counts is None:
            self._doc_counts = {}
            for e in self.index.all():
                self._doc_counts[e.label] = self._doc_counts.get(e.label, 0) + 1
        if self._project_counts is None:
            self._project_counts = self.project.counts_by_label()
        self.palette_panel.show_labels(self.labels, self._doc_counts, self._project_counts)
        self.doc_info.setText(fill(self.tr("%1 · %2 · %3 entities · %4 characters"), self.doc_id or "",
                                   status_name(self.doc_status), len(self.index), len(self.view.text)))
        self._update_undo_actions()
        self.stats.refresh_soon()

    def _update_undo_actions(self) -> None:
        """Synchronous with every edit: a Ctrl+Z typed right after must find Undo enabled."""
        self.undo_action.setEnabled(self.project.history.can_undo())
        self.redo_action.setEnabled(self.project.history.can_redo())

    # -- editing ------------------------------------------------------------------------
    def _apply(self, op: Operation) -> bool:
        """Apply an edit of the document (on a new document, marking it in progress in the same step)."""
        if self.doc_id is not None and self.doc_status == Status.NEW and not isinstance(op, SetStatus):
            op = Batch((op, SetStatus(self.doc_id, Status.NEW, Status.IN_PROGRESS)), op.describe())
        try:
            change = self.project.apply(op)
        except AnnotatorError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return False
        self._mirror(change.applied or op)  # a new entity whose id another process took got the next one
        return True

    def _apply_label_op(self, op: Operation) -> str | None:
        """Apply a label-set edit; the error message if the project refuses it."""
        try:
            change = self.project.apply(op)
        except AnnotatorError as exc:
            return str(exc)
        self._labels_changed(change)
        return None

    def _labels_changed(self, change) -> None:
        self._load_labels()
        if change.entities:
            self._reload_entities()
        else:
            self.view.entities_changed()
            self._refresh_panels()
        self._update_undo_actions()

    def edit_claim_schema(self) -> None:
        from .claim_schema_editor import ClaimSchemaEditor

        ClaimSchemaEditor(self.project.claim_schema, self._apply_label_op, self).exec()

    def edit_labels(self) -> None:
        from .label_editor import LabelEditor

        LabelEditor(self.project.labels, self._apply_label_op, self).exec()

    def _count(self, label: str, delta: int) -> None:
        for counts in (self._project_counts, self._doc_counts):
            if counts is not None:
                counts[label] = counts.get(label, 0) + delta

    def _mirror(self, op: Operation) -> None:
        """Bring the in-memory view of the document up to date with an applied operation."""
        spans: list[tuple[int, int]] = []
        table = self._panel_edits
        claims_changed = False
        for sub in op.ops if isinstance(op, Batch) else (op,):
            if isinstance(sub, AddClaim | RemoveClaim | UpdateClaim | RejectSuggestions) and sub.doc_id == self.doc_id:
                claims_changed = True
            elif isinstance(sub, AddEntity) and sub.doc_id == self.doc_id:
                self.index.add(sub.entity)
                table.append(("insert", sub.entity, None))
                self._count(sub.entity.label, 1)
                spans.append((sub.entity.start, sub.entity.end))
            elif isinstance(sub, RemoveEntity) and sub.doc_id == self.doc_id:
                self.index.remove(sub.entity.id)
                table.append(("remove", sub.entity, None))
                self._count(sub.entity.label, -1)
                spans.append((sub.entity.start, sub.entity.end))
            elif isinstance(sub, RelabelEntity) and sub.doc_id == self.doc_id:
                e = self.index.get(sub.entity_id)
                if e is not None:
                    new = e.with_(label=sub.new)
                    self.index.replace(new)
                    table.append(("replace", e, new))
                    self._count(sub.old, -1)
                    self._count(sub.new, 1)
                    spans.append((e.start, e.end))
            elif isinstance(sub, ResizeEntity) and sub.doc_id == self.doc_id:
                e = self.index.get(sub.entity_id)
                if e is not None:
                    s, t = sub.new_span
                    new = e.with_(start=s, end=t, text=self.view.text[s:t])
                    self.index.replace(new)
                    table.append(("replace", e, new))
                    spans.append((min(e.start, s), max(e.end, t)))
            elif isinstance(sub, SetStatus) and sub.doc_id == self.doc_id:
                self.doc_status = sub.new
            else:
                self._reload_entities()
                return
        if spans:
            self.view.entities_changed(spans)
        if claims_changed:
            self.claims_ctl.refresh()
        self._update_undo_actions()
        self._panels_later.start()

    def _catch_up_panels(self) -> None:
        """Apply the queued edits to the entity table and refresh the counts.

        Runs once the event loop has painted the text view: the annotator sees the text change
        at once and the side panels an instant later (several quick edits coalesce into one).
        """
        table = self.entity_panel.model_
        for kind, e, new in self._panel_edits:
            if kind == "insert":
                table.insert(e)
            elif kind == "remove":
                table.remove(e)
            else:
                table.replace(e, new)
        self._panel_edits.clear()
        selected = self.index.get(self.view.selected_entity) if self.view.selected_entity else None
        self.entity_panel.select(selected)
        self._refresh_counts()
        if self.doc_id is not None:
            self.documents.update_document(self.doc_id, self.doc_status, len(self.index))

    def _reload_entities(self) -> None:
        if self.doc_id is None:
            return
        self._project_counts = self._doc_counts = None  # recounted: the edit may be anywhere
        self.index = EntityIndex(self.project.entities(self.doc_id))
        self.view.entities = self.index
        self.doc_status = self.project.status(self.doc_id)
        if self.view.selected_entity not in self.index:
            self.view.selected_entity = None
        self.view.entities_changed()
        self.claims_ctl.refresh()
        self._refresh_panels()

    def apply_label(self, name: str) -> None:
        if self.doc_id is None:
            return
        selected = self.view.selected_entity
        if selected is not None and selected in self.index:
            e = self.index.get(selected)
            assert e is not None
            if e.label != name:
                self._apply(RelabelEntity(self.doc_id, e.id, e.label, name))
            return
        s, e = self.view.selection
        if e <= s:
            self.statusBar().showMessage(self.tr("Select some text first (drag, or Shift+Right)"), 4000)
            return
        try:
            entity = self.project.new_entity(self.doc_id, s, e, name)
        except AnnotatorError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return
        if self._apply(AddEntity(self.doc_id, entity)):
            # the id it got (another process may have taken the one asked for): the one with its span and label
            added = next((x.id for x in self.index.overlapping(entity.start, entity.end) if x.key == entity.key),
                         entity.id)
            self.view.set_selection(entity.start, entity.end, entity=added)

    def delete_entity(self) -> None:
        """Delete the selected entity (with the claim references to it, in one step), else the selected claim."""
        eid = self.view.selected_entity
        if self.doc_id is None:
            return
        if eid is None:
            self.claims_ctl.remove_selected()
            return
        e = self.index.get(eid)
        if e is None:
            return
        op, affected = remove_entity_operation(self.project, self.doc_id, e)
        if self._apply(op):
            self.view.set_selection(e.start, e.end)
            if affected:
                self.statusBar().showMessage(
                    fill(self.tr("Removed %1 and its references in claim(s) %2 (Ctrl+Z brings all back)"),
                         f"{e.label} {e.text}", ", ".join(affected)), 8000)

    def resize_entity(self, start_step: int, end_step: int) -> None:
        """Move the selected entity's start or end by one morpheme."""
        eid = self.view.selected_entity
        e = self.index.get(eid) if eid else None
        if self.doc_id is None or e is None:
            return
        start, end = e.start, e.end
        if end_step:
            tok = self.doc_tokens.next_token(end - 1) if end_step > 0 else self.doc_tokens.prev_token(end)
            if tok is None:
                return
            end = tok[1] if end_step > 0 else tok[0]
        if start_step:
            tok = self.doc_tokens.prev_token(start) if start_step < 0 else self.doc_tokens.next_token(start)
            if tok is None:
                return
            start = tok[0]
        if end <= start:
            self.statusBar().showMessage(self.tr("An entity keeps at least one morpheme"), 3000)
            return
        if self._apply(ResizeEntity(self.doc_id, e.id, (e.start, e.end), (start, end))):
            self.view.set_selection(start, end, entity=e.id)

    def undo(self) -> None:
        self._history_step(self.project.undo)

    def redo(self) -> None:
        self._history_step(self.project.redo)

    def _history_step(self, step) -> None:
        try:
            change = step()
        except AnnotatorError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return
        if change is None:
            return
        if self.doc_id is not None and self.doc_id not in change.docs and len(change.docs) == 1:
            self.open_document(next(iter(change.docs)))
        if change.labels:
            self._load_labels()
        self._reload_entities()
        self._refresh_documents()

    def done_and_next(self) -> None:
        if self.doc_id is None:
            return
        if self.doc_status != Status.DONE:
            self._apply(SetStatus(self.doc_id, self.doc_status, Status.DONE))
        self._refresh_documents()
        self.step_document(1)

    # -- find and label all -------------------------------------------------------------
    def open_find(self) -> None:
        s, e = self.view.selection
        self.find_bar.open_bar(self.view.text[s:e] if 0 < e - s < 40 else "")
        self._find()

    def _find(self) -> None:
        needle = self.find_bar.input.text()
        if self.doc_id is None or not needle:
            self._matches = []
        else:
            from annotator.core.search import find

            self._matches = find(self.doc_tokens, needle, by_lemma=self.find_bar.lemma.isChecked())
        self.view.set_highlights(self._matches)
        self.find_bar.count.setText(self.tr("%n match(es)", "", len(self._matches)) if needle else "")

    def _find_step(self, step: int) -> None:
        if not self._matches:
            return
        s = self.view.selection[0]
        if step > 0:
            nxt = next((m for m in self._matches if m[0] > s), self._matches[0])
        else:
            nxt = next((m for m in reversed(self._matches) if m[0] < s), self._matches[-1])
        self.view.set_cursor(nxt[0])
        self.view.set_selection(*nxt)

    def _find_closed(self) -> None:
        self._matches = []
        self.view.set_highlights([])
        self.view.setFocus()

    def label_all(self, label: str, whole_project: bool) -> None:
        needle = self.find_bar.input.text()
        if self.doc_id is None or not needle or not label:
            return
        from annotator.core.search import label_all_operation

        docs = self.project.document_ids() if whole_project else [self.doc_id]
        op = label_all_operation(self.project, docs, needle, label, by_lemma=self.find_bar.lemma.isChecked())
        if op is None:
            self.statusBar().showMessage(self.tr("Nothing to label: every match on morpheme boundaries has it"), 5000)
            return
        if self._apply(op):
            self.statusBar().showMessage(self.tr("Labelled %n match(es) as ", "", len(op.ops)) + label, 5000)
            self._refresh_documents()

    # -- navigation ---------------------------------------------------------------------
    def move_home(self, to_end: bool) -> None:
        tok = self.doc_tokens.last_token() if to_end else self.doc_tokens.first_token()
        if tok is not None:
            self._select_token(tok, extend=False)

    def move(self, step: int, extend: bool) -> None:
        if self.doc_id is None:
            return
        s, e = self.view.selection
        if extend and e > s:
            tok = self.doc_tokens.next_token(e - 1) if step > 0 else self.doc_tokens.prev_token(s)
            if tok is not None:
                ns, ne = (s, tok[1]) if step > 0 else (tok[0], e)
                self.view.set_selection(ns, ne)
                self.view.set_cursor(tok[0])
            return
        pos = self.view.cursor_pos if self.view.cursor_pos >= 0 else 0
        tok = self.doc_tokens.next_token(pos) if step > 0 else self.doc_tokens.prev_token(pos)
        if tok is None and self.view.cursor_pos < 0:
            tok = self.doc_tokens.first_token()
        if tok is not None:
            self._select_token(tok, extend=False)

    def _select_token(self, tok, extend: bool) -> None:
        self.view.set_cursor(tok[0])
        self.view.set_selection(tok[0], tok[1], explicit=False)  # labels apply to it; C takes the sentence
        self.entity_panel.select(None)

    def step_entity(self, step: int) -> None:
        pos = max(0, self.view.cursor_pos)
        current = self.view.selected_entity
        e = self.index.next_after(pos, current) if step > 0 else self.index.prev_before(pos, current)
        if e is not None:
            self.view.select_entity(e.id)
            self.entity_panel.select(e)

    def step_document(self, step: int) -> None:
        ids = self.documents.ids()
        if not ids:
            return
        i = ids.index(self.doc_id) if self.doc_id in ids else -1
        j = i + step
        if 0 <= j < len(ids):
            self.open_document(ids[j])
        else:
            self.statusBar().showMessage(self.tr("No more documents in the list"), 3000)

    def _entity_from_panel(self, entity_id: str) -> None:
        self.view.select_entity(entity_id)

    def _entity_menu(self, point) -> None:
        """Right-click on an entity in the list: relabel it or delete it."""
        index = self.entity_panel.indexAt(point)
        if not index.isValid():
            return
        self._entity_from_panel(self.entity_panel.model_.data(index, Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        relabel = menu.addMenu(self.tr("Relabel"))
        for act in self._label_actions:
            relabel.addAction(act)
        menu.addAction(self.delete_action)
        menu.exec(self.entity_panel.viewport().mapToGlobal(point))

    # -- view ---------------------------------------------------------------------------
    def _size_stats_once(self, visible: bool) -> None:
        """First shown (and not sized by a restored layout): a strip, not half the window."""
        if visible and not self._stats_sized:
            self._stats_sized = True
            self.resizeDocks([self.stats_dock], [max(160, self.height() // 4)], Qt.Orientation.Vertical)

    def set_overlay(self, key: str, on: bool) -> None:
        self.view.set_overlay(key, on)
        if key == "pos":
            self.legend.setVisible(on)
        self.prefs.overlays[key] = on
        user_settings.save(self.prefs)

    def zoom(self, steps: int) -> None:
        self.view.zoom(steps)
        self.prefs.font_size = self.view.font_point_size()
        user_settings.save(self.prefs)

    def _inspect(self, pos: int) -> None:
        tok = self.doc_tokens.token_at(pos) if pos >= 0 and self.doc_id is not None else None
        if tok is None:
            return
        info = tok[3]
        reading = f" · {info[READING]} ({reading_hiragana(tok)})" if info[READING] else ""
        self.inspector.setText(f"{tok[2]} · {lemma(tok)} · {pos_full(info)}{reading} · [{tok[0]}, {tok[1]})")

    def _restore_view_settings(self) -> None:
        for key in OVERLAYS:
            on = self.prefs.overlays.get(key, False)
            self.view.overlays[key] = on
            self.overlay_actions[key].blockSignals(True)
            self.overlay_actions[key].setChecked(on)
            self.overlay_actions[key].blockSignals(False)
        self.legend.setVisible(self.view.overlays["pos"])
        font = japanese_font(self.prefs.font_size)
        if self.prefs.font_family:
            font.setFamily(self.prefs.font_family)
        self.view.set_font(font)
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("windowState")
        if state is not None:
            self._stats_sized = self.restoreState(state)

    def edit_preferences(self) -> None:
        from .preferences import Preferences

        dialog = Preferences(self.prefs, self.view.text_font().family(), self)
        if dialog.exec():
            language = self.prefs.language
            self.prefs = dialog.result_settings()
            user_settings.save(self.prefs)
            if self.prefs.annotator_name:
                self.project.user = self.prefs.annotator_name
            self._restore_view_settings()
            if self.prefs.language != language:
                self.switch_language(self.prefs.language)

    def switch_language(self, language: str) -> MainWindow:
        """Show the interface in ``language`` ("ja", "en" or "system") now: a new window is built
        on the same open project (its undo history, document and cursor kept) and this one closes.

        Every string of the window is set when it is built, so building it again is the one
        way that cannot miss a string."""
        from PySide6.QtWidgets import QApplication

        from . import i18n

        i18n.install(QApplication.instance(), i18n.choose(None if language == "system" else language))
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        cursor, doc_id = self.view.cursor_pos, self.doc_id
        successor = MainWindow(self.project, document=doc_id)
        successor.show()
        successor.raise_()
        successor.activateWindow()
        tok = successor.doc_tokens.token_at(cursor) if successor.doc_id == doc_id and cursor >= 0 else None
        if tok is not None:
            successor.view.set_cursor(tok[0])
            successor.view.set_selection(tok[0], tok[1], explicit=False)
        successor.view.setFocus()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        return successor

    def closeEvent(self, event: QCloseEvent) -> None:
        from . import workers

        # the imports and exports of this window's dialogs (also of one deleted meanwhile) are
        # cancelled and awaited, a bounded time: nothing half-written stays, and no close hangs
        workers.stop_jobs(self, timeout_ms=10000)
        self._closed = True  # an import that ended meanwhile no longer reloads this window
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.sync()
        super().closeEvent(event)

