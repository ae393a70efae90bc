"""What an operation may do inside one write transaction: the interface ``ops`` codes against.

``transaction.Tx`` implements it over SQLite. Operations see only this Protocol, so ``ops``
sits below the storage layer and imports nothing of it (no cycle ops <-> transaction/store).
Every method raises ``OperationError`` with a message a user can read when what it changes
is not as the operation expects (changed by another window meanwhile, out of range...).
"""

from __future__ import annotations

from typing import Any, Protocol

from .model import Claim, Entity, Label, Status


class Transaction(Protocol):
    """The writes of one transaction, as operations call them."""

    #: Entities added under another id than asked, (document, asked id) -> given id.
    renamed: dict[tuple[str, str], str]

    def insert_entity(self, doc_id: str, e: Entity) -> Entity:
        """Adds ``e``; returns it as stored (under a fresh id if ``e.id`` was taken meanwhile)."""
        ...

    def delete_entity(self, doc_id: str, e: Entity) -> None: ...

    def relabel_entity(self, doc_id: str, entity_id: str, old: str, new: str) -> tuple[Entity, Entity]:
        """Returns the entity before and after."""
        ...

    def resize_entity(self, doc_id: str, entity_id: str, old: tuple[int, int],
                      new: tuple[int, int]) -> tuple[Entity, Entity]:
        """Returns the entity before and after."""
        ...

    def insert_claim(self, doc_id: str, c: Claim) -> None: ...

    def delete_claim(self, doc_id: str, c: Claim) -> None: ...

    def update_claim(self, doc_id: str, old: Claim, new: Claim) -> None: ...

    def add_label(self, label: Label) -> None: ...

    def remove_label(self, label: Label) -> None: ...

    def update_label(self, old: Label, new: Label) -> list[str]:
        """Returns the documents whose entities a rename relabelled. A rename also renames the
        label in the remembered entity-suggestion rejections and the imported suggestions."""
        ...

    def reject_suggestions(self, doc_id: str, spans: tuple[tuple[int, int], ...], *, forget: bool) -> None: ...

    def reject_entity_suggestions(self, doc_id: str, keys: tuple[tuple[int, int, str, str], ...], *,
                                  forget: bool) -> None:
        """Remember (or, with ``forget``, forget) the rejected entity suggestions ``keys``
        (start, end, label, source), counting each one remembered or forgotten as a rejection
        of its source (``count_decision``)."""
        ...

    def count_decision(self, source: str, *, accepted: int = 0, rejected: int = 0) -> None:
        """Add to the accepted and rejected suggestions counted for ``source`` (negative: undone)."""
        ...

    def set_claim_schema(self, old: dict[str, Any], new: dict[str, Any]) -> None: ...

    def status(self, doc_id: str) -> Status: ...

    def set_status(self, doc_id: str, old: Status, new: Status) -> None: ...
