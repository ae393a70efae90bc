"""The preferences dialog: language, font, overlay defaults, the annotator's name."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from annotator.settings import OVERLAY_DEFAULTS, Settings

from .plain import form_row, plain_label


class Preferences(QDialog):
    def __init__(self, settings: Settings, current_font: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, name in (("system", self.tr("As the system")), ("ja", "日本語"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.font_family = QFontComboBox()
        # the font in use (the Japanese one found at start) unless the user chose another
        family = settings.font_family or current_font
        if family:
            self.font_family.setCurrentFont(QFont(family))
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(6, 72)
        self.font_size.setValue(settings.font_size)
        names = {"boundaries": self.tr("Morpheme boundaries"), "pos": self.tr("Part-of-speech colours"),
                 "furigana": self.tr("Furigana"), "proper": self.tr("Proper-noun hints")}
        self.overlays = {k: QCheckBox(names[k]) for k in OVERLAY_DEFAULTS}
        for k, box in self.overlays.items():
            box.setChecked(settings.overlays.get(k, OVERLAY_DEFAULTS[k]))
        self.annotator = QLineEdit(settings.annotator_name)
        self.annotator.setObjectName("annotatorName")
        self.annotator.setPlaceholderText(self.tr("your name in the operation log (default: the login name)"))
        form = QFormLayout(self)
        form_row(form, self.tr("Language"), self.language)
        note = plain_label(self.tr("A new language applies at once: the window is rebuilt."))
        form_row(form, "", note)
        form_row(form, self.tr("Font"), self.font_family)
        form_row(form, self.tr("Font size"), self.font_size)
        for box in self.overlays.values():
            form_row(form, "", box)
        form_row(form, self.tr("Annotator"), self.annotator)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_settings(self) -> Settings:
        return Settings(
            language=self.language.currentData(),
            font_family=self.font_family.currentFont().family(),
            font_size=self.font_size.value(),
            overlays={k: box.isChecked() for k, box in self.overlays.items()},
            annotator_name=self.annotator.text().strip(),
        ).check()
