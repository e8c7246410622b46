"""Turn one extraction (the JSON contract of docs/extraction.md) into register rows.

Called inside one transaction per file by ``services``; every record starts as
*proposed* and points at a Passage, so a person can confirm or correct it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Model, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, get_history_model_for_model

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import slugify
from ruimtemonitor.documents.demo import forget_samples_flag, is_sample
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
        # A shipped sample letter is flagged from its first history row, and real letters
        # and samples are never each other's versions (documents.demo).
        demo = is_sample(content_hash)
        if demo:  # pages say the register holds samples from the moment this commits
            transaction.on_commit(forget_samples_flag)
        kind = _document_kind(single["kind"]) if single else DocumentKind.BUNDLE
        previous_id = (  # the id is all it needs: not the previous file's whole text
            Document.objects.filter(parent=None, original_filename=file_name, is_demo=demo)
            .exclude(content_hash=content_hash)
            .order_by("-created_at")
            .values_list("pk", flat=True)
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
            previous_version_id=previous_id,
            end=len(self.text),
            is_demo=demo,
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
                is_demo=demo,
            )
            for item in described
        ]
        # A letter with the kind and title of one in an earlier file is its next version: the
        # latest of each, picked by the database (a common title has hundreds of versions).
        latest = {
            (kind, title): pk
            for kind, title, pk in Document.objects.filter(
                parent__isnull=False,
                title__in={letter.title for letter in letters},
                is_demo=demo,
            )
            .annotate(
                newest=Window(
                    RowNumber(),
                    partition_by=[F("kind"), F("title")],
                    order_by=[F("created_at").desc(), F("pk").desc()],
                )
            )
            .filter(newest=1)
            .values_list("kind", "title", "pk")
        }
        for letter in letters:
            letter.previous_version_id = latest.get((letter.kind, letter.title))
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

    def create(self, model: type[Model], objects: list) -> list:
        """Insert new records with their first history row, in bulk (ingest is the author)."""
        if not objects:
            return []
        if not connection.features.can_return_rows_from_bulk_insert:
            return bulk_create_with_history(
                objects, model, default_user=self.user, default_change_reason="ingest"
            )
        created = model._default_manager.bulk_create(objects)
        user = self.user or _history_model(model).get_default_history_user(created[0])
        write_first_history(model, [obj.pk for obj in created], user=user, reason="ingest")
        return created

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

    @property
    def arrangements(self) -> list[Arrangement]:
        """The arrangements this file's letters belong to, each once."""
        return list({a.pk: a for a in self._arrangements.values()}.values())

    def arrangements_for(self, letters: list[Document]) -> None:
        """Find the arrangement each letter's agreements belong to, all in one query.

        The same kind, area (or title) and year is the same generation, read again from a
        new version of the letter: it is reused. One not stored yet is created, in the order
        of ``letters``, with an earlier year of the same area as its predecessor; it keeps the
        letter that first set it out as its document.
        """
        wanted: dict[int, tuple] = {}  # letter -> its arrangement's identity
        specs: dict[tuple, tuple] = {}
        for letter in letters:
            if letter.pk in self._arrangements or letter.pk in wanted:
                continue
            kind = ARRANGEMENT_KINDS.get(letter.kind, ArrangementKind.AFSPRAKENLIJST)
            area = self.directory.area_named_in(letter.title, AreaKind.PROVINCE) or (
                self.directory.area_named_in(letter.title, AreaKind.NOVEX)
            )
            title = (
                letter.title
                if kind != ArrangementKind.AFSPRAKENLIJST
                else f"Afspraken: {letter.title}"
            )[:500]
            year = self.year_of(letter)
            key = _arrangement_key(kind, area.pk if area else None, year, title)
            wanted[letter.pk] = key
            specs.setdefault(key, (kind, area, title, year))
        if not wanted:
            return
        condition = Q()
        for kind, area, title, year in specs.values():
            condition |= (
                Q(kind=kind, year=year, area=area)
                if area
                else Q(kind=kind, year=year, area=None, title=title)
            )
        found = {  # one per identity (unique constraints); the highest generation if not
            _arrangement_key(a.kind, a.area_id, a.year, a.title): a
            for a in Arrangement.objects.filter(condition).order_by("generation", "pk")
        }
        for letter in letters:
            if letter.pk not in wanted:
                continue
            key = wanted[letter.pk]
            if key not in found:
                found[key] = self._new_arrangement(*specs[key], letter=letter)
            self._arrangements[letter.pk] = found[key]

    def _new_arrangement(
        self, kind: str, area: Any, title: str, year: int, *, letter: Document
    ) -> Arrangement:
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
                    title=title,
                    area=area,
                    year=year,
                    generation=(predecessor.generation + 1) if predecessor else 1,
                    supersedes=predecessor,
                    document=letter,
                )
            ],
        )
        rijk = self.directory.organisation("rijk")
        parties = {rijk.pk if rijk else None, area.authority_id if area else None}
        Arrangement.parties.through.objects.bulk_create(
            Arrangement.parties.through(arrangement_id=arrangement.pk, organisation_id=pk)
            for pk in parties
            if pk is not None
        )
        write_first_history_m2m(Arrangement, [arrangement.pk])
        self._new_arrangements.add(arrangement.pk)
        return arrangement

    def _stored_agreements(
        self, arrangement_ids: set[int]
    ) -> tuple[dict[int, dict[str, Agreement]], dict[int, tuple[list[int], list[tuple]]]]:
        """The agreements of arrangements stored before, by number (or title), and per
        agreement its departments and bullets: what a new version of the letter is compared
        with. Three queries for all arrangements of the file."""
        known: dict[int, dict[str, Agreement]] = {pk: {} for pk in arrangement_ids}
        stored = arrangement_ids - self._new_arrangements
        if not stored:
            return known, {}
        agreements = list(
            Agreement.objects.filter(arrangement_id__in=stored).order_by(
                "arrangement_id", "chapter", "number", "pk"
            )
        )
        for agreement in agreements:  # as the register orders them: a later duplicate wins
            known[agreement.arrangement_id][agreement.number or agreement.title] = agreement
        ids = [agreement.pk for agreement in agreements]
        details: dict[int, tuple[list[int], list[tuple]]] = {pk: ([], []) for pk in ids}
        if ids:
            for agreement_id, organisation_id in (
                Agreement.departments.through.objects.filter(agreement_id__in=ids)
                .order_by("organisation_id")
                .values_list("agreement_id", "organisation_id")
            ):
                details[agreement_id][0].append(organisation_id)
            for agreement_id, *bullet in (
                Commitment.objects.filter(agreement_id__in=ids)
                .order_by("agreement_id", "position", "pk")
                .values_list(
                    "agreement_id",
                    "review_state",
                    "text",
                    "owner_as_written",
                    "deadline_as_written",
                )
            ):
                details[agreement_id][1].append(tuple(bullet))
        return known, details

    def store_agreements(self) -> int:
        """Create agreements, or refresh those still *proposed* when the letter says something
        new; reviewed ones and unchanged ones are left alone (no write, no history row)."""
        items = [
            (item, self.letter_at(int((item.get("source") or {}).get("start", 0))))
            for item in self.data.get("agreements") or []
        ]
        self.arrangements_for([letter for _, letter in items])
        known, details = self._stored_agreements(
            {self._arrangements[letter.pk].pk for _, letter in items}
        )
        plans: list[tuple[Json, dict[str, Any], Agreement]] = []
        for item, letter in items:
            arrangement = self._arrangements[letter.pk]
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
            elif _agreement_state(agreement, *details[agreement.pk]) != _item_state(values, item):
                plans.append((item, values, agreement))
        # Reviewed bullets of a refreshed agreement stay, first; the letter's bullets follow.
        kept = {
            agreement.pk: sum(
                state != ReviewState.PROPOSED for state, *_ in details[agreement.pk][1]
            )
            for _, _, agreement in plans
            if agreement.pk
        }
        bullets = [
            (agreement, kept.get(agreement.pk, 0) + position, bullet)
            for item, _, agreement in plans
            for position, bullet in enumerate(item.get("commitments") or [], start=1)
        ]
        passages = self.passages(
            [item.get("source") for item, _, _ in plans]
            + [bullet.get("source") for _, _, bullet in bullets]
        )
        for (item, values, agreement), passage in zip(plans, passages[: len(plans)], strict=True):
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
        write_first_history_m2m(
            Agreement, [agreement.pk for _, _, agreement in plans if agreement not in refreshed]
        )

        commitments = []
        for (agreement, position, bullet), passage in zip(
            bullets, passages[len(plans) :], strict=True
        ):
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
        items = [
            item for item in self.data.get("projects") or [] if (item.get("name") or "").strip()
        ]
        projects = {
            p.slug: p for p in Project.objects.filter(slug__in={_slug(i["name"]) for i in items})
        }
        new_items = {}
        money_rows: list[tuple[str, Json]] = []  # (project slug, money line)
        milestone_rows: list[tuple[str, Json]] = []
        for item in items:
            slug = _slug(item["name"])
            if slug not in projects and slug not in new_items:
                new_items[slug] = item
            money_rows += [(slug, m) for m in item.get("money") or [] if m.get("values_eur")]
            milestone_rows += [(slug, milestone) for milestone in item.get("milestones") or []]
        # One insert for the passages of new projects, money lines and milestones, in that order.
        passages = iter(
            self.passages(
                [item.get("source") for item in new_items.values()]
                + [money.get("source") for _, money in money_rows]
                + [milestone.get("source") for _, milestone in milestone_rows]
            )
        )
        created = self.create(
            Project,
            [
                Project(
                    slug=slug,
                    name=item["name"].strip()[:255],
                    mirt_region=self.directory.mirt_region(item.get("region")),
                    phase=_choice(item.get("phase"), Phase, ""),
                    source_passage=next(passages),
                    review_state=ReviewState.PROPOSED,
                )
                for slug, item in new_items.items()
            ],
        )
        projects |= {project.slug: project for project in created}

        lines = []
        for slug, money in money_rows:
            values = [Decimal(str(v)) for v in money["values_eur"]]
            lines.append(
                MoneyLine(
                    project=projects[slug],
                    kind=_choice(money.get("kind"), MoneyKind, MoneyKind.BUDGET),
                    amount_eur=values[0],
                    amount_upper_eur=values[1] if len(values) > 1 else None,
                    as_written=(money.get("as_written") or "")[:255],
                    qualifier=(money.get("qualifier") or "")[:32],
                    party=self.directory.organisation(money.get("party")),
                    price_level=money.get("price_level"),
                    vat=_choice(money.get("vat"), Vat, Vat.UNKNOWN),
                    source_passage=next(passages),
                    review_state=ReviewState.PROPOSED,
                )
            )
        self.create(MoneyLine, lines)

        milestones = []
        for slug, milestone in milestone_rows:
            record = Milestone(
                project=projects[slug],
                kind=_choice(milestone.get("kind"), MilestoneKind, MilestoneKind.OTHER),
                description=(milestone.get("description") or milestone.get("text") or "")[:500],
                source_passage=next(passages),
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


_HISTORY_SQL: dict[tuple[type[Model], str], str] = {}
_HISTORY_BATCH = 500
_HISTORY_MODELS: dict[type[Model], type[Model]] = {}


def _history_model(model: type[Model]) -> type[Model]:
    """The historical model, looked up once: ``Model.history`` builds a manager class on
    every access."""
    if model not in _HISTORY_MODELS:
        _HISTORY_MODELS[model] = get_history_model_for_model(model)
    return _HISTORY_MODELS[model]


def write_first_history(
    model: type[Model], pks: Sequence[int], *, user: object | None, reason: str
) -> None:
    """The "created" history rows of records just inserted, copied from the stored rows by the
    database: the same row ``bulk_create_with_history`` writes (every tracked field, the date,
    user, reason and type "+"), without building a historical instance per record in Python.
    """
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = _history_model(model)
    params = [
        history._meta.get_field("history_date").get_db_prep_save(timezone.now(), connection),
        getattr(user, "pk", None),
        reason,
        "+",
    ]
    for first in range(0, len(pks), _HISTORY_BATCH):
        batch = list(pks[first : first + _HISTORY_BATCH])
        key = (model, connection.vendor)
        if key not in _HISTORY_SQL:
            quote = connection.ops.quote_name
            fields = history.tracked_fields
            _HISTORY_SQL[key] = (
                "INSERT INTO {history} ({targets}, {date}, {user}, {reason}, {type}) "
                "SELECT {sources}, %s, %s, %s, %s FROM {table} WHERE {pk} IN ({{ids}}) "
                "ORDER BY {pk}"
            ).format(
                history=quote(history._meta.db_table),
                targets=", ".join(quote(history._meta.get_field(f.name).column) for f in fields),
                date=quote(history._meta.get_field("history_date").column),
                user=quote(history._meta.get_field("history_user").column),
                reason=quote(history._meta.get_field("history_change_reason").column),
                type=quote(history._meta.get_field("history_type").column),
                sources=", ".join(quote(f.column) for f in fields),
                table=quote(model._meta.db_table),
                pk=quote(model._meta.pk.column),
            )
        sql = _HISTORY_SQL[key].format(ids=", ".join(["%s"] * len(batch)))
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *batch])


_HISTORY_M2M_SQL: dict[tuple[type[Model], str, str], str] = {}


def write_first_history_m2m(model: type[Model], pks: Sequence[int]) -> None:
    """The many-to-many part of the "created" history rows, once the relations are stored:
    for every tracked many-to-many field, a copy of each through row tied to the record's "+"
    row, as simple-history writes them (``create_historical_record_m2ms``). Without it the
    first edit after ingestion shows the departments as if that person had added them."""
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = _history_model(model)
    for field in history._history_m2m_fields:
        key = (model, field.name, connection.vendor)
        if key not in _HISTORY_M2M_SQL:
            _HISTORY_M2M_SQL[key] = _history_m2m_sql(model, history, field)
        for first in range(0, len(pks), _HISTORY_BATCH):
            batch = list(pks[first : first + _HISTORY_BATCH])
            sql = _HISTORY_M2M_SQL[key].format(ids=", ".join(["%s"] * len(batch)))
            with connection.cursor() as cursor:
                cursor.execute(sql, batch)


def add_to_first_history_m2m(model: type[Model], field_name: str, pks: Sequence[int]) -> None:
    """Relations of one field added after the "created" history rows were written (the area
    links found from the mentions, later in the same job): copied into the "+" row of each
    record that has no later history yet, once. Without it the first edit shows the areas as
    if that person had added them."""
    if not pks or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = _history_model(model)
    field = next((f for f in history._history_m2m_fields if f.name == field_name), None)
    if field is None:
        return
    quote = connection.ops.quote_name
    base = _history_m2m_sql(model, history, field)
    from django.apps import apps

    m2m_history = apps.get_model(history._meta.app_label, f"{history.__name__}_{field.name}")
    through = field.remote_field.through
    target_column = next(
        f.column
        for f in through._meta.concrete_fields
        if f.is_relation and f.related_model is not model
    )
    record = quote(history._meta.get_field(model._meta.pk.name).column)
    extra = (
        " AND NOT EXISTS (SELECT 1 FROM {target} x WHERE x.{history_id} = h.{history_pk}"
        " AND x.{related} = t.{related})"
        " AND NOT EXISTS (SELECT 1 FROM {history} later WHERE later.{record} = h.{record}"
        " AND later.{history_pk} > h.{history_pk})"
    ).format(
        target=quote(m2m_history._meta.db_table),
        history_id=quote(m2m_history._meta.get_field("history").column),
        history_pk=quote(history._meta.pk.column),
        related=quote(target_column),
        history=quote(history._meta.db_table),
        record=record,
    )
    sql = base.replace(" ORDER BY ", extra + " ORDER BY ", 1)
    for first in range(0, len(pks), _HISTORY_BATCH):
        batch = list(pks[first : first + _HISTORY_BATCH])
        with connection.cursor() as cursor:
            cursor.execute(sql.format(ids=", ".join(["%s"] * len(batch))), batch)


def _history_m2m_sql(model: type[Model], history: type[Model], field: Any) -> str:
    """INSERT … SELECT copying a field's through rows of new records into its history table."""
    from django.apps import apps

    quote = connection.ops.quote_name
    m2m_history = apps.get_model(history._meta.app_label, f"{history.__name__}_{field.name}")
    through = field.remote_field.through
    columns = [f.column for f in through._meta.concrete_fields]
    source = next(
        f.column
        for f in through._meta.concrete_fields
        if f.is_relation and f.related_model is model
    )
    return (
        "INSERT INTO {target} ({targets}, {history_id}) "
        "SELECT {sources}, h.{history_pk} FROM {through} t "
        "JOIN {history} h ON h.{record_pk} = t.{source} AND h.{type} = '+' "
        "WHERE t.{source} IN ({{ids}}) ORDER BY t.{through_pk}"
    ).format(
        target=quote(m2m_history._meta.db_table),
        targets=", ".join(quote(c) for c in columns),  # same columns as the through table
        history_id=quote(m2m_history._meta.get_field("history").column),
        sources=", ".join(f"t.{quote(c)}" for c in columns),
        history_pk=quote(history._meta.pk.column),
        through=quote(through._meta.db_table),
        history=quote(history._meta.db_table),
        record_pk=quote(history._meta.get_field(model._meta.pk.name).column),
        type=quote(history._meta.get_field("history_type").column),
        source=quote(source),
        through_pk=quote(through._meta.pk.column),
    )


def _agreement_values(item: Json, directory: Directory) -> dict[str, Any]:
    found = [directory.organisation(d) for d in item.get("departments") or []]
    return {
        "number": (item.get("number") or "")[:32],
        "previous_number": (item.get("previous_number") or "")[:32],
        "title": (item.get("title") or "")[:500],
        "types": [t for t in item.get("types") or [] if t in AgreementType.values],
        "chapter": (item.get("chapter") or "")[:32],
        "chapter_title": (item.get("chapter_title") or "")[:255],
        "all_departments": "*" in (item.get("departments") or []),
        "departments": sorted(
            {d for d in found if d is not None and d.kind == "ministerie"}, key=lambda d: d.pk
        ),
    }


def _arrangement_key(kind: str, area_id: int | None, year: int, title: str) -> tuple:
    """What makes an arrangement the same generation: kind, year and area, or title without."""
    return (kind, area_id, year, "" if area_id else title)


def _agreement_state(agreement: Agreement, departments: list[int], bullets: list[tuple]) -> tuple:
    """What a letter can say about a stored agreement, to tell whether a new version differs;
    ``bullets`` are its commitments as (review state, text, owner, deadline) in order."""
    return (
        agreement.number,
        agreement.previous_number,
        agreement.title,
        agreement.types,
        agreement.chapter,
        agreement.chapter_title,
        agreement.all_departments,
        sorted(departments),
        [tuple(rest) for state, *rest in bullets if state == ReviewState.PROPOSED],
    )


def _item_state(values: dict[str, Any], item: Json) -> tuple:
    bullets = item.get("commitments") or []
    return (
        values["number"],
        values["previous_number"],
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
