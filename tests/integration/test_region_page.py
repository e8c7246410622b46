"""Regio: everything that touches one area or organisation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.urls import reverse

from ruimtemonitor.funding.models import FundingRound
from ruimtemonitor.organisations.models import Area, Organisation, OrganisationKind
from ruimtemonitor.projects.models import Project
from ruimtemonitor.register.models import (
    Agreement,
    Arrangement,
    ArrangementKind,
    Commitment,
    Meeting,
    MeetingKind,
)


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def funding_round(name: str, proposals: list[dict]) -> FundingRound:
    return FundingRound.objects.create(
        name=name,
        scheme_name="wokt-2025",
        scheme_version="2025.1",
        scheme_digest="sha256:x",
        peildatum=dt.date(2025, 7, 1),
        budget_eur=Decimal(1000),
        proposals=proposals,
    )


def test_province_page_collects_arrangements_agreements_projects_and_funding(
    client, reference_data
) -> None:
    province = Area.objects.get(slug="provincie-gelderland")
    authority = Organisation.objects.get(slug="provincie-gelderland")
    ede = Area.objects.get(slug="gemeente-ede")  # in Regio Foodvalley, in Gelderland
    own = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT,
        title="Ruimtelijk Arrangement Rijk – Provincie Gelderland",
        area=province,
        year=2025,
    )
    tagged = Agreement.objects.create(arrangement=own, number="2.1", title="Water en bodem")
    elsewhere = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT, title="RA Zeeland", year=2025
    )
    child_tag = Agreement.objects.create(arrangement=elsewhere, number="9.9", title="Over Ede")
    child_tag.areas.add(ede)
    Agreement.objects.create(arrangement=elsewhere, number="1.1", title="Alleen Zeeland")
    novex = Area.objects.get(slug="novex-arnhem-nijmegen-foodvalley")
    agenda = Arrangement.objects.create(
        kind=ArrangementKind.UITVOERINGSAGENDA, title="Uitvoeringsagenda ANF", area=novex, year=2024
    )
    agenda.parties.add(authority)
    Commitment.objects.create(
        agreement=tagged, text="De provincie levert een kaart", owner=authority
    )
    project = Project.objects.create(name="Spoorzone Ede", slug="spoorzone-ede")
    project.areas.add(ede)
    funding_round(
        "WoKT ronde 1",
        [
            {"id": "P01", "naam": "Ede-Oost", "gemeente": "Ede", "provincie": "Gelderland"},
            {"id": "P02", "naam": "Zwolle", "gemeente": "Zwolle", "provincie": "Overijssel"},
        ],
    )

    html = main_html(client.get(reverse("web:region_detail", args=["provincie-gelderland"])))
    assert "Ruimtelijk Arrangement Rijk – Provincie Gelderland" in html
    assert "Uitvoeringsagenda ANF" in html  # signed by the province
    assert reverse("web:agreement_detail", args=[child_tag.pk]) in html  # tagged with a child
    assert "Alleen Zeeland" not in html
    assert "/afspraken?gebied=provincie-gelderland" in html
    assert reverse("web:region_detail", args=["novex-arnhem-nijmegen-foodvalley"]) in html
    assert reverse("web:region_detail", args=["landsdeel-oost"]) in html  # parent chain
    assert reverse("web:region_detail", args=["gemeente-ede"]) in html  # contains
    assert reverse("web:project_detail", args=["spoorzone-ede"]) in html
    assert "De provincie levert een kaart" in html
    funding = html[html.index('id="financiering"') :]
    assert "P01" in funding and "P02" not in funding


def test_regio_foodvalley_collects_its_municipalities_and_commitments(
    client, reference_data
) -> None:
    region = Organisation.objects.get(slug="regio-foodvalley")
    arrangement = Arrangement.objects.create(
        kind=ArrangementKind.AFSPRAKENLIJST, title="Afspraken BOL Oost", year=2025
    )
    arrangement.parties.add(region)
    agreement = Agreement.objects.create(arrangement=arrangement, number="3", title="Woningbouw")
    agreement.parties.add(region)
    Commitment.objects.create(agreement=agreement, text="De regio stelt een plan op", owner=region)
    funding_round(
        "Afweegkader 2025",
        [
            {"id": "A1", "naam": "Spoorzone", "gemeente": "Amersfoort", "gebied": "Foodvalley"},
            {"id": "A2", "naam": "Haven", "gemeente": "Amsterdam", "gebied": "Haven-Stad"},
            {"id": "A3", "naam": "Kazerneterrein", "gemeente": "Ede", "gebied": ""},
        ],
    )

    html = main_html(client.get(reverse("web:region_detail", args=["regio-foodvalley"])))
    assert "Afspraken BOL Oost" in html and "De regio stelt een plan op" in html
    assert reverse("web:agreement_detail", args=[agreement.pk]) in html
    assert "/afspraken?gebied=regio-foodvalley" in html
    assert reverse("web:region_detail", args=["provincie-gelderland"]) in html  # lies in
    assert reverse("web:region_detail", args=["gemeente-veenendaal"]) in html  # contains
    funding = html[html.index('id="financiering"') :]
    assert "A1" in funding  # the area column says "Foodvalley", the region's short name
    assert "A3" in funding  # Ede is one of its municipalities
    assert "A2" not in funding

    # The housing area Foodvalley finds the proposal by its area column.
    housing = main_html(client.get(reverse("web:region_detail", args=["woningbouw-foodvalley"])))
    assert "A1" in housing[housing.index('id="financiering"') :]

    index = main_html(client.get(reverse("web:region_list")))
    assert index.count(reverse("web:region_detail", args=["regio-foodvalley"])) == 1


def test_an_organisation_without_an_area_has_a_page_too(client, reference_data) -> None:
    partnership = Organisation.objects.create(
        slug="regio-voorbeeld", kind=OrganisationKind.REGION, name="Regio Voorbeeld"
    )
    arrangement = Arrangement.objects.create(
        kind=ArrangementKind.AFSPRAKENLIJST, title="Afspraken BOL Zuid", year=2025
    )
    agreement = Agreement.objects.create(arrangement=arrangement, number="4", title="Bereikbaar")
    agreement.parties.add(partnership)
    html = main_html(client.get(reverse("web:region_detail", args=["regio-voorbeeld"])))
    assert "Regio Voorbeeld" in html
    assert reverse("web:agreement_detail", args=[agreement.pk]) in html
    assert "/afspraken?partij=regio-voorbeeld" in html
    index = main_html(client.get(reverse("web:region_list")))
    assert reverse("web:region_detail", args=["regio-voorbeeld"]) in index


def test_mirt_region_page_lists_its_projects(client, reference_data) -> None:
    oost = Area.objects.get(slug="mirt-oost")
    Project.objects.create(name="Spoorknoop Voorbeeldstad", slug="spoorknoop", mirt_region=oost)
    Project.objects.create(name="N99", slug="n99", mirt_region=Area.objects.get(slug="mirt-noord"))
    html = main_html(client.get(reverse("web:region_detail", args=["mirt-oost"])))
    assert "Spoorknoop Voorbeeldstad" in html and "N99" not in html


def test_unknown_slug_is_404_and_names_are_escaped(client, reference_data) -> None:
    assert client.get(reverse("web:region_detail", args=["nergens"])).status_code == 404
    Organisation.objects.create(
        slug="regio-x", kind=OrganisationKind.REGION, name="<script>alert(1)</script>"
    )
    html = client.get(reverse("web:region_detail", args=["regio-x"])).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


def test_the_letter_form_proposes_the_last_meeting_the_register_holds(
    client, reference_data
) -> None:
    url = reverse("web:region_detail", args=["regio-foodvalley"])
    Meeting.objects.create(
        kind=MeetingKind.BOL, title="BOL Oost", date=dt.date(2025, 6, 2), year=2025
    )
    Meeting.objects.create(
        kind=MeetingKind.BO_MIRT, title="BO MIRT Oost", date=dt.date(2024, 11, 12), year=2024
    )
    Meeting.objects.create(  # still to come: not proposed
        kind=MeetingKind.BO_MIRT, title="BO MIRT Oost", date=dt.date(2999, 11, 1), year=2999
    )
    assert 'name="overleg" required value="BOL 2025"' in main_html(client.get(url))


def test_a_novex_area_of_two_kinds_is_shown_with_both(client, reference_data) -> None:
    novex = Area.objects.get(slug="novex-arnhem-nijmegen-foodvalley")
    both = f"{novex.get_novex_type_display()} en {novex.get_novex_also_display()}"
    assert novex.novex_also and both in main_html(
        client.get(reverse("web:region_detail", args=[novex.slug]))
    )
    member = client.get(reverse("web:region_detail", args=["regio-foodvalley"]))
    assert both in main_html(member)
