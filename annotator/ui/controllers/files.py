"""The File menu's project actions: new, open, recent, import, export, and files dropped on the
window.

Strings use the "MainWindow" translation context, as they did when these were the window's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from annotator.core.errors import AnnotatorError
from annotator.core.location import ServerLocation, location, shown_url, url_problem
from annotator.core.session import Session

from .. import recent
from ..names import imported_text
from ..plain import ask_text, choose_item, fill, show_message
from ..server_prompt import open_asking_password
from .base import Controller, Say, SessionHost

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")

IMPORTABLE = (".txt", ".jsonl", ".json")


class FilesController(Controller):
    def __init__(self, host: SessionHost, say: Say, parent: QWidget, settings: QSettings, *,
                 user: Callable[[], str | None], project_shown: Callable[[], None],
                 project_switched: Callable[[], None]) -> None:
        """``user()``: the annotator's name for the operation log; ``project_shown()``: the
        project shows more (an import) or is new here (the window shows its name and opens a
        document); ``project_switched()``: another project is about to be shown (what belonged to
        the previous one, such as the document filter, goes)."""
        super().__init__(host, say)
        self.parent, self.settings = parent, settings
        self._user, self._project_shown, self._project_switched = user, project_shown, project_switched
        self.import_dialog: QDialog | None = None
        self.export_dialog: QDialog | None = None
        self._closed = False

    def window_closed(self) -> None:
        """An import that ends after the window closed no longer updates it."""
        self._closed = True

    # -- projects -----------------------------------------------------------------------
    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent, translate("MainWindow", "New Project"), str(self.project.path.parent),
            translate("MainWindow", "Annotator projects (*.annotator)"))
        if not name:
            return
        path = Path(name if name.endswith(".annotator") else name + ".annotator")
        sets = {"IREX (PERSON, ORGANIZATION, LOCATION…)": "irex", "Stockmark (人名, 法人名, 地名…)": "stockmark"}
        choice, ok = choose_item(self.parent, translate("MainWindow", "Label Set"),
                                 translate("MainWindow", "Labels of the new project:"), list(sets))
        if ok and choice in sets:
            self.switch_project(path, create=True, label_set=sets[choice])

    def open_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, translate("MainWindow", "Open Project"), str(self.project.path.parent),
            translate("MainWindow", "Annotator projects (*.annotator);;All files (*)"))
        if name:
            self.switch_project(Path(name))

    def open_server_project(self) -> None:
        """File > Open Server Project…: a project on a PostgreSQL server, by its URL."""
        url, ok = ask_text(self.parent, translate("MainWindow", "Open Server Project"),
                           translate("MainWindow", "The project's URL (postgresql://user@host/database); the "
                                                   "password comes from ~/.pgpass, or is asked for:"),
                           text="postgresql://")
        url = url.strip()
        if not ok or not url:
            return
        where = location(url)
        problem = url_problem(url) if isinstance(where, ServerLocation) else translate("MainWindow",
                                                                                        "not a postgresql:// URL")
        if problem is not None:
            self.warn(translate("MainWindow", "Cannot open project"), f"{shown_url(url)}: {problem}")
            return
        self.switch_project(where)

    def switch_project(self, path: Path | ServerLocation, *, create: bool = False, label_set: str = "irex") -> bool:
        """Open (or create) the project at ``path`` in this window; False (and a message) if it cannot be."""
        if create and path.exists():
            self.warn(translate("MainWindow", "Cannot create project"),
                      fill(translate("MainWindow", "%1: a file is already there"), path))
            return False
        try:
            project = open_asking_password(self.parent, path, create=create, label_set=label_set,
                                           user=self._user())
            if project is None:  # the password was not given
                return False
        except AnnotatorError as exc:
            self.warn(translate("MainWindow", "Cannot open project"), str(exc))
            return False
        old = self.project
        self._project_switched()
        self.host.replace(Session(project))
        old.close()
        self._project_shown()
        return True

    def remember_project(self) -> None:
        recent.remember(self.settings, self.project.path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        recent.fill_menu(menu, self.settings, self.project.path, self.switch_project)

    # -- import and export --------------------------------------------------------------
    @staticmethod
    def _forget(old: QDialog | None) -> None:
        """The dialog opened before: deleted if it is closed and idle (each File > Import or
        Export makes a new one; a running one finishes, then stays hidden)."""
        from shiboken6 import isValid

        if old is not None and isValid(old) and not old.isVisible() and not old.running():
            old.deleteLater()

    def open_import(self, files: list[Path] | None = None):  # -> ImportDialog
        from ..import_dialog import ImportDialog

        self._forget(self.import_dialog)
        dialog = ImportDialog(self.project, self.parent)
        dialog.imported.connect(self._after_import)
        if files:
            dialog.set_files(files)
        dialog.open()  # window-modal, no nested event loop
        self.import_dialog = dialog
        return dialog

    def _after_import(self, report) -> None:
        """Another connection changed the file: the session reads it again, every view follows."""
        if self._closed:  # its result arrived after the window was closed
            return
        self.session.reload()
        self._project_shown()
        self.say(imported_text(report.documents, report.entities), 8000)

    def open_export(self):  # -> ExportDialog
        from ..export_dialog import ExportDialog

        self._forget(self.export_dialog)
        dialog = ExportDialog(self.project, self.parent)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    # -- files dropped on the window ----------------------------------------------------
    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in (*IMPORTABLE, ".annotator")]

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
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

    def warn(self, title: str, text: str) -> QMessageBox:
        """A window-modal message that does not block the caller (no nested event loop), in
        plain text (a path or a problem may contain "<")."""
        self.say(text, 8000)
        return show_message(self.parent, QMessageBox.Icon.Warning, title, text)
