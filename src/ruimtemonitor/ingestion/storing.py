"""Turn one extraction (the JSON contract of docs/extraction.md) into register rows.

Called inside one transaction per file by ``services``; every record starts as
*proposed* and points at a Passage, so a person can confirm or correct it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from typing import Any

from django.core.files.base import ContentFile

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.documents.models import Document, DocumentKind, Mention, MentionKind, Passage
from ruimtemonitor.ingestion.lookups import Directory
from ruimtemonitor.organisations.models import AreaKind
from ruimtemonitor.projects.models import (
    Milestone,
    MilestoneKind,
    MoneyKind,
    MoneyLine,
    Phase,
    Project,
    Vat,
)
from ruimtemonitor.register.models import (
    Agreement,
    AgreementType,
    Arrangement,
    ArrangementKind,
    Commitment,
    ParliamentaryItem,
    ParliamentaryKind,
)

Json = dict[str, Any]

ARRANGEMENT_KINDS = {
    "ruimtelijk_arrangement": ArrangementKind.RUIMTELIJK_ARRANGEMENT,
    "uitvoeringsagenda": ArrangementKind.UITVOERINGSAGENDA,
    "afsprakenlijst": ArrangementKind.AFSPRAKENLIJST,
}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:110] or "project"


def deadline_from_json(data: Json | None) -> Deadline | None:
    if not data or not data.get("as_written"):
        return None
    start, end = _date(data.get("start")), _date(data.get("end"))
    if (start is None) != (end is None):
        start = end = None
    return Deadline(
        data["as_written"][:255], start, end, Precision(data.get("precision") or "unknown")
    )


class ExtractionStore:
    """Writes one extraction; keeps the per-file state (passages, documents) in one place."""

    def __init__(self, data: Json, *, text: str) -> None:
        self.data = data
        self.text = text
        self.directory = Directory()
        self.root: Document | None = None
        self.letters: list[Document] = []
        self.notes: list[str] = []  # what a person should know about this run, for the job log
        self._arrangements: dict[int, Arrangement] = {}

    # -- documents and passages -------------------------------------------------------
    def store_documents(
        self, *, file_name: str, file_bytes: bytes, content_hash: str, page_count: int | None
    ) -> Document:
        described = self.data.get("documents") or []
        single = described[0] if len(described) == 1 else None
        kind = _document_kind(single["kind"]) if single else DocumentKind.BUNDLE
        previous = (
            Document.objects.filter(parent=None, original_filename=file_name)
            .exclude(content_hash=content_hash)
            .order_by("-created_at")
            .first()
        )
        root = Document(
            kind=kind if described else DocumentKind.OTHER,
            title=(single or {}).get("title") or file_name,
            date=_date((single or {}).get("date")),
            reference=((single or {}).get("reference") or "")[:255],
            content_hash=content_hash,
            original_filename=file_name[:255],
            extracted_text=self.text,
            page_count=page_count,
            previous_version=previous,
            end=len(self.text),
        )
        if single:
            root.sender = self.directory.organisation_in(single.get("sender"))
            root.sender_as_written = (single.get("sender") or "")[:255]
        root.source_file.save(file_name, ContentFile(file_bytes), save=False)
        root.save()
        self.root = root
        if single:
            self.letters = [root]
            return root
        for item in described:
            letter = Document.objects.create(
                parent=root,
                kind=_document_kind(item.get("kind")),
                title=(item.get("title") or file_name)[:500],
                date=_date(item.get("date")),
                reference=(item.get("reference") or "")[:255],
                sender=self.directory.organisation_in(item.get("sender")),
                sender_as_written=(item.get("sender") or "")[:255],
                start=item["start"],
                end=item["end"],
            )
            letter.previous_version = (
                Document.objects.filter(kind=letter.kind, title=letter.title, parent__isnull=False)
                .exclude(parent=root)
                .order_by("-created_at")
                .first()
            )
            if letter.previous_version:
                letter.save(update_fields=["previous_version"])
            self.letters.append(letter)
        return root

    def letter_at(self, offset: int) -> Document:
        for letter in self.letters:
            if letter.start <= offset < (letter.end or len(self.text)):
                return letter
        return self.letters[-1] if self.letters else self.root

    def passage(self, source: Json | None) -> Passage | None:
        if not source:
            return None
        start, end = int(source["start"]), int(source["end"])
        return Passage.objects.create(
            document=self.letter_at(start),
            start=start,
            end=end,
            page=source.get("page"),
            line=source.get("line"),
        )

    # -- agreements ---------------------------------------------------------------------
    def year_of(self, letter: Document) -> int:
        """The letter's year; else the latest date in the same file; else this year (logged)."""
        if letter.date:
            return letter.date.year
        dates = [d.date for d in (*self.letters, self.root) if d is not None and d.date]
        if dates:
            return max(dates).year
        self.notes.append(f"{letter.title}: no date found; year set to {dt.date.today().year}")
        return dt.date.today().year

    def arrangement_for(self, letter: Document) -> Arrangement:
        """The arrangement a letter's agreements belong to.

        The same kind, area (or title) and year is the same generation, read again from a
        new version of the letter: it is reused. An earlier year is its predecessor.
        """
        if letter.pk in self._arrangements:
            return self._arrangements[letter.pk]
        kind = ARRANGEMENT_KINDS.get(letter.kind, ArrangementKind.AFSPRAKENLIJST)
        area = self.directory.area_named_in(letter.title, AreaKind.PROVINCE) or (
            self.directory.area_named_in(letter.title, AreaKind.NOVEX)
        )
        title = (
            letter.title if kind != ArrangementKind.AFSPRAKENLIJST else f"Afspraken: {letter.title}"
        )
        year = self.year_of(letter)
        same = Arrangement.objects.filter(kind=kind, year=year)
        same = same.filter(area=area) if area else same.filter(area=None, title=title[:500])
        arrangement = same.order_by("-generation").first()
        if arrangement is not None:
            arrangement.document = letter
            arrangement.save(update_fields=["document", "updated_at"])
        else:
            predecessor = (
                Arrangement.objects.filter(kind=kind, area=area, year__lt=year, superseded_by=None)
                .order_by("-year", "-generation")
                .first()
                if area
                else None
            )
            arrangement = Arrangement.objects.create(
                kind=kind,
                title=title[:500],
                area=area,
                year=year,
                generation=(predecessor.generation + 1) if predecessor else 1,
                supersedes=predecessor,
                document=letter,
            )
            parties = [self.directory.organisation("rijk")]
            if area and area.authority_id:
                parties.append(area.authority)
            arrangement.parties.add(*[p for p in parties if p])
        self._arrangements[letter.pk] = arrangement
        return arrangement

    def store_agreements(self) -> int:
        """Create agreements, or refresh those still *proposed*; reviewed ones are left alone."""
        count = 0
        for item in self.data.get("agreements") or []:
            source = item.get("source") or {}
            arrangement = self.arrangement_for(self.letter_at(int(source.get("start", 0))))
            number = (item.get("number") or "")[:32]
            title = (item.get("title") or "")[:500]
            existing = arrangement.agreements.filter(
                number=number, **({} if number else {"title": title})
            )
            agreement = existing.first() or Agreement(arrangement=arrangement)
            if agreement.pk and agreement.review_state != ReviewState.PROPOSED:
                self.notes.append(
                    f"agreement {number or title[:40]} was {agreement.review_state}; "
                    "kept as reviewed"
                )
                continue
            agreement.number, agreement.title = number, title
            agreement.types = [t for t in item.get("types") or [] if t in AgreementType.values]
            agreement.chapter = (item.get("chapter") or "")[:32]
            agreement.chapter_title = (item.get("chapter_title") or "")[:255]
            agreement.all_departments = "*" in (item.get("departments") or [])
            agreement.source_passage = self.passage(item.get("source"))
            agreement.review_state = ReviewState.PROPOSED
            agreement.save()
            departments = [
                self.directory.organisation(d) for d in item.get("departments") or [] if d != "*"
            ]
            agreement.departments.set([d for d in departments if d])
            agreement.commitments.filter(review_state=ReviewState.PROPOSED).delete()
            kept = agreement.commitments.count()  # reviewed bullets stay and keep their place
            for position, bullet in enumerate(item.get("commitments") or [], start=kept + 1):
                commitment = Commitment(
                    agreement=agreement,
                    position=position,
                    text=bullet.get("text") or "",
                    owner=self.directory.organisation(bullet.get("owner")),
                    owner_as_written=(bullet.get("owner") or "")[:255],
                    source_passage=self.passage(bullet.get("source")),
                    review_state=ReviewState.PROPOSED,
                )
                commitment.deadline = deadline_from_json(bullet.get("deadline"))
                commitment.save()
            count += 1
        return count

    # -- projects -----------------------------------------------------------------------
    def store_projects(self) -> int:
        count = 0
        for item in self.data.get("projects") or []:
            name = (item.get("name") or "").strip()
            if not name:
                continue
            region = self.directory.mirt_region(item.get("region"))
            project, created = Project.objects.get_or_create(
                slug=_slug(name),
                defaults={
                    "name": name[:255],
                    "mirt_region": region,
                    "phase": item.get("phase") if item.get("phase") in Phase.values else "",
                    "source_passage": self.passage(item.get("source")),
                    "review_state": ReviewState.PROPOSED,
                },
            )
            for money in item.get("money") or []:
                values = [Decimal(str(v)) for v in money.get("values_eur") or []]
                if not values:
                    continue
                MoneyLine.objects.create(
                    project=project,
                    kind=money.get("kind")
                    if money.get("kind") in MoneyKind.values
                    else MoneyKind.BUDGET,
                    amount_eur=values[0],
                    amount_upper_eur=values[1] if len(values) > 1 else None,
                    as_written=(money.get("as_written") or "")[:255],
                    qualifier=(money.get("qualifier") or "")[:32],
                    party=self.directory.organisation(money.get("party")),
                    price_level=money.get("price_level"),
                    vat=money.get("vat") if money.get("vat") in Vat.values else Vat.UNKNOWN,
                    source_passage=self.passage(money.get("source")),
                    review_state=ReviewState.PROPOSED,
                )
            for milestone in item.get("milestones") or []:
                record = Milestone(
                    project=project,
                    kind=milestone.get("kind")
                    if milestone.get("kind") in MilestoneKind.values
                    else MilestoneKind.OTHER,
                    description=(milestone.get("description") or milestone.get("text") or "")[:500],
                    source_passage=self.passage(milestone.get("source")),
                    review_state=ReviewState.PROPOSED,
                )
                record.deadline = deadline_from_json(milestone.get("deadline"))
                record.save()
            count += created
        return count

    # -- parliament -----------------------------------------------------------------------
    def store_parliamentary_items(self) -> int:
        count = 0
        for item in self.data.get("parliamentary_items") or []:
            kind = (
                item.get("kind")
                if item.get("kind") in ParliamentaryKind.values
                else ParliamentaryKind.MOTION
            )
            kamerstuk = (item.get("kamerstuk") or "")[:64]
            member = (item.get("member") or "")[:255]
            if not kamerstuk and not member:
                continue  # "meerdere moties": nothing to identify; the passage stays in the text
            known = ParliamentaryItem.objects.filter(kind=kind)
            if kamerstuk and known.filter(kamerstuk=kamerstuk).exists():
                continue  # the register already knows it; a later letter's mention is evidence only
            if not kamerstuk and known.filter(member=member, text=item.get("text") or "").exists():
                continue
            ParliamentaryItem.objects.create(
                kind=kind,
                kamerstuk=kamerstuk,
                member=member,
                text=item.get("text") or "",
                source_passage=self.passage(item.get("source")),
                review_state=ReviewState.PROPOSED,
            )
            count += 1
        return count

    # -- mentions -------------------------------------------------------------------------
    def store_mentions(self) -> int:
        fields = {
            MentionKind.AMOUNT: "amounts",
            MentionKind.DEADLINE: "deadlines",
            MentionKind.PARTY: "parties",
            MentionKind.AREA: "areas",
            MentionKind.REFERENCE: "references",
        }
        rows = []
        for kind, key in fields.items():
            for item in self.data.get(key) or []:
                source = item.get("source")
                if not source:
                    continue
                value = {k: v for k, v in item.items() if k not in {"source", "as_written"}}
                as_written = item.get("as_written") or item.get("name") or ""
                rows.append((kind, as_written[:500], value, source))
        passages = Passage.objects.bulk_create(
            [
                Passage(
                    document=self.letter_at(int(s["start"])),
                    start=int(s["start"]),
                    end=int(s["end"]),
                    page=s.get("page"),
                    line=s.get("line"),
                )
                for _, _, _, s in rows
            ]
        )
        Mention.objects.bulk_create(
            [
                Mention(document=p.document, passage=p, kind=kind, as_written=text, value=value)
                for (kind, text, value, _), p in zip(rows, passages, strict=True)
            ]
        )
        return len(rows)


def _document_kind(kind: str | None) -> str:
    if kind in DocumentKind.values:
        return kind
    return {"other": DocumentKind.OTHER}.get(kind or "", DocumentKind.OTHER)
