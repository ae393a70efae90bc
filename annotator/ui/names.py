"""What the interface calls the values of the data (statuses), in the interface language.

The project file and the JSONL keep the English values (``in_progress``); only what the
annotator reads is translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core.model import Status

from .plain import fill


def status_name(status: Status | str) -> str:
    value = Status(status)
    names = {
        Status.NEW: QCoreApplication.translate("Status", "new"),
        Status.IN_PROGRESS: QCoreApplication.translate("Status", "in progress"),
        Status.DONE: QCoreApplication.translate("Status", "done"),
        Status.SKIPPED: QCoreApplication.translate("Status", "skipped"),
    }
    return names[value]


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else fill(many, n)


def entity_count(n: int) -> str:
    """"1 entity", "3 entities" in the interface language."""
    return _count(n, QCoreApplication.translate("Count", "1 entity"),
                  QCoreApplication.translate("Count", "%1 entities"))


def document_count(n: int) -> str:
    return _count(n, QCoreApplication.translate("Count", "1 document"),
                  QCoreApplication.translate("Count", "%1 documents"))


def match_count(n: int) -> str:
    return _count(n, QCoreApplication.translate("Count", "1 match"), QCoreApplication.translate("Count", "%1 matches"))


def suggestion_count(n: int) -> str:
    return _count(n, QCoreApplication.translate("Count", "1 suggestion"),
                  QCoreApplication.translate("Count", "%1 suggestions"))


def entity_suggestion_count(n: int) -> str:
    return _count(n, QCoreApplication.translate("Count", "1 suggested entity"),
                  QCoreApplication.translate("Count", "%1 suggested entities"))


def character_count(n: int) -> str:
    return _count(n, QCoreApplication.translate("Count", "1 character"),
                  QCoreApplication.translate("Count", "%1 characters"))


def document_line(shown_id: str, status: Status | str, entities: int, characters: int) -> str:
    """A document in one line: id · status · entities · characters."""
    return " · ".join((shown_id, status_name(status), entity_count(entities), character_count(characters)))


def imported_text(documents: int, entities: int) -> str:
    """What an import says when it is done."""
    return fill(QCoreApplication.translate("Count", "Imported %1 (%2)."), document_count(documents),
                entity_count(entities))
