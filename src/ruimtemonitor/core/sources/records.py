"""What a connector reads from a service, in one shape for both services."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Page", "SourceItem", "kst_id", "parse_moment"]


@dataclass(frozen=True)
class SourceItem:
    """One record at a source: a motion, a commitment, a letter or a publication.

    ``external_id`` is the service's own key (a GUID at the Tweede Kamer, the official
    identifier at KOOP); ``modified`` is the service's change time as written, which the sync
    remembers as the point to continue from. ``fields`` holds every value read, as JSON, so
    the stored record shows what the source said and a change shows up as a difference.
    """

    source: str
    kind: str  # motie, toezegging, document, publicatie
    external_id: str
    kamerstuk: str  # kst-36600-A-63, or "" when the record has none
    title: str
    date: dt.date | None
    status: str  # the status at the source in lower case ("aangenomen", "voldaan"), or ""
    modified: str
    deleted: bool = False
    file_url: str = ""  # the letter itself, to download and ingest
    file_type: str = ""  # pdf, html
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def digest(self) -> str:
        """Equal for equal content: a record whose digest did not change is not written."""
        content = {
            "kamerstuk": self.kamerstuk,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "status": self.status,
            "deleted": self.deleted,
            "file_url": self.file_url,
            "fields": self.fields,
        }
        encoded = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(encoded.encode()).hexdigest()


@dataclass(frozen=True)
class Page:
    """One response of a paged listing: its items, its address, and where the next one is."""

    url: str
    items: list[SourceItem]
    next_url: str | None
    total: int | None = None


def kst_id(dossier: str | int | None, suffix: str | None, number: str | int | None) -> str:
    """The official identifier of a Kamerstuk: ``kst-36600-A-63``; "" when a part is missing."""
    dossier_text = "".join(ch for ch in str(dossier or "") if ch.isdigit())
    number_text = str(number or "").strip()
    if not dossier_text or not number_text:
        return ""
    suffix_text = (suffix or "").strip().upper()
    parts = [dossier_text, suffix_text, number_text] if suffix_text else [dossier_text, number_text]
    return "kst-" + "-".join(parts)


def parse_moment(text: str) -> dt.datetime:
    """A change time as the services write it ("2025-03-12T10:22:33.12+01:00", "…Z", or a
    date) as an aware datetime, so moments in different offsets compare correctly."""
    value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
