"""The extraction result and its JSON form — the contract other tools read.

``Extraction.to_json()`` produces exactly the shape documented in
docs/extraction.md and extraction.schema.json: every ``source`` is
``{"start", "end", "page", "line"}`` into the ORIGINAL text (not the cleaned
one), dates are ISO 8601, amounts are numbers in euros.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..dutch.money_kinds import money_kind
from .agreements import Agreement
from .cleaning import CleanText
from .entities import Entities, deadline_dict
from .projects import Project
from .references import Reference
from .splitting import Document
from .structure import Structure
from .timeline import Event, Timeline

__all__ = ["CONTRACT_VERSION", "Extraction"]

CONTRACT_VERSION = "1.3"


def _by_document(records: tuple[Any, ...]) -> dict[str, tuple[Any, ...]]:
    grouped: dict[str, list[Any]] = {}
    for record in records:
        grouped.setdefault(record.document, []).append(record)
    return {document: tuple(items) for document, items in grouped.items()}


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one file; offsets inside are cleaned-text offsets."""

    name: str
    clean: CleanText
    documents: tuple[Document, ...]
    structure: Structure
    agreements: tuple[Agreement, ...]
    references: tuple[Reference, ...]
    projects: tuple[Project, ...]
    entities: Entities
    timeline: Timeline
    warnings: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    # Agreements and projects per document, so citing a value does not scan the whole bundle.
    _agreements_of: dict[str, tuple[Agreement, ...]] = field(init=False, repr=False, compare=False)
    _projects_of: dict[str, tuple[Project, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_agreements_of", _by_document(self.agreements))
        object.__setattr__(self, "_projects_of", _by_document(self.projects))

    @property
    def original_text(self) -> str:
        """The text every ``source`` offset points into."""
        return self.clean.source.text

    @property
    def page_count(self) -> int:
        return len(self.clean.source.page_starts)

    def source(self, start: int, end: int) -> dict[str, int]:
        """Cite the cleaned span ``[start, end)`` in the original text."""
        orig_start, orig_end = self.clean.to_original(start, end)
        page, line = self.clean.page_and_line(orig_start)
        return {"start": orig_start, "end": orig_end, "page": page, "line": line}

    def about(self, offset: int, document: str) -> dict[str, str]:
        """The innermost agreement, project or section around a cleaned offset."""
        for agreement in self._agreements_of.get(document, ()):
            if agreement.number and agreement.start <= offset < agreement.end:
                return {
                    "id": agreement.identifier,
                    "label": f"Afspraak {agreement.number}: {agreement.title}"[:120],
                }
        projects = [p for p in self._projects_of.get(document, ()) if p.start <= offset < p.end]
        if projects:
            project = min(projects, key=lambda p: p.end - p.start)
            return {"id": project.identifier, "label": project.name}
        section = self.structure.innermost(offset, document)
        if section is not None:
            return {"id": section.identifier, "label": section.title[:120]}
        doc = next((d for d in self.documents if d.identifier == document), None)
        return {"id": document, "label": (doc.title or doc.kind) if doc else document}

    def _deadline_in(self, start: int, end: int) -> dict[str, Any] | None:
        for match, _doc in self.timeline.deadlines:
            if start <= match.start < end:
                return deadline_dict(match)
        return None

    def _amount(self, match: Any, document: str) -> dict[str, Any]:
        return {
            "as_written": match.as_written,
            "values_eur": [_number(v) for v in match.values_eur],
            "qualifier": match.qualifier,
            "kind": money_kind(self.clean.text, match.start, match.end),
            "vat": getattr(match, "vat", None),
            "price_level": getattr(match, "price_level", None),
            "about": self.about(match.start, document),
            "document": document,
            "source": self.source(match.start, match.end),
        }

    def to_json(self) -> dict[str, Any]:
        """The documented JSON contract (see docs/extraction.md)."""
        source = self.clean.source
        return {
            "contract_version": CONTRACT_VERSION,
            "source_file": {
                "name": self.name,
                "kind": source.kind,
                "pages": len(source.page_starts),
                "characters": len(source.text),
            },
            "documents": [self._document(d) for d in self.documents],
            "agreements": [self._agreement(a) for a in self.agreements],
            "amounts": [self._amount(m, doc) for m, doc in self.entities.amounts],
            "deadlines": [self._deadline(m, doc) for m, doc in self.timeline.deadlines],
            "events": [self._event(e) for e in self.timeline.events],
            "projects": [self._project(p) for p in self.projects],
            "parliamentary_items": [
                {
                    "kind": p.kind,
                    "kamerstuk": p.kamerstuk,
                    "member": p.member,
                    "text": p.text,
                    "reported": p.reported,
                    "document": p.document,
                    "source": self.source(p.start, p.end),
                }
                for p in self.entities.parliamentary
            ],
            "meetings": [
                {
                    "kind": m.kind,
                    "landsdeel": m.landsdeel,
                    "date": m.date.isoformat(),
                    "as_written": " ".join(m.as_written.split()),
                    "document": doc,
                    "source": self.source(m.start, m.end),
                }
                for m, doc in _once(self.entities.meetings)
            ],
            "references": [
                {
                    "as_written": r.as_written,
                    "number": r.number,
                    "resolved_number": r.resolved,
                    "title_number": r.title_number,
                    "consistent": r.consistent,
                    "warning": r.warning or None,
                    "document": r.document,
                    "source": self.source(r.start, r.end),
                }
                for r in self.references
            ],
            "parties": [self._name(m, doc) for m, doc in self.entities.parties],
            "areas": [self._name(m, doc) for m, doc in self.entities.areas],
            "footnotes": [
                {
                    "number": f.number,
                    "text": f.text,
                    "source": self._original(*f.span),
                    "marker": self._original(*f.marker),
                }
                for f in self.clean.footnotes
            ],
            "warnings": list(self.warnings),
        }

    def _original(self, start: int, end: int) -> dict[str, int]:
        page, line = self.clean.page_and_line(start)
        return {"start": start, "end": end, "page": page, "line": line}

    def _document(self, document: Document) -> dict[str, Any]:
        cited = self.source(document.start, document.end)
        return {
            "id": document.identifier,
            "kind": document.kind,
            "title": document.title or None,
            "date": document.date.isoformat() if document.date else None,
            "reference": document.reference or None,
            "sender": document.sender or None,
            "start": cited["start"],
            "end": cited["end"],
            "source": cited,
        }

    def _agreement(self, agreement: Agreement) -> dict[str, Any]:
        return {
            "id": agreement.identifier,
            "kind": "numbered" if agreement.number else "unnumbered",
            "number": agreement.number,
            "title": agreement.title,
            "types": list(agreement.types),
            "departments": list(agreement.departments),
            "chapter": agreement.chapter,
            "chapter_title": agreement.chapter_title or None,
            "document": agreement.document,
            "section": agreement.section,
            "remark": agreement.remark or None,
            "previous_number": agreement.previous_number,
            "commitments": [
                {
                    "text": c.text,
                    "owner": c.owner,
                    "deadline": self._deadline_in(c.start, c.end),
                    "items": list(c.sub_items),
                    "source": self.source(c.start, c.end),
                }
                for c in agreement.commitments
            ],
            "warnings": list(agreement.warnings),
            "source": self.source(agreement.start, agreement.end),
        }

    def _deadline(self, match: Any, document: str) -> dict[str, Any]:
        data = deadline_dict(match)
        data.update(
            {
                "relation": getattr(match, "relation", None),
                "meeting": getattr(match, "meeting", None),
                "about": self.about(match.start, document),
                "document": document,
                "source": self.source(match.start, match.end),
            }
        )
        return data

    def _event(self, event: Event) -> dict[str, Any]:
        return {
            "as_written": " ".join(event.as_written.split()),
            "date": event.date.isoformat() if event.date else None,
            "end": event.end_date.isoformat() if event.end_date else None,
            "precision": event.precision,
            "about": (
                {"id": event.document, "label": "voetnoot"}
                if event.original
                else self.about(event.start, event.document)
            ),
            "document": event.document,
            "source": (
                self._original(event.start, event.end)
                if event.original
                else self.source(event.start, event.end)
            ),
        }

    def _project(self, project: Project) -> dict[str, Any]:
        money = [
            self._amount(m, doc)
            for m, doc in self.entities.amounts
            if doc == project.document and project.start <= m.start < project.end
        ]
        return {
            "id": project.identifier,
            "name": project.name,
            "region": project.region,
            "phase": project.phase,
            "paused": project.paused,
            "parent": project.parent,
            "document": project.document,
            "section": project.section,
            "money": [
                {k: v for k, v in m.items() if k not in {"about", "document"}} for m in money
            ],
            "milestones": [
                {
                    "kind": m.kind,
                    "text": m.text,
                    "deadline": self._deadline_in(m.start, m.end),
                    "source": self.source(m.start, m.end),
                }
                for m in project.milestones
            ],
            "source": self.source(project.start, project.end),
        }

    def _name(self, match: Any, document: str) -> dict[str, Any]:
        return {
            "as_written": match.as_written,
            "slug": getattr(match, "slug", None),
            "kind": getattr(match, "kind", None),
            "document": document,
            "source": self.source(match.start, match.end),
        }


def _once(meetings: tuple[tuple[Any, str], ...]) -> list[tuple[Any, str]]:
    """A bundle's letter and the afsprakenlijst behind it name the same BO: list it once."""
    seen: set[tuple[str, str, Any]] = set()
    out = []
    for meeting, doc in meetings:
        key = (meeting.kind, meeting.landsdeel, meeting.date)
        if key not in seen:
            seen.add(key)
            out.append((meeting, doc))
    return out
