"""`sources sync tweedekamer` against the local stand-in: paging, idempotence, history,
review proposals, retries and broken responses."""

from __future__ import annotations

import pytest

from ruimtemonitor.common.statuses import ParliamentaryStatus, ReviewState
from ruimtemonitor.core.sources.testing import Fault, commitment, motion
from ruimtemonitor.register.models import ParliamentaryItem
from ruimtemonitor.sources.models import (
    RunStatus,
    SourceProposal,
    SourceRecord,
    SyncCursor,
    SyncRun,
)
from ruimtemonitor.sources.services import decide, sync_source

pytestmark = pytest.mark.django_db


def seed(server, motions: int = 7, commitments: int = 4) -> None:
    for i in range(motions):
        server.data.motions.append(
            motion(
                f"00000000-0000-0000-0000-{i:012d}",
                dossier=36600,
                suffix="A",
                number=60 + i,
                modified=f"2025-03-{10 + i:02d}T10:00:00+01:00",
            )
        )
    for i in range(commitments):
        server.data.commitments.append(
            commitment(
                f"10000000-0000-0000-0000-{i:012d}",
                text=f"De minister stuurt de Kamer voor de zomer een brief ({i}).",
                modified=f"2025-04-{10 + i:02d}T09:00:00+02:00",
            )
        )
    # A motion of another dossier is not selected.
    server.data.motions.append(
        motion(
            "20000000-0000-0000-0000-000000000001",
            dossier=21501,
            suffix="33",
            number=1,
            modified="2025-03-01T10:00:00+01:00",
        )
    )


def test_first_sync_stores_every_page_and_the_second_stores_nothing_new(server) -> None:
    seed(server)
    first = sync_source("tweedekamer")
    assert first.ok, first.run.error
    assert SourceRecord.objects.filter(kind="motie").count() == 7  # three pages of three
    assert SourceRecord.objects.filter(kind="toezegging").count() == 4
    assert first.run.created == 11 and first.run.changed == 0
    assert set(SourceRecord.objects.values_list("kamerstuk", flat=True).filter(kind="motie")) == {
        f"kst-36600-A-{60 + i}" for i in range(7)
    }
    assert any("%24skip=3" in path or "$skip=3" in path for path in server.data.requests)
    assert server.data.user_agents == {"Ruimtemonitor-test/1.0"}
    cursor = SyncCursor.objects.get(source="tweedekamer", stream="motions", scope="36600")
    assert cursor.modified == "2025-03-16T10:00:00+01:00"
    history_rows = SourceRecord.history.count()

    second = sync_source("tweedekamer")
    assert second.ok
    assert second.run.created == 0 and second.run.changed == 0
    assert second.run.unchanged >= 2  # the boundary records, read again and left alone
    assert second.run.fetched < first.run.fetched  # it continued where the first stopped
    assert SourceRecord.objects.count() == 11
    assert SourceRecord.history.count() == history_rows


def test_a_changed_motion_gets_a_history_row_and_a_review_proposal(server, make_user) -> None:
    seed(server, motions=2, commitments=0)
    item = ParliamentaryItem.objects.create(
        kind="motie", kamerstuk="kst-36600-A-61", text="Motie-Veltman over woningbouw"
    )
    assert sync_source("tweedekamer").ok
    record = SourceRecord.objects.get(kamerstuk="kst-36600-A-61")
    assert record.parliamentary_item == item  # linked by Kamerstuk id
    assert not SourceProposal.objects.exists()  # no status at the source yet

    server.data.motions[1] = motion(
        record.external_id,
        dossier=36600,
        suffix="A",
        number=61,
        modified="2025-05-01T12:00:00+02:00",
        decision="Aangenomen.",
        done=True,
    )
    report = sync_source("tweedekamer")
    assert report.ok and report.run.changed == 1 and report.run.proposals == 1
    record.refresh_from_db()
    assert record.status == "aangenomen"
    new, old = record.history.all()[:2]  # the latest first
    assert (old.status, new.status) == ("", "aangenomen")
    assert new.history_change_reason == "changed at the source"

    proposal = SourceProposal.objects.get()
    assert proposal.review_state == ReviewState.PROPOSED
    assert proposal.proposed_status == ParliamentaryStatus.DISCHARGED  # "Afgedaan" at the Kamer
    item.refresh_from_db()
    assert item.status == ParliamentaryStatus.OPEN  # nothing changes before review

    admin = make_user("beheer", role="beheerder")
    decide(proposal, ReviewState.CONFIRMED, user=admin)
    item.refresh_from_db()
    assert item.status == ParliamentaryStatus.DISCHARGED
    assert "afgedaan" in item.notes
    assert item.history.first().history_change_reason == "source: afgedaan"


def test_an_adopted_motion_links_to_the_register_item_with_its_kamerstuk(server) -> None:
    server.data.motions.append(
        motion(
            "30000000-0000-0000-0000-000000000063",
            dossier=36600,
            suffix="A",
            number=63,
            modified="2025-03-12T10:00:00+01:00",
            decision="Aangenomen.",
        )
    )
    assert sync_source("tweedekamer").ok
    item = ParliamentaryItem.objects.create(kind="motie", kamerstuk="kst-36600-A-63", text="…")
    # The register item came after the first sync: the next run links it.
    report = sync_source("tweedekamer")
    assert report.run.linked == 1
    record = SourceRecord.objects.get(kamerstuk="kst-36600-A-63")
    assert record.parliamentary_item == item and record.status == "aangenomen"
    proposal = SourceProposal.objects.get()
    assert proposal.status_at_source == "aangenomen" and proposal.proposed_status == ""
    assert sync_source("tweedekamer").run.proposals == 0  # proposed once


def test_a_deletion_at_the_source_is_history_not_a_delete(server) -> None:
    seed(server, motions=1, commitments=0)
    assert sync_source("tweedekamer").ok
    gone = dict(server.data.motions[0], Verwijderd=True, GewijzigdOp="2025-06-01T00:00:00Z")
    server.data.motions[0] = gone
    report = sync_source("tweedekamer")
    assert report.run.deleted == 1
    record = SourceRecord.objects.get(external_id=gone["Id"])
    assert record.deleted
    assert record.history.first().history_change_reason == "deleted at the source"


def test_a_503_is_retried(server) -> None:
    seed(server, motions=2, commitments=0)
    server.fail("/OData/v4/2.0/Zaak", Fault(status=503), Fault(status=503))
    report = sync_source("tweedekamer")
    assert report.ok, report.run.error
    assert SourceRecord.objects.filter(kind="motie").count() == 2


def test_a_time_out_is_retried_then_reported(server) -> None:
    seed(server, motions=2, commitments=0)
    server.fail("/OData/v4/2.0/Zaak", *(Fault(status=200, delay_s=1.5) for _ in range(3)))
    report = sync_source("tweedekamer")
    assert not report.ok
    assert "no answer within 1 s after 3 attempts" in report.run.error
    assert "/OData/v4/2.0/Zaak" in report.run.error_url


def test_a_broken_page_is_reported_with_its_address_and_not_kept(server) -> None:
    seed(server, motions=7, commitments=0)
    # The second page (records 4–6) is cut off halfway.
    original = server.answer

    def answer(path: str, query: str):
        status, body, kind = original(path, query)
        if path.endswith("/Zaak") and "skip=3" in query:
            return status, body[: len(body) // 2], kind
        return status, body, kind

    server.answer = answer
    report = sync_source("tweedekamer")
    run = SyncRun.objects.get(pk=report.run.pk)
    assert run.status == RunStatus.FAILED
    assert "not JSON" in run.error
    assert "skip=3" in run.error_url.replace("%24", "$")
    # The first complete page is kept, nothing of the broken one; the listing resumes there.
    assert SourceRecord.objects.filter(kind="motie").count() == 3
    assert SyncCursor.objects.get(stream="motions").modified == "2025-03-12T10:00:00+01:00"

    server.answer = original
    again = sync_source("tweedekamer")
    assert again.ok and SourceRecord.objects.filter(kind="motie").count() == 7


def test_dry_run_counts_and_stores_nothing(server) -> None:
    seed(server)
    report = sync_source("tweedekamer", dry_run=True)
    assert report.ok and report.run.created == 11
    assert not SourceRecord.objects.exists()
    assert not SyncRun.objects.exists() and not SyncCursor.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_record_a_concurrent_sync_stored_first_is_not_stored_twice(server, monkeypatch) -> None:
    """Another process commits one of the page's records between this sync's look-up and
    its insert: the page is stored again, finds that record and adds only the other."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("needs a second connection writing during an open transaction (PostgreSQL)")
    import threading

    from ruimtemonitor.sources import sync as sync_module

    seed(server, motions=2, commitments=0)
    real = sync_module.bulk_create_with_history
    raced: list[str] = []

    def other_sync_commits_first(objs, model, **kwargs):
        if not raced:
            first = objs[0]
            raced.append(first.external_id)

            def insert() -> None:
                SourceRecord.objects.create(
                    source=first.source,
                    kind=first.kind,
                    external_id=first.external_id,
                    kamerstuk=first.kamerstuk,
                    modified=first.modified,
                    digest=first.digest,
                )
                connection.close()

            thread = threading.Thread(target=insert)
            thread.start()
            thread.join()
        return real(objs, model, **kwargs)

    monkeypatch.setattr(sync_module, "bulk_create_with_history", other_sync_commits_first)
    report = sync_source("tweedekamer")
    assert report.ok, report.run.error
    assert SourceRecord.objects.filter(kind="motie").count() == 2
    assert SourceRecord.objects.filter(external_id=raced[0]).count() == 1
    assert (report.run.created, report.run.unchanged) == (1, 1)


def test_another_selection_reads_its_own_past(server, settings) -> None:
    seed(server, motions=4, commitments=0)
    assert sync_source("tweedekamer").ok
    again = sync_source("tweedekamer")
    assert again.run.fetched < 4  # continued where it stopped
    settings.SOURCES = {
        **settings.SOURCES,
        "tweedekamer": {**settings.SOURCES["tweedekamer"], "filter": "contains(Titel,'Motie')"},
    }
    narrowed = sync_source("tweedekamer")
    assert narrowed.run.fetched == 4 and narrowed.run.created == 0  # from the start, stored once
    assert SyncCursor.objects.filter(stream="motions").count() == 2
    assert any("contains%28Titel" in path for path in server.data.requests)
