"""The main window: the project's documents and the text of the current one with its entities.

A read-only viewer on the core; the annotation view with morphology overlays and the
keyboard contract replaces the central widget in its own issue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
)

from annotator.core.errors import AnnotatorError
from annotator.core.store import Project

from .qt_text import QtText

JAPANESE_FONTS = ("IPAexGothic", "Noto Sans CJK JP", "Noto Sans JP", "IPAGothic", "Yu Gothic", "Hiragino Sans",
                  "Meiryo", "MS Gothic")


def japanese_font(point_size: int = 13) -> QFont:
    families = set(QFontDatabase.families())
    for name in JAPANESE_FONTS:
        if name in families:
            return QFont(name, point_size)
    return QFont(QFont().family(), point_size)


class MainWindow(QMainWindow):
    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.resize(1100, 720)
        self._labels = {lb.name: lb for lb in project.labels()}

        self.doc_list = QListWidget()
        self.doc_list.setObjectName("documentList")
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("textView")
        self.text_view.setReadOnly(True)
        self.text_view.setFont(japanese_font())
        self.entity_list = QListWidget()
        self.entity_list.setObjectName("entityList")

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.doc_list)
        split.addWidget(self.text_view)
        split.addWidget(self.entity_list)
        split.setSizes([220, 640, 240])
        self.setCentralWidget(split)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.status_label)

        self._build_menus()
        self.doc_list.currentRowChanged.connect(self._show_document)
        self._load_documents()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open Project…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._open_project)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _load_documents(self) -> None:
        self.setWindowTitle(f"{self.project.path.name} — annotator")
        self.doc_list.clear()
        self._summaries = self.project.summaries()
        for s in self._summaries:
            item = QListWidgetItem(f"{s.id}  ·  {s.status.value}  ·  {s.entities}")
            item.setToolTip(f"{s.id}\n{s.length} characters")
            self.doc_list.addItem(item)
        total = sum(s.entities for s in self._summaries)
        self.status_label.setText(
            f"{len(self._summaries)} documents · {total} entities · {self.project.path}"
        )
        if self._summaries:
            self.doc_list.setCurrentRow(0)
        else:
            self.text_view.setPlainText("")

    def _show_document(self, row: int) -> None:
        if row < 0 or row >= len(self._summaries):
            return
        doc = self.project.document(self._summaries[row].id)
        qt_text = QtText(doc.text)
        self.text_view.setPlainText(qt_text.display)
        selections = []
        for e in doc.entities:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            colour = QColor(self._labels[e.label].color if e.label in self._labels else "#cccccc")
            colour.setAlpha(110)
            fmt.setBackground(colour)
            fmt.setToolTip(f"{e.label}: {e.text}")
            sel.format = fmt
            cursor = QTextCursor(self.text_view.document())
            start, end = qt_text.span_to_qt(e.start, e.end)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.text_view.setExtraSelections(selections)
        self.entity_list.clear()
        for e in doc.entities:
            self.entity_list.addItem(f"{e.label}  {e.text}  [{e.start}, {e.end})")

    def _open_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Project"), str(self.project.path.parent),
                                              self.tr("Annotator projects (*.annotator);;All files (*)"))
        if not name:
            return
        try:
            project = Project.open(Path(name))
        except AnnotatorError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot open project"), str(exc), parent=self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # a path may contain "<"
            box.exec()
            return
        self.project.close()
        self.project = project
        self._labels = {lb.name: lb for lb in project.labels()}
        self._load_documents()
