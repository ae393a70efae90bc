"""The statistics dock's "Agreement" tab (issue 14, item 3): an annotator × annotator heatmap
of a pairwise figure and per-label bars, from ``annotator.core.agreement.compute`` over the
project's finished versions (``Project.versions()``).

The figures change only when versions come in (a merge, an import: the window reloads), not
when the curator edits, so they are computed once per session, when the tab is first shown,
and kept. Measured on the documents two or more annotators finished; a figure that is
undefined (no item, or all one category) is drawn grey and written "–".
"""

from __future__ import annotations

import html
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from annotator.core import agreement as core_agreement
from annotator.core.errors import AnnotatorError
from annotator.core.session import Session
from annotator.core.store import Project

from .plain import fill, plain_label

translate = QCoreApplication.translate
#: The pairwise figures the heatmap can show, Cohen's κ first.
MEASURES = ("kappa", "exact", "overlap")


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def pair_value(scores: core_agreement.EntityScores, measure: str) -> float | None:
    if measure == "kappa":
        return scores.cohen_kappa
    return (scores.exact if measure == "exact" else scores.overlap).f1


def label_value(scores: core_agreement.EntityScores, measure: str) -> float | None:
    """Per label over all annotators: Krippendorff's α for the κ view, else the span F1."""
    if measure == "kappa":
        return scores.krippendorff_alpha
    return (scores.exact if measure == "exact" else scores.overlap).f1


#: The plots' least height (px): below it the tab scrolls.
PLOT_MIN_HEIGHT = 240


class AgreementTab(QWidget):
    def __init__(self, pg: Any, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementStats")
        self._pg = pg
        self._session: Session | None = None
        self.report: core_agreement.Agreement | None = None
        self.error = ""
        self._job: tuple[threading.Thread, dict, Session] | None = None  # a computation running
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(50)
        self._poll_timer.timeout.connect(self._poll)
        self.drawn: dict[str, object] = {}  # what the last drawing showed (tests)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.setContentsMargins(4, 2, 4, 0)
        self.measure_box = QComboBox()
        self.measure_box.setObjectName("agreementMeasure")
        for key, name in self.measure_names().items():
            self.measure_box.addItem(name, key)
        self.measure_box.currentIndexChanged.connect(self.draw)
        chooser.addWidget(plain_label(translate("MainWindow", "Pairwise measure:")))
        chooser.addWidget(self.measure_box)
        chooser.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.heatmap = pg.PlotWidget()
        self.bars = pg.PlotWidget()
        for plot in (self.heatmap, self.bars):
            plot.setMenuEnabled(False)
            plot.getAxis("bottom").setStyle(tickFont=font)
            plot.getAxis("left").setStyle(tickFont=font)
        self.heatmap.setMouseEnabled(False, False)
        self.heatmap.invertY(True)
        self.heatmap.setAspectLocked(True)
        split.addWidget(self.heatmap)
        split.addWidget(self.bars)
        self.summary = plain_label(name="agreementSummary", wrap=True, selectable=True)
        self.summary.setContentsMargins(6, 2, 6, 2)
        # never squashed to unreadable lines in a short dock (it scrolls instead), and the dock
        # never makes the window taller than the screen
        split.setMinimumHeight(PLOT_MIN_HEIGHT)
        scroll = QScrollArea()
        scroll.setObjectName("agreementScroll")
        scroll.setWidget(split)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(0)
        column.addLayout(chooser)
        column.addWidget(scroll, 1)
        column.addWidget(self.summary)

    @staticmethod
    def measure_names() -> dict[str, str]:
        return {"kappa": translate("MainWindow", "Cohen's κ (morpheme labels)"),
                "exact": translate("MainWindow", "Span F1, exact"),
                "overlap": translate("MainWindow", "Span F1, overlapping")}

    def set_session(self, session: Session) -> None:
        """Another session (a project opened, versions merged): computed again when shown."""
        self._session = session
        self.report = None

    def refresh(self) -> None:
        """Compute (once per session, on a thread: seconds on a large project) and draw; only
        called while the tab is shown."""
        if self._session is None:
            return
        if self.report is None:
            if self._job is None:
                self._start(self._session)
            self.summary.setText(translate("MainWindow", "Measuring the agreement…"))
            return
        self.draw()

    def _start(self, session: Session) -> None:
        """Read the versions and compute on a thread with its own connection (the window's is
        not shared across threads); the GUI thread polls for the result."""
        path, box = session.project.path, {}

        def run() -> None:
            try:
                with Project.open(path, read_only=True) as project:
                    versions = project.versions()
                box["report"] = core_agreement.compute(versions)
            except (ValueError, AnnotatorError) as exc:  # two annotators' texts differ; the file
                box["error"] = str(exc)

        thread = threading.Thread(target=run, name="annotator-agreement", daemon=True)
        self._job = (thread, box, session)
        thread.start()
        self._poll_timer.start()

    def _poll(self) -> None:
        if self._job is None:
            self._poll_timer.stop()
            return
        thread, box, session = self._job
        if thread.is_alive():
            return
        self._poll_timer.stop()
        self._job = None
        if session is not self._session:  # another project meanwhile: computed again for it
            if self.isVisible():
                self.refresh()
            return
        if "report" in box:
            self.report, self.error = box["report"], ""
        else:
            self.report, self.error = core_agreement.Agreement(), str(box.get("error", ""))
        self.draw()

    def draw(self) -> None:
        report = self.report
        if report is None:
            return
        pg = self._pg
        measure = self.measure_box.currentData() or "kappa"
        names = report.annotators
        n = len(names)
        self.heatmap.clear()
        self.heatmap.setTitle(html.escape(fill(translate("MainWindow", "%1, annotator × annotator"),
                                               self.measure_names()[measure])), size="9pt")
        cells: dict[tuple[str, str], float | None] = {}
        for pair in report.pairs:
            v = pair_value(pair.entities, measure)
            cells[pair.first, pair.second] = cells[pair.second, pair.first] = v
        import numpy as np

        grid = np.zeros((n, n, 4), dtype=np.ubyte)
        cmap = pg.ColorMap([0.0, 1.0], [QColor("#f7fbff"), QColor("#08519c")])
        for i, a in enumerate(names):
            for j, b in enumerate(names):
                v = 1.0 if i == j else cells.get((a, b))
                colour = QColor("#d9d9d9") if v is None else cmap.map(max(0.0, min(1.0, v)), mode="qcolor")
                grid[j, i] = (colour.red(), colour.green(), colour.blue(), 255)
                text = pg.TextItem(_figure(v), color="#ffffff" if v is not None and v > 0.6 else "#222222",
                                   anchor=(0.5, 0.5))
                text.setPos(i + 0.5, j + 0.5)
                self.heatmap.addItem(text)
        if n:
            image = pg.ImageItem(grid)
            image.setZValue(-1)  # under the figures
            self.heatmap.addItem(image)
        ticks = [[(k + 0.5, name) for k, name in enumerate(names)]]
        self.heatmap.getAxis("bottom").setTicks(ticks)
        self.heatmap.getAxis("left").setTicks(ticks)
        self.heatmap.setRange(xRange=(0, max(1, n)), yRange=(0, max(1, n)), padding=0.02)
        labels = list(report.labels)
        values = [label_value(report.labels[lb], measure) for lb in labels]
        self.bars.clear()
        title = (translate("MainWindow", "Krippendorff's α per label, all annotators") if measure == "kappa"
                 else fill(translate("MainWindow", "%1 per label, all pairs"), self.measure_names()[measure]))
        self.bars.setTitle(html.escape(title), size="9pt")
        colours = self._colours()
        if labels:
            self.bars.addItem(pg.BarGraphItem(x=list(range(len(labels))), height=[v or 0.0 for v in values],
                                              width=0.7, brushes=[QColor(colours.get(lb, "#999999")) for lb in labels],
                                              pens=[None] * len(labels)))
        self.bars.getAxis("bottom").setTicks([list(enumerate(labels))])
        self.bars.setXRange(-0.6, max(0, len(labels) - 1) + 0.6, padding=0)
        self.bars.setYRange(min([0.0, *(v for v in values if v is not None)]), 1.05, padding=0)
        self.summary.setText(self._summary(report))
        self.drawn = {"measure": measure, "annotators": names,
                      "cells": {f"{a}/{b}": v for (a, b), v in cells.items() if a < b},
                      "labels": dict(zip(labels, values, strict=True)), "summary": self.summary.text()}

    def _colours(self) -> dict[str, str]:
        return {lb.name: lb.color for lb in self._session.labels} if self._session is not None else {}

    def _summary(self, report: core_agreement.Agreement) -> str:
        if self.error:
            return self.error
        if report.documents == 0:
            return translate("MainWindow", "No document finished by two or more annotators yet: agreement is "
                                           "measured on those (annotator assign --overlap, then merge).")
        e = report.entities
        return fill(translate("MainWindow", "%1 documents finished by two or more annotators (%2 morphemes). All "
                                            "annotators: Fleiss' κ %3, Krippendorff's α %4, span F1 exact %5, "
                                            "overlapping %6."),
                    report.documents, report.morphemes, _figure(e.fleiss_kappa), _figure(e.krippendorff_alpha),
                    _figure(e.exact.f1), _figure(e.overlap.f1))
