"""The statistics dock (pyqtgraph): entities per label, documents by status, annotation
operations over time, and the entity recommenders' quality (each one's precision from the
accept/reject decisions so far as bars; its held-out F1 over time, ``Project.quality_history``,
as lines). pyqtgraph (and numpy) are imported when the dock is first shown.

The counts come from the session, which keeps them up to date from each change (no query
over the whole project per redraw); the activity curve reads the operation log."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from annotator.core.model import Status
from annotator.core.session import Session

from .names import status_name
from .plain import plain_label

STATUS_COLOURS = {"new": "#9e9e9e", "in_progress": "#f0ad4e", "done": "#3cb44b", "skipped": "#4363d8"}
#: One colour per recommender (bars and lines), in order of first appearance.
SOURCE_COLOURS = ["#4363d8", "#e6194b", "#3cb44b", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324"]


class StatsPanel(QWidget):
    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPanel")
        self._font = font
        self._session: Session | None = None
        self._built = False
        self._later = QTimer(self)  # edits come in bursts: redraw at most twice a second
        self._later.setSingleShot(True)
        self._later.setInterval(500)
        self._later.timeout.connect(self.refresh)
        self.last_refresh: dict[str, object] = {}
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def set_session(self, session: Session) -> None:
        self._session = session
        self.refresh_soon()

    def refresh_soon(self) -> None:
        if self.isVisible():
            self._later.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def _build(self) -> None:
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, background="w", foreground="#333")
        self._pg = pg
        tabs = QTabWidget()
        self.labels_plot = pg.PlotWidget()
        self.status_plot = pg.PlotWidget()
        self.activity_plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        for plot, title in ((self.labels_plot, self.tr("Entities per label")),
                            (self.status_plot, self.tr("Documents by status")),
                            (self.activity_plot, self.tr("Annotations over time"))):
            plot.setMenuEnabled(False)
            plot.getAxis("bottom").setStyle(tickFont=self._font)
            plot.getAxis("left").setStyle(tickFont=self._font)
            tabs.addTab(plot, title)
        # an axis label is HTML to pyqtgraph: escaped (tick labels, label names included, are
        # painted as plain text with QPainter.drawText)
        self.activity_plot.setLabel("left", html.escape(self.tr("operations (cumulative)")))
        tabs.addTab(self._build_suggestions(), self.tr("Suggestions"))
        self.layout().addWidget(tabs)
        self._built = True

    def _build_suggestions(self) -> QWidget:
        """The "Suggestions" tab: precision from decisions (bars) beside held-out F1 over time."""
        pg = self._pg
        page = QWidget()
        page.setObjectName("suggestionsStats")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.precision_plot = pg.PlotWidget()
        self.quality_plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        for plot in (self.precision_plot, self.quality_plot):
            plot.setMenuEnabled(False)
            plot.getAxis("bottom").setStyle(tickFont=self._font)
            plot.getAxis("left").setStyle(tickFont=self._font)
            split.addWidget(plot)
        self.precision_plot.setTitle(html.escape(self.tr("Precision of accepted and rejected suggestions")), size="9pt")
        self.quality_plot.setTitle(html.escape(self.tr("F1 on held-out done documents")), size="9pt")
        self.quality_plot.setYRange(0, 1.05, padding=0)
        self.quality_legend = self.quality_plot.addLegend(offset=(-10, 10), labelTextColor="#333", colCount=4)
        self.quality_note = plain_label(name="qualityNote", wrap=True)
        column.addWidget(split, 1)
        column.addWidget(self.quality_note)
        return page

    def _colour(self, sources: list[str], name: str) -> str:
        return SOURCE_COLOURS[sources.index(name) % len(SOURCE_COLOURS)] if name in sources else "#999999"

    def _refresh_suggestions(self) -> dict[str, object]:
        """Redraw the suggestions tab; what it drew (for tests)."""
        assert self._session is not None
        project = self._session.project
        decisions = project.suggestion_decisions()
        history = [q for q in project.quality_history()
                   if isinstance(q.get("recommender"), str) and isinstance(q.get("f1"), int | float)
                   and isinstance(q.get("time"), int | float)]
        sources = sorted(set(decisions) | {q["recommender"] for q in history})
        decided = [n for n in sources if sum(decisions.get(n, (0, 0))) > 0]
        precision = {n: decisions[n][0] / sum(decisions[n]) for n in decided}
        if decided:  # (pyqtgraph's BarGraphItem fails on no bars)
            self._bars(self.precision_plot, [f"{n} ({sum(decisions[n])})" for n in decided],
                       [precision[n] for n in decided], [self._colour(sources, n) for n in decided])
        else:
            self.precision_plot.clear()
            self.precision_plot.getAxis("bottom").setTicks([[]])
        self.precision_plot.setYRange(0, 1.05, padding=0)
        self.quality_plot.clear()  # the legend's items go with the curves
        self.quality_legend.clear()
        lines: dict[str, list[tuple[float, float]]] = {}
        for q in history:
            lines.setdefault(q["recommender"], []).append((float(q["time"]), float(q["f1"])))
        for name, points in lines.items():
            xs = [t for t, _ in points]
            ys = [f for _, f in points]
            self.quality_plot.plot(xs, ys, pen=self._pg.mkPen(self._colour(sources, name), width=2),
                                   symbol="o", symbolSize=6, symbolBrush=self._colour(sources, name),
                                   name=html.escape(name))
        if lines:
            first = min(t for points in lines.values() for t, _ in points)
            last = max(t for points in lines.values() for t, _ in points)
            self.quality_plot.setXRange(first - 60, last + 60, padding=0.02)
            self.quality_plot.setYRange(0, 1.05, padding=0)
        notes = []
        if not decided:
            notes.append(self.tr("No suggestion accepted or rejected yet."))
        if not history:
            notes.append(self.tr("No measure yet: it is taken after each training."))
        self.quality_note.setText(" ".join(notes))
        self.quality_note.setVisible(bool(notes))
        return {"precision": precision, "f1": {n: [f for _, f in p] for n, p in lines.items()},
                "note": self.quality_note.text()}

    def _bars(self, plot, names: list[str], values: list[float], colours: list[str]) -> None:
        pg = self._pg
        plot.clear()
        plot.addItem(pg.BarGraphItem(x=list(range(len(values))), height=values, width=0.7,
                                     brushes=[QColor(c) for c in colours], pens=[None] * len(values)))
        plot.getAxis("bottom").setTicks([list(enumerate(names))])
        plot.setXRange(-0.6, max(0, len(values) - 1) + 0.6, padding=0)
        plot.setYRange(0, max([1, *values]) * 1.1, padding=0)

    def refresh(self) -> None:
        if self._session is None or not self.isVisible():
            return
        if not self._built:
            self._build()
        session = self._session
        labels = session.labels
        by_label = session.project_label_counts()
        names = [lb.name for lb in labels] + [k for k in by_label if k not in {lb.name for lb in labels}]
        colour = {lb.name: lb.color for lb in labels}
        self._bars(self.labels_plot, names, [by_label.get(n, 0) for n in names],
                   [colour.get(n, "#999999") for n in names])
        by_status = session.status_counts()
        statuses = Status.values()
        self._bars(self.status_plot, [status_name(s) for s in statuses], [by_status[s] for s in statuses],
                   [STATUS_COLOURS[s] for s in statuses])
        activity = session.project.activity(bucket_seconds=600)
        self.activity_plot.clear()
        if activity:
            xs, total, ys = [], 0, []
            for t, n in activity:
                total += n
                xs.append(t)
                ys.append(total)
            xs.append(max(time.time(), xs[-1] + 1))
            ys.append(total)
            self.activity_plot.plot(xs, ys, pen=self._pg.mkPen("#4363d8", width=2), stepMode=None)
        self.last_refresh = {"labels": dict(zip(names, [by_label.get(n, 0) for n in names], strict=True)),
                             "statuses": by_status, "activity_buckets": len(activity),
                             "suggestions": self._refresh_suggestions()}
