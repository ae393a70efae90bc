"""User settings in a readable file: ``settings.json`` in the user config folder.

What a person chooses (language, font, overlays, the name written in the operation log) is
kept here as plain JSON they can read and edit; window geometry and the last project stay in
QSettings. A missing, unreadable or partly wrong file falls back to the defaults field by
field, and a save is atomic. ``ANNOTATOR_CONFIG_DIR`` overrides the folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

OVERLAY_DEFAULTS = {"boundaries": False, "pos": False, "furigana": False, "proper": True}


@dataclass
class Settings:
    language: str = "system"  # "system", "ja" or "en"
    font_family: str = ""  # "" = the first Japanese font installed
    font_size: float = 14.0
    overlays: dict[str, bool] = field(default_factory=lambda: dict(OVERLAY_DEFAULTS))
    annotator_name: str = ""  # "" = ANNOTATOR_USER or the login name

    def check(self) -> Settings:
        """The same settings with every wrong value replaced by its default."""
        d = Settings()
        if self.language not in ("system", "ja", "en"):
            self.language = d.language
        if not isinstance(self.font_family, str):
            self.font_family = d.font_family
        if not isinstance(self.font_size, int | float) or not 6 <= self.font_size <= 72:
            self.font_size = d.font_size
        overlays = dict(OVERLAY_DEFAULTS)
        if isinstance(self.overlays, dict):
            overlays.update({k: bool(v) for k, v in self.overlays.items() if k in OVERLAY_DEFAULTS})
        self.overlays = overlays
        if not isinstance(self.annotator_name, str):
            self.annotator_name = d.annotator_name
        self.annotator_name = self.annotator_name.strip()
        return self


def config_dir() -> Path:
    override = os.environ.get("ANNOTATOR_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("annotator", appauthor=False)


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load() -> Settings:
    try:
        raw: Any = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known}).check()


def save(settings: Settings) -> Path:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(asdict(settings.check()), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path
