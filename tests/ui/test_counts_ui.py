"""The window says "1 entity", not "1 entities" (issue 11)."""

from __future__ import annotations

from annotator.core.doclist import DocRow
from annotator.core.model import Status
from annotator.ui.document_model import row_tooltip
from annotator.ui.names import document_count, entity_count, imported_text


def test_counts_are_singular_for_one(qapp):
    assert entity_count(1) == "1 entity" and entity_count(0) == "0 entities" and entity_count(2) == "2 entities"
    assert document_count(1) == "1 document"
    assert imported_text(1, 1) == "Imported 1 document (1 entity)."


def test_the_document_list_tooltip_says_one_entity(qapp):
    tip = row_tooltip(DocRow("d1", Status.NEW, 1, 1, "x"))
    assert "1 entity ·" in tip and "1 character" in tip, tip
