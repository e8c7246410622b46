"""Controleren: the proposed records a user may decide on, the decisions, and re-ingest."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from django.urls import reverse
from tests.integration.factories import arrangement, letter_with_text, org, passage

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.common.editing import save_edit
from ruimtemonitor.common.permissions import can_edit
from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.extraction.service import sample_path
from ruimtemonitor.documents.models import Document, Passage
from ruimtemonitor.ingestion.models import JobStatus
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.projects.models import Project
from ruimtemonitor.register.models import Agreement, Commitment
from ruimtemonitor.web.views.review import KINDS, Queue

QUEUE = reverse("web:review_queue")
TEXT = (
    "Ruimtelijk Arrangement Rijk – Provincie Gelderland\n"
    "Voorafgaand <img src=x onerror=alert(1)> staat hier tekst.\n"
    "Afspraak 4.1 Spoor en station\n"
    "- ProRail onderzoekt de capaciteit van station Ede-Wageningen.\n"
    "Afspraak 1.1 Maas en dijk\n"
)


def decide(kind: str, pk: int) -> str:
    return reverse("web:review_decide", args=[kind, pk])


def decide_by_script(client, kind: str, pk: int, decision: str):
    """Post a decision as the keyboard script does: it asks for a JSON answer."""
    return client.post(
        decide(kind, pk), {"besluit": decision}, headers={"accept": "application/json"}
    )


@pytest.fixture
def proposed(reference_data) -> dict:
    """Proposed records of Gelderland and Limburg, and one already confirmed."""
    letter = letter_with_text("Arrangement Gelderland", TEXT, dt.date(2025, 6, 2))

    def span(fragment: str) -> Passage:
        return passage(letter, fragment)

    records = {}
    for province, number, title in (
        ("gelderland", "4.1", "Spoor en station"),
        ("limburg", "1.1", "Maas en dijk"),
    ):
        made = arrangement(
            f"Ruimtelijk Arrangement {province}",
            f"provincie-{province}",
            2025,
            (f"provincie-{province}",),
            document=letter,
        )
        records[province] = Agreement.objects.create(
            arrangement=made,
            number=number,
            title=title,
            review_state=ReviewState.PROPOSED,
            source_passage=span(f"Afspraak {number} {title}"),
        )
    records["commitment"] = Commitment.objects.create(
        agreement=records["gelderland"],
        text="ProRail onderzoekt de capaciteit van station Ede-Wageningen.",
        owner=org("prorail"),
        review_state=ReviewState.PROPOSED,
        source_passage=span("ProRail onderzoekt de capaciteit"),
    )
    records["project"] = Project.objects.create(
        name="Knooppunt Ede", slug="knooppunt-ede", review_state=ReviewState.PROPOSED
    )
    records["project"].parties.add(org("provincie-gelderland"))
    records["confirmed"] = Agreement.objects.create(
        arrangement=records["gelderland"].arrangement,
        number="4.2",
        title="Al bevestigd",
        review_state=ReviewState.CONFIRMED,
    )
    return records


def queued(response) -> list[tuple[str, int]]:
    return [
        (item.kind.slug, item.record.pk)
        for section in response.context["sections"]
        for item in section.items
    ]


def test_the_queue_needs_a_login(client, proposed) -> None:
    response = client.get(QUEUE)
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_readers_are_told_they_cannot_review(client, proposed, make_user) -> None:
    client.force_login(make_user("lezer"))
    response = client.get(QUEUE)
    assert response.status_code == 200 and response.context["may_review"] is False
    assert "sections" not in response.context
    assert decide("afspraak", proposed["gelderland"].pk) not in response.content.decode()


def test_administrators_see_every_proposed_record_agreements_first(
    client, proposed, make_user
) -> None:
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    response = client.get(QUEUE)
    assert queued(response) == [
        ("afspraak", proposed["gelderland"].pk),  # in the order of their arrangements
        ("afspraak", proposed["limburg"].pk),
        ("toezegging", proposed["commitment"].pk),
        ("project", proposed["project"].pk),
    ]
    html = response.content.decode()
    assert '<mark class="passage__mark">Afspraak 4.1 Spoor en station</mark>' in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img src=x" not in html
    assert 'src="/static/web/js/review.js"' in html
    assert "data-review-queue" in html and 'aria-live="polite"' in html


def test_editors_see_only_records_that_involve_their_organisation(
    client, proposed, make_user
) -> None:
    gelderland = make_user("gld", role=Role.EDITOR, organisation=org("provincie-gelderland"))
    client.force_login(gelderland)
    assert set(queued(client.get(QUEUE))) == {
        ("afspraak", proposed["gelderland"].pk),
        ("toezegging", proposed["commitment"].pk),
        ("project", proposed["project"].pk),
    }
    prorail = make_user("prorail", role=Role.EDITOR, organisation=org("prorail"))
    client.force_login(prorail)
    # Owning a commitment involves ProRail in the agreement as well.
    assert set(queued(client.get(QUEUE))) == {
        ("afspraak", proposed["gelderland"].pk),
        ("toezegging", proposed["commitment"].pk),
    }


def test_the_queue_query_follows_the_permission_rule(proposed, make_user) -> None:
    """Whatever the queue lists for an editor is exactly what ``can_edit`` allows."""
    for slug in ("provincie-gelderland", "provincie-limburg", "prorail", "ienw"):
        editor = make_user(f"e-{slug}", role=Role.EDITOR, organisation=org(slug))
        for kind in KINDS.values():
            listed = set(kind.queryset(editor).values_list("pk", flat=True))
            allowed = {
                record.pk
                for record in kind.model.objects.filter(review_state=ReviewState.PROPOSED)
                if can_edit(editor, record)
            }
            assert listed == allowed, (slug, kind.slug)


def test_confirming_changes_the_state_and_writes_history(client, proposed, make_user) -> None:
    admin = make_user("beheer", role=Role.ADMINISTRATOR)
    client.force_login(admin)
    agreement = proposed["gelderland"]
    response = client.post(
        decide("afspraak", agreement.pk), {"besluit": "bevestigen", "next": QUEUE + "?pagina=1"}
    )
    assert response.status_code == 302 and response["Location"] == QUEUE + "?pagina=1"
    agreement.refresh_from_db()
    assert agreement.review_state == ReviewState.CONFIRMED
    latest = agreement.history.first()
    assert latest.history_user == admin and latest.history_change_reason == "review: confirmed"
    assert ("afspraak", agreement.pk) not in queued(client.get(QUEUE))


def test_rejecting_with_the_keyboard_script_answers_json(client, proposed, make_user) -> None:
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    commitment = proposed["commitment"]
    response = decide_by_script(client, "toezegging", commitment.pk, "afwijzen")
    assert response.status_code == 200
    data = response.json()
    assert data["ok"] is True and data["state"] == "rejected" and data["message"]
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.REJECTED
    assert commitment.history.first().history_change_reason == "review: rejected"

    again = decide_by_script(client, "toezegging", commitment.pk, "bevestigen")
    assert again.status_code == 409 and again.json()["state"] == "rejected"
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.REJECTED


def test_a_project_can_be_confirmed(client, proposed, make_user) -> None:
    client.force_login(make_user("gld", role=Role.EDITOR, organisation=org("provincie-gelderland")))
    project = proposed["project"]
    client.post(decide("project", project.pk), {"besluit": "bevestigen"})
    project.refresh_from_db()
    assert project.review_state == ReviewState.CONFIRMED


def test_others_may_not_decide(client, proposed, make_user) -> None:
    agreement = proposed["gelderland"]
    assert client.post(decide("afspraak", agreement.pk), {"besluit": "afwijzen"}).status_code == 403
    client.force_login(make_user("lim", role=Role.EDITOR, organisation=org("provincie-limburg")))
    assert client.post(decide("afspraak", agreement.pk), {"besluit": "afwijzen"}).status_code == 403
    json = decide_by_script(client, "afspraak", agreement.pk, "afwijzen")
    assert json.status_code == 403 and json.json()["ok"] is False
    agreement.refresh_from_db()
    assert agreement.review_state == ReviewState.PROPOSED


def test_bad_decisions_and_kinds_are_refused(client, proposed, make_user) -> None:
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    agreement = proposed["gelderland"]
    bad = decide_by_script(client, "afspraak", agreement.pk, "misschien")
    assert bad.status_code == 400
    assert client.post(decide("geldlijn", 1), {"besluit": "bevestigen"}).status_code == 404
    assert client.get(decide("afspraak", agreement.pk)).status_code == 405
    agreement.refresh_from_db()
    assert agreement.review_state == ReviewState.PROPOSED


def test_an_unsafe_next_address_is_ignored(client, proposed, make_user) -> None:
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    response = client.post(
        decide("afspraak", proposed["limburg"].pk),
        {"besluit": "bevestigen", "next": "https://elders.example/"},
    )
    assert response["Location"] == QUEUE


def test_the_queue_is_paged_across_kinds(client, proposed, make_user) -> None:
    arrangement = proposed["gelderland"].arrangement
    for n in range(25):
        Agreement.objects.create(
            arrangement=arrangement,
            number=f"9.{n:02d}",
            title=f"Voorstel {n}",
            review_state=ReviewState.PROPOSED,
        )
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    first = client.get(QUEUE)
    second = client.get(QUEUE, {"pagina": 2})
    assert first.context["total"] == 29
    assert len(queued(first)) == 20 and len(queued(second)) == 9
    assert [kind for kind, _pk in queued(second)][-2:] == ["toezegging", "project"]
    assert not set(queued(first)) & set(queued(second))
    everything = Queue(make_user("beheer2", role=Role.ADMINISTRATOR))
    assert len(everything) == 29 and len(everything[15:25]) == 10


# -- corrections survive a new version of the letter ---------------------------------------------


def test_a_reingest_leaves_corrected_and_reviewed_records_alone(
    client, reference_data, make_user, tmp_path: Path
) -> None:
    letter = tmp_path / "arrangement-zeeland.txt"
    shutil.copy(sample_path("ruimtelijk_arrangement"), letter)
    first = ingest_paths([letter], queue=False)
    assert first.ok and first.jobs[0].status == JobStatus.SUCCEEDED

    admin = make_user("beheer", role=Role.ADMINISTRATOR)
    corrected = Agreement.objects.get(number="2.1")
    untouched = Agreement.objects.get(number="2.2")
    assert corrected.review_state == untouched.review_state == ReviewState.PROPOSED
    # A person corrects 2.1 on the page, and a commitment of 2.2.
    client.force_login(admin)
    response = client.post(
        reverse("web:agreement_edit", args=[corrected.pk]),
        {
            "afspraak-version": corrected.version,
            "afspraak-status": "lopend",
            "afspraak-notes": "Gecontroleerd tegen de brief.",
            "afspraak-reason": "",
        },
    )
    assert response.status_code == 302
    bullet = untouched.commitments.order_by("position").first()
    save_edit(bullet, {"text": "Rijk en provincie reserveren de zones."}, version=1, user=admin)

    # The next version of the letter renames both agreements and rewrites their bullets.
    text = letter.read_text(encoding="utf-8")
    text = text.replace("Zoetwater: beschikbaarheid", "Zoetwater: voldoende")
    text = text.replace(
        "Waterveiligheid: bouwen achter de dijk", "Waterveiligheid: wonen achter de dijk"
    )
    text = text.replace("houden ruimte vrij", "houden veel ruimte vrij")
    assert text != letter.read_text(encoding="utf-8")
    letter.write_text(text, encoding="utf-8")
    second = ingest_paths([letter], queue=False)
    assert second.ok and second.jobs[0].status == JobStatus.SUCCEEDED

    corrected.refresh_from_db()
    assert corrected.review_state == ReviewState.CORRECTED
    assert corrected.title.startswith("Zoetwater: beschikbaarheid")  # not the new wording
    assert (corrected.status, corrected.notes) == ("lopend", "Gecontroleerd tegen de brief.")
    untouched.refresh_from_db()
    assert untouched.review_state == ReviewState.PROPOSED
    assert untouched.title == "Waterveiligheid: wonen achter de dijk"  # proposed: refreshed
    bullet.refresh_from_db()  # the corrected bullet is kept as the person left it
    assert bullet.text == "Rijk en provincie reserveren de zones."
    assert bullet.review_state == ReviewState.CORRECTED
    texts = list(untouched.commitments.values_list("text", flat=True))
    assert any("houden veel ruimte vrij" in t for t in texts)
    assert Document.objects.filter(parent=None).count() == 2  # two versions of the file
