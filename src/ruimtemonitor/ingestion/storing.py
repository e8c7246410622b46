"""Turn one extraction (the JSON contract of docs/extraction.md) into register rows.

Called inside one transaction per file by ``services``; every record starts as
*proposed* and points at a Passage, so a person can confirm or correct it. Each kind of
record has its own writer in ``ingestion.writers``; this class only runs them in order on
one shared ``FileContext``.
"""

from __future__ import annotations

from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.writers.agreements import store_agreements
from ruimtemonitor.ingestion.writers.context import FileContext
from ruimtemonitor.ingestion.writers.documents import store_documents
from ruimtemonitor.ingestion.writers.mentions import store_mentions
from ruimtemonitor.ingestion.writers.parliament import store_parliamentary_items
from ruimtemonitor.ingestion.writers.projects import store_projects

__all__ = ["ExtractionStore"]


class ExtractionStore(FileContext):
    """Writes one extraction: documents first (the others point at their passages)."""

    def store_documents(
        self, *, file_name: str, stored_name: str, content_hash: str, page_count: int | None
    ) -> Document:
        """The file's root document (and its letters); ``stored_name`` is the file in storage."""
        return store_documents(
            self,
            file_name=file_name,
            stored_name=stored_name,
            content_hash=content_hash,
            page_count=page_count,
        )

    def store_agreements(self) -> int:
        return store_agreements(self)

    def store_projects(self) -> int:
        return store_projects(self)

    def store_parliamentary_items(self) -> int:
        return store_parliamentary_items(self)

    def store_mentions(self) -> int:
        return store_mentions(self)

    def store_all(self) -> dict[str, int]:
        """Every kind of record after the documents, with how many of each were written."""
        return {
            "agreements": self.store_agreements(),
            "projects": self.store_projects(),
            "parliamentary items": self.store_parliamentary_items(),
            "mentions": self.store_mentions(),
        }
