"""The shape of a generated letter, independent of its file format."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ruimtemonitor.core.dutch import format_date


@dataclass(frozen=True)
class Citation:
    """Where a statement comes from: a passage of an ingested document, quoted."""

    document: str
    document_date: dt.date | None
    page: int | None  # empty for a file without pages (plain text)
    quote: str
    line: int | None = None  # kept for the reader of the register, never printed in a letter
    passage_id: int | None = None
    url: str = ""
    # Where the quote sits: offsets into the text of the ingested file (document_id's root).
    document_id: int | None = None
    start: int | None = None
    end: int | None = None
    # Where in the document, when it has no pages: "afspraak 4.6", "paragraaf 2.4.1".
    locator: str = ""

    def label(self) -> str:
        """As a reader looks it up: "document, date, pagina N" (or the numbered part)."""
        parts = [self.document]
        if self.document_date:
            parts.append(format_date(self.document_date))
        if self.page:
            parts.append(f"pagina {self.page}")
        elif self.locator:
            parts.append(self.locator)
        return ", ".join(parts)


@dataclass
class Paragraph:
    text: str
    citations: list[int] = field(default_factory=list)  # numbers into Letter.citations
    bullet: bool = False


@dataclass
class Section:
    heading: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    level: int = 2


@dataclass
class Letter:
    kind: str  # "raadsinformatiebrief" or "raadsvoorstel"
    title: str
    sender: str
    date: dt.date
    subject: str
    salutation: str = ""
    sections: list[Section] = field(default_factory=list)
    closing: str = ""
    signatories: list[tuple[str, str]] = field(default_factory=list)  # (name, function)
    contact: str = ""
    citations: list[Citation] = field(default_factory=list)
    # For whoever drafts it, never inside the letter: shown by the command and the page.
    notes: list[str] = field(default_factory=list)

    def cite(self, citation: Citation | None) -> list[int]:
        """The number of ``citation`` in the list of sources (added once), as a list."""
        if citation is None:
            return []
        if citation not in self.citations:
            self.citations.append(citation)
        return [self.citations.index(citation) + 1]
