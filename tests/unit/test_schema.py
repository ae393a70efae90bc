"""The published JSON Schema and the validator agree; exported records satisfy the schema."""

from __future__ import annotations

import json

import pytest

from annotator.core.formats import jsonl
from annotator.core.model import Document, Entity
from annotator.resources import resource

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(resource("schemas", "record.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid_and_says_code_points():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert "code point" in SCHEMA["description"]


def test_exported_record_satisfies_schema(tmp_path):
    out = tmp_path / "o.jsonl"
    jsonl.write([Document("a", "𠮷野家の孫正義", {"k": 1}, entities=[Entity("T1", 4, 7, "PERSON", "孫正義")])], out,
                tokens=True)
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert list(VALIDATOR.iter_errors(rec)) == []


@pytest.mark.parametrize(
    "record",
    [
        {"text": "x"},
        {"id": 1, "text": "x"},
        {"id": "a", "text": "x", "status": "finished"},
        {"id": "a", "text": "x", "extra": 1},
        {"id": "a", "text": "x", "entities": [{"id": "T1", "start": 0, "end": 1, "label": "L"}]},
        {"id": "a", "text": "x", "entities": [{"id": "T1", "start": -1, "end": 1, "label": "L", "text": "x"}]},
        {"id": "a", "text": "x", "claims": [{"id": "C1", "start": 0, "end": 1, "text": "x", "claimant": 5}]},
    ],
)
def test_schema_and_validator_both_reject(record):
    assert list(VALIDATOR.iter_errors(record)), "the schema accepts it"
    assert jsonl.check_record(record), "the validator accepts it"
