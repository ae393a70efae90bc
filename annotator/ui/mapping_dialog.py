"""GiNZA's labels mapped to the project's (Entity Suggestion Settings > GiNZA Mapping…).

One row per GiNZA label (Sekine's extended named entities: about 190), with its coarse kind
and a choice of the project's labels or "not proposed"; a filter narrows the rows by name,
kind or chosen label. Only the rows that differ from the default mapping are stored
(``RecommenderSettings.mappings["ginza"]``), so a label set changed later still gets the
defaults for the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.recommend import pretrained

from .plain import plain_label


class MappingDialog(QDialog):
    def __init__(self, labels: Sequence[str], edits: Mapping[str, str], parent: QWidget | None = None) -> None:
        """``edits``: the project's stored changes over the default mapping ("" = not proposed)."""
        super().__init__(parent)
        self.setObjectName("ginzaMapping")
        self.setWindowTitle(self.tr("GiNZA Label Mapping"))
        self.labels = list(labels)
        self.defaults = pretrained.default_mapping(self.labels)
        chosen = dict(self.defaults)
        for ene, label in edits.items():
            if label == "":
                chosen.pop(ene, None)
            elif label in self.labels:
                chosen[ene] = label
        self.filter = QLineEdit()
        self.filter.setObjectName("mappingFilter")
        self.filter.setPlaceholderText(self.tr("Filter by GiNZA label, kind or project label"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("GiNZA label"), self.tr("Kind"), self.tr("Project label")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: dict[str, QComboBox] = {}
        for row, ene in enumerate(pretrained.known_labels()):
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(ene))
            self.table.setItem(row, 1, QTableWidgetItem(pretrained.ENE_KINDS.get(ene, "")))
            combo = QComboBox()
            combo.setObjectName(f"map_{ene}")
            combo.addItem(self.tr("(not proposed)"), "")
            for label in self.labels:
                combo.addItem(label, label)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(ene, ""))))
            self.table.setCellWidget(row, 2, combo)
            self.combos[ene] = combo
        self.table.resizeColumnsToContents()
        reset = QPushButton(self.tr("Reset to Defaults"))
        reset.setObjectName("mappingReset")
        reset.clicked.connect(self.reset)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(plain_label(self.tr("Each GiNZA label proposes the project label chosen here, or nothing. "
                                          "The defaults follow the label's kind."), wrap=True))
        lay.addWidget(self.filter)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        self.resize(560, 600)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            ene = self.table.item(row, 0).text()
            combo = self.combos[ene]
            hay = f"{ene} {self.table.item(row, 1).text()} {combo.currentText()}".casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

    def reset(self) -> None:
        for ene, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(self.defaults.get(ene, ""))))

    def mapping(self) -> dict[str, str]:
        """The rows that differ from the default mapping: GiNZA label -> project label or ""."""
        out = {}
        for ene, combo in self.combos.items():
            value = str(combo.currentData() or "")
            if value != self.defaults.get(ene, ""):
                out[ene] = value
        return out
