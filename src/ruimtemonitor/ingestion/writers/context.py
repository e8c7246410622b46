"""What every writer of one extraction shares: the file's state and three small primitives.

One ``FileContext`` lives for one file inside its transaction: the extraction's JSON, the
text, who started the job, the reference data (``Directory``), the documents written so far
and the notes for the job log. The writers (``documents``, ``agreements``, ``projects``,
``parliament``, ``mentions``) take it as their first argument.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Model

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.documents.models import Document, Passage
from ruimtemonitor.ingestion.lookups import Directory
from ruimtemonitor.ingestion.writers.history import create_with_history
from ruimtemonitor.register.models import Arrangement

Json = dict[str, Any]

__all__ = ["FileContext", "Json", "choice", "deadline_from_json", "iso_date"]


class FileContext:
    """The per-file state the writers share (passages, documents, arrangements, notes)."""

    def __init__(self, data: Json, *, text: str, user: object | None = None) -> None:
        self.data = data
        self.text = text
        self.user = user if getattr(user, "pk", None) else None
        self.directory = Directory.current()
        self.root: Document | None = None
        self.letters: list[Document] = []
        self.notes: list[str] = []  # what a person should know about this run, for the job log
        self.arrangement_of: dict[int, Arrangement] = {}  # letter pk -> its arrangement
        self.new_arrangements: set[int] = set()  # created in this run: nothing to compare with

    @property
    def arrangements(self) -> list[Arrangement]:
        """The arrangements this file's letters belong to, each once."""
        return list({a.pk: a for a in self.arrangement_of.values()}.values())

    def letter_at(self, offset: int) -> Document:
        for letter in self.letters:
            if letter.start <= offset < (letter.end or len(self.text)):
                return letter
        return self.letters[-1] if self.letters else self.root

    def passages(self, sources: list[Json | None]) -> list[Passage | None]:
        """Create the passages for many sources in one query; ``None`` where there is no source."""
        wanted = [
            Passage(
                document=self.letter_at(int(source["start"])),
                start=int(source["start"]),
                end=int(source["end"]),
                page=source.get("page"),
                line=source.get("line"),
            )
            for source in sources
            if source
        ]
        created = iter(Passage.objects.bulk_create(wanted))
        return [next(created) if source else None for source in sources]

    def create(self, model: type[Model], objects: list) -> list:
        """Insert new records with their first history row, in bulk (ingest is the author)."""
        return create_with_history(model, objects, user=self.user)


def iso_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def deadline_from_json(data: Json | None) -> Deadline | None:
    if not data or not data.get("as_written"):
        return None
    start, end = iso_date(data.get("start")), iso_date(data.get("end"))
    if (start is None) != (end is None):
        start = end = None
    return Deadline(
        data["as_written"][:255], start, end, Precision(data.get("precision") or "unknown")
    )


def choice(value: object, choices: type, default: str) -> str:
    """``value`` when it is one of ``choices`` (a TextChoices class), else ``default``."""
    return value if value in choices.values else default
