"""How the document is shown: overlays, the part-of-speech legend, zoom, the author's ruby
of the open document as its furigana, and the preferences (font, overlay defaults, the
annotator's name, the interface language), kept in settings.json."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from annotator import settings as user_settings
from annotator.core.ruby import ruby_of
from annotator.core.session import OpenDocument

from ..actions import ActionSet
from ..menus import japanese_font
from ..text_view import OVERLAYS, TextView
from .base import Controller, Say, SessionHost


class ViewSettingsController(Controller):
    def __init__(self, host: SessionHost, say: Say, view: TextView, legend: QLabel, actions: ActionSet,
                 parent: QWidget, *, switch_language: Callable[[str], object]) -> None:
        """``switch_language(language)``: show the interface in another language now."""
        super().__init__(host, say)
        self.view, self.legend, self.actions, self.parent = view, legend, actions, parent
        self._switch_language = switch_language
        self.prefs = user_settings.load()  # what the user chose: settings.json
        self.restore()
        # connected after the navigation's: the view has the document when its ruby is set
        host.opened.connect(self._opened)
        host.reloaded.connect(lambda: self._opened(self.doc))

    def _opened(self, doc: OpenDocument | None) -> None:
        """The author's ruby (Aozora texts) is shown as the document's furigana."""
        self.view.set_ruby(ruby_of(doc.meta, len(doc.text)) if doc is not None else [])

    def restore(self) -> None:
        """Overlays and font as the preferences say (the overlay actions checked to match)."""
        for key in OVERLAYS:
            on = self.prefs.overlays.get(key, False)
            self.view.overlays[key] = on
            self.actions.set_checked(f"overlay_{key}", on)
        self.legend.setVisible(self.view.overlays["pos"])
        font = japanese_font(self.prefs.font_size)
        if self.prefs.font_family:
            font.setFamily(self.prefs.font_family)
        self.view.set_font(font)

    def set_overlay(self, key: str, on: bool) -> None:
        self.view.set_overlay(key, on)
        if key == "pos":
            self.legend.setVisible(on)
        self.prefs.overlays[key] = on
        user_settings.save(self.prefs)

    def zoom(self, steps: int) -> None:
        self.view.zoom(steps)
        self.prefs.font_size = self.view.font_point_size()
        user_settings.save(self.prefs)

    def edit_preferences(self) -> None:
        from ..preferences import Preferences

        dialog = Preferences(self.prefs, self.view.text_font().family(), self.parent)
        if dialog.exec():
            language = self.prefs.language
            self.prefs = dialog.result_settings()
            user_settings.save(self.prefs)
            if self.prefs.annotator_name:
                self.project.user = self.prefs.annotator_name
            self.restore()
            if self.prefs.language != language:
                self._switch_language(self.prefs.language)
