"""Turn one extraction (the JSON contract of docs/extraction.md) into register rows.

Called inside one transaction per file by ``services``; every record starts as
*proposed* and points at a Passage, so a person can confirm or correct it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from simple_history.utils import bulk_create_with_history

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import slugify
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
from ruimtemonitor.register.search import refresh_search_documents, search_document

Json = dict[str, Any]

ARRANGEMENT_KINDS = {
    "ruimtelijk_arrangement": ArrangementKind.RUIMTELIJK_ARRANGEMENT,
    "uitvoeringsagenda": ArrangementKind.UITVOERINGSAGENDA,
    "afsprakenlijst": ArrangementKind.AFSPRAKENLIJST,
}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _slug(name: str) -> str:
    return slugify(name)[:110] or "project"


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

    def __init__(self, data: Json, *, text: str, user: object | None = None) -> None:
        self.data = data
        self.text = text
        self.user = user if getattr(user, "pk", None) else None
        self.directory = Directory.current()
        self.root: Document | None = None
        self.letters: list[Document] = []
        self.notes: list[str] = []  # what a person should know about this run, for the job log
        self._arrangements: dict[int, Arrangement] = {}
        self._new_arrangements: set[int] = set()  # created in this run: nothing to compare with

    # -- documents and passages -------------------------------------------------------
    def store_documents(
        self, *, file_name: str, stored_name: str, content_hash: str, page_count: int | None
    ) -> Document:
        """The file's root document (and its letters); ``stored_name`` is the file in storage."""
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
        root.source_file.name = stored_name  # the job already stored the bytes; share them
        [root] = self.create(Document, [root])
        self.root = root
        if single:
            self.letters = [root]
            return root
        letters = [
            Document(
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
            for item in described
        ]
        # A letter with the kind and title of one in an earlier file is its next version.
        earlier = Document.objects.filter(
            parent__isnull=False, title__in={letter.title for letter in letters}
        ).order_by("created_at")
        latest = {(d.kind, d.title): d for d in earlier}
        for letter in letters:
            letter.previous_version = latest.get((letter.kind, letter.title))
        self.letters = self.create(Document, letters)
        return root

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

    def create(self, model: type, objects: list) -> list:
        """Insert new records with their first history row, in bulk (ingest is the author)."""
        if not objects:
            return []
        return bulk_create_with_history(
            objects, model, default_user=self.user, default_change_reason="ingest"
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
        if arrangement is None:  # keeps the letter that first set it out as its document
            predecessor = (
                Arrangement.objects.filter(kind=kind, area=area, year__lt=year, superseded_by=None)
                .order_by("-year", "-generation")
                .first()
                if area
                else None
            )
            [arrangement] = self.create(
                Arrangement,
                [
                    Arrangement(
                        kind=kind,
                        title=title[:500],
                        area=area,
                        year=year,
                        generation=(predecessor.generation + 1) if predecessor else 1,
                        supersedes=predecessor,
                        document=letter,
                    )
                ],
            )
            parties = {self.directory.organisation("rijk"), area.authority if area else None}
            Arrangement.parties.through.objects.bulk_create(
                Arrangement.parties.through(arrangement_id=arrangement.pk, organisation_id=p.pk)
                for p in parties
                if p is not None
            )
            self._new_arrangements.add(arrangement.pk)
        self._arrangements[letter.pk] = arrangement
        return arrangement

    def store_agreements(self) -> int:
        """Create agreements, or refresh those still *proposed* when the letter says something
        new; reviewed ones and unchanged ones are left alone (no write, no history row)."""
        plans: list[tuple[Json, dict[str, Any], Agreement]] = []
        known: dict[int, dict[str, Agreement]] = {}
        for item in self.data.get("agreements") or []:
            source = item.get("source") or {}
            arrangement = self.arrangement_for(self.letter_at(int(source.get("start", 0))))
            if arrangement.pk not in known:
                known[arrangement.pk] = (
                    {}
                    if arrangement.pk in self._new_arrangements
                    else {
                        a.number or a.title: a
                        for a in arrangement.agreements.prefetch_related(
                            "departments", "commitments"
                        )
                    }
                )
            values = _agreement_values(item, self.directory)
            key = values["number"] or values["title"]
            agreement = known[arrangement.pk].get(key)
            if agreement is None:
                agreement = known[arrangement.pk][key] = Agreement(arrangement=arrangement)
                plans.append((item, values, agreement))
            elif agreement.pk is None:
                self.notes.append(f"{key[:40]}: appears twice in this letter; first one kept")
            elif agreement.review_state != ReviewState.PROPOSED:
                self.notes.append(f"{key[:40]}: {agreement.review_state}, kept as reviewed")
            elif _agreement_state(agreement) != _item_state(values, item):
                plans.append((item, values, agreement))
        passages = self.passages([item.get("source") for item, _, _ in plans])
        for (item, values, agreement), passage in zip(plans, passages, strict=True):
            for field, value in values.items():
                if field != "departments":
                    setattr(agreement, field, value)
            agreement.source_passage = passage
            agreement.review_state = ReviewState.PROPOSED
            agreement.search_document = search_document(
                agreement.number,
                agreement.title,
                agreement.chapter_title,
                (bullet.get("text") or "" for bullet in item.get("commitments") or []),
            )
        refreshed = [agreement for _, _, agreement in plans if agreement.pk]
        for agreement in refreshed:  # a new version of a letter: each change is in the history
            agreement._history_user = self.user
            agreement._change_reason = "ingest"
            agreement.save()
            agreement.commitments.filter(review_state=ReviewState.PROPOSED).delete()
        self.create(Agreement, [agreement for _, _, agreement in plans if not agreement.pk])

        department_rows = []
        for _, values, agreement in plans:
            if agreement in refreshed:
                agreement.departments.set(values["departments"])
            else:
                department_rows += [
                    Agreement.departments.through(agreement_id=agreement.pk, organisation_id=d.pk)
                    for d in values["departments"]
                ]
        Agreement.departments.through.objects.bulk_create(department_rows)

        kept = {a.pk: a.commitments.count() for a in refreshed}  # reviewed bullets stay first
        bullets = [
            (agreement, kept.get(agreement.pk, 0) + position, bullet)
            for item, _, agreement in plans
            for position, bullet in enumerate(item.get("commitments") or [], start=1)
        ]
        commitments = []
        bullet_passages = self.passages([bullet.get("source") for _, _, bullet in bullets])
        for (agreement, position, bullet), passage in zip(bullets, bullet_passages, strict=True):
            commitment = Commitment(
                agreement=agreement,
                position=position,
                text=bullet.get("text") or "",
                owner=self.directory.organisation(bullet.get("owner")),
                owner_as_written=(bullet.get("owner") or "")[:255],
                source_passage=passage,
                review_state=ReviewState.PROPOSED,
            )
            commitment.deadline = deadline_from_json(bullet.get("deadline"))
            commitments.append(commitment)
        self.create(Commitment, commitments)
        refresh_search_documents(a.pk for a in refreshed)  # reviewed bullets stay searchable
        return len(plans)

    # -- projects -----------------------------------------------------------------------
    def store_projects(self) -> int:
        """Projects recur across letters (found by slug); each letter adds money and milestones."""
        money_rows: list[tuple[Project, Json]] = []
        milestone_rows: list[tuple[Project, Json]] = []
        items = [
            item for item in self.data.get("projects") or [] if (item.get("name") or "").strip()
        ]
        projects = {
            p.slug: p for p in Project.objects.filter(slug__in={_slug(i["name"]) for i in items})
        }
        new_items = {}
        for item in items:
            slug = _slug(item["name"])
            if slug not in projects and slug not in new_items:
                new_items[slug] = item
        passages = self.passages([item.get("source") for item in new_items.values()])
        created = self.create(
            Project,
            [
                Project(
                    slug=slug,
                    name=item["name"].strip()[:255],
                    mirt_region=self.directory.mirt_region(item.get("region")),
                    phase=_choice(item.get("phase"), Phase, ""),
                    source_passage=passage,
                    review_state=ReviewState.PROPOSED,
                )
                for (slug, item), passage in zip(new_items.items(), passages, strict=True)
            ],
        )
        projects |= {project.slug: project for project in created}
        for item in items:
            project = projects[_slug(item["name"])]
            money_rows += [(project, m) for m in item.get("money") or [] if m.get("values_eur")]
            milestone_rows += [(project, milestone) for milestone in item.get("milestones") or []]

        passages = self.passages([money.get("source") for _, money in money_rows])
        lines = []
        for (project, money), passage in zip(money_rows, passages, strict=True):
            values = [Decimal(str(v)) for v in money["values_eur"]]
            lines.append(
                MoneyLine(
                    project=project,
                    kind=_choice(money.get("kind"), MoneyKind, MoneyKind.BUDGET),
                    amount_eur=values[0],
                    amount_upper_eur=values[1] if len(values) > 1 else None,
                    as_written=(money.get("as_written") or "")[:255],
                    qualifier=(money.get("qualifier") or "")[:32],
                    party=self.directory.organisation(money.get("party")),
                    price_level=money.get("price_level"),
                    vat=_choice(money.get("vat"), Vat, Vat.UNKNOWN),
                    source_passage=passage,
                    review_state=ReviewState.PROPOSED,
                )
            )
        self.create(MoneyLine, lines)

        passages = self.passages([milestone.get("source") for _, milestone in milestone_rows])
        milestones = []
        for (project, milestone), passage in zip(milestone_rows, passages, strict=True):
            record = Milestone(
                project=project,
                kind=_choice(milestone.get("kind"), MilestoneKind, MilestoneKind.OTHER),
                description=(milestone.get("description") or milestone.get("text") or "")[:500],
                source_passage=passage,
                review_state=ReviewState.PROPOSED,
            )
            record.deadline = deadline_from_json(milestone.get("deadline"))
            milestones.append(record)
        self.create(Milestone, milestones)
        return len(created)

    # -- parliament -----------------------------------------------------------------------
    def store_parliamentary_items(self) -> int:
        """Motions and commitments with a Kamerstuk id or a member; each known one only once."""
        ids = {item.get("kamerstuk") for item in self.data.get("parliamentary_items") or []}
        known = set(
            ParliamentaryItem.objects.filter(kamerstuk__in=ids - {None, ""}).values_list(
                "kind", "kamerstuk"
            )
        )
        seen_without_id: set[tuple[str, str, str]] = set()
        wanted: list[Json] = []
        for item in self.data.get("parliamentary_items") or []:
            kind = _choice(item.get("kind"), ParliamentaryKind, ParliamentaryKind.MOTION)
            kamerstuk = (item.get("kamerstuk") or "")[:64]
            member = (item.get("member") or "")[:255]
            text = item.get("text") or ""
            if not kamerstuk and not member:
                continue  # "meerdere moties": nothing to identify; the passage stays in the text
            if kamerstuk:
                if (kind, kamerstuk) in known:
                    continue  # already in the register; a later letter's mention is evidence
                known.add((kind, kamerstuk))
            else:
                key = (kind, member, text)
                if (
                    key in seen_without_id
                    or ParliamentaryItem.objects.filter(
                        kind=kind, kamerstuk="", member=member, text=text
                    ).exists()
                ):
                    continue
                seen_without_id.add(key)
            wanted.append({**item, "kind": kind, "kamerstuk": kamerstuk, "member": member})
        passages = self.passages([item.get("source") for item in wanted])
        self.create(
            ParliamentaryItem,
            [
                ParliamentaryItem(
                    kind=item["kind"],
                    kamerstuk=item["kamerstuk"],
                    member=item["member"],
                    text=item.get("text") or "",
                    source_passage=passage,
                    review_state=ReviewState.PROPOSED,
                )
                for item, passage in zip(wanted, passages, strict=True)
            ],
        )
        return len(wanted)

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
        named: dict[tuple[str, int, str], dict] = {}  # (kind, letter, slug) -> its first row
        for kind, key in fields.items():
            for item in self.data.get(key) or []:
                source = item.get("source")
                if not source:
                    continue
                value = {k: v for k, v in item.items() if k not in {"source", "as_written"}}
                if kind in {MentionKind.PARTY, MentionKind.AREA} and item.get("slug"):
                    # A party is named dozens of times per letter: one row per letter and
                    # party, with every span, keeps search by party cheap.
                    group = (kind, self.letter_at(int(source["start"])).pk, item["slug"])
                    if group in named:
                        named[group]["spans"].append([source["start"], source["end"]])
                        continue
                    value["spans"] = [[source["start"], source["end"]]]
                    named[group] = value
                as_written = item.get("as_written") or item.get("name") or ""
                rows.append((kind, as_written[:500], value, source))
        Mention.objects.bulk_create(
            Mention(
                document=self.letter_at(int(source["start"])),
                kind=kind,
                as_written=text,
                value=value,
                start=int(source["start"]),
                end=int(source["end"]),
                page=source.get("page"),
                line=source.get("line"),
            )
            for kind, text, value, source in rows
        )
        return len(rows)


def _agreement_values(item: Json, directory: Directory) -> dict[str, Any]:
    found = [directory.organisation(d) for d in item.get("departments") or []]
    return {
        "number": (item.get("number") or "")[:32],
        "title": (item.get("title") or "")[:500],
        "types": [t for t in item.get("types") or [] if t in AgreementType.values],
        "chapter": (item.get("chapter") or "")[:32],
        "chapter_title": (item.get("chapter_title") or "")[:255],
        "all_departments": "*" in (item.get("departments") or []),
        "departments": sorted(
            {d for d in found if d is not None and d.kind == "ministerie"}, key=lambda d: d.pk
        ),
    }


def _agreement_state(agreement: Agreement) -> tuple:
    """What a letter can say about a stored agreement, to tell whether a new version differs."""
    proposed = [c for c in agreement.commitments.all() if c.review_state == ReviewState.PROPOSED]
    return (
        agreement.number,
        agreement.title,
        agreement.types,
        agreement.chapter,
        agreement.chapter_title,
        agreement.all_departments,
        sorted(d.pk for d in agreement.departments.all()),
        [(c.text, c.owner_as_written, c.deadline_as_written) for c in proposed],
    )


def _item_state(values: dict[str, Any], item: Json) -> tuple:
    bullets = item.get("commitments") or []
    return (
        values["number"],
        values["title"],
        values["types"],
        values["chapter"],
        values["chapter_title"],
        values["all_departments"],
        [d.pk for d in values["departments"]],
        [
            (b.get("text") or "", (b.get("owner") or "")[:255], _deadline_words(b.get("deadline")))
            for b in bullets
        ],
    )


def _deadline_words(data: Json | None) -> str:
    deadline = deadline_from_json(data)
    return deadline.as_written if deadline else ""


def _choice(value: object, choices: type, default: str) -> str:
    return value if value in choices.values else default


def _document_kind(kind: str | None) -> str:
    if kind in DocumentKind.values:
        return kind
    return {"other": DocumentKind.OTHER}.get(kind or "", DocumentKind.OTHER)
