"""File > Export: the project as JSONL (or claim sentences), filtered by status, in a worker.

The same writers as ``annotator export``: canonical records with exact code-point offsets,
written atomically (a cancelled or failed export leaves no file, and an existing file is
replaced only when the new one is complete).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core import formats
from annotator.core import messages as m
from annotator.core.errors import AnnotatorError
from annotator.core.model import Status
from annotator.core.outputs import check_export_target
from annotator.core.store import Project

from .names import status_name
from .plain import fill, form_row, plain_label
from .workers import Worker


class ExportWorker(Worker):
    """One export on its own connection; the writers are atomic, so a stop leaves no file."""

    every = 200

    def __init__(self, project_path: Path, out: Path, fmt: str, status: Status | None,
                 options: dict[str, str]) -> None:
        super().__init__()
        self.args = (project_path, out, fmt, status, options)

    def work(self, check: Callable[[int], None]) -> formats.Exported:
        project_path, out, fmt, status, options = self.args
        with Project.open(project_path, read_only=True) as project:
            return formats.export(project, fmt, out, status=status, progress=check, **options)

    def problems(self, exc: Exception) -> list[str] | None:
        if isinstance(exc, AnnotatorError):
            return [str(exc)]
        if isinstance(exc, OSError):
            return [f"{self.args[1]}: cannot write: {exc.strerror or exc}"]
        return None


class ExportDialog(QDialog):

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.project = project
        self._worker: ExportWorker | None = None  # while a job runs (until its on_finished)
        self._close_when_done = False
        self._total = 0

        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for f in formats.writable():  # the registry: the names `annotator export --format` takes
            self.format.addItem(m.translate("Formats", f.title), f.name)
        self.tokens = QCheckBox(self.tr("Add each document's morphemes (tokens)"))
        #: The selected format's other options (``--scheme``…), one combo box each.
        self.options = QWidget()
        self.options.setObjectName("exportOptions")
        self._option_boxes: dict[str, QComboBox] = {}
        QHBoxLayout(self.options).setContentsMargins(0, 0, 0, 0)
        self.status = QComboBox()
        self.status.setObjectName("exportStatus")
        self.status.addItem(self.tr("All documents"), None)
        for st in Status:
            self.status.addItem(status_name(st), st.value)
        # the last file written (by name, in the folder last used), else beside the project
        last = QSettings().value("lastExportFolder")
        folder = Path(str(last)) if last and Path(str(last)).is_dir() else project.path.parent
        self.output = QLineEdit(str(folder / (project.path.stem + ".jsonl")))
        self.output.setObjectName("exportOutput")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form_row(form, self.tr("Format:"), self.format)
        form_row(form, "", self.tokens)
        form_row(form, self.tr("Options:"), self.options)
        form_row(form, self.tr("Documents:"), self.status)
        form_row(form, self.tr("File or folder:"), out_row)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = plain_label(name="exportMessage", wrap=True, selectable=True)  # paths, problems
        self.box = QDialogButtonBox()
        self.start = self.box.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setObjectName("exportStart")
        self.cancel = self.box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start.clicked.connect(self.start_export)
        self.cancel.clicked.connect(self._cancel_or_close)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addWidget(self.box)
        self.resize(620, 260)

    def selected(self) -> formats.Format:
        return formats.FORMATS[self.format.currentData()]

    def _format_changed(self) -> None:
        """Show the selected format's options; name the output after it (a folder for brat
        and hf, else the format's usual extension)."""
        fmt = self.selected()
        self.tokens.setEnabled("tokens" in fmt.write_options)
        lay = self.options.layout()
        while lay.count():
            item = lay.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._option_boxes = {}
        for name, choices in fmt.write_options.items():
            if name == "tokens":
                continue
            box = QComboBox()
            box.setObjectName(f"exportOption-{name}")
            for choice in choices:
                box.addItem(f"{name}: {choice}", choice)
            lay.addWidget(box)
            self._option_boxes[name] = box
        lay.addStretch(1)
        self.options.setEnabled(bool(self._option_boxes))
        text = self.output.text().strip()
        if text:
            current = Path(text)
            stem = current.name[: -len(current.suffix)] if current.suffix else current.name
            suffix = "" if fmt.folder_out else (fmt.suffixes[0] if fmt.suffixes else ".jsonl")
            self.output.setText(str(current.with_name(stem + suffix)))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), self.output.text(),
                                              self.tr("JSON Lines (*.jsonl);;All files (*)"))
        if name:
            self.output.setText(name)

    def running(self) -> bool:
        return self._worker is not None

    def target_problem(self, out: Path) -> str | None:
        """Why ``out`` cannot be written (said in the dialog, nothing written), or None: the
        command line's check (``check_export_target``: never the project, another project, a
        folder, a FIFO, a device, a socket, a read-only file, a link to one of those...)."""
        try:
            if os.path.samefile(out, self.project.path):
                return self.tr("That is the project file itself: choose another file.")
        except OSError:
            pass
        try:
            check_export_target(out, self.project.path)
        except AnnotatorError as exc:
            return str(exc)
        return None

    def folder_problem(self, out: Path) -> str | None:
        """Why the folder ``out`` cannot be written, or None (the writer refuses the rest)."""
        if out.exists() and not out.is_dir():
            return fill(self.tr("%1 is not a folder: this format writes a folder."), out)
        if out.is_dir() and any(out.iterdir()):
            return fill(self.tr("%1 is a folder with files in it: choose a new or empty folder."), out)
        return None

    def start_export(self) -> None:
        if self._worker is not None:
            return
        text = self.output.text().strip()
        self.progress.setVisible(False)  # a refusal below is not shown under the last export's bar
        if not text:
            self.message.setText(self.tr("Choose the file to write."))
            return
        fmt = self.selected()
        if text.endswith(("/", os.sep)) and not fmt.folder_out:  # Path() would drop the slash
            self.message.setText(fill(self.tr("%1 names a folder: give the name of the file to write."), text))
            return
        out = Path(text.rstrip("/" + os.sep) or text).expanduser()
        problem = self.folder_problem(out) if fmt.folder_out else self.target_problem(out)
        if problem is not None:
            self.message.setText(problem)
            return
        status_value = self.status.currentData()
        status = Status(status_value) if status_value else None
        try:
            counts = self.project.counts_by_status()
        except AnnotatorError as exc:  # the project busy, damaged, gone: said, nothing started
            self.message.setText(str(exc))
            return
        self._total = counts.get(status_value, 0) if status else sum(counts.values())
        self.progress.setVisible(True)
        self.progress.setRange(0, max(self._total, 1))
        self.progress.setValue(0)
        self.message.setText(self.tr("Exporting…"))
        self.start.setEnabled(False)
        options = {name: box.currentData() for name, box in self._option_boxes.items()}
        if self.tokens.isChecked() and self.tokens.isEnabled():
            options["tokens"] = "yes"
        worker = ExportWorker(self.project.path, out, fmt.name, status, options)
        self._out = out
        QSettings().setValue("lastExportFolder", str(out.parent))
        self._worker = worker
        self._close_when_done = False
        worker.start(self)

    # slots of the worker's signals, delivered in this (the GUI) thread
    @Slot(int)
    def on_progress(self, n: int) -> None:
        self.progress.setValue(min(n, self._total))

    @Slot(object)
    def on_success(self, done: formats.Exported) -> None:
        text = fill(self.tr("Wrote %1 records to %2."), done.documents, self._out)
        if done.lost_path is not None:
            text += " " + fill(self.tr("%1 annotation(s) cannot be held by this format: each is listed, with its "
                                       "document, offsets and the reason, in %2."), len(done.lost), done.lost_path)
        self._finished(text, True)

    @Slot(list)
    def on_failure(self, problems: list[str]) -> None:
        self._finished(self.tr("Nothing was written: ") + "; ".join(problems), False)

    @Slot()
    def on_cancel(self) -> None:
        self._finished(self.tr("Export cancelled: no file was written."), False)

    def _finished(self, text: str, ok: bool) -> None:
        if ok:
            self.progress.setValue(self.progress.maximum())
        else:
            self.progress.setVisible(False)
        self.message.setText(text)
        self.cancel.setText(self.tr("Close"))

    @Slot()
    def on_finished(self) -> None:
        self._worker = None
        self.start.setEnabled(True)
        if self._close_when_done:  # closed while it ran: it was cancelled, now the dialog goes
            self._close_when_done = False
            super().reject()

    def cancel_export(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.message.setText(self.tr("Cancelling…"))

    def _cancel_or_close(self) -> None:
        """The Cancel button: stops a running export (the dialog says so), else closes."""
        if self._worker is not None:
            self.cancel_export()
        else:
            self.reject()

    def reject(self) -> None:
        """Escape or the close button while an export runs cancels it, leaving no file; the
        dialog closes once it has stopped. Otherwise it closes."""
        if self._worker is not None:
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()

    def wait(self, ms: int = 30000) -> bool:
        """Block until the export's thread has returned, at most ``ms``."""
        worker = self._worker
        return worker.wait(ms) if worker is not None else True
