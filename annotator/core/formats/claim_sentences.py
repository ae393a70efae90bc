"""One record per sentence with its check-worthiness, for training check-worthiness
classifiers (the shape of ClaimBuster and CLEF CheckThat! data).

``label`` is ``checkworthy`` when a claim overlapping the sentence is marked
``checkworthy: yes``, ``not checkworthy`` when claims overlap it but none is, and
``no claim`` otherwise. Offsets are code points into the document text. Lines are written
as the canonical export writes its records (``jsonl.dumps``): compact, U+2028, U+2029 and
U+0085 escaped, so that a record is one line for every line splitter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Status
from ..sentences import split_sentences
from .base import atomic_writer
from .jsonl import dumps, unwritable

if TYPE_CHECKING:
    from ..store import Project

LABELS = ("checkworthy", "not checkworthy", "no claim")


def write(project: Project, path: str | Path, *, status: Status | None = None,
          progress: Callable[[int], None] | None = None) -> int:
    """Write every sentence of the (filtered) documents; returns the number of records.

    ``progress`` is called with the number of documents done; an exception it raises stops
    the export and leaves no file behind."""
    n = 0
    with atomic_writer(path, project_path=project.path) as fh:
        for done, doc in enumerate(project.iter_documents(status), 1):
            claims = sorted(doc.claims, key=lambda c: c.start)
            for s in split_sentences(doc.text):
                over = [c for c in claims if c.start < s.end and c.end > s.start]
                if not over:
                    label = "no claim"
                elif any(c.data.get("checkworthy") == "yes" for c in over):
                    label = "checkworthy"
                else:
                    label = "not checkworthy"
                try:
                    fh.write(dumps({"doc_id": doc.id, "sentence_id": s.index, "text": doc.text[s.start:s.end],
                                    "start": s.start, "end": s.end, "label": label}))
                except UnicodeEncodeError as exc:  # a lone surrogate
                    raise unwritable(doc.id, exc) from None
                fh.write("\n")
                n += 1
            if progress is not None:
                progress(done)
    return n
