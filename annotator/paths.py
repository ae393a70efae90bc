"""Per-user folders (platformdirs): the demo project lives in the user data folder.

``ANNOTATOR_DATA_DIR`` overrides the data folder (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "annotator"


def data_dir() -> Path:
    override = os.environ.get("ANNOTATOR_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def demo_project_path() -> Path:
    return data_dir() / "demo.annotator"
