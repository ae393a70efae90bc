"""The annotation window: a shell that builds the text view and the docks and composes the
controllers (``controllers/``), each owning one concern, and the actions (``actions.py``).

Every edit goes through the core session (``annotator.core.session``): it is in the project
file when the key press returns, and the session tells the views what changed; each view
updates the rows and rectangles the change names. Text-editing actions fire only while the
text view has focus, so typing in the document filter is never taken for a command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QVBoxLayout, QWidget

from annotator.core.changes import Change
from annotator.core.doctokens import DocTokens
from annotator.core.entity_index import EntityIndex
from annotator.core.session import Session
from annotator.core.store import Project
from annotator.settings import Settings

from .actions import ActionSet
from .claims_panel import ClaimPanel
from .controllers.base import SessionHost
from .controllers.claims import ClaimsController
from .controllers.curation import CurationController
from .controllers.entities import EntitiesController
from .controllers.entity_suggestions import EntitySuggestionsController
from .controllers.files import FilesController
from .controllers.find import FindController
from .controllers.history import HistoryController
from .controllers.live import LiveController
from .controllers.navigation import NavigationController
from .controllers.pretrained import PretrainedController
from .controllers.training import TrainingController
from .controllers.view_settings import ViewSettingsController
from .find_bar import FindBar
from .focus_ring import FocusCycle
from .i18n import language
from .menus import japanese_font, pos_legend_html
from .panels import DocumentPanel, EntityPanel, LabelPalette
from .plain import fill, our_rich_label, window_title
from .stats_dock import StatsPanel
from .status_line import StatusLabel
from .suggestions_panel import SuggestionsPanel
from .text_view import OVERLAYS, TextView


class MainWindow(QMainWindow):
    def __init__(self, project: Project, *, document: str | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)  # documents dropped on the window: the import dialog
        self.settings = QSettings()  # window state: geometry, docks, last project and document
        screen = self.screen().availableGeometry() if self.screen() else None
        # the first start fits the screen (a 1366x768 laptop too); later starts restore the layout
        self.resize(min(1280, int(screen.width() * 0.95)) if screen else 1280,
                    min(800, int(screen.height() * 0.92)) if screen else 800)
        self.host = SessionHost(Session(project))

        self.view = TextView()
        self.find_bar = FindBar()
        self.legend = our_rich_label(pos_legend_html())  # our own fixed legend, never user text
        self.legend.setObjectName("posLegend")
        self.legend.setContentsMargins(8, 2, 8, 2)
        self.legend.setWordWrap(True)  # one long line would set the window's minimum width
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for widget, stretch in ((self.find_bar, 0), (self.legend, 0), (self.view, 1)):
            column.addWidget(widget, stretch)
        self.setCentralWidget(central)
        self.documents = DocumentPanel()
        self.entity_panel = EntityPanel()
        self.palette_panel = LabelPalette()
        claims_panel = ClaimPanel()
        suggestions_panel = SuggestionsPanel()
        self.stats = StatsPanel(japanese_font(9))
        area = Qt.DockWidgetArea
        docks = {name: self._dock(widget, title, name, where) for widget, title, name, where in (
            (self.documents, self.tr("Documents"), "documentsDock", area.LeftDockWidgetArea),
            (self.entity_panel, self.tr("Entities"), "entitiesDock", area.RightDockWidgetArea),
            (self.palette_panel, self.tr("Labels"), "labelsDock", area.RightDockWidgetArea),
            (claims_panel, self.tr("Claims"), "claimsDock", area.RightDockWidgetArea),
            (suggestions_panel, self.tr("Suggestions"), "suggestionsDock", area.RightDockWidgetArea),
            (self.stats, self.tr("Statistics"), "statisticsDock", area.BottomDockWidgetArea))}
        self.claims_dock, self.stats_dock = docks["claimsDock"], docks["statisticsDock"]
        self.tabifyDockWidget(docks["entitiesDock"], self.claims_dock)
        self.tabifyDockWidget(docks["labelsDock"], docks["suggestionsDock"])
        docks["entitiesDock"].raise_()
        self.stats_dock.hide()  # shown from View > Statistics (F9); its state is remembered
        self.stats_dock.visibilityChanged.connect(self._size_stats_once)
        self._stats_sized = False
        self.inspector = StatusLabel(name="tokenInspector")
        self.statusBar().addWidget(self.inspector.holder, 1)
        self.doc_info = StatusLabel(name="documentInfo", fit=True)
        self.statusBar().addPermanentWidget(self.doc_info.holder)
        self.training_status = StatusLabel(name="trainingStatus", fit=True)  # "training…", "ready"
        self.statusBar().addPermanentWidget(self.training_status.holder)

        self.action_set = ActionSet(self, self.view, self.entity_panel, docks)
        host, say = self.host, self.statusBar().showMessage
        # navigation first: on "opened" the text view gets the new document before the others draw on it
        self.navigation = NavigationController(host, say, self.view, self.documents, self.entity_panel,
                                               self.settings, self.doc_info, self.inspector)
        self.claims_ctl = ClaimsController(host, say, self.view, claims_panel, self, suggestions_panel)
        self.focus_cycle = FocusCycle(self, [
            (self.view, self.view, self.tr("Text")), (self.entity_panel, self.entity_panel, self.tr("Entities")),
            (claims_panel, claims_panel.list, self.tr("Claims")),
            (suggestions_panel, suggestions_panel.list, self.tr("Suggestions")),
            (suggestions_panel.entities, suggestions_panel.entities.list, self.tr("Suggested entities"))], say,
            skip_empty=frozenset({3, 4}))
        self.pretrained = PretrainedController(host, say, self)  # GiNZA, in a worker process when on
        self.training = TrainingController(host, say, self.training_status, self, defer=self.view.after_first_frame,
                                           pretrained=self.pretrained)
        self.entity_suggestions = EntitySuggestionsController(host, say, self.view, suggestions_panel.entities,
                                                              state=lambda: self.training.state)
        self.training.listeners.append(self.entity_suggestions.refresh_heading)
        self.training.listeners.append(self.stats.refresh_soon)  # a measure stored: the suggestions plot
        self.entities = EntitiesController(host, say, self.view, self.entity_panel, self.palette_panel,
                                           self.action_set, self, delete_other=self.claims_ctl.remove_selected)
        self.find = FindController(host, say, self.view, self.find_bar,
                                   matches_text=lambda n: self.tr("%n match(es)", "", n),
                                   labelled_text=lambda n: self.tr("Labelled %n match(es) as ", "", n))
        self.history = HistoryController(host, say, open_document=self.navigation.open_document)
        self.files = FilesController(host, say, self, self.settings, user=lambda: self.prefs.annotator_name or None,
                                     project_shown=self._project_shown,
                                     project_switched=self.documents.clear_filter)
        self.view_settings = ViewSettingsController(host, say, self.view, self.legend, self.action_set, self,
                                                    switch_language=self.switch_language)
        self.curation = CurationController(host, say, self, self.view, self.action_set)  # issue 14
        self.live = LiveController(host, say, self)  # a project on a server: others' edits appear (issue 15)
        self.action_set.bind({"files": self.files, "entities": self.entities, "claims": self.claims_ctl,
                              "navigation": self.navigation, "find": self.find, "history": self.history,
                              "view_settings": self.view_settings, "window": self, "focus": self.focus_cycle,
                              "training": self.training, "entitySuggestions": self.entity_suggestions,
                              "curation": self.curation})
        host.changed.connect(self._changed)
        host.opened.connect(lambda _doc: self.action_set.refresh())
        host.reloaded.connect(self._reloaded)
        self.view.pickChanged.connect(self.action_set.refresh)
        geometry, state = self.settings.value("geometry"), self.settings.value("windowState")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self._stats_sized = self.restoreState(state)
        host.reload_views()  # every view reads the project
        self._project_shown(document)

    def _dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- following the session ----------------------------------------------------------
    def _changed(self, change: Change) -> None:
        """The label keys and claim letters follow the project; undo/redo and the letters' enabled state."""
        if change.labels:
            self.action_set.set_labels(self.session.labels)
        if change.schema:
            self.action_set.set_claim_schema(self.session.claim_schema, language())
        self.action_set.refresh()  # synchronous: a Ctrl+Z typed right after must find Undo enabled
        self.stats.refresh_soon()

    def _reloaded(self) -> None:
        self.action_set.set_labels(self.session.labels)
        self.action_set.set_claim_schema(self.session.claim_schema, language())
        self.stats.set_session(self.session)

    def _project_shown(self, document: str | None = None) -> None:
        """A project is open (at start, another one, or more documents imported)."""
        layer, name = self.project.working_layer(), self.project.path.name
        if self.project.on_server:  # whose version this window edits, on a shared project
            name = fill(self.tr("%1 (curated version)"), name) if layer == "curated" else \
                fill(self.tr("%1 (%2's version)"), name, layer)
        elif layer != "curated":
            name = fill(self.tr("%1 (%2's package)"), name, layer)
        self.setWindowTitle(window_title(f"{name} — annotator"))
        self.settings.setValue("lastProject", str(self.project.path))
        self.files.remember_project()
        if document is not None or self.session.doc is None:
            self.navigation.show_project(document)

    # -- what scripts and tests use -----------------------------------------------------
    @property
    def session(self) -> Session:
        return self.host.session

    @property
    def project(self) -> Project:
        return self.host.session.project

    @property
    def prefs(self) -> Settings:
        return self.view_settings.prefs

    @property
    def doc_id(self) -> str | None:
        return self.session.doc.id if self.session.doc else None

    @property
    def index(self) -> EntityIndex:
        return self.session.doc.index if self.session.doc else EntityIndex()

    @property
    def doc_tokens(self) -> DocTokens:
        return self.session.doc.tokens if self.session.doc else DocTokens("")

    @property
    def label_menu(self) -> QMenu:
        return self.action_set.menu("labels")

    @property
    def recent_menu(self) -> QMenu:
        return self.action_set.menu("recent")

    @property
    def overlay_actions(self) -> dict[str, QAction]:
        return {key: self.action_set[f"overlay_{key}"] for key in OVERLAYS}

    @property
    def suggestions_action(self) -> QAction:
        return self.action_set["toggleSuggestions"]

    @property
    def import_dialog(self):  # -> ImportDialog | None
        return self.files.import_dialog

    @property
    def export_dialog(self):  # -> ExportDialog | None
        return self.files.export_dialog

    def switch_project(self, path: Path, *, create: bool = False, label_set: str = "irex") -> bool:
        return self.files.switch_project(path, create=create, label_set=label_set)

    def open_import(self, files: list[Path] | None = None):  # -> ImportDialog
        return self.files.open_import(files)

    def open_export(self):  # -> ExportDialog
        return self.files.open_export()

    def open_document(self, doc_id: str) -> None:
        self.navigation.open_document(doc_id)

    def open_find(self) -> None:
        self.find.open_find()

    def undo(self) -> None:
        self.history.undo()

    # -- the window itself --------------------------------------------------------------
    def _size_stats_once(self, visible: bool) -> None:
        """First shown (and not sized by a restored layout): a strip, not half the window."""
        if visible and not self._stats_sized:
            self._stats_sized = True
            self.resizeDocks([self.stats_dock], [max(160, self.height() // 4)], Qt.Orientation.Vertical)

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
        successor.documents.set_filter_state(self.documents.filter_state())
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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        from . import workers

        # the imports and exports of this window's dialogs (also of one deleted meanwhile) are
        # cancelled and awaited, a bounded time: nothing half-written stays, and no close hangs
        workers.stop_jobs(self, timeout_ms=10000)
        self.training.window_closed()  # a training process is killed, never waited for
        self.pretrained.window_closed()
        self.live.window_closed()
        self.files.window_closed()  # an import that ended meanwhile no longer reloads this window
        self.navigation.save_last_document()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.sync()
        super().closeEvent(event)
