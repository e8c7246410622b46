"""Every edit a user makes leaves who, when, before and after; the admin shows it."""

import pytest
from django.urls import reverse

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.common.statuses import AgreementStatus


def _admin_form(agreement, **changes) -> dict:
    data = {
        "arrangement": agreement.arrangement_id,
        "number": agreement.number,
        "title": agreement.title,
        "types": '["beleidsafspraak"]',
        "chapter": "",
        "chapter_title": "",
        "departments": [d.pk for d in agreement.departments.all()],
        "status": agreement.status,
        "notes": "",
        "review_state": agreement.review_state,
        "commitments-TOTAL_FORMS": "0",
        "commitments-INITIAL_FORMS": "0",
        "commitments-MIN_NUM_FORMS": "0",
        "commitments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_status_edit_in_the_admin_records_user_time_before_and_after(
    client, agreement, make_user
) -> None:
    admin = make_user("beheer", role=Role.ADMINISTRATOR)
    client.force_login(admin)
    url = reverse("admin:register_agreement_change", args=[agreement.pk])
    response = client.post(url, _admin_form(agreement, status=AgreementStatus.IN_PROGRESS))
    assert response.status_code == 302, response.content.decode()[:2000]

    latest, previous = agreement.history.all()[:2]
    assert latest.history_user == admin
    assert latest.history_date is not None
    delta = latest.diff_against(previous)
    changes = {change.field: (change.old, change.new) for change in delta.changes}
    assert changes == {"status": ("open", "lopend")}

    history_page = client.get(reverse("admin:register_agreement_history", args=[agreement.pk]))
    assert history_page.status_code == 200
    assert "beheer" in history_page.content.decode()


@pytest.mark.parametrize(
    ("slug", "allowed"),
    [("provincie-limburg", False), ("provincie-gelderland", True), ("ienw", True)],
    ids=["another-organisation-cannot", "involved-province-can", "involved-ministry-can"],
)
def test_only_an_editor_of_an_involved_organisation_can_change_the_agreement(
    client, agreement, make_user, reference_data, slug: str, allowed: bool
) -> None:
    from ruimtemonitor.organisations.models import Organisation

    editor = make_user(
        "redacteur", role=Role.EDITOR, organisation=Organisation.objects.get(slug=slug)
    )
    client.force_login(editor)
    url = reverse("admin:register_agreement_change", args=[agreement.pk])
    response = client.post(url, _admin_form(agreement, status=AgreementStatus.DONE))
    assert response.status_code == (302 if allowed else 403)
    agreement.refresh_from_db()
    assert agreement.status == (AgreementStatus.DONE if allowed else AgreementStatus.OPEN)
    if allowed:
        assert agreement.history.first().history_user == editor


def test_an_editor_cannot_gain_rights_by_adding_a_child_with_their_own_party(
    client, make_user, reference_data
) -> None:
    from ruimtemonitor.organisations.models import Organisation
    from ruimtemonitor.projects.models import MoneyLine, Project

    gelderland = Organisation.objects.get(slug="provincie-gelderland")
    limburg = Organisation.objects.get(slug="provincie-limburg")
    project = Project.objects.create(name="A1/A28 knooppunt Hoevelaken", slug="hoevelaken")
    project.parties.add(gelderland)
    client.force_login(make_user("limburg", role=Role.EDITOR, organisation=limburg))
    response = client.post(
        reverse("admin:projects_moneyline_add"),
        {
            "project": project.pk,
            "kind": "bijdrage",
            "amount_eur": "1000",
            "party": limburg.pk,
            "vat": "onbekend",
            "review_state": "manual",
        },
    )
    assert response.status_code == 403
    assert not MoneyLine.objects.exists()
    assert limburg.pk not in project.involved_organisation_ids()


def test_an_involved_editor_sees_and_edits_commitments_inline(client, agreement, make_user) -> None:
    from ruimtemonitor.organisations.models import Organisation
    from ruimtemonitor.register.models import Commitment

    Commitment.objects.create(agreement=agreement, text="Het Rijk stelt een kader op")
    editor = make_user(
        "gld", role=Role.EDITOR, organisation=Organisation.objects.get(slug="provincie-gelderland")
    )
    client.force_login(editor)
    page = client.get(reverse("admin:register_agreement_change", args=[agreement.pk]))
    assert page.status_code == 200
    assert "Het Rijk stelt een kader op" in page.content.decode()
