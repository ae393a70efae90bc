"""What the interface calls the values of the data (statuses), in the interface language.

The project file and the JSONL keep the English values (``in_progress``); only what the
annotator reads is translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core.model import Status


def status_name(status: Status | str) -> str:
    value = Status(status)
    names = {
        Status.NEW: QCoreApplication.translate("Status", "new"),
        Status.IN_PROGRESS: QCoreApplication.translate("Status", "in progress"),
        Status.DONE: QCoreApplication.translate("Status", "done"),
        Status.SKIPPED: QCoreApplication.translate("Status", "skipped"),
    }
    return names[value]
