"""The File menu's project actions of the main window: new, open, recent, import, export.

A mixin of MainWindow (kept apart so that the window's module stays about the annotation).
Strings use the "MainWindow" translation context explicitly: ``self.tr`` in a mixin would be
looked up by lupdate under the mixin's name but by Qt under MainWindow's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from annotator.core.errors import AnnotatorError
from annotator.core.store import Project

from . import recent
from .plain import choose_item, fill, show_message


class ProjectFilesMixin:
    project: Project
    settings: QSettings
    recent_menu: QMenu

    def _new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "New Project"), str(self.project.path.parent),
            QCoreApplication.translate("MainWindow", "Annotator projects (*.annotator)"))
        if not name:
            return
        path = Path(name if name.endswith(".annotator") else name + ".annotator")
        sets = {"IREX (PERSON, ORGANIZATION, LOCATION…)": "irex", "Stockmark (人名, 法人名, 地名…)": "stockmark"}
        choice, ok = choose_item(
            self, QCoreApplication.translate("MainWindow", "Label Set"),
            QCoreApplication.translate("MainWindow", "Labels of the new project:"), list(sets))
        if ok and choice in sets:
            self.switch_project(path, create=True, label_set=sets[choice])

    def _open_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open Project"), str(self.project.path.parent),
            QCoreApplication.translate("MainWindow", "Annotator projects (*.annotator);;All files (*)"))
        if name:
            self.switch_project(Path(name))

    def switch_project(self, path: Path, *, create: bool = False, label_set: str = "irex") -> bool:
        """Open (or create) the project at ``path`` in this window; False (and a message) if it cannot be."""
        if create and path.exists():
            self._warn(QCoreApplication.translate("MainWindow", "Cannot create project"),
                       fill(QCoreApplication.translate("MainWindow", "%1: a file is already there"), path))
            return False
        try:
            project = Project.open(path, create=create, label_set=label_set, user=self.prefs.annotator_name or None)
        except AnnotatorError as exc:
            self._warn(QCoreApplication.translate("MainWindow", "Cannot open project"), str(exc))
            return False
        self.project.close()
        self.project = project
        self._reset_document()
        self._load_project()
        return True

    # -- recent projects ----------------------------------------------------------------
    def _remember_project(self) -> None:
        recent.remember(self.settings, self.project.path)

    def _fill_recent_menu(self) -> None:
        recent.fill_menu(self.recent_menu, self.settings, self.project.path, self.switch_project)

    # -- import and export --------------------------------------------------------------
    def _forget_dialog(self, name: str) -> None:
        """The dialog opened before under ``name``: deleted if it is closed and idle (each
        File > Import or Export makes a new one; a running one finishes, then stays hidden)."""
        from shiboken6 import isValid

        old = getattr(self, name, None)
        if isinstance(old, QDialog) and isValid(old) and not old.isVisible() and not old.running():
            old.deleteLater()

    def open_import(self, files: list[Path] | None = None):  # -> ImportDialog
        from .import_dialog import ImportDialog

        self._forget_dialog("import_dialog")
        dialog = ImportDialog(self.project, self)
        dialog.imported.connect(self._after_import)
        if files:
            dialog.set_files(files)
        dialog.open()  # window-modal, no nested event loop
        self.import_dialog = dialog
        return dialog

    def _after_import(self, report) -> None:
        """Another connection changed the file: forget what this one cached, show the new state."""
        if getattr(self, "_closed", False):  # its result arrived after the window was closed
            return
        self.project.forget_cached()
        self._load_labels()
        self._refresh_counts()  # the palette shows the labels the import added, with their counts
        self._refresh_documents()
        if self.doc_id is None and self.documents.ids():
            self.open_document(self.documents.ids()[0])
        self.stats.set_project(self.project)
        self.statusBar().showMessage(
            fill(QCoreApplication.translate("MainWindow", "Imported %1 documents (%2 entities)."),
                 report.documents, report.entities), 8000)

    def open_export(self):  # -> ExportDialog
        from .export_dialog import ExportDialog

        self._forget_dialog("export_dialog")
        dialog = ExportDialog(self.project, self)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    # -- files dropped on the window ----------------------------------------------------
    IMPORTABLE = (".txt", ".jsonl", ".json")

    def _dropped_files(self, event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in (*self.IMPORTABLE, ".annotator")]

    def dragEnterEvent(self, event) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        """A project file opens; documents open the import dialog with those files."""
        files = self._dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        projects = [p for p in files if p.suffix.lower() == ".annotator"]
        if projects:
            self.switch_project(projects[0])
        else:
            self.open_import(files)

    def _warn(self, title: str, text: str) -> QMessageBox:
        """A window-modal message that does not block the caller (no nested event loop), in
        plain text (a path or a problem may contain "<")."""
        self.statusBar().showMessage(text, 8000)
        return show_message(self, QMessageBox.Icon.Warning, title, text)
