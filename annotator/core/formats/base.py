"""What every reader yields; the atomic file writer every exporter uses (``outputs.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import ExportError, Problem
from ..model import Document
from ..outputs import atomic_writer, check_export_target


@dataclass
class Parsed:
    """One record read from a file: a document, or the problems that stop it being one."""

    file: str
    line: int | None
    doc: Document | None
    problems: list[str] = field(default_factory=list)
    raw: Any = None  # the record as read, for the rejects file (a JSON value, or a msgspec Struct of one)
    record: str | None = None  # "record 12" where the format has no lines

    def located(self) -> list[Problem]:
        return [Problem(self.file, self.line, msg, self.record) for msg in self.problems]


__all__ = ["ExportError", "Parsed", "atomic_writer", "check_export_target"]
