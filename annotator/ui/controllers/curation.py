"""Several annotators in the window (issue 14): another annotator's version shown read-only
(View > Show Version), and curation mode (View > Curation Mode, Ctrl+Alt+C) in a lead's
project, whose working layer is the curated version.

In curation mode the open document's annotator versions are compared
(``annotator.core.curation.disagreements``) with the curated version as the session holds it;
the disagreements are marked in the text and listed in the Curation dock, with the versions
of the current one in lanes. F8 / Shift+F8 step through them; Alt+1..9 takes the annotator of
that lane's version of the disagreement under the cursor, Alt+Shift+1..9 their whole document.
Opening a document pre-fills what every annotator agreed on, once per document and window.
Each step is one operation applied through the session: logged, undone with Ctrl+Z; the
views follow the session's change as for any edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from annotator.core import curation
from annotator.core.changes import Change
from annotator.core.curation import Disagreement
from annotator.core.layer_rows import CURATED
from annotator.core.model import Document, Status
from annotator.core.ops import Batch
from annotator.core.session import OpenDocument

from ..actions import ActionSet
from ..curation_versions import VersionPane
from ..curation_view import CurationPanel, DisagreementLayer, Lane, describe
from ..names import entity_count
from ..plain import fill, menu_text
from ..text_view import TextView
from .base import Controller, Say, SessionHost

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")

#: How many lanes have keys (Alt+1..9).
KEYED_LANES = 9


class CurationController(Controller):
    def __init__(self, host: SessionHost, say: Say, window: QMainWindow, view: TextView,
                 actions: ActionSet) -> None:
        super().__init__(host, say)
        self.window, self.view, self.actions = window, view, actions
        self.on = False
        self.items: list[Disagreement] = []
        self.current = -1
        self.names: list[str] = []  # the lanes: annotators with a version of the open document
        self._versions: dict[str, Document] | None = None  # of the open document, read once
        self._prefilled: set[str] = set()  # documents pre-filled in this window
        self.layer = DisagreementLayer(view)
        view.layers.append(self.layer)
        colour = lambda name: self.session.label_map[name].color if name in self.session.label_map else "#999999"  # noqa: E731
        self.panel = CurationPanel(colour)
        self.panel.lanes.set_font(view.text_font())
        self.panel.chosen.connect(self._go_to)
        self.pane = VersionPane(self._refused)
        self.pane.versionChosen.connect(lambda name: self.show_version(name or None))
        self.shown_version: str | None = None
        self.curation_dock = self._dock(self.panel, translate("MainWindow", "Curation"), "curationDock",
                                        Qt.DockWidgetArea.TopDockWidgetArea)
        self.version_dock = self._dock(self.pane, translate("MainWindow", "Version"), "versionDock",
                                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self.curation_dock.toggleViewAction().toggled.connect(self._dock_toggled)
        self.version_dock.toggleViewAction().toggled.connect(self._version_dock_toggled)
        host.opened.connect(self._opened)
        host.changed.connect(self._changed)
        host.reloaded.connect(self._reloaded)
        view.cursorMoved.connect(self._cursor_moved)
        QTimer.singleShot(0, self._after_restore)  # a restored layout may show the docks: they follow the state

    def _dock(self, widget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _after_restore(self) -> None:
        self.curation_dock.setVisible(self.on)
        self.version_dock.setVisible(self.shown_version is not None)

    # -- state ----------------------------------------------------------------------------
    def active(self) -> bool:
        """Curation mode is on and a document is open (the step and take keys work)."""
        return self.on and self.doc is not None

    def can_curate(self) -> bool:
        """A lead's project (its working layer is the curated version) with annotators' versions."""
        return self.project.working_layer() == CURATED and bool(self.project.layer_names())

    def curated(self) -> Document:
        """The open document's curated version as the session holds it now."""
        doc = self.doc
        assert doc is not None
        return Document(doc.id, doc.text, doc.meta, Status(doc.status), doc.index.all(), list(doc.claims))

    def versions(self) -> dict[str, Document]:
        if self._versions is None:
            self._versions = self.project.versions_of(self.doc.id) if self.doc is not None else {}
        return self._versions

    # -- curation mode ----------------------------------------------------------------------
    def set_mode(self, on: bool) -> None:
        if on and not self.can_curate():
            self.actions.set_checked("curationMode", False)
            if self.project.on_server and self.project.working_layer() != CURATED:
                why = translate("MainWindow", "Curation is a curator's work: as an annotator you work on your own "
                                              "version.")
            elif self.project.on_server:
                why = translate("MainWindow", "No annotator has worked on this project yet: their versions appear "
                                              "here as they annotate.")
            else:
                why = translate("MainWindow", "Curation needs a lead's project holding annotators' versions "
                                              "(annotator merge).")
            self.say(why, 6000)
            return
        self.on = on
        self.curation_dock.setVisible(on)
        if on:
            self.curation_dock.raise_()
            self._load()
        else:
            self.items, self.current = [], -1
            self.layer.set([])
        self.actions.refresh()

    def _dock_toggled(self, visible: bool) -> None:
        if not visible and self.on:  # the dock closed: the mode ends with it
            self.actions["curationMode"].setChecked(False)

    def _opened(self, doc: OpenDocument | None) -> None:
        self._versions = None
        self.current = -1
        if self.shown_version is not None:
            self._show_version_now()
        if self.on:
            self._load()

    def _reloaded(self) -> None:
        self._versions = None
        self.panel.lanes.labels_changed()
        if self.on and not self.can_curate():
            self.actions["curationMode"].setChecked(False)
        elif self.on:
            self._load()
        if self.shown_version is not None:
            self._show_version_now()

    def _load(self) -> None:
        """The open document in curation mode: pre-filled once, then compared."""
        doc = self.doc
        self.names = sorted(self.versions())
        self._name_take_actions()
        if (doc is not None and len(self.names) >= 2 and doc.id not in self._prefilled
                and not self.project.logged(doc.id, "batch", curation.PREFILL)):  # once, ever (undone too)
            self._prefilled.add(doc.id)
            op = curation.prefill(self.curated(), self.versions())
            if op is not None and self.apply(op) is not None:  # the change recomputes
                n = len(op.ops) if isinstance(op, Batch) else 1
                self.say(fill(translate("MainWindow", "Pre-filled what every annotator agreed on: %1 (Ctrl+Z "
                                                      "undoes it)."), entity_count(n)), 6000)
                return
        self._recompute()

    def _changed(self, change: Change) -> None:
        if change.labels:
            self.panel.lanes.labels_changed()
            self.pane.view.set_labels(self.session.labels)
        doc = self.doc
        if doc is not None and doc.id in change.versions:  # another workstation's version changed
            self._versions = None
            if self.shown_version is not None:
                self._show_version_now()
            if self.on:
                self.names = sorted(self.versions())
                self._name_take_actions()
        if self.on and doc is not None and (doc.id in change.docs or doc.id in change.versions):
            self._recompute()

    def _recompute(self) -> None:
        doc = self.doc
        if doc is None or not self.on:
            self.items = []
        else:
            before = self.items[self.current].start if 0 <= self.current < len(self.items) else None
            self.items = curation.disagreements(self.versions(), self.curated())
            starts = [d.start for d in self.items]
            self.current = starts.index(before) if before in starts else min(self.current, len(self.items) - 1)
        self.layer.set(self.items, self.current)
        self._show_current()

    def _show_current(self) -> None:
        doc = self.doc
        text = doc.text if doc is not None else ""
        self.panel.show_items(text, self.items, self.current)
        if doc is None:
            status = ""
        elif len(self.names) == 1:
            status = fill(translate("MainWindow", "Only %1's version of this document: nothing to compare; "
                                                  "Alt+Shift+1 takes it whole."), self.names[0])
        elif len(self.names) < 2:
            status = translate("MainWindow", "Fewer than two annotators' versions of this document: nothing to "
                                             "compare.")
        elif not self.items:
            status = translate("MainWindow", "The annotators agree on this document.")
        elif 0 <= self.current < len(self.items):
            status = describe(self.items[self.current], self.current, len(self.items), text)
        else:
            open_ = sum(not d.settled for d in self.items)
            status = fill(translate("MainWindow", "%1 disagreements, %2 open: F8 steps to the next."),
                          len(self.items), open_)
        self.panel.status.setText(status)
        # the lanes show the current disagreement, else the first (the cursor is elsewhere)
        d = self.items[self.current] if 0 <= self.current < len(self.items) else (self.items or [None])[0]
        if d is None:
            self.panel.show_lanes(text, (0, 0), [])
            return
        versions = self.versions()
        lanes = [Lane(name, f"Alt+{k + 1}" if k < KEYED_LANES else "", versions[name].entities,
                      d.settled and name in d.settled_by) for k, name in enumerate(self.names)]
        lanes.append(Lane(translate("MainWindow", "curated"), "", self.doc.index.all() if self.doc else []))
        self.panel.show_lanes(text, (d.start, d.end), lanes)

    def _name_take_actions(self) -> None:
        """The take actions name their lane's annotator; lanes nobody has are hidden (no key)."""
        for k in range(KEYED_LANES):
            here, whole = self.actions[f"takeHere{k + 1}"], self.actions[f"takeDocument{k + 1}"]
            name = self.names[k] if k < len(self.names) else None
            here.setVisible(name is not None)
            whole.setVisible(name is not None)
            if name is not None:
                here.setText(fill(translate("MainWindow", "Take %1's Version Here"), menu_text(name)))
                whole.setText(fill(translate("MainWindow", "Take %1's Whole Document"), menu_text(name)))

    # -- stepping ---------------------------------------------------------------------------
    def at_cursor(self) -> int:
        """The disagreement under the cursor (or meeting the selection), else -1."""
        pos = self.view.cursor_pos
        s, e = self.view.selection
        k = next((k for k, d in enumerate(self.items) if d.start <= pos < d.end), -1)
        if k < 0 and e > s:
            k = next((k for k, d in enumerate(self.items) if d.start < e and s < d.end), -1)
        return k

    def _cursor_moved(self, _pos: int) -> None:
        if not self.on:
            return
        k = self.at_cursor()
        if k >= 0 and k != self.current:
            self.current = k
            self.layer.set(self.items, k)
            self._show_current()

    def step(self, step: int) -> None:
        """The next (previous) disagreement after (before) the cursor, wrapping around."""
        if not self.items:
            self.say(translate("MainWindow", "No disagreement in this document."), 4000)
            return
        pos = self.view.cursor_pos
        k = self.at_cursor()
        if k >= 0:
            k = (k + step) % len(self.items)
        elif step > 0:
            k = next((i for i, d in enumerate(self.items) if d.start > pos), 0)
        else:
            k = next((i for i in range(len(self.items) - 1, -1, -1) if self.items[i].start < pos),
                     len(self.items) - 1)
        self._go_to(k)

    def _go_to(self, k: int) -> None:
        if not 0 <= k < len(self.items):
            return
        d = self.items[k]
        self.view.set_cursor(d.start)
        self.view.set_selection(d.start, d.end, explicit=False)
        self.current = k
        self.layer.set(self.items, k)
        self._show_current()
        self.view.setFocus()
        self.say(self.panel.status.text(), 6000)

    # -- taking a version ---------------------------------------------------------------------
    def _lane(self, lane: int) -> str | None:
        if not 1 <= lane <= len(self.names):
            self.say(fill(translate("MainWindow", "No annotator in lane %1."), lane), 4000)
            return None
        return self.names[lane - 1]

    def take_here(self, lane: int) -> None:
        """The curated version takes lane ``lane``'s annotator's entities in the disagreement
        under the cursor (else the current one)."""
        name = self._lane(lane)
        if name is None:
            return
        k = self.at_cursor()
        k = k if k >= 0 else self.current
        if not 0 <= k < len(self.items):
            self.say(translate("MainWindow", "No disagreement under the cursor: F8 steps to the next."), 4000)
            return
        d = self.items[k]
        op = curation.take(self.curated(), self.versions()[name], name, d.start, d.end)
        if op is None:
            self.say(fill(translate("MainWindow", "The curated version already has %1's version here."), name), 4000)
            return
        self.current = k
        if self.apply(op) is not None:
            self.say(fill(translate("MainWindow", "Took %1's version of disagreement %2."), name, k + 1), 4000)

    def take_document(self, lane: int) -> None:
        """The curated version becomes lane ``lane``'s annotator's whole document (entities,
        claims, status)."""
        name = self._lane(lane)
        if name is None:
            return
        op = curation.take(self.curated(), self.versions()[name], name)
        if op is None:
            self.say(fill(translate("MainWindow", "The curated version already is %1's version."), name), 4000)
            return
        if self.apply(op) is not None:
            self.say(fill(translate("MainWindow", "Took %1's whole document (Ctrl+Z undoes it)."), name), 6000)

    # -- another annotator's version, read-only ----------------------------------------------
    def fill_versions_menu(self, menu: QMenu) -> None:
        """View > Show Version: the working layer, then every annotator's version."""
        menu.clear()
        group = QActionGroup(menu)
        working = QAction(fill(translate("MainWindow", "Working Layer (%1)"), menu_text(self.project.working_layer())),
                          menu)
        entries = [(working, None)] + [(QAction(menu_text(name), menu), name) for name in self.project.layer_names()]
        for act, name in entries:
            act.setCheckable(True)
            act.setChecked(name == self.shown_version)
            act.setActionGroup(group)
            act.triggered.connect(lambda _=False, n=name: self.show_version(n))
            menu.addAction(act)
        if len(entries) == 1:
            none = menu.addAction(translate("MainWindow", "No annotator's version in this project"))
            none.setEnabled(False)

    def show_version(self, name: str | None) -> None:
        """Show annotator ``name``'s version read-only in the Version dock (None: the working
        layer only, the dock closes)."""
        self.shown_version = name
        if name is None:
            self.version_dock.hide()
            return
        self._show_version_now()
        self.version_dock.show()
        self.version_dock.raise_()

    def _version_dock_toggled(self, visible: bool) -> None:
        if not visible:
            self.shown_version = None

    def _show_version_now(self) -> None:
        doc, name = self.doc, self.shown_version
        if name is None:
            return
        self.pane.set_choices(self.project.working_layer(), self.project.layer_names(), name)
        if doc is None:
            return
        version = self.project.layer_document(name, doc.id)
        self.pane.show_version(name, version, doc.text, doc.tokens, self.session.labels)

    def _refused(self) -> None:
        self.say(fill(translate("MainWindow", "%1's version is read-only: edit the working layer in the main "
                                              "text."), self.pane.name), 4000)

