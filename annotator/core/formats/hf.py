"""``--format hf``: a folder that Hugging Face ``datasets.load_dataset(FOLDER)`` loads in one call.

The folder holds Parquet files (``data/train-00000-of-00001.parquet``…) and a dataset card
(``README.md``) whose YAML front matter names them (``configs``) and gives every column's type
(``dataset_info.features``), so the loader needs no argument and infers nothing.

Every record has the same shape, whatever the project holds and in whatever order: the keys
are always all there, and what is free-form (a document's ``meta``, an entity's
``attributes``, a claim's ``claimant``, ``cue``, ``arguments`` and ``attributes``) is JSON
text, one string column, since such objects have different keys from record to record
(which is what breaks ``load_dataset("json", ...)`` on the canonical JSONL: its column types
are inferred from the first block read). A claim has every field of ``claims.CLAIM_KEYS``; a
field the claim lacks is null, as the canonical JSONL reads it (a missing field and null
mean the same); its JSON-text fields then hold ``"null"``.

Why Parquet and not JSONL with the same card: ``datasets``' JSON loader parses each block
with pyarrow without the card's types, and pyarrow takes a string column whose values all
look like ISO 8601 dates for timestamps; the card's ``string`` then turns ``2024-01-01`` into
``2024-01-01 00:00:00`` and ``2024-01-01T10:00:00Z`` into ``2024-01-01 10:00:00`` (ids, entity
texts of DATE entities, notes…). No escape in the JSON avoids it (pyarrow infers after
unescaping). A Parquet file carries its exact schema, so nothing is inferred. Writing Parquet
needs pyarrow: the optional extra ``hf`` (``pip install 'annotator[hf]'``); the standalone
program has no pyarrow and says so.

Offsets are code points (Python ``str`` indices), as everywhere in annotator; the card says so.
Documents are streamed in batches (``BATCH_DOCUMENTS`` or ``BATCH_CHARACTERS``, one Parquet
row group each) into files of about ``SHARD_CHARACTERS`` characters: memory stays flat in the
number of documents. The folder appears whole at the end or not at all (``folders.py``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import messages as m
from ..claims import CLAIM_KEYS
from ..model import Document, Status
from .base import ExportError, Format, Holds, LossReport
from .folders import atomic_folder, missing_extra
from .project_export import claim_objects, entity_objects, unwritable

if TYPE_CHECKING:
    from ..store import Project

#: A column: (name, "string" | "int64") or (name, [columns of the list's structs]).
Column = tuple[str, Any]
ENTITY_COLUMNS: tuple[Column, ...] = (
    ("id", "string"), ("start", "int64"), ("end", "int64"), ("label", "string"), ("text", "string"),
    ("attributes", "string"),
)
#: Built-in claim fields that are a string or null.
CLAIM_STRINGS = ("type", "checkworthy", "certainty", "polarity", "note")
#: Claim fields written as JSON text (free-form objects and lists).
CLAIM_JSON = ("claimant", "cue", "arguments", "attributes")
CLAIM_COLUMNS: tuple[Column, ...] = (
    ("id", "string"), ("start", "int64"), ("end", "int64"), ("text", "string"),
    *((name, "string") for name in ("type", "checkworthy", "certainty", "polarity", "claimant", "cue",
                                    "arguments", "note", "attributes")),
)
COLUMNS: tuple[Column, ...] = (
    ("id", "string"), ("text", "string"), ("meta", "string"), ("status", "string"),
    ("entities", ENTITY_COLUMNS), ("claims", CLAIM_COLUMNS),
)
if {name for name, _ in CLAIM_COLUMNS} != CLAIM_KEYS:  # a new claim field needs a column here
    raise AssertionError("hf.CLAIM_COLUMNS and claims.CLAIM_KEYS differ")

SPLIT = "train"
DATA_FILES = f"data/{SPLIT}-*.parquet"
BATCH_DOCUMENTS = 2048
BATCH_CHARACTERS = 16_000_000
SHARD_CHARACTERS = 128_000_000
PROGRESS_EVERY = 200


def features_yaml() -> str:
    """The card's ``dataset_info.features``, as ``datasets`` writes it (``list:`` of named fields)."""
    lines: list[str] = []

    def emit(columns: tuple[Column, ...], indent: str) -> None:
        for name, kind in columns:
            lines.append(f"{indent}- name: {name}")
            if isinstance(kind, str):
                lines.append(f"{indent}  dtype: {kind}")
            else:
                lines.append(f"{indent}  list:")
                emit(kind, indent + "  ")

    emit(COLUMNS, "  ")
    return "\n".join(lines)


def arrow_schema(pa: Any) -> Any:
    """The Parquet files' schema (the card's features as Arrow types)."""
    def arrow(kind: Any) -> Any:
        if isinstance(kind, str):
            return pa.string() if kind == "string" else pa.int64()
        return pa.list_(pa.struct([pa.field(n, arrow(k)) for n, k in kind]))

    return pa.schema([pa.field(name, arrow(kind)) for name, kind in COLUMNS])


def _arrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError(missing_extra("hf", "pyarrow")) from None
    return pa, pq


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class _Batch:
    """Columns of a batch of documents, flat (a list per struct field and list offsets), so
    that pyarrow converts each from one Python list."""

    def __init__(self) -> None:
        self.docs: dict[str, list[Any]] = {name: [] for name in ("id", "text", "meta", "status")}
        self.entities: dict[str, list[Any]] = {name: [] for name, _ in ENTITY_COLUMNS}
        self.claims: dict[str, list[Any]] = {name: [] for name, _ in CLAIM_COLUMNS}
        self.entity_offsets = [0]
        self.claim_offsets = [0]
        self.characters = 0

    def __len__(self) -> int:
        return len(self.docs["id"])

    def add(self, doc: Document) -> None:
        """Append ``doc``; ExportError (nothing written) for a span that is not exact or a value
        that JSON cannot hold."""
        text = doc.text
        entities = doc.entities
        try:
            entity_objects(doc.id, text, entities)  # ExportError at the first span that is not exact
            claims = claim_objects(doc.id, text, doc.claims)
            meta = _json(doc.meta) if doc.meta else "{}"
            if entities:
                columns = self.entities
                columns["id"].extend([e.id for e in entities])
                columns["start"].extend([e.start for e in entities])
                columns["end"].extend([e.end for e in entities])
                columns["label"].extend([e.label for e in entities])
                columns["text"].extend([e.text for e in entities])
                columns["attributes"].extend([_json(e.attributes) if e.attributes else "{}" for e in entities])
            columns = self.claims
            for c in claims:
                for name in ("id", "start", "end", "text"):
                    columns[name].append(c[name])
                for name in CLAIM_STRINGS:
                    value = c.get(name)
                    if value is not None and not isinstance(value, str):
                        raise ExportError(m.translate("Core", "document {id}: claim {claim}: {field} is not a string "
                                                              "or null; nothing was written")
                                          .format(id=doc.id, claim=c["id"], field=name))
                    columns[name].append(value)
                for name in CLAIM_JSON:
                    columns[name].append(_json(c.get(name)))
        except ValueError as exc:  # NaN, infinity
            raise unwritable(doc.id, exc) from None
        self.entity_offsets.append(self.entity_offsets[-1] + len(entities))
        self.claim_offsets.append(self.claim_offsets[-1] + len(claims))
        docs = self.docs
        docs["id"].append(doc.id)
        docs["text"].append(text)
        docs["meta"].append(meta)
        docs["status"].append(Status(doc.status).value)
        self.characters += len(text)

    def table(self, pa: Any, schema: Any) -> Any:
        def lists(field: Any, offsets: list[int], columns: dict[str, list[Any]]) -> Any:
            struct = field.type.value_type
            values = pa.StructArray.from_arrays([pa.array(columns[f.name], type=f.type) for f in struct],
                                                fields=list(struct))
            return pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), values, type=field.type)

        try:
            arrays = [pa.array(self.docs[name], type=schema.field(name).type)
                      for name in ("id", "text", "meta", "status")]
            arrays.append(lists(schema.field("entities"), self.entity_offsets, self.entities))
            arrays.append(lists(schema.field("claims"), self.claim_offsets, self.claims))
        except UnicodeEncodeError:  # a lone surrogate: say in which document
            for doc_id, text, meta in zip(self.docs["id"], self.docs["text"], self.docs["meta"], strict=True):
                try:
                    (doc_id + text + meta).encode("utf-8")
                except UnicodeEncodeError as exc:
                    raise unwritable(doc_id, exc) from None
            raise ExportError(m.translate("Core", "a value holds a lone surrogate, which UTF-8 cannot encode; "
                                                  "nothing was written")) from None
        return pa.Table.from_arrays(arrays, schema=schema)


class _Shards:
    """Parquet files of about ``SHARD_CHARACTERS`` characters each, one row group per batch."""

    def __init__(self, folder: Path, pa: Any, pq: Any) -> None:
        self.folder, self.pa, self.pq = folder, pa, pq
        self.schema = arrow_schema(pa)
        self.paths: list[Path] = []
        self.writer: Any = None
        self.characters = 0

    def write(self, batch: _Batch) -> None:
        if self.writer is None or self.characters >= SHARD_CHARACTERS:
            self._open()
        self.writer.write_table(batch.table(self.pa, self.schema))
        self.characters += batch.characters

    def _open(self) -> None:
        self.close()
        path = self.folder / f"{SPLIT}-{len(self.paths):05d}.parquet"
        self.paths.append(path)
        self.writer = self.pq.ParquetWriter(path, self.schema)
        self.characters = 0

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def finish(self) -> None:
        """Close the last file and name them ``train-NNNNN-of-MMMMM.parquet``."""
        self.close()
        total = len(self.paths)
        for i, path in enumerate(self.paths):
            path.rename(path.with_name(f"{SPLIT}-{i:05d}-of-{total:05d}.parquet"))


def write(project: Project, path: str | Path, *, status: Status | None = None,
          progress: Callable[[int], None] | None = None, lost: LossReport, **_: Any) -> int:
    """Write the folder ``path`` (new, or an empty folder); returns the number of documents.

    The format holds everything a project does, so ``lost`` stays empty."""
    pa, pq = _arrow()
    n = entities = claims = 0
    with atomic_folder(path, project_path=project.path) as folder:
        data = folder / "data"
        data.mkdir()
        shards = _Shards(data, pa, pq)
        try:
            batch = _Batch()
            for doc in project.iter_documents(status):
                batch.add(doc)
                n += 1
                entities += len(doc.entities)
                claims += len(doc.claims)
                if len(batch) >= BATCH_DOCUMENTS or batch.characters >= BATCH_CHARACTERS:
                    shards.write(batch)
                    batch = _Batch()
                if progress is not None and n % PROGRESS_EVERY == 0:
                    progress(n)
            if len(batch):
                shards.write(batch)
            if n == 0:  # load_dataset refuses a split without rows ("corresponds to no data")
                raise ExportError(m.translate("Core", "no document to export{which}: datasets cannot load a split "
                                                      "without rows; nothing was written")
                                  .format(which=m.translate("Core", " with status {status}")
                                          .format(status=Status(status).value) if status is not None else ""))
            shards.finish()
        finally:
            shards.close()
        labels = [(label.name, label.description) for label in project.labels()]
        (folder / "README.md").write_text(card(project.path.stem, n, entities, claims, labels, status),
                                          encoding="utf-8", newline="\n")
    if progress is not None:
        progress(n)
    return n


_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")


def _md(text: str) -> str:
    """``text`` shown literally in Markdown (its special characters escaped, on one line)."""
    return _MARKDOWN.sub(r"\\\1", " ".join(text.split()))


def card(name: str, documents: int, entities: int, claims: int, labels: list[tuple[str, str]],
         status: Status | None) -> str:
    """The dataset card: YAML front matter for the loader, then what the columns hold."""
    which = f" whose status is `{Status(status).value}`" if status is not None else ""
    label_lines = "\n".join(f"- {_md(lb)}" + (f": {_md(desc)}" if desc.strip() else "") for lb, desc in labels) \
        or "(none)"
    return f"""---
configs:
- config_name: default
  data_files:
  - split: {SPLIT}
    path: {DATA_FILES}
dataset_info:
  features:
{features_yaml()}
---

# {_md(name)}

Exported by annotator (`annotator export --format hf`), the documents{which}, in one split, `{SPLIT}`:
documents: {documents:,}; entities: {entities:,}; claims: {claims:,}.

```python
from datasets import load_dataset
ds = load_dataset("path/to/this/folder", split="{SPLIT}")
doc = ds[0]; print([(doc["text"][e["start"]:e["end"]], e["label"]) for e in doc["entities"]])
```

**Offsets are Unicode code points**: `text[start:end]` in Python (a `str` index), never UTF-16 units or
bytes, and `text[start:end] == span text` for every entity and claim. A tokenizer's offsets
(`return_offsets_mapping`) are code points too in Python; convert before comparing with UTF-16 or byte offsets.

## Columns

Every record has every column; nothing is padded with null.

- `id`, `text`, `status` (`new`, `in_progress`, `done`, `skipped`): strings.
- `meta`: the document's metadata as JSON text (`json.loads(doc["meta"])` gives the object; `{{}}` when empty).
- `entities`: a list of `{{id, start, end, label, text, attributes}}`, sorted by start, the longer first;
  entities may nest and overlap. `attributes` is JSON text (`{{}}` when empty).
- `claims`: a list of `{{id, start, end, text, type, checkworthy, certainty, polarity, claimant, cue,
  arguments, note, attributes}}`. `type`, `checkworthy`, `certainty`, `polarity` and `note` are strings or
  null (null also where the claim lacks the field); `claimant`, `cue`, `arguments` and `attributes` are JSON
  text (`"null"` when the claim has none). `claimant` and `arguments` name entities of the same record by id.

## Labels

{label_lines}
"""


FORMAT = Format(
    "hf", "Hugging Face datasets folder (Parquet and a dataset card)",
    Holds(entities="yes", nesting="yes", claims="yes", attributes="yes (as JSON text)", status="yes",
          tokens="no", loses="nothing (export only; a claim field it lacks reads as null)"),
    write=write, folder_out=True, extra="hf",
)
