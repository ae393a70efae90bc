"""Import and export formats: one module each, one registry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import aozora, jsonl, stockmark, txt
from .base import ExportError, Parsed, atomic_writer

Reader = Callable[..., Iterator[Parsed]]

READERS: dict[str, Reader] = {
    "txt": txt.read,
    "jsonl": jsonl.read,
    "stockmark": stockmark.read,
    "aozora": aozora.read,  # never guessed from the name: a .txt file is read as txt unless --format aozora
}

_BY_SUFFIX = {".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "stockmark"}


def guess_format(path: str | Path) -> str | None:
    return _BY_SUFFIX.get(Path(path).suffix.lower())


def read(path: str | Path, fmt: str, **options: Any) -> Iterator[Parsed]:
    return READERS[fmt](path, **options)


__all__ = ["READERS", "ExportError", "Parsed", "aozora", "atomic_writer", "guess_format", "jsonl", "read", "stockmark",
           "txt"]
