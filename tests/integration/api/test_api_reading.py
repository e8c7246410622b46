"""Reading the API: every resource as a collection and one by one, in its documented shape."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from django.test import override_settings
from rest_framework.authtoken.models import Token

from ruimtemonitor.api import API_VERSION
from ruimtemonitor.core.funding import service
from ruimtemonitor.core.funding.reading import read_proposals
from ruimtemonitor.documents.models import Document
from ruimtemonitor.funding import services as funding_services
from ruimtemonitor.funding.models import FundingRound
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.register.models import Agreement

REPO = Path(__file__).resolve().parents[3]
WOKT_SAMPLE = REPO / "docs" / "examples" / "wokt-voorbeeld.csv"


@pytest.fixture
def funding_round(db) -> FundingRound:
    rules = service.load_scheme("wokt-2025", None)
    proposals = read_proposals(WOKT_SAMPLE, rules.required_columns)
    result = service.assess(proposals, rules, dt.date(2025, 7, 1), "30000000", None)
    return funding_services.save_round(
        result,
        name="WoKT 2025 ronde 1",
        proposals=proposals,
        source_name=WOKT_SAMPLE.name,
        source_hash=hashlib.sha256(WOKT_SAMPLE.read_bytes()).hexdigest(),
    )


def test_an_agreement_shows_its_arrangement_parties_source_and_commitments(api, register) -> None:
    response = api.get(f"/api/v1/afspraken/{register.water.pk}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["ETag"] == '"1"'
    body = response.json()
    assert (
        body["_links"]["self"]["href"] == f"http://testserver/api/v1/afspraken/{register.water.pk}"
    )
    assert body["nummer"] == "2.1" and body["titel"] == "Water en bodem sturend"
    assert body["soorten"] == ["beleidsafspraak"]
    assert body["hoofdstuk"] == "2" and body["hoofdstukTitel"] == ""
    assert body["arrangement"] == {
        "id": register.gelderland_2025.pk,
        "soort": "ruimtelijk_arrangement",
        "titel": "Ruimtelijk Arrangement Gelderland",
        "jaar": 2025,
        "generatie": 2,
        "gebied": "provincie-gelderland",
        "document": register.letter.pk,
    }
    assert body["departementen"] == ["IenW"]
    assert body["alleDepartementen"] is False
    assert body["partijen"] == [{"slug": "provincie-gelderland", "naam": "Provincie Gelderland"}]
    assert body["gebieden"] == [
        {"slug": "provincie-gelderland", "naam": "Gelderland", "soort": "provincie"}
    ]
    assert body["bron"] == {
        "document": register.letter.pk,
        "pagina": 3,
        "regel": 12,
        "begin": 120,
        "eind": 480,
    }
    assert body["vervolgOp"] == register.previous.pk
    assert body["beoordeling"] == "voorgesteld" and body["status"] == "open"
    assert body["aantekeningen"] == "" and body["versie"] == 1
    first, second = body["toezeggingen"]
    assert first == {
        "id": register.water_bullet.pk,
        "volgnummer": 1,
        "tekst": "De provincie werkt de drinkwateropgave uit in een gebiedsplan.",
        "trekker": "provincie-gelderland",
        "trekkerZoalsGeschreven": "Provincie Gelderland",
        "termijn": {
            "zoalsGeschreven": "najaar 2025",
            "van": "2025-09-21",
            "tot": "2025-12-20",
            "precisie": "seizoen",
        },
        "status": "open",
    }
    assert second["trekker"] == "ienw" and second["termijn"] is None


def test_timestamps_are_utc_with_z_whatever_the_time_zone(api, register) -> None:
    # 14:30 in Amsterdam in summer is 12:30 UTC.
    amsterdam = dt.timezone(dt.timedelta(hours=2))
    Agreement.objects.filter(pk=register.water.pk).update(
        updated_at=dt.datetime(2025, 6, 2, 14, 30, tzinfo=amsterdam),
        created_at=dt.datetime(2025, 1, 15, 9, 0, tzinfo=dt.UTC),
    )
    body = api.get(f"/api/v1/afspraken/{register.water.pk}").json()
    assert body["gewijzigdOp"] == "2025-06-02T12:30:00Z"
    assert body["aangemaaktOp"] == "2025-01-15T09:00:00Z"
    commitment = api.get(f"/api/v1/toezeggingen/{register.water_bullet.pk}").json()
    assert commitment["aangemaaktOp"].endswith("Z")


def test_a_commitment_in_full(api, register) -> None:
    response = api.get(f"/api/v1/toezeggingen/{register.housing_bullet.pk}")
    assert response.status_code == 200 and response["ETag"] == '"1"'
    body = response.json()
    assert body["afspraak"] == register.housing.pk
    assert body["volgnummer"] == 1 and body["tekst"].startswith("Rijk en provincie")
    assert body["trekker"] == "vro" and body["trekkerZoalsGeschreven"] == ""
    assert body["termijn"] == {
        "zoalsGeschreven": "1 maart 2026",
        "van": "2026-03-01",
        "tot": "2026-03-01",
        "precisie": "dag",
    }
    assert body["status"] == "lopend" and body["aantekeningen"] == "" and body["bron"] is None
    assert body["beoordeling"] == "handmatig" and body["versie"] == 1


def test_a_project_with_region_money_and_milestones(api, register) -> None:
    response = api.get(f"/api/v1/projecten/{register.project.pk}")
    assert response.status_code == 200 and response["ETag"] == '"1"'
    body = response.json()
    assert body["slug"] == "via15" and body["naam"] == "A12/A15 Ressen-Oudbroeken (ViA15)"
    assert body["fase"] == "realisatie"
    assert body["status"] == "gepauzeerd" and body["isProgramma"] is False
    assert body["mirtRegio"]["slug"] == "mirt-oost"
    assert [a["slug"] for a in body["gebieden"]] == ["provincie-gelderland"]
    assert body["partijen"] == [{"slug": "rws", "naam": "Rijkswaterstaat"}]
    (money,) = body["bedragen"]
    assert money["bedragEur"] == "1145000000.00" and money["zoalsGeschreven"] == "€ 1.145 mln."
    assert money["bovengrensEur"] is None and money["soort"] == "budget"
    assert money["partij"] == "ienw" and money["prijspeil"] == 2024 and money["btw"] == "onbekend"
    (milestone,) = body["mijlpalen"]
    assert milestone["soort"] == "projectbeslissing" and milestone["omschrijving"] == "Tracébesluit"
    assert milestone["termijn"]["tot"] == "2026-12-31" and milestone["bereiktOp"] is None


def test_documents_never_carry_their_text_and_the_detail_counts_what_was_read(
    api, register, embedded
) -> None:
    listed = embedded(api.get("/api/v1/documenten"), "documenten")
    assert {d["id"] for d in listed} == {register.bundle.pk, register.letter.pk}
    assert all("tekst" not in d and "text" not in d for d in listed)
    letter = next(d for d in listed if d["id"] == register.letter.pk)
    assert letter["bovenliggend"] == register.bundle.pk
    assert letter["afzender"] == {"slug": "provincie-gelderland", "naam": "Provincie Gelderland"}
    assert letter["titel"] == "Ruimtelijk Arrangement Gelderland 2025"
    assert letter["datum"] == "2025-06-02" and letter["soort"] == "ruimtelijk_arrangement"

    bundle = api.get(f"/api/v1/documenten/{register.bundle.pk}").json()
    assert "x" * 100 not in str(bundle)
    assert bundle["aantalPaginas"] == 40 and bundle["inhoudshash"] == "a" * 64
    assert bundle["oorspronkelijkeBestandsnaam"] == "bol-oost-2025.pdf"
    assert bundle["aantallen"] == {
        "delen": 1,
        "passages": 1,
        "vermeldingen": 0,
        "arrangementen": 1,
        "afspraken": 1,  # as /afspraken?document=<bundle>: water, read from its letter
    }
    letter_detail = api.get(f"/api/v1/documenten/{register.letter.pk}").json()
    assert letter_detail["aantallen"]["afspraken"] == 2  # water (passage), housing (arrangement)


def test_organisations_and_areas_by_id_with_their_slug(api, reference_data, embedded) -> None:
    ienw = Organisation.objects.get(slug="ienw")
    body = api.get(f"/api/v1/organisaties/{ienw.pk}").json()
    assert body["slug"] == "ienw" and body["soort"] == "ministerie" and body["afkorting"] == "IenW"
    assert body["naam"] == ienw.name
    assert "I&W" in body["aliassen"]

    foodvalley = Area.objects.get(slug="woningbouw-foodvalley")
    body = api.get(f"/api/v1/gebieden/{foodvalley.pk}").json()
    assert body["slug"] == "woningbouw-foodvalley" and body["soort"] == "woningbouwgebied"
    assert body["bovenliggend"] == (foodvalley.parent.slug if foodvalley.parent else None)
    assert body["bestuurdDoor"] == (foodvalley.authority.slug if foodvalley.authority else None)
    assert body["woningbouwprogramma"] == foodvalley.housing_programme

    organisations = embedded(api.get("/api/v1/organisaties?paginaGrootte=100"), "organisaties")
    assert len(organisations) == min(100, Organisation.objects.count())


def test_funding_rounds_list_a_summary_and_show_the_allocation(
    api, funding_round, embedded
) -> None:
    (listed,) = embedded(api.get("/api/v1/financieringsrondes"), "financieringsrondes")
    assert listed["naam"] == "WoKT 2025 ronde 1"
    assert listed["regeling"] == "wokt-2025" and listed["regelingVersie"] == "2025.1"
    assert listed["budgetEur"] == "30000000.00" and listed["aantalVoorstellen"] == 14
    assert listed["peildatum"] == "2025-07-01"
    assert "verdeling" not in listed

    detail = api.get(f"/api/v1/financieringsrondes/{funding_round.pk}").json()
    assert detail["verdeling"]["greedy"] == {
        "gefinancierdEur": "29500000.00",
        "nieuweWoningen": 2300,
        "aantal": 5,
    }
    assert detail["verdeling"]["optimaal"]["nieuweWoningen"] == 2450
    assert detail["verdeling"]["optimaal"]["bewezenOptimaal"] is True
    assert len(detail["uitkomsten"]) == 14
    assert sum(o["gefinancierdGreedy"] for o in detail["uitkomsten"]) == 5
    assert sum(o["gefinancierdOptimaal"] for o in detail["uitkomsten"]) >= 5
    assert not all(o["doorstaatKnockouts"] for o in detail["uitkomsten"])
    assert detail["bronbestand"] == WOKT_SAMPLE.name
    assert detail["bronbestandSha256"] == hashlib.sha256(WOKT_SAMPLE.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("path", "name", "count"),
    [
        ("/api/v1/afspraken", "afspraken", 4),
        ("/api/v1/toezeggingen", "toezeggingen", 4),
        ("/api/v1/projecten", "projecten", 2),
        ("/api/v1/documenten", "documenten", 2),
    ],
)
def test_each_collection_lists_its_records(api, register, embedded, path, name, count) -> None:
    response = api.get(path)
    records = embedded(response, name)
    assert len(records) == count
    assert response["X-Total-Count"] == str(count)
    for record in records:
        detail = api.get(record["_links"]["self"]["href"])
        assert detail.status_code == 200
        assert detail.json()["id"] == record["id"]


def test_every_answer_names_the_api_version(api, register) -> None:
    for path in (
        "/api/v1/afspraken",
        f"/api/v1/afspraken/{register.water.pk}",
        "/api/v1/afspraken/999999",
        "/api/v1/afspraken?status=nee",
        "/api/v1/onbekend",
        "/api/v1/openapi.json",
    ):
        assert api.get(path)["API-Version"] == API_VERSION, path
    assert api.delete(f"/api/v1/afspraken/{register.water.pk}")["API-Version"] == API_VERSION


@override_settings(PUBLIC_READ=False)
def test_without_public_read_an_anonymous_reader_gets_401_and_a_user_reads(
    api, register, reader, problem
) -> None:
    for path in ("/api/v1/afspraken", f"/api/v1/afspraken/{register.water.pk}"):
        response = api.get(path)
        assert response.status_code == 401
        assert response["WWW-Authenticate"] == "Token"
        assert problem(response)["title"] == "Niet aangemeld"
    # The document describing the API stays public.
    assert api.get("/api/v1/openapi.json").status_code == 200
    api.force_authenticate(reader)
    assert api.get("/api/v1/afspraken").status_code == 200


def test_a_token_authenticates_and_a_wrong_one_is_refused(api, register, reader, problem) -> None:
    token = Token.objects.create(user=reader)
    with override_settings(PUBLIC_READ=False):
        ok = api.get("/api/v1/afspraken", HTTP_AUTHORIZATION=f"Token {token.key}")
        assert ok.status_code == 200
        wrong = api.get("/api/v1/afspraken", HTTP_AUTHORIZATION="Token 0123456789abcdef")
        assert wrong.status_code == 401
        assert problem(wrong)["title"] == "Niet aangemeld"


def test_documents_list_reads_no_file_text(api, register) -> None:
    Document.objects.filter(pk=register.bundle.pk).update(extracted_text="geheim " * 10)
    response = api.get("/api/v1/documenten")
    assert b"geheim" not in response.content
