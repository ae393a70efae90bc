"""The statistics dock (pyqtgraph): entities per label, documents by status, annotation
operations over time, and the entity recommenders' quality (each one's precision from the
accept/reject decisions so far as bars; its held-out precision, recall and F1 over time,
``Project.quality_history``, as lines, one measure at a time, and the latest of each as text).
pyqtgraph (and numpy) are imported when the dock is first shown.

The counts come from the session, which keeps them up to date from each change (no query
over the whole project per redraw); the activity curve reads the operation log."""

from __future__ import annotations

import html
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget

from annotator.core.model import Status
from annotator.core.session import Session

from .names import status_name
from .plain import fill, plain_label

STATUS_COLOURS = {"new": "#9e9e9e", "in_progress": "#f0ad4e", "done": "#3cb44b", "skipped": "#4363d8"}
#: The held-out measures the plot can show (``held_out_quality``'s strict ones), F1 first.
METRICS = ("f1", "precision", "recall")
QUALITY_TOP = 1.25  # the held-out plot's top: 0–1 for the lines, the band above for the legend
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
        if self._built:
            self.agreement.set_session(session)
        self.refresh_soon()

    def _refresh_agreement(self) -> None:
        if self._built and self.isVisible() and self.tabs.currentWidget() is self.agreement:
            self.agreement.refresh()

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
        from .curation_agreement import AgreementTab  # issue 14: computed only while its tab is shown

        self.agreement = AgreementTab(pg, self._font)
        if self._session is not None:
            self.agreement.set_session(self._session)
        tabs.addTab(self.agreement, self.tr("Agreement"))
        self.tabs = tabs
        tabs.currentChanged.connect(lambda _i: self._refresh_agreement())
        self.layout().addWidget(tabs)
        self._built = True

    def _build_suggestions(self) -> QWidget:
        """The "Suggestions" tab: precision from decisions (bars) beside the held-out measures
        over time (lines), and the latest held-out figures of each recommender as text.

        The lines show one measure at a time, chosen above the plot (F1 first), one colour per
        recommender (the bars' colours). Drawing precision, recall and F1 of every recommender
        at once, told apart by line style, was the other way: with three or four recommenders
        that is up to a dozen lines crossing in the same 0–1 band, where dashes and dots are
        hard to tell apart at a dock's size and the legend needs a second key for the styles.
        The question a lead asks of the plot is "is this recommender getting better, and which
        is best", one measure at a time; the text below gives all three latest figures of each
        recommender, with how many documents they were measured on, at a glance."""
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
        self.precision_plot.setTitle(html.escape(self.tr("Precision of accepted and rejected suggestions")), size="9pt")
        # a band above 1.0 (no ticks there) for the legend, which would otherwise hide the
        # lines near 1.0 (precision often is)
        self.quality_plot.getAxis("left").setTicks([[(k / 5, f"{k / 5:.1f}") for k in range(6)]])
        self.quality_plot.setYRange(0, QUALITY_TOP, padding=0)
        self.quality_legend = self.quality_plot.addLegend(offset=(-10, 10), labelTextColor="#333", colCount=4)
        self.metric_box = QComboBox()
        self.metric_box.setObjectName("qualityMetric")
        for key, name in self._metric_names().items():
            self.metric_box.addItem(name, key)
        self.metric_box.currentIndexChanged.connect(self._draw_quality)
        chooser = QHBoxLayout()
        chooser.setContentsMargins(4, 2, 4, 0)
        chooser.addWidget(plain_label(self.tr("Held-out measure:")))
        chooser.addWidget(self.metric_box)
        chooser.addStretch(1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addLayout(chooser)
        right_column.addWidget(self.quality_plot, 1)
        split.addWidget(self.precision_plot)
        split.addWidget(right)
        self.quality_latest = plain_label(name="qualityLatest", wrap=True, selectable=True)
        self.quality_note = plain_label(name="qualityNote", wrap=True)
        for label in (self.quality_latest, self.quality_note):
            label.setContentsMargins(6, 2, 6, 2)
        column.addWidget(split, 1)
        column.addWidget(self.quality_latest)
        column.addWidget(self.quality_note)
        self._history: list[dict[str, Any]] = []
        self._sources: list[str] = []
        return page

    def _metric_names(self) -> dict[str, str]:
        return {"f1": self.tr("F1"), "precision": self.tr("Precision"), "recall": self.tr("Recall")}

    def _metric_title(self, metric: str) -> str:
        return {"f1": self.tr("F1 on held-out done documents"),
                "precision": self.tr("Precision on held-out done documents"),
                "recall": self.tr("Recall on held-out done documents")}[metric]

    def _colour(self, sources: list[str], name: str) -> str:
        return SOURCE_COLOURS[sources.index(name) % len(SOURCE_COLOURS)] if name in sources else "#999999"

    def _curves(self) -> dict[str, dict[str, list[tuple[float, float]]]]:
        """Measure -> recommender -> (time, value) points of the stored history (an entry
        without a number for a measure has no point on that measure's line)."""
        out: dict[str, dict[str, list[tuple[float, float]]]] = {m: {} for m in METRICS}
        for q in self._history:
            for metric in METRICS:
                value = q.get(metric)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    out[metric].setdefault(q["recommender"], []).append((float(q["time"]), float(value)))
        return out

    def _draw_quality(self) -> None:
        """Redraw the held-out plot for the measure chosen above it."""
        metric = self.metric_box.currentData() or "f1"
        self.quality_plot.setTitle(html.escape(self._metric_title(metric)), size="9pt")
        self.quality_plot.clear()  # the legend's items go with the curves
        self.quality_legend.clear()
        lines = self._curves()[metric]
        for name, points in lines.items():
            colour = self._colour(self._sources, name)
            self.quality_plot.plot([t for t, _ in points], [v for _, v in points],
                                   pen=self._pg.mkPen(colour, width=2), symbol="o", symbolSize=6,
                                   symbolBrush=colour, name=html.escape(name))
        if lines:
            first = min(t for points in lines.values() for t, _ in points)
            last = max(t for points in lines.values() for t, _ in points)
            self.quality_plot.setXRange(first - 60, last + 60, padding=0.02)
        self.quality_plot.setYRange(0, QUALITY_TOP, padding=0)

    def _latest_text(self) -> str:
        """One line per recommender: its latest held-out precision, recall and F1."""
        latest: dict[str, dict[str, Any]] = {}
        for q in self._history:  # oldest first: the last one wins
            latest[q["recommender"]] = q
        lines = []
        for name in self._sources:
            q = latest.get(name)
            if q is None:
                continue
            figures = [f"{v:.2f}" if isinstance(v := q.get(m), int | float) else "–"
                       for m in ("precision", "recall", "f1")]
            tested, trained = q.get("test_documents"), q.get("train_documents")
            # (no "%n document(s)": counts after a colon read right in English without a plural form)
            lines.append(fill(self.tr("%1: P %2  R %3  F1 %4  (held-out documents: %5, trained on: %6)"),
                              name, *figures, *(n if isinstance(n, int) else "–" for n in (tested, trained))))
        return "\n".join(lines)

    def _refresh_suggestions(self) -> dict[str, object]:
        """Redraw the suggestions tab; what it drew (for tests)."""
        assert self._session is not None
        project = self._session.project
        decisions = project.suggestion_decisions()
        self._history = [q for q in project.quality_history()
                         if isinstance(q.get("recommender"), str) and isinstance(q.get("time"), int | float)
                         and any(isinstance(q.get(m), int | float) for m in METRICS)]
        history = self._history
        sources = self._sources = sorted(set(decisions) | {q["recommender"] for q in history})
        decided = [n for n in sources if sum(decisions.get(n, (0, 0))) > 0]
        precision = {n: decisions[n][0] / sum(decisions[n]) for n in decided}
        if decided:  # (pyqtgraph's BarGraphItem fails on no bars)
            self._bars(self.precision_plot, [f"{n} ({sum(decisions[n])})" for n in decided],
                       [precision[n] for n in decided], [self._colour(sources, n) for n in decided])
        else:
            self.precision_plot.clear()
            self.precision_plot.getAxis("bottom").setTicks([[]])
        self.precision_plot.setYRange(0, 1.05, padding=0)
        self._draw_quality()
        self.quality_latest.setText(self._latest_text())
        self.quality_latest.setVisible(bool(history))
        notes = []
        if not decided:
            notes.append(self.tr("No suggestion accepted or rejected yet."))
        if not history:
            notes.append(self.tr("No measure yet: it is taken after each training."))
        self.quality_note.setText(" ".join(notes))
        self.quality_note.setVisible(bool(notes))
        curves = self._curves()
        return {"precision": precision, "f1": {n: [v for _, v in p] for n, p in curves["f1"].items()},
                "held_out": {m: {n: [v for _, v in p] for n, p in lines.items()} for m, lines in curves.items()},
                "latest": self.quality_latest.text(), "note": self.quality_note.text()}

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
        self._refresh_agreement()
