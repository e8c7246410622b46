"""Ingesting letters keeps the cycle: meetings, lineage, and completions a letter reports."""

import datetime as dt
from pathlib import Path

from django.urls import reverse

from ruimtemonitor.common.statuses import ParliamentaryStatus, ReviewState
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.register.models import (
    AgreementChange,
    Arrangement,
    Meeting,
    ParliamentaryItem,
    StatusReport,
)

DATA = Path(__file__).parent.parent / "data"


def ingest(*names: str) -> None:
    for name in names:
        assert ingest_paths([DATA / name], queue=False).ok


def test_a_later_letter_reporting_a_motion_done_proposes_it(reference_data, client, make_user):
    ingest("cycle/mirt-najaar-2025.txt")
    motion = ParliamentaryItem.objects.get(kamerstuk="kst-36600-A-30")
    assert motion.status == ParliamentaryStatus.OPEN

    ingest("cycle/mirt-voorjaar-2026.txt")
    report = StatusReport.objects.get(parliamentary_item=motion)
    assert report.review_state == ReviewState.PROPOSED and not report.partly
    assert "afgedaan" in report.as_written and report.source_passage.text.startswith("Hiermee")
    motion.refresh_from_db()
    assert motion.status == ParliamentaryStatus.OPEN  # nothing changes before a person decides

    admin = make_user("beheer", role="beheerder")
    client.force_login(admin)
    queue = client.get(reverse("web:review_queue")).content.decode()
    assert "Gemeld als afgedaan" in queue
    url = reverse("web:review_decide", args=["voltooiing", report.pk])
    assert client.post(url, {"besluit": "bevestigen"}).status_code == 302
    motion.refresh_from_db()
    assert motion.status == ParliamentaryStatus.DISCHARGED
    latest = motion.history.first()
    assert latest.history_user == admin and latest.history_change_reason.startswith("reported")

    ingest("cycle/mirt-voorjaar-2026.txt")  # reading it again proposes nothing new
    assert StatusReport.objects.count() == 1


def test_meetings_named_in_a_letter_are_recorded(reference_data):
    ingest("cycle/mirt-voorjaar-2026.txt")
    meeting = Meeting.objects.get()
    assert (meeting.kind, meeting.area.slug, meeting.date) == (
        "bol",
        "landsdeel-oost",
        dt.date(2026, 6, 2),
    )
    assert meeting.title == "BOL Oost 2026"


def test_a_new_generation_is_linked_to_the_previous_one_on_ingest(reference_data):
    ingest("lineage/zeeland-2025.txt", "lineage/zeeland-2026.txt")
    second = Arrangement.objects.get(area__slug="provincie-zeeland", year=2026)
    kinds = sorted(
        AgreementChange.objects.filter(arrangement=second).values_list("kind", flat=True)
    )
    assert kinds == ["changed", "dropped", "merged", "new", "unchanged", "unchanged"]
