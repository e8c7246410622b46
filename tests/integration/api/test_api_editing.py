"""Changing records through the API: the pages' permissions, history and optimistic locking,
spoken in HTTP (401/403, ETag and If-Match, 412/428)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.register.models import Agreement, Commitment


def patch(api, path: str, body: object, etag: str | None = '"1"', **headers: str):
    if etag is not None:
        headers["HTTP_IF_MATCH"] = etag
    return api.patch(path, body, format="json", **headers)


def test_an_editor_of_the_organisation_changes_status_and_notes_with_history(
    api, register, editor
) -> None:
    api.force_authenticate(editor)
    path = f"/api/v1/afspraken/{register.water.pk}"
    read = api.get(path)
    response = patch(
        api, path, {"status": "lopend", "aantekeningen": "Gebiedsplan in concept."}, read["ETag"]
    )
    assert response.status_code == 200, response.content
    assert response["ETag"] == '"2"'
    body = response.json()
    assert body["status"] == "lopend" and body["aantekeningen"] == "Gebiedsplan in concept."
    assert body["versie"] == 2
    # A proposed record that a person changed is "corrected": re-ingesting leaves it alone.
    assert body["beoordeling"] == "gecorrigeerd"

    water = Agreement.objects.get(pk=register.water.pk)
    assert (water.status, water.notes, water.version) == ("lopend", "Gebiedsplan in concept.", 2)
    latest = water.history.latest()
    assert latest.history_user == editor
    assert latest.history_change_reason == "edit via API"
    assert latest.status == "lopend"
    assert latest.prev_record.status == "open"


def test_a_commitment_gets_a_new_owner_deadline_and_status(api, register, editor) -> None:
    api.force_authenticate(editor)
    path = f"/api/v1/toezeggingen/{register.water_bullet.pk}"
    response = patch(
        api,
        path,
        {
            "status": "afgerond",
            "trekker": "ienw",
            "termijn": {"zoalsGeschreven": "eind 2026", "van": "2026-12-31", "tot": "2026-12-31"},
            "aantekeningen": "Overgedragen aan het Rijk.",
        },
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["trekker"] == "ienw" and body["status"] == "afgerond"
    assert body["aantekeningen"] == "Overgedragen aan het Rijk."
    assert body["termijn"] == {
        "zoalsGeschreven": "eind 2026",
        "van": "2026-12-31",
        "tot": "2026-12-31",
        "precisie": "dag",
    }
    saved = Commitment.objects.get(pk=register.water_bullet.pk)
    assert saved.deadline_end == dt.date(2026, 12, 31) and saved.owner.slug == "ienw"
    assert saved.deadline_as_written == "eind 2026" and saved.notes == "Overgedragen aan het Rijk."
    assert saved.history.latest().history_user == editor

    season = patch(
        api,
        path,
        {
            "termijn": {
                "zoalsGeschreven": "voorjaar 2027",
                "van": "2027-03-20",
                "tot": "2027-06-20",
                "precisie": "seizoen",
            },
            "trekker": None,
        },
        response["ETag"],
    )
    assert season.status_code == 200, season.content
    assert season.json()["termijn"]["precisie"] == "seizoen" and season.json()["trekker"] is None
    stored = Commitment.objects.get(pk=register.water_bullet.pk)
    assert stored.deadline_precision == "season"  # the API's Dutch code, the register's own

    cleared = patch(api, path, {"termijn": None}, season["ETag"])
    assert cleared.status_code == 200 and cleared.json()["termijn"] is None
    assert Commitment.objects.get(pk=register.water_bullet.pk).deadline_as_written == ""


def test_a_token_is_enough_to_change_without_a_session(api, register, editor) -> None:
    token = Token.objects.create(user=editor)
    response = patch(
        api,
        f"/api/v1/afspraken/{register.housing.pk}",
        {"aantekeningen": "Via het token."},
        HTTP_AUTHORIZATION=f"Token {token.key}",
    )
    assert response.status_code == 200
    assert Agreement.objects.get(pk=register.housing.pk).history.latest().history_user == editor


def test_a_merge_patch_body_is_accepted_too(api, register, editor) -> None:
    api.force_authenticate(editor)
    response = api.patch(
        f"/api/v1/afspraken/{register.housing.pk}",
        data=b'{"status": "afgerond"}',
        content_type="application/merge-patch+json",
        HTTP_IF_MATCH='"1"',
    )
    assert response.status_code == 200 and response.json()["status"] == "afgerond"


def test_anonymous_changes_are_401(api, register, problem) -> None:
    response = patch(api, f"/api/v1/afspraken/{register.water.pk}", {"status": "lopend"})
    assert response.status_code == 401
    assert problem(response)["title"] == "Niet aangemeld"
    assert Agreement.objects.get(pk=register.water.pk).status == "open"


@pytest.mark.parametrize("who", ["reader", "outsider"])
def test_readers_and_editors_of_other_organisations_get_403(
    api, register, problem, request, who
) -> None:
    api.force_authenticate(request.getfixturevalue(who))
    for path in (
        f"/api/v1/afspraken/{register.water.pk}",
        f"/api/v1/toezeggingen/{register.water_bullet.pk}",
    ):
        response = patch(api, path, {"status": "lopend"})
        assert response.status_code == 403
        assert problem(response)["title"] == "Geen toegang"
    assert Agreement.objects.get(pk=register.water.pk).version == 1


def test_an_editor_may_not_change_another_provinces_agreement(
    api, register, editor, problem
) -> None:
    api.force_authenticate(editor)
    response = patch(api, f"/api/v1/afspraken/{register.mobility.pk}", {"status": "lopend"})
    assert response.status_code == 403


def test_a_change_without_if_match_is_428(api, register, editor, problem) -> None:
    api.force_authenticate(editor)
    for etag in (None, "*"):
        response = patch(api, f"/api/v1/afspraken/{register.water.pk}", {"status": "lopend"}, etag)
        assert response.status_code == 428
        assert "If-Match" in problem(response)["detail"]
    assert Agreement.objects.get(pk=register.water.pk).status == "open"


def test_a_change_on_an_old_version_is_412_and_names_the_current_one(
    api, register, editor, problem
) -> None:
    api.force_authenticate(editor)
    path = f"/api/v1/afspraken/{register.water.pk}"
    assert patch(api, path, {"aantekeningen": "Eerste."}).status_code == 200  # now version 2
    stale = patch(api, path, {"aantekeningen": "Tweede, op versie 1."}, '"1"')
    assert stale.status_code == 412
    body = problem(stale)
    assert body["title"] == "Voorwaarde niet vervuld"
    assert '"2"' in body["detail"]
    weak = patch(api, path, {"aantekeningen": "Zwak."}, 'W/"2"')
    assert weak.status_code == 412  # a weak tag never matches for a change
    assert Agreement.objects.get(pk=register.water.pk).notes == "Eerste."
    malformed = patch(api, path, {"aantekeningen": "Zonder aanhalingstekens."}, "2")
    assert malformed.status_code == 400
    assert problem(malformed)["invalidParams"][0]["name"] == "If-Match"
    assert patch(api, path, {"aantekeningen": "Een van twee."}, '"1", "2"').status_code == 200


def test_invalid_bodies_list_every_problem(api, register, editor, problem) -> None:
    api.force_authenticate(editor)
    response = patch(
        api,
        f"/api/v1/toezeggingen/{register.water_bullet.pk}",
        {
            "status": "klaar",
            "trekker": "niemand",
            "termijn": {"zoalsGeschreven": "ooit", "van": "2026-05-01"},
            "tekst": "Andere tekst",
        },
    )
    assert response.status_code == 400
    invalid = {p["name"]: p["code"] for p in problem(response)["invalidParams"]}
    assert invalid == {
        "status": "invalid_choice",
        "trekker": "does_not_exist",
        "termijn.tot": "required",
        "tekst": "unknown",
    }
    backwards = patch(
        api,
        f"/api/v1/toezeggingen/{register.water_bullet.pk}",
        {"termijn": {"zoalsGeschreven": "ooit", "van": "2026-05-01", "tot": "2026-04-01"}},
    )
    assert {p["name"]: p["code"] for p in problem(backwards)["invalidParams"]} == {
        "termijn.tot": "invalid"
    }
    not_json = api.patch(
        f"/api/v1/afspraken/{register.water.pk}",
        data=b"{status: lopend",
        content_type="application/json",
        HTTP_IF_MATCH='"1"',
    )
    assert not_json.status_code == 400
    assert problem(not_json)["invalidParams"][0]["name"] == "body"
    form = api.patch(
        f"/api/v1/afspraken/{register.water.pk}",
        data="status=lopend",
        content_type="application/x-www-form-urlencoded",
        HTTP_IF_MATCH='"1"',
    )
    assert form.status_code == 415
    assert problem(form)["title"] == "Mediatype niet ondersteund"
    assert Commitment.objects.get(pk=register.water_bullet.pk).version == 1


def test_a_session_change_needs_the_csrf_token(register, editor, problem) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)
    path = f"/api/v1/afspraken/{register.water.pk}"
    refused = browser.patch(
        path, data={"status": "lopend"}, content_type="application/json", HTTP_IF_MATCH='"1"'
    )
    assert refused.status_code == 403
    assert "CSRF" in problem(refused)["detail"]
    browser.get("/inloggen")  # a page with a form sets the CSRF cookie
    token = browser.cookies["csrftoken"].value
    accepted = browser.patch(
        path,
        data={"status": "lopend"},
        content_type="application/json",
        HTTP_IF_MATCH='"1"',
        HTTP_X_CSRFTOKEN=token,
    )
    assert accepted.status_code == 200


def test_reviewing_a_proposed_commitment_confirms_it_once(api, register, editor, problem) -> None:
    api.force_authenticate(editor)
    path = f"/api/v1/toezeggingen/{register.water_bullet.pk}/beoordeling"
    assert api.post(path, {"besluit": "bevestigd"}, format="json").status_code == 428
    bad = api.post(path, {"besluit": "misschien"}, format="json", HTTP_IF_MATCH='"1"')
    assert bad.status_code == 400
    assert [p["name"] for p in problem(bad)["invalidParams"]] == ["besluit"]

    response = api.post(path, {"besluit": "bevestigd"}, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 200
    assert response.json()["beoordeling"] == "bevestigd" and response["ETag"] == '"2"'
    saved = Commitment.objects.get(pk=register.water_bullet.pk)
    assert saved.review_state == ReviewState.CONFIRMED
    assert saved.history.latest().history_user == editor

    again = api.post(path, {"besluit": "afgewezen"}, format="json", HTTP_IF_MATCH='"2"')
    assert again.status_code == 409
    assert problem(again)["title"] == "Conflict"


def test_rejecting_a_proposed_agreement(api, register, editor, outsider) -> None:
    path = f"/api/v1/afspraken/{register.water.pk}/beoordeling"
    api.force_authenticate(outsider)
    assert (
        api.post(path, {"besluit": "afgewezen"}, format="json", HTTP_IF_MATCH='"1"').status_code
        == 403
    )
    api.force_authenticate(editor)
    response = api.post(path, {"besluit": "afgewezen"}, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 200 and response.json()["beoordeling"] == "afgewezen"


def test_the_english_member_names_are_refused_and_named_in_dutch(
    api, register, editor, problem
) -> None:
    api.force_authenticate(editor)
    path = f"/api/v1/toezeggingen/{register.water_bullet.pk}"
    english = {"HTTP_ACCEPT_LANGUAGE": "en"}
    response = patch(
        api,
        path,
        {
            "notes": "Oude naam.",
            "owner": "ienw",
            "deadline": {"asWritten": "2027", "start": "2027-01-01", "end": "2027-12-31"},
        },
        **english,
    )
    assert response.status_code == 400
    invalid = {p["name"]: p for p in problem(response)["invalidParams"]}
    assert set(invalid) == {"notes", "owner", "deadline"}
    assert all(p["code"] == "unknown" for p in invalid.values())
    assert (
        invalid["notes"]["reason"] == "Members have Dutch names here: send aantekeningen instead."
    )
    assert invalid["owner"]["reason"].endswith("send trekker instead.")
    assert invalid["deadline"]["reason"].endswith("send termijn instead.")

    nested = patch(
        api, path, {"termijn": {"zoalsGeschreven": "2027", "start": "2027-01-01"}}, **english
    )
    assert nested.status_code == 400
    invalid = {p["name"]: p for p in problem(nested)["invalidParams"]}
    assert set(invalid) == {"termijn.start"}
    assert invalid["termijn.start"]["code"] == "unknown"
    assert invalid["termijn.start"]["reason"].endswith("send van instead.")

    review = api.post(
        f"{path}/beoordeling", {"decision": "confirmed"}, format="json", HTTP_IF_MATCH='"1"'
    )
    assert review.status_code == 400
    invalid = {p["name"]: p["code"] for p in problem(review)["invalidParams"]}
    assert invalid == {"decision": "unknown", "besluit": "required"}

    agreement = patch(api, f"/api/v1/afspraken/{register.water.pk}", {"notes": "x", "titel": "y"})
    invalid = {p["name"]: p["code"] for p in problem(agreement)["invalidParams"]}
    assert invalid == {"notes": "unknown", "titel": "unknown"}
    saved = Commitment.objects.get(pk=register.water_bullet.pk)
    assert (saved.version, saved.notes, saved.review_state) == (1, "", ReviewState.PROPOSED)
    assert Agreement.objects.get(pk=register.water.pk).version == 1


def test_an_invalid_body_is_a_400_even_with_a_stale_if_match(api, register, editor, problem):
    """The body is judged first: a client fixing a stale request learns all that is wrong."""
    api.force_authenticate(editor)
    path = f"/api/v1/afspraken/{register.water.pk}"
    assert patch(api, path, {"aantekeningen": "Eerste."}).status_code == 200  # now version 2
    invalid = patch(api, path, {"status": "klaar", "kleur": "rood"}, '"1"')
    assert invalid.status_code == 400
    assert {p["name"] for p in problem(invalid)["invalidParams"]} == {"status", "kleur"}
    # a malformed If-Match and an invalid body: one 400 that lists both
    both = patch(api, path, {"status": "klaar"}, "1")
    assert both.status_code == 400
    assert {p["name"] for p in problem(both)["invalidParams"]} == {"If-Match", "status"}
    # the same valid body on the stale version is the 412
    assert patch(api, path, {"status": "lopend"}, '"1"').status_code == 412
    # and a review with an unknown decision on a stale version is a 400 as well
    review = f"/api/v1/afspraken/{register.water.pk}/beoordeling"
    stale_review = api.post(review, {"besluit": "misschien"}, format="json", HTTP_IF_MATCH='"1"')
    assert stale_review.status_code == 400
    assert [p["name"] for p in problem(stale_review)["invalidParams"]] == ["besluit"]
    assert Agreement.objects.get(pk=register.water.pk).notes == "Eerste."
