"""One sync of one source: read every page since the last stop, store what is new or changed.

Each page is stored in one transaction together with the point the listing reached, so a
run that breaks off (a broken response, a time-out after the retries) keeps every complete
page before it and nothing of the page that failed; the next run continues from there. A
record is stored once per source, kind and key: an unchanged record is not written at all, a
changed or withdrawn one gets a history row, and a status change of a motion or commitment
the register follows becomes a proposal for review.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Subquery
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from ruimtemonitor.core.sources import bekendmakingen, tweedekamer
from ruimtemonitor.core.sources.http import ClientSettings, PoliteClient, SourceError
from ruimtemonitor.core.sources.records import Page, SourceItem, parse_moment
from ruimtemonitor.register.models import ParliamentaryItem
from ruimtemonitor.sources.letters import attach_letter
from ruimtemonitor.sources.linking import LINKABLE, effective_status, propose_status
from ruimtemonitor.sources.models import RunStatus, Source, SourceRecord, SyncCursor, SyncRun

__all__ = ["SyncReport", "client_for", "sync_source"]

log = logging.getLogger(__name__)

Progress = Callable[[str, SyncRun, int | None], None]
NEW_SHOWN = 50
COUNTS = (
    "fetched",
    "created",
    "changed",
    "deleted",
    "unchanged",
    "proposals",
    "letters",
)  # records named in a report's "what is new"


@dataclass
class SyncReport:
    run: SyncRun
    dry_run: bool
    new: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.run.status == RunStatus.SUCCEEDED


def client_for(source: str) -> PoliteClient:
    config = settings.SOURCES
    extra = {"user_agent": config["user_agent"]} if config["user_agent"] else {}
    return PoliteClient(
        ClientSettings(
            base_url=config[source]["base_url"],
            timeout_s=config["timeout_s"],
            retries=config["retries"],
            backoff_s=config["backoff_s"],
            requests_per_second=config["requests_per_second"],
            **extra,
        )
    )


def sync_source(
    source: str,
    *,
    since: dt.date | None = None,
    dossiers: list[str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    client: PoliteClient | None = None,
    user: object | None = None,
) -> SyncReport:
    """Sync ``source`` (``tweedekamer`` or ``bekendmakingen``); never raises for a bad
    response: the run says what failed and at which address."""
    if source not in Source.values:
        raise ValueError(f"unknown source {source!r}; one of {', '.join(Source.values)}")
    chosen = [d.strip() for d in (dossiers or settings.SOURCES["dossiers"]) if d.strip()]
    run = SyncRun(
        source=source,
        started_at=timezone.now(),
        since=since.isoformat() if since else "",
        dossiers=chosen,
    )
    if not dry_run:
        run.save()
    report = SyncReport(run=run, dry_run=dry_run)
    own_client = client is None
    client = client or client_for(source)
    worker = _Sync(source, run, report, client, chosen, since, dry_run, progress, user)
    try:
        if dry_run:  # everything as usual, then rolled back: the same counts, nothing kept
            with transaction.atomic():
                worker.run_all()
                transaction.set_rollback(True)
        else:
            worker.run_all()
        run.status = RunStatus.SUCCEEDED
    except SourceError as exc:
        run.status, run.error, run.error_url = RunStatus.FAILED, exc.problem, exc.url[:2000]
    except Exception as exc:  # the run must say what happened, whatever happened
        log.exception("sync of %s failed", source)
        run.status, run.error = RunStatus.FAILED, f"internal error ({type(exc).__name__}: {exc})"
    finally:
        if own_client:
            client.close()
    run.requests = client.requests_made
    run.finished_at = timezone.now()
    run.notes = "\n".join(worker.notes)
    if not dry_run:
        run.save()
    return report


class _Sync:
    def __init__(
        self,
        source: str,
        run: SyncRun,
        report: SyncReport,
        client: PoliteClient,
        dossiers: list[str],
        since: dt.date | None,
        dry_run: bool,
        progress: Progress | None,
        user: object | None,
    ) -> None:
        self.source, self.run, self.report, self.client = source, run, report, client
        self.dossiers, self.since, self.dry_run = dossiers, since, dry_run
        self.progress = progress or (lambda _stream, _run, _total: None)
        self.user = user
        self.notes: list[str] = []

    def run_all(self) -> None:
        for stream, scope, pages in self.listings():
            cursor = SyncCursor.objects.filter(
                source=self.source, stream=stream, scope=scope
            ).first()
            for page in pages(cursor.modified if cursor and not self.since else None):
                cursor = self.store_page_once(page, cursor, stream, scope)
                self.progress(stream, self.run, page.total)
        with transaction.atomic():
            self.link_new_matches()

    def listings(self) -> Iterator[tuple[str, str, Callable[[str | None], Iterator[Page]]]]:
        """(stream, scope, pages from a change time) for each listing of the source."""
        config = settings.SOURCES[self.source]
        dossier_scope = ",".join(sorted(self.dossiers))
        if self.source == Source.BEKENDMAKINGEN:
            dossier_scope = _scope(dossier_scope, config["cql"])

            def publications(start: str | None) -> Iterator[Page]:
                since = parse_moment(start).date() if start else self.since
                query = bekendmakingen.build_query(
                    since=since, dossiers=self.dossiers, extra_cql=config["cql"]
                )
                return bekendmakingen.read_pages(self.client, query)

            yield "publications", dossier_scope, publications
            return
        for stream in tweedekamer.STREAMS:
            ministries = config["ministries"] if stream == "commitments" else []
            if stream == "commitments":
                scope = ";".join(sorted(ministries))
            else:
                kinds = config["document_kinds"] if stream == "documents" else []
                scope = _scope(dossier_scope, config.get("filter", ""), *sorted(kinds))

            def pages(start: str | None, stream: str = stream, ministries=ministries):
                query = tweedekamer.build_query(
                    stream,
                    since=start or self.since,
                    dossiers=self.dossiers if stream != "commitments" else (),
                    document_kinds=config["document_kinds"] if stream == "documents" else (),
                    ministries=ministries,
                    extra_filter=config.get("filter", ""),
                )
                return tweedekamer.read_pages(self.client, stream, query)

            yield stream, scope, pages

    def store_page_once(
        self, page: Page, cursor: SyncCursor | None, stream: str, scope: str
    ) -> SyncCursor | None:
        """Store a page and the position in one transaction. When a concurrent sync stored
        some of its records first, the page is stored again: now they are found, not added."""
        counts = {name: getattr(self.run, name) for name in COUNTS}
        for attempt in (1, 2):
            try:
                with transaction.atomic():
                    self.store_page(page)
                    return self.advance(cursor, stream, scope, page)
            except IntegrityError:
                if attempt == 2:
                    raise
                for name, value in counts.items():  # the rolled-back attempt counts nothing
                    setattr(self.run, name, value)
                cursor = SyncCursor.objects.filter(
                    source=self.source, stream=stream, scope=scope
                ).first()
        return cursor

    def advance(
        self, cursor: SyncCursor | None, stream: str, scope: str, page: Page
    ) -> SyncCursor | None:
        """Remember the latest change time stored, never moving back (``--since`` re-reads)."""
        if not page.items:
            return cursor
        latest = max((item.modified for item in page.items), key=parse_moment)
        if cursor is not None and parse_moment(cursor.modified) >= parse_moment(latest):
            return cursor
        if cursor is None:
            cursor = SyncCursor(source=self.source, stream=stream, scope=scope)
        cursor.modified = latest
        cursor.save()
        return cursor

    def store_page(self, page: Page) -> None:
        run = self.run
        items: dict[tuple[str, str], SourceItem] = {}
        for item in page.items:  # a record twice on one page: the last one counts
            items[(item.kind, item.external_id)] = item
        stored = {
            (r.kind, r.external_id): r
            for r in SourceRecord.objects.filter(  # the unique index: source, kind, key
                source=self.source,
                kind__in={key[0] for key in items},
                external_id__in=[key[1] for key in items],
            ).select_related("parliamentary_item")
        }
        saved_run = run if run.pk else None
        new: list[SourceRecord] = []
        touched: list[SourceRecord] = []
        for key, item in items.items():
            run.fetched += 1
            record = stored.get(key)
            if record is None:
                if not item.deleted:  # withdrawn before we ever saw it: nothing to keep
                    new.append(SourceRecord(source=self.source, first_run=saved_run))
                    _apply(new[-1], item, saved_run)
                continue
            if record.digest == item.digest:
                run.unchanged += 1
                continue
            before, was_deleted = effective_status(record), record.deleted
            _apply(record, item, saved_run)
            gone = item.deleted and not was_deleted
            record._change_reason = "deleted at the source" if gone else "changed at the source"
            record._history_user = self.user
            record.save()
            run.deleted += gone
            run.changed += not gone
            touched.append(record)
            if effective_status(record) != before and propose_status(record, before=before):
                run.proposals += 1
        if new:
            bulk_create_with_history(
                new,
                SourceRecord,
                default_change_reason="new at the source",
                default_user=self.user,
            )
            run.created += len(new)
            self.report.new.extend(str(r) for r in new[: max(0, NEW_SHOWN - len(self.report.new))])
        self.fetch_letters(new + touched)

    def fetch_letters(self, records: list[SourceRecord]) -> None:
        for record in records:
            if record.deleted or record.document_id or not record.file_url:
                continue
            if self.dry_run:
                self.run.letters += 1  # would be fetched
                continue
            if record.pk is None:  # bulk-created without returning ids (older SQLite)
                record = SourceRecord.objects.get(
                    source=record.source, kind=record.kind, external_id=record.external_id
                )
            document, problem = attach_letter(record, self.client, user=self.user)
            if problem:
                self.notes.append(problem)
            if document is not None:
                record.document = document
                record._change_reason = "letter in the register"
                record.save(update_fields=["document", "updated_at"])
                self.run.letters += 1

    def link_new_matches(self) -> None:
        """Link motions and commitments whose register item has the same Kamerstuk id and
        propose the source's status; one query finds them, however many records there are."""
        candidates = SourceRecord.objects.filter(
            source=self.source,
            kind__in=list(LINKABLE),
            parliamentary_item=None,
            deleted=False,
            kamerstuk__in=Subquery(
                ParliamentaryItem.objects.exclude(kamerstuk="").values("kamerstuk")
            ),
        )
        items = {
            (item.kind, item.kamerstuk): item
            for item in ParliamentaryItem.objects.filter(
                kamerstuk__in=Subquery(candidates.values("kamerstuk"))
            )
        }
        for record in candidates:
            item = items.get((LINKABLE[record.kind], record.kamerstuk))
            if item is None:
                continue
            record.parliamentary_item = item
            record._change_reason = "linked to the register"
            record._history_user = self.user
            record.save(update_fields=["parliamentary_item", "updated_at"])
            self.run.linked += 1
            if propose_status(record):
                self.run.proposals += 1


def _scope(shown: str, *selection: str) -> str:
    """The cursor's key for a selection: the dossiers as written, and a short digest of any
    filter, so that changing a filter starts that listing afresh instead of skipping."""
    extra = "\n".join(part for part in selection if part)
    if not extra:
        return shown[:200]
    return f"{shown[:200]}|{hashlib.sha256(extra.encode()).hexdigest()[:12]}"


def _apply(record: SourceRecord, item: SourceItem, run: SyncRun | None) -> None:
    record.kind = item.kind
    record.external_id = item.external_id
    record.kamerstuk = item.kamerstuk[:64]
    record.title = item.title[:500]
    record.date = item.date
    record.status = item.status[:64]
    record.modified = item.modified[:64]
    record.digest = item.digest
    record.deleted = item.deleted
    record.fields = item.fields
    if item.file_url != record.file_url:
        record.document = None  # another file: fetched again
    record.file_url = item.file_url[:2000]
    record.file_type = item.file_type
    record.last_run = run
