"""The statistics dock (pyqtgraph): entities per label, documents by status, and annotation
operations over time. pyqtgraph (and numpy) are imported when the dock is first shown.

The counts come from the session, which keeps them up to date from each change (no query
over the whole project per redraw); the activity curve reads the operation log."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from annotator.core.model import Status
from annotator.core.session import Session

from .names import status_name

STATUS_COLOURS = {"new": "#9e9e9e", "in_progress": "#f0ad4e", "done": "#3cb44b", "skipped": "#4363d8"}


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
        self.layout().addWidget(tabs)
        self._built = True

    def _bars(self, plot, names: list[str], values: list[int], colours: list[str]) -> None:
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
                             "statuses": by_status, "activity_buckets": len(activity)}
