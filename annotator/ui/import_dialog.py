"""File > Import: files into the open project, in a worker thread, with progress and cancel.

The import runs on its own SQLite connection in a QThread, so the window keeps painting and
the Cancel button answers. It is all or nothing, as on the command line: on problems or on
Cancel the transaction is rolled back and the project is exactly as before; the problems are
listed one per line as ``file:line: problem``, ready to copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core import formats
from annotator.core import messages as m
from annotator.core.errors import AnnotatorError, InputError
from annotator.core.importer import ImportReport, estimate_documents, import_files
from annotator.core.store import Project

from .names import imported_text
from .plain import fill, form_row, plain_label
from .workers import Worker


class ImportWorker(Worker):
    """One import on its own connection (SQLite connections stay in their thread)."""

    def __init__(self, project_path: Path, user: str, files: list[Path], fmt: str | None, split: str | None,
                 skip_invalid: bool, options: dict[str, str] | None = None) -> None:
        super().__init__()
        self.args = (project_path, user, files, fmt, split, skip_invalid)
        self.options = dict(options or {})

    estimated = Signal(int)  # about how many documents will come (counting lines reads the files)

    def work(self, check: Callable[[int], None]) -> ImportReport:
        project_path, user, files, fmt, split, skip_invalid = self.args
        total = estimate_documents(files, fmt=fmt, split=split)
        check(0)  # cancelled while the files were counted: stop before the import begins
        if total:
            self.estimated.emit(total)
        with Project.open(project_path, user=user) as project:
            return import_files(project, files, fmt=fmt, split=split, skip_invalid=skip_invalid, progress=check,
                                options=self.options)

    def problems(self, exc: Exception) -> list[str] | None:
        if isinstance(exc, InputError):
            return [str(p) for p in exc.problems]
        if isinstance(exc, AnnotatorError):
            return [str(exc)]
        return None


class ImportDialog(QDialog):
    """Choose files and options, import, watch the progress, read the problems."""

    imported = Signal(object)  # ImportReport, after a successful import

    SPLITS = (None, "lines", "paragraphs")

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import Documents"))
        self.project = project
        self.files: list[Path] = []
        self._worker: ImportWorker | None = None  # while a job runs (until its on_finished)
        self._close_when_done = False
        self._total: int | None = None

        self.file_list = QListWidget()
        self.file_list.setObjectName("importFiles")
        self.add_files = add = QPushButton(self.tr("Add Files…"))
        add.clicked.connect(self._choose_files)
        self.add_folder = add_folder = QPushButton(self.tr("Add Folder…"))
        add_folder.setToolTip(self.tr("A folder of brat .txt and .ann files"))
        add_folder.clicked.connect(self._choose_folder)
        self.remove_files = remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(add_folder)
        buttons.addWidget(remove)
        buttons.addStretch(1)

        self.format = QComboBox()
        self.format.setObjectName("importFormat")
        self.format.addItem(self.tr("From the file name (.txt, .jsonl, .json…; a folder of .ann files: brat)"), None)
        for f in formats.readable():  # the registry: the names `annotator import --format` takes
            self.format.addItem(m.translate("Formats", f.title), f.name)
        #: The selected format's reader options with choices (doccano's offsets…), one box each.
        self.options = QComboBox()
        self.options.setObjectName("importOffsets")
        self.format.currentIndexChanged.connect(self._format_changed)
        self.split = QComboBox()
        self.split.setObjectName("importSplit")
        for label in (self.tr("One document per file"), self.tr("One document per line"),
                      self.tr("One document per paragraph (blank lines)")):
            self.split.addItem(label)
        self.skip_invalid = QCheckBox(self.tr("Import the valid records and set the invalid ones aside"))
        form = QFormLayout()
        form_row(form, self.tr("Format:"), self.format)
        form_row(form, self.tr("Offsets:"), self.options)
        self._format_changed()
        form_row(form, self.tr("Text files:"), self.split)
        form_row(form, "", self.skip_invalid)

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        self.message = plain_label(name="importMessage", wrap=True, selectable=True)  # label names, paths
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setVisible(False)
        self.copy = QPushButton(self.tr("Copy Problems"))
        self.copy.setVisible(False)
        self.copy.clicked.connect(self._copy_problems)

        self.box = QDialogButtonBox()
        self.start = self.box.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setObjectName("importStart")
        self.cancel = self.box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("importCancel")
        self.start.clicked.connect(self.start_import)
        self.cancel.clicked.connect(self._cancel_or_close)
        self.start.setEnabled(False)

        lay = QVBoxLayout(self)
        lay.addWidget(plain_label(self.tr("Files:")))
        lay.addWidget(self.file_list)
        lay.addLayout(buttons)
        lay.addLayout(form)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addWidget(self.problems, 1)
        lay.addWidget(self.copy)
        lay.addWidget(self.box)
        self.resize(640, 460)

    # -- choosing -----------------------------------------------------------------------
    def set_files(self, files: list[Path]) -> None:
        self.files = list(dict.fromkeys(files))
        self.file_list.clear()
        self.file_list.addItems([str(f) for f in self.files])
        self.start.setEnabled(bool(self.files) and self._worker is None and self.file_list.isEnabled())

    def _choose_files(self) -> None:
        last = QSettings().value("lastImportFolder")
        folder = str(last) if last and Path(str(last)).is_dir() else str(self.project.path.parent)
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Documents"), folder, fill(self.tr("Documents (%1);;All files (*)"), " ".join(sorted(
                {f"*{s}" for f in formats.readable() if not f.folder_in for s in f.suffixes}))))
        if names:
            QSettings().setValue("lastImportFolder", str(Path(names[0]).parent))
            self.set_files([*self.files, *map(Path, names)])

    def _format_changed(self) -> None:
        """The offsets a peer's file counts in, for the formats that say none (doccano, Label
        Studio): the format's default first."""
        name = self.format.currentData()
        choices = formats.FORMATS[name].read_options.get("offsets", ()) if name else ()
        self.options.clear()
        names = {"utf16": self.tr("UTF-16 code units (JavaScript)"), "codepoints": self.tr("code points (Python)"),
                 "auto": self.tr("found from each region's text")}
        for choice in choices:
            self.options.addItem(names.get(choice, choice), choice)
        self.options.setEnabled(bool(choices))

    def _choose_folder(self) -> None:
        last = QSettings().value("lastImportFolder")
        folder = str(last) if last and Path(str(last)).is_dir() else str(self.project.path.parent)
        name = QFileDialog.getExistingDirectory(self, self.tr("Import a Folder"), folder)
        if name:
            QSettings().setValue("lastImportFolder", str(Path(name).parent))
            self.set_files([*self.files, Path(name)])

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.file_list.selectedIndexes()}, reverse=True)
        files = list(self.files)
        for r in rows:
            del files[r]
        self.set_files(files)

    # -- running ------------------------------------------------------------------------
    def running(self) -> bool:
        return self._worker is not None

    def start_import(self) -> None:
        if not self.files or self._worker is not None:
            return
        fmt = self.format.currentData()
        offsets = self.options.currentData() if self.options.count() else None
        split = self.SPLITS[self.split.currentIndex()]
        self.problems.clear()
        self.problems.setVisible(False)
        self.copy.setVisible(False)
        self._total = None  # until the worker has counted: a busy bar (0..0)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.message.setText(self.tr("Importing…"))
        self._set_inputs_enabled(False)
        self.cancel.setText(self.tr("Cancel"))

        worker = ImportWorker(self.project.path, self.project.user, self.files, fmt, split,
                              self.skip_invalid.isChecked(), {"offsets": offsets} if offsets else None)
        worker.estimated.connect(self.on_estimate)
        self._worker = worker
        self._close_when_done = False
        worker.start(self)

    # slots of the worker's signals, delivered in this (the GUI) thread
    @Slot(int)
    def on_estimate(self, total: int) -> None:
        self._total = total
        self.progress.setRange(0, total)

    @Slot(int)
    def on_progress(self, n: int) -> None:
        if self._total:
            self.progress.setValue(min(n, self._total))
        self.message.setText(self.tr("%n document(s) read…", "", n))

    @Slot(object)
    def on_success(self, report: ImportReport) -> None:
        if self._total:
            self.progress.setValue(self._total)
        text = imported_text(report.documents, report.entities)
        listed: list[str] = []
        if report.suggestions:
            text += " " + self.tr("%n suggested entities (another tool's predictions) were kept as suggestions.",
                                  "", report.suggestions)
        if report.new_labels:
            text += " " + fill(self.tr("New labels: %1."), ", ".join(report.new_labels))
        if report.note_count:
            text += " " + self.tr("%n thing(s) in the files could not be kept in any form (listed below).", "",
                                  report.note_count)
            listed += [str(p) for p in report.notes]
        if report.rejected:
            text += " " + fill(self.tr("%1 record(s) were set aside in %2."), report.rejected, report.rejects_path)
            listed += [str(p) for p in report.problems]
        if listed:
            self._show_problems(listed)
        self.message.setText(text)
        self.cancel.setText(self.tr("Close"))
        self.imported.emit(report)

    @Slot(list)
    def on_failure(self, problems: list[str]) -> None:
        self.progress.setVisible(False)
        self.message.setText(self.tr("Nothing was imported: %n problem(s). The project is unchanged.", "",
                                     len(problems)))
        self._show_problems(problems)
        self._set_inputs_enabled(True)
        self.cancel.setText(self.tr("Close"))

    @Slot()
    def on_cancel(self) -> None:
        self.progress.setVisible(False)
        self.message.setText(self.tr("Import cancelled. The project is unchanged."))
        self._set_inputs_enabled(True)
        self.cancel.setText(self.tr("Close"))

    @Slot()
    def on_finished(self) -> None:
        self._worker = None
        # after a successful import the inputs stay locked (the same files would only be refused as
        # duplicates); after a failure or a cancel they were unlocked, and Import is offered again
        self.start.setEnabled(bool(self.files) and self.file_list.isEnabled())
        if self._close_when_done:  # closed while it ran: it was cancelled, now the dialog goes
            self._close_when_done = False
            super().reject()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))
        self.copy.setVisible(bool(problems))

    def _copy_problems(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.problems.item(i).text()
                                                      for i in range(self.problems.count())))

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for w in (self.file_list, self.add_files, self.add_folder, self.remove_files, self.format, self.split,
                  self.skip_invalid, self.start):
            w.setEnabled(enabled)
        self.options.setEnabled(enabled and self.options.count() > 0)

    def cancel_import(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.message.setText(self.tr("Cancelling…"))

    def _cancel_or_close(self) -> None:
        if self._worker is not None:
            self.cancel_import()
        else:
            self.reject()

    def reject(self) -> None:  # Escape, the window's close button
        """Closing while an import runs cancels it; the dialog closes once it has stopped."""
        if self._worker is not None:
            self._close_when_done = True
            self.cancel_import()
            return
        super().reject()

    def wait(self, ms: int = 30000) -> bool:
        """Block until the import's thread has returned, at most ``ms`` (tests, closing the window);
        its result reaches the dialog through the event loop afterwards."""
        worker = self._worker
        return worker.wait(ms) if worker is not None else True
