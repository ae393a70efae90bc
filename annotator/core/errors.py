"""Errors a user can read: each names the file, the line or record, and the problem."""

from __future__ import annotations

from dataclasses import dataclass


class AnnotatorError(Exception):
    """Base of every error the command line prints as a message instead of a traceback."""


class ProjectError(AnnotatorError):
    """The project file cannot be opened or used (not a project, newer schema, locked...)."""


class PasswordNeeded(ProjectError):
    """A PostgreSQL server asks for a password this program was not given (none in the URL,
    ``~/.pgpass`` or ``PGPASSWORD``), or the one given was refused (``refused``): ask the user,
    then try again."""

    def __init__(self, message: str, *, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


class DamagedProjectError(ProjectError):
    """SQLite found the project file damaged (or tables of it missing): ``annotator check`` says more."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason  # SQLite's own words


class OperationError(AnnotatorError):
    """An edit cannot be applied (out of range, duplicate, conflicting with another window)."""


class ExportError(AnnotatorError):
    """An export was refused or failed; the target file was not touched."""


@dataclass(frozen=True)
class Problem:
    """One problem in an input file: where it is and what is wrong."""

    file: str
    line: int | None  # 1-based line (JSONL, TXT) or None for whole-file problems
    message: str
    record: str | None = None  # "record 12" for formats without lines (a JSON list)

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.record:
            where += f" ({self.record})"
        return f"{where}: {self.message}"


class InputError(AnnotatorError):
    """An input file (or several) has problems; nothing was changed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
