"""The Bronnen page and the source's status changes in Controleren."""

from __future__ import annotations

import pytest
from django.urls import reverse

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.common.statuses import ParliamentaryStatus, ReviewState
from ruimtemonitor.core.sources.testing import Fault, commitment, motion
from ruimtemonitor.register.models import Agreement, Commitment, ParliamentaryItem
from ruimtemonitor.register.search import refresh_search_documents
from ruimtemonitor.sources.models import SourceProposal, SourceRecord
from ruimtemonitor.sources.services import sync_source

pytestmark = pytest.mark.django_db


def test_bronnen_page_shows_last_run_counts_errors_and_what_is_new(client, server) -> None:
    response = client.get(reverse("web:source_overview"))
    assert response.status_code == 200
    assert "Nog niet gesynchroniseerd." in response.content.decode()

    server.data.motions.append(
        motion(
            "m-1",
            dossier=36600,
            suffix="A",
            number=63,
            modified="2025-03-12T10:00:00Z",
            title="Motie over de Lelylijn",
        )
    )
    assert sync_source("tweedekamer").ok
    server.fail("/sru", Fault(status=500), Fault(status=500), Fault(status=500))
    assert not sync_source("bekendmakingen").ok

    page = client.get(reverse("web:source_overview")).content.decode()
    assert "<h1" in page and "Bronnen" in page
    assert 'href="/bronnen" aria-current="page"' in page  # in the menu
    assert "1 records: 1 nieuw, 0 gewijzigd, 0 verwijderd bij de bron" in page
    assert "kst-36600-A-63" in page and "Motie over de Lelylijn" in page
    assert "the service answered 500 after 3 attempts" in page
    assert "Nieuw of gewijzigd in de synchronisatie van" in page
    assert server.sru_url in page  # the address that failed


def test_a_source_status_change_is_reviewed_in_controleren(client, server, make_user) -> None:
    item = ParliamentaryItem.objects.create(
        kind="toezegging",
        kamerstuk="kst-36600-A-70",
        text="Toezegging aan het lid Grinwis over de woningbouwlocaties",
    )
    server.data.commitments.append(
        commitment(
            "t-1",
            text="De minister informeert de Kamer (Kamerstuk 36 600-A, nr. 70).",
            modified="2025-09-01T08:00:00Z",
            status="Voldaan",
        )
    )
    assert sync_source("tweedekamer").ok
    proposal = SourceProposal.objects.get()
    assert proposal.proposed_status == ParliamentaryStatus.DISCHARGED

    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    queue = client.get(reverse("web:review_queue")).content.decode()
    assert "Statuswijzigingen bij de bronnen" in queue
    assert "meldt: toezegging aan de Kamer kst-36600-A-70 is voldaan" in queue
    assert "Status na bevestigen</dt><dd>afgedaan" in queue

    response = client.post(
        reverse("web:review_decide", args=["bron", proposal.pk]), {"besluit": "bevestigen"}
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    item.refresh_from_db()
    assert proposal.review_state == ReviewState.CONFIRMED
    assert item.status == ParliamentaryStatus.DISCHARGED
    assert item.history.first().history_user.username == "beheer"


def test_a_reader_cannot_decide_a_source_proposal(client, server, make_user) -> None:
    ParliamentaryItem.objects.create(kind="motie", kamerstuk="kst-36600-A-64", text="…")
    server.data.motions.append(
        motion(
            "m-2",
            dossier=36600,
            suffix="A",
            number=64,
            modified="2025-03-12T10:00:00Z",
            decision="Verworpen.",
        )
    )
    assert sync_source("tweedekamer").ok
    proposal = SourceProposal.objects.get()
    client.force_login(make_user("lezer"))
    response = client.post(
        reverse("web:review_decide", args=["bron", proposal.pk]), {"besluit": "bevestigen"}
    )
    assert response.status_code == 403
    proposal.refresh_from_db()
    assert proposal.review_state == ReviewState.PROPOSED


def test_management_screens_show_the_records_and_their_history(client, server, make_user) -> None:
    server.data.motions.append(
        motion("m-3", dossier=36600, suffix="A", number=65, modified="2025-03-12T10:00:00Z")
    )
    assert sync_source("tweedekamer").ok
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    for model in ("syncrun", "sourcerecord", "sourceproposal", "synccursor"):
        assert client.get(reverse(f"admin:sources_{model}_changelist")).status_code == 200
    record = SourceRecord.objects.get()
    history = client.get(reverse("admin:sources_sourcerecord_history", args=[record.pk]))
    assert history.status_code == 200 and "new at the source" in history.content.decode()

    client.force_login(make_user("gld", role=Role.EDITOR, organisation=None))
    assert client.get(reverse("admin:sources_synccursor_changelist")).status_code == 403


def test_what_is_new_names_the_agreements_that_cite_it(client, server, agreement) -> None:
    Commitment.objects.create(
        agreement=agreement,
        text="Het Rijk voert de motie Veltman uit (Kamerstuk 36 600-A, nr. 63).",
    )
    neighbour = Agreement.objects.create(arrangement=agreement.arrangement, number="2.2", title="x")
    Commitment.objects.create(agreement=neighbour, text="Zie Kamerstuk 36 600-A, nr. 630.")
    refresh_search_documents([agreement.pk, neighbour.pk])
    server.data.motions.append(
        motion("m-63", dossier=36600, suffix="A", number=63, modified="2025-03-12T10:00:00Z")
    )
    server.data.motions.append(
        motion("m-64", dossier=36600, suffix="A", number=64, modified="2025-03-12T10:00:00Z")
    )
    assert sync_source("tweedekamer").ok

    page = client.get(reverse("web:source_overview")).content.decode()
    link = reverse("web:agreement_detail", args=[agreement.pk])
    row_63 = page[page.index("kst-36600-A-63") :].split("</tr>")[0]
    row_64 = page[page.index("kst-36600-A-64") :].split("</tr>")[0]
    assert f'genoemd in <a class="utrecht-link" href="{link}">afspraak 2.1 (2025)</a>' in row_63
    assert link not in row_64
    neighbour_link = reverse("web:agreement_detail", args=[neighbour.pk])
    assert neighbour_link not in row_63  # nr. 630 is another Kamerstuk
