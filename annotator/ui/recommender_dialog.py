"""The project's entity-suggestion settings (Annotate > Entity Suggestion Settings…): each
recommender on or off with its threshold, and after how many entity edits the window retrains.

Settings of the project, not of the user: stored in the project file (outside the undo
history), so every annotator of the project sees the same suggestions. Each row also says how
its suggestions were received so far (accepted / rejected, the precision that makes).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.recommend import REGISTRY, GinzaRecommender
from annotator.core.recommend.settings import RecommenderSettings
from annotator.core.store import Project

from .plain import fill, plain_label, tooltip_text


class RecommenderDialog(QDialog):
    def __init__(self, project: Project, labels: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommenderSettings")
        self.setWindowTitle(self.tr("Entity Suggestion Settings"))
        self.labels = list(labels)
        settings = project.recommender_settings()
        decisions = project.suggestion_decisions()
        shown = {"crf": self.tr("Sequence model (CRF, learns from done documents)"),
                 "matcher": self.tr("String matcher (learns every accepted entity's text)"),
                 "numeric": self.tr("Numeric expressions (rules: dates, times, money, percentages)"),
                 "ginza": self.tr("GiNZA (pretrained, optional; slow: runs in a separate process)")}
        grid = QGridLayout()
        for col, head in enumerate((self.tr("Recommender"), self.tr("Threshold"), self.tr("Reviewed so far"))):
            grid.addWidget(plain_label(head), 0, col)
        self.enabled: dict[str, QCheckBox] = {}
        self.thresholds: dict[str, QDoubleSpinBox] = {}
        for row, (name, cls) in enumerate(REGISTRY.items(), 1):
            box = QCheckBox(shown.get(name, name))
            box.setObjectName(f"enable_{name}")
            box.setChecked(settings.is_enabled(name, self.labels))
            why = cls(self.labels).inactive_reason()
            if why:  # cannot propose anything for this label set
                box.setChecked(False)
                box.setEnabled(False)
                box.setToolTip(tooltip_text(why))
            spin = QDoubleSpinBox()
            spin.setObjectName(f"threshold_{name}")
            spin.setRange(0.0, 1.0)
            spin.setSingleStep(0.05)
            spin.setDecimals(2)
            spin.setValue(settings.threshold(name))
            box.toggled.connect(spin.setEnabled)
            spin.setEnabled(box.isChecked())
            self.enabled[name], self.thresholds[name] = box, spin
            grid.addWidget(box, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(plain_label(self.reviewed(*decisions.get(name, (0, 0)))), row, 2)
            if name == GinzaRecommender.name:
                mapping = QPushButton(self.tr("Mapping…"))
                mapping.setObjectName("ginzaMappingButton")
                mapping.setToolTip(self.tr("Which project label each GiNZA label proposes"))
                mapping.clicked.connect(self.edit_mapping)
                mapping.setEnabled(not why)  # GiNZA not installed: nothing to map
                grid.addWidget(mapping, row, 3)
        self.retrain = QSpinBox()
        self.retrain.setObjectName("retrainEvery")
        self.retrain.setRange(1, 10000)
        self.retrain.setValue(settings.retrain_every)
        self.retrain.setSuffix(self.tr(" entity edits"))
        last = len(REGISTRY) + 1
        grid.addWidget(plain_label(self.tr("Retrain after")), last, 0)
        grid.addWidget(self.retrain, last, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(plain_label(self.tr("Suggested entities are drawn dashed and listed in the Suggestions "
                                          "dock; they are never exported unless accepted. A threshold hides "
                                          "suggestions scoring less. A document marked done retrains too."),
                                  wrap=True))
        lay.addLayout(grid)
        lay.addWidget(buttons)
        self._base = settings
        self.mappings = {name: dict(mapping) for name, mapping in settings.mappings.items()}

    def edit_mapping(self) -> None:
        """GiNZA's labels to the project's (kept when this dialog's OK is pressed)."""
        from .mapping_dialog import MappingDialog

        dialog = MappingDialog(self.labels, self.mappings.get(GinzaRecommender.name, {}), self)
        dialog.accepted.connect(lambda: self.mappings.__setitem__(GinzaRecommender.name, dialog.mapping()))
        dialog.open()
        self.mapping_dialog = dialog

    def reviewed(self, accepted: int, rejected: int) -> str:
        if accepted + rejected == 0:
            return self.tr("none reviewed")
        return fill(self.tr("%1 accepted, %2 rejected (precision %3)"), accepted, rejected,
                    f"{accepted / (accepted + rejected):.2f}")

    def result_settings(self) -> RecommenderSettings:
        """The settings as chosen (names the dialog does not show, imported sources, kept)."""
        enabled = dict(self._base.enabled)
        thresholds = dict(self._base.thresholds)
        for name, box in self.enabled.items():
            if box.isEnabled():
                enabled[name] = box.isChecked()
            thresholds[name] = round(self.thresholds[name].value(), 4)
        return RecommenderSettings(enabled=enabled, thresholds=thresholds, retrain_every=self.retrain.value(),
                                   mappings={name: dict(m) for name, m in self.mappings.items()})
