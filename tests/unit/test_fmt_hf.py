"""``--format hf``: a folder that the real ``datasets.load_dataset(FOLDER)`` loads in one call.

The project is generated (over 10 MB as canonical JSONL) so that what breaks a bare
``load_dataset("json", data_files=...)`` on the canonical export appears only at the end:
meta keys, entity attributes, claims (every field, project attributes), and strings that
pyarrow would read as timestamps. Skips cleanly where ``datasets`` is not installed
(the optional extra ``hf``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from annotator.core.claims import CLAIM_KEYS
from annotator.core.formats import hf
from annotator.core.formats.base import ExportError, LossReport
from annotator.core.formats.folders import check_folder_target
from annotator.core.importer import import_files
from annotator.core.model import Document, Entity
from annotator.core.store import Project

#: A sentence with the characters offsets go wrong on: astral 𠮷 and emoji, \r\n, U+3000, a
#: combining mark (が written か + U+3099), and a date pyarrow would take for a timestamp.
SENTENCE = "𠮷野家😀の孫正義会長は\u3000東京都内で2024-01-01に会見を開いた。\r\nか\u3099んばる企業も12%増。"
PER_DOCUMENT = 12  # sentences: about 3 kB of UTF-8 per document
DOCUMENTS = 4_000  # about 13 MB of canonical JSONL
RARE = 50  # the last RARE documents carry what no earlier one does


def _entity_spans() -> list[tuple[int, int, str]]:
    out = []
    for surface, label in (("𠮷野家", "ORG"), ("孫正義", "PERSON"), ("東京都", "LOC"), ("2024-01-01", "DATE")):
        start = SENTENCE.index(surface)
        out.append((start, start + len(surface), label))
    return out


def record(i: int, n: int) -> dict[str, Any]:
    """The canonical record of generated document ``i`` of ``n``."""
    text = SENTENCE * PER_DOCUMENT
    rare = i >= n - RARE
    entities: list[dict[str, Any]] = []
    for k in range(PER_DOCUMENT):
        base = k * len(SENTENCE)
        for j, (s, e, label) in enumerate(_entity_spans()):
            ent: dict[str, Any] = {"id": f"T{k * 10 + j + 1}", "start": base + s, "end": base + e, "label": label,
                                   "text": text[base + s:base + e]}
            if rare and j == 1:
                ent["attributes"] = {"confidence": 0.75, "source": {"model": "x", "tags": ["a", 1, None]}}
            entities.append(ent)
    if rare and i % 2:  # a nested entity: 孫正義会長 around 孫正義
        s = SENTENCE.index("孫正義")
        entities.append({"id": "N1", "start": s, "end": s + 5, "label": "TITLE", "text": text[s:s + 5]})
    entities.sort(key=lambda e: (e["start"], -e["end"], e["label"], e["id"]))
    meta: dict[str, Any] = {"source": "generated", "n": i}
    claims: list[dict[str, Any]] = []
    if rare:
        meta.update({"n": str(i), "published": "2024-01-01T10:00:00Z", "extra": {"deep": [1, 2.5, None, "x"]},
                     "flag": True})
        start = SENTENCE.index("孫正義")
        cue = SENTENCE.index("会見")
        claims.append({
            "id": "C1", "start": start, "end": start + 20, "text": text[start:start + 20], "type": "quote",
            "checkworthy": "yes", "certainty": "reported", "polarity": "negated",
            "claimant": {"kind": "entity", "entity": "T2"}, "cue": {"start": cue, "end": cue + 2, "text": "会見"},
            "arguments": [{"role": "subject", "entity": "T2"}, {"role": "place", "entity": "T3"}],
            "note": "2024-01-02", "attributes": {"stance": "pro", "source": "wire"},
        })
        claims.append({"id": "C2", "start": 0, "end": 3, "text": text[:3]})  # the fewest fields a claim has
        claims.append({"id": "C3", "start": 0, "end": 5, "text": text[:5], "type": None, "claimant":
                       {"kind": "source", "text": "報道"}, "cue": None, "arguments": [], "note": ""})
    doc_id = "2024-01-01" if i == n - 1 else f"doc{i:05d}"
    return {"id": doc_id, "text": text, "meta": meta, "status": ("new", "done", "in_progress", "skipped")[i % 4],
            "entities": entities, "claims": claims}


def build_project(folder: Path, n: int = DOCUMENTS) -> tuple[Path, Path]:
    """The generated records as JSONL (``folder/generated.jsonl``), imported into a project."""
    source = folder / "generated.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(record(i, n), ensure_ascii=False) + "\n")
    project = folder / "p.annotator"
    with Project.open(project, create=True) as p:
        import_files(p, [source])
    return source, project


def as_document(row: dict[str, Any]) -> Document:
    """A loaded record back as the project's document, by the card's rules only."""
    entities = [Entity(e["id"], e["start"], e["end"], e["label"], e["text"], json.loads(e["attributes"]))
                for e in row["entities"]]
    return Document(row["id"], row["text"], json.loads(row["meta"]), row["status"], entities, [])


def claim_json(row: dict[str, Any]) -> dict[str, Any]:
    """A loaded claim as the canonical claim object, every field present (missing = null)."""
    out = dict(row)
    for name in hf.CLAIM_JSON:
        out[name] = json.loads(row[name])
    return out


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    pytest.importorskip("pyarrow")
    folder = tmp_path_factory.mktemp("hf")
    source, project = build_project(folder)
    out = folder / "out"
    with Project.open(project, read_only=True) as p:
        lost = LossReport()
        seen: list[int] = []
        assert hf.FORMAT.write is not None
        assert hf.FORMAT.write(p, out, lost=lost, progress=seen.append) == DOCUMENTS
        assert not lost.items and seen[-1] == DOCUMENTS
    return source, project, out


def test_columns_match_the_claim_fields():
    assert {name for name, _ in hf.CLAIM_COLUMNS} == CLAIM_KEYS


def test_the_project_is_over_10_mb_and_its_rare_keys_come_last(exported):
    source, _, _ = exported
    assert source.stat().st_size > 10_000_000
    with source.open("rb") as fh:
        head = fh.read(10 << 20)
    assert b'"attributes"' not in head and b'"claims":[{' not in head and b'"published"' not in head


def test_load_dataset_gives_back_every_document_exactly(exported, tmp_path):
    datasets = pytest.importorskip("datasets")
    _, project, out = exported
    ds = datasets.load_dataset(str(out), split="train", cache_dir=str(tmp_path / "cache"))
    assert ds.num_rows == DOCUMENTS
    card = (out / "README.md").read_text(encoding="utf-8")
    front = card.split("---\n")[1]
    yaml = pytest.importorskip("yaml")
    assert ds.features == datasets.Features._from_yaml_list(yaml.safe_load(front)["dataset_info"]["features"])
    with Project.open(project, read_only=True) as p:
        for row, doc in zip(ds, p.iter_documents(), strict=True):
            got = as_document(row)
            assert (got.id, got.text, got.meta, got.status) == (doc.id, doc.text, doc.meta, doc.status.value)
            assert [(e.id, e.start, e.end, e.label, e.text, e.attributes) for e in got.entities] == \
                [(e.id, e.start, e.end, e.label, e.text, e.attributes) for e in doc.entities]
            for e in got.entities:
                assert got.text[e.start:e.end] == e.text  # code points, as the card says
            want = [{name: c.to_json().get(name) for name in CLAIM_KEYS} for c in doc.claims]
            assert [claim_json(c) for c in row["claims"]] == want
    last = ds[DOCUMENTS - 1]
    assert last["id"] == "2024-01-01" and json.loads(last["meta"])["published"] == "2024-01-01T10:00:00Z"
    assert ds[0]["claims"] == []
    for e in ds[0]["entities"]:  # none padded with the rare entities' keys
        assert e["attributes"] == "{}"
    claims = {c["id"]: c for c in last["claims"]}
    full = claims["C1"]
    assert None not in full.values() and full["note"] == "2024-01-02"
    bare = claims["C2"]  # every field there, null where the claim has none
    assert set(bare) == CLAIM_KEYS and bare["type"] is None and bare["cue"] == "null"


def test_the_card_gives_the_loader_what_it_needs(exported):
    _, _, out = exported
    card = (out / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\nconfigs:\n") and "path: data/train-*.parquet" in card
    assert "code points" in card
    files = sorted(p.name for p in (out / "data").iterdir())
    assert files == ["train-00000-of-00001.parquet"]
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "data"]
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".annotator-tmp")]


def test_the_parquet_schema_is_the_cards(exported):
    datasets = pytest.importorskip("datasets")
    import pyarrow.parquet as pq
    import yaml

    _, _, out = exported
    schema = pq.read_schema(next((out / "data").iterdir()))
    front = (out / "README.md").read_text(encoding="utf-8").split("---\n")[1]
    card = datasets.Features._from_yaml_list(yaml.safe_load(front)["dataset_info"]["features"])
    assert datasets.Features.from_arrow_schema(schema) == card


def test_shards_and_row_groups_stream(tmp_path, monkeypatch):
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(hf, "BATCH_DOCUMENTS", 7)
    monkeypatch.setattr(hf, "SHARD_CHARACTERS", 20 * len(SENTENCE) * PER_DOCUMENT)
    _, project = build_project(tmp_path, 60)
    with Project.open(project, read_only=True) as p:
        hf.write(p, tmp_path / "out", lost=LossReport())
    files = sorted((tmp_path / "out" / "data").iterdir())
    assert [f.name for f in files] == [f"train-{i:05d}-of-00003.parquet" for i in range(3)]
    rows = [r for f in files for r in pq.read_table(f).to_pylist()]
    assert [r["id"] for r in rows] == [record(i, 60)["id"] for i in range(60)]
    assert pq.ParquetFile(files[0]).metadata.num_row_groups == 3  # 7 + 7 + 7 documents


def test_an_empty_export_is_refused(tmp_path):
    """``load_dataset`` refuses a split without rows: no folder it cannot load is written."""
    pytest.importorskip("pyarrow")
    with Project.open(tmp_path / "p.annotator", create=True) as p, \
            pytest.raises(ExportError, match="no document to export"):
        hf.write(p, tmp_path / "out", lost=LossReport())
    assert sorted(os.listdir(tmp_path)) == ["p.annotator"]


def test_status_filter(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    _, project = build_project(tmp_path, 8)
    with Project.open(project, read_only=True) as p:
        from annotator.core.model import Status

        assert hf.write(p, tmp_path / "out", status=Status.DONE, lost=LossReport()) == 2
    rows = pq.read_table(next((tmp_path / "out" / "data").iterdir())).to_pylist()
    assert [r["status"] for r in rows] == ["done", "done"]
    assert "whose status is `done`" in (tmp_path / "out" / "README.md").read_text(encoding="utf-8")


def test_strings_that_look_like_dates_stay_strings(tmp_path):
    """pyarrow's JSON reader takes a column of ISO 8601 strings for timestamps (and the JSON
    loader then writes 2024-01-01 as 2024-01-01 00:00:00): the reason for Parquet."""
    datasets = pytest.importorskip("datasets")
    dates = [f"2024-01-{d:02d}" for d in range(1, 29)] + ["2024-02-01T10:00:00Z", "2024-02-02T10"]
    with Project.open(tmp_path / "p.annotator", create=True) as p, p.bulk_import("t") as bulk:
        for d in dates:
            bulk.add(Document(d, d, entities=[Entity("T1", 0, len(d), "DATE", d)]))
    with Project.open(tmp_path / "p.annotator", read_only=True) as p:
        hf.write(p, tmp_path / "out", lost=LossReport())
    ds = datasets.load_dataset(str(tmp_path / "out"), split="train", cache_dir=str(tmp_path / "cache"))
    assert ds["id"] == dates and ds["text"] == dates
    assert [r["entities"][0]["text"] for r in ds] == dates


# -- the target folder ------------------------------------------------------------------------


@pytest.fixture
def small(tmp_path):
    with Project.open(tmp_path / "p.annotator", create=True) as p, p.bulk_import("t") as bulk:
        bulk.add(Document("a", "𠮷野家"))
    return tmp_path / "p.annotator"


def test_an_empty_folder_is_filled(small, tmp_path):
    pytest.importorskip("pyarrow")
    (tmp_path / "out").mkdir()
    with Project.open(small, read_only=True) as p:
        assert hf.write(p, tmp_path / "out", lost=LossReport()) == 1
    assert (tmp_path / "out" / "README.md").is_file()


@pytest.mark.parametrize("kind", ["filled folder", "file", "link to empty folder"])
def test_nothing_of_the_users_is_replaced(small, tmp_path, kind):
    target = tmp_path / "out"
    if kind == "filled folder":
        target.mkdir()
        (target / "mine.txt").write_text("keep")
    elif kind == "file":
        target.write_text("keep")
    else:
        (tmp_path / "empty").mkdir()
        target.symlink_to(tmp_path / "empty")
    before = sorted(os.listdir(tmp_path))
    with Project.open(small, read_only=True) as p, pytest.raises(ExportError) as info:
        hf.write(p, target, lost=LossReport())
    assert str(target) in str(info.value)
    assert sorted(os.listdir(tmp_path)) == before
    if kind == "filled folder":
        assert (target / "mine.txt").read_text() == "keep"
    elif kind == "file":
        assert target.read_text() == "keep"


def test_a_failed_export_leaves_nothing(small, tmp_path, monkeypatch):
    pytest.importorskip("pyarrow")

    def fail(self, doc):
        raise ExportError("boom")

    monkeypatch.setattr(hf._Batch, "add", fail)
    before = sorted(os.listdir(tmp_path))
    with Project.open(small, read_only=True) as p, pytest.raises(ExportError, match="boom"):
        hf.write(p, tmp_path / "out", lost=LossReport())
    assert sorted(os.listdir(tmp_path)) == before


def test_a_missing_parent_folder_is_refused(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        check_folder_target(tmp_path / "no" / "out")


def test_without_pyarrow_the_message_names_the_extra(small, tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_arrow(name, *args, **kwargs):
        if name.split(".")[0] == "pyarrow":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_arrow)
    with Project.open(small, read_only=True) as p, pytest.raises(ExportError) as info:
        hf.write(p, tmp_path / "out", lost=LossReport())
    assert "pip install 'annotator[hf]'" in str(info.value)
    assert not (tmp_path / "out").exists()
