import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.documents.models import Document, DocumentKind, Passage
from ruimtemonitor.projects.models import MoneyKind, MoneyLine, Project
from ruimtemonitor.register.models import Commitment


def test_commitment_keeps_a_deadline_value(agreement) -> None:
    deadline = Deadline("najaar 2025", dt.date(2025, 9, 1), dt.date(2025, 11, 30), Precision.SEASON)
    commitment = Commitment(agreement=agreement, text="Rijk en provincie stellen vast")
    commitment.deadline = deadline
    commitment.save()
    commitment.refresh_from_db()
    assert commitment.deadline == deadline
    assert commitment.deadline.is_overdue(dt.date(2025, 12, 1))


def test_database_rejects_a_reversed_deadline_interval(agreement) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Commitment.objects.create(
            agreement=agreement,
            text="x",
            deadline_start=dt.date(2026, 1, 2),
            deadline_end=dt.date(2026, 1, 1),
        )


def test_passages_of_a_letter_in_a_bundle_read_from_the_file_text(db) -> None:
    bundle = Document.objects.create(
        kind=DocumentKind.BUNDLE,
        title="Raadsvoorstel met bijlagen",
        extracted_text="Brief een. Brief twee.",
        content_hash="a" * 64,
    )
    letter = Document.objects.create(
        kind=DocumentKind.KAMERBRIEF, title="Brief twee", parent=bundle, start=11, end=22
    )
    passage = Passage.objects.create(document=letter, start=11, end=21, page=1, line=1)
    assert letter.text == "Brief twee."
    assert passage.text == "Brief twee"


def test_the_same_file_is_stored_once(db) -> None:
    Document.objects.create(kind=DocumentKind.OTHER, title="a", content_hash="b" * 64)
    with pytest.raises(IntegrityError), transaction.atomic():
        Document.objects.create(kind=DocumentKind.OTHER, title="b", content_hash="b" * 64)


def test_agreement_types_are_validated(agreement) -> None:
    agreement.types = ["beleidsafspraak", "gokafspraak"]
    with pytest.raises(ValidationError, match="gokafspraak"):
        agreement.full_clean()


def test_money_line_range_must_be_ordered(db) -> None:
    project = Project.objects.create(name="A1/A28 knooppunt Hoevelaken", slug="a1-a28-hoevelaken")
    with pytest.raises(IntegrityError), transaction.atomic():
        MoneyLine.objects.create(
            project=project,
            kind=MoneyKind.ESTIMATE,
            amount_eur=620_000_000,
            amount_upper_eur=310_000_000,
        )


def test_a_status_report_is_a_sourced_record_that_starts_proposed_in_the_admin(
    client, make_user
) -> None:
    from django.urls import reverse

    from ruimtemonitor.common.models import SourcedRecord
    from ruimtemonitor.common.statuses import ReviewState
    from ruimtemonitor.register.models import StatusReport

    assert issubclass(StatusReport, SourcedRecord)
    client.force_login(make_user("beheer", role="beheerder"))
    page = client.get(reverse("admin:register_statusreport_add"))
    assert page.status_code == 200
    assert page.context["adminform"].form.initial["review_state"] == ReviewState.PROPOSED
