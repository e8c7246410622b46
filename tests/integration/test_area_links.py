"""Area and party links: region pages, the area filter, facets and alerts follow one rule."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.projects.models import Project
from ruimtemonitor.register.filters import AgreementFilter
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind


def _count(client, slug: str) -> int:
    html = client.get(reverse("web:region_detail", args=[slug])).content.decode()
    found = re.search(r"(\d+) afspra", html)
    assert found, f"no agreement count on /regio/{slug}"
    return int(found.group(1))


def _filtered(slug: str) -> set[str]:
    data = {"gebied": slug}
    return set(
        AgreementFilter(data=data, queryset=Agreement.objects.all()).qs.values_list(
            "number", flat=True
        )
    )


@pytest.fixture
def arrangements(reference_data) -> dict[str, Agreement]:
    gelderland = Area.objects.get(slug="provincie-gelderland")
    ra = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT,
        title="RA Gelderland",
        area=gelderland,
        year=2025,
    )
    ra.parties.add(Organisation.objects.get(slug="provincie-gelderland"))
    general = Agreement.objects.create(arrangement=ra, number="1.1", title="Ruimtegebruik")
    campus = Agreement.objects.create(arrangement=ra, number="4.6", title="Campusvorming")
    campus.areas.add(Area.objects.get(slug="regio-foodvalley"))
    novex = Area.objects.get(slug="novex-arnhem-nijmegen-foodvalley")
    agenda = Arrangement.objects.create(
        kind=ArrangementKind.UITVOERINGSAGENDA, title="Uitvoeringsagenda ANF", area=novex, year=2025
    )
    anf = Agreement.objects.create(arrangement=agenda, number="A.1", title="Woningbouw ANF")
    utrecht = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT,
        title="RA Utrecht",
        area=Area.objects.get(slug="provincie-utrecht"),
        year=2025,
    )
    rhenen = Agreement.objects.create(arrangement=utrecht, number="3.1", title="Rhenen")
    rhenen.areas.add(Area.objects.get(slug="gemeente-rhenen"))
    return {"general": general, "campus": campus, "anf": anf, "rhenen": rhenen}


def test_province_lists_its_arrangement_and_its_own_municipalities(client, arrangements) -> None:
    assert _filtered("provincie-gelderland") == {"1.1", "4.6"}
    assert _count(client, "provincie-gelderland") == 2
    assert _filtered("provincie-utrecht") == {"3.1"}


def test_landsdeel_lists_the_arrangements_of_its_provinces(client, arrangements) -> None:
    assert _filtered("landsdeel-oost") == {"1.1", "4.6"}
    assert _count(client, "landsdeel-oost") == 2
    assert _filtered("landsdeel-noordwest") == {"3.1"}


def test_region_lists_what_names_it_its_members_in_both_provinces_and_its_novex_area(
    client, arrangements
) -> None:
    assert _filtered("regio-foodvalley") == {"4.6", "A.1", "3.1"}
    assert _count(client, "regio-foodvalley") == 3


def test_novex_area_lists_its_agenda_and_what_concerns_its_member_region(
    client, arrangements
) -> None:
    assert _filtered("novex-arnhem-nijmegen-foodvalley") == {"4.6", "A.1", "3.1"}


def test_municipality_lists_what_concerns_it_and_its_partnerships(client, arrangements) -> None:
    assert _filtered("gemeente-ede") == {"4.6", "A.1"}
    assert _filtered("gemeente-rhenen") == {"4.6", "A.1", "3.1"}
    assert _count(client, "gemeente-ede") == 2


def test_utrecht_municipalities_lie_in_utrecht_and_are_members_of_foodvalley(
    client, reference_data
) -> None:
    for slug in ("gemeente-rhenen", "gemeente-veenendaal", "gemeente-renswoude"):
        area = Area.objects.get(slug=slug)
        assert area.parent.slug == "provincie-utrecht"
        assert list(area.member_of.values_list("slug", flat=True)) == ["regio-foodvalley"]
    html = client.get(reverse("web:region_detail", args=["provincie-gelderland"])).content.decode()
    assert "Veenendaal" not in html and "Rhenen" not in html and "Ede" in html
    page = client.get(reverse("web:region_detail", args=["regio-foodvalley"])).content.decode()
    assert "Arnhem-Nijmegen-Foodvalley" in page  # the NOVEX area it is a member of


def test_project_in_a_member_municipality_is_listed_for_the_region(client, reference_data) -> None:
    project = Project.objects.create(name="A1/A28 knooppunt Hoevelaken", slug="a1-a28-hoevelaken")
    project.areas.add(Area.objects.get(slug="gemeente-nijkerk"))
    for slug in ("gemeente-nijkerk", "regio-foodvalley", "provincie-gelderland"):
        html = client.get(reverse("web:region_detail", args=[slug])).content.decode()
        assert "A1/A28 knooppunt Hoevelaken" in html, slug


def test_agreement_page_shows_parties_and_areas_of_its_arrangement(client, arrangements) -> None:
    html = client.get(reverse("web:agreement_detail", args=[arrangements["campus"].pk])).content
    main = html.decode()
    parties = main[main.index("<dt>Partijen</dt>") :][:300]
    areas = main[main.index("<dt>Gebieden</dt>") :][:300]
    assert "Provincie Gelderland" in parties
    assert "Gelderland" in areas and "Regio Foodvalley" in areas


def test_area_facet_counts_what_the_filter_selects(client, arrangements) -> None:
    html = client.get(reverse("web:agreement_facets")).content.decode()
    for slug in ("regio-foodvalley", "gemeente-ede", "landsdeel-oost", "provincie-gelderland"):
        found = re.search(rf"(?:gebied|provincie)={slug}\".*?\((\d+)\)", html, re.S)
        assert found and int(found.group(1)) == len(_filtered(slug)), slug


@pytest.mark.corpus
def test_foodvalley_page_from_the_corpus(client, reference_data, corpus_dir) -> None:
    assert ingest_paths([corpus_dir / "000_2625f7667a8edade.txt"], queue=False).ok
    html = client.get(reverse("web:region_detail", args=["regio-foodvalley"])).content.decode()
    assert "Campusvorming" in html or "campusvorming" in html  # 4.6 names Foodvalley regio
    assert "Arnhem-Nijmegen-Foodvalley" in html
    assert "A1/A28 knooppunt Hoevelaken" in html
    assert _count(client, "regio-foodvalley") >= 2
    gelderland = _count(client, "provincie-gelderland")
    assert (
        gelderland
        == Agreement.objects.filter(arrangement__area__slug="provincie-gelderland").count()
    )
    assert _count(client, "landsdeel-oost") >= gelderland


@pytest.mark.corpus
def test_areas_are_linked_from_the_names_in_each_passage(reference_data, corpus_dir) -> None:
    from ruimtemonitor.common.statuses import ReviewState
    from ruimtemonitor.documents.models import Document
    from ruimtemonitor.register.involvement import link_named_areas

    assert ingest_paths([corpus_dir / "000_2625f7667a8edade.txt"], queue=False).ok
    campus = Agreement.objects.get(number="4.6", arrangement__area__slug="provincie-gelderland")
    assert {"regio-foodvalley", "gemeente-wageningen"} <= set(
        campus.areas.values_list("slug", flat=True)
    )
    hoevelaken = Project.objects.get(slug="a1-a28-knooppunt-hoevelaken")
    assert "gemeente-nijkerk" in hoevelaken.areas.values_list("slug", flat=True)
    # A section that only names the region further on is not a project lying in it.
    assert not Project.objects.filter(
        areas__slug__in=["gemeente-ede", "regio-foodvalley"], name__startswith="Voortgang"
    ).exists()
    # What a person checked stays as they left it when links are made again.
    campus.areas.clear()
    Agreement.objects.filter(pk=campus.pk).update(review_state=ReviewState.CONFIRMED)
    link_named_areas(Document.objects.get(parent=None))
    assert not campus.areas.exists()


def test_a_novex_area_of_two_kinds_is_listed_under_both(client, reference_data) -> None:
    html = client.get(reverse("web:region_list")).content.decode()
    assert html.count(reverse("web:region_detail", args=["novex-arnhem-nijmegen-foodvalley"])) == 2


def _definition(html: str, term: str) -> str:
    return " ".join(re.findall(rf"<dt>{term}</dt><dd>(.*?)</dd>", html, re.S))


def test_pages_list_their_own_parts_and_the_provinces_they_lie_in(client, reference_data) -> None:
    """With all 342 municipalities: a landsdeel lists its provinces (not their municipalities),
    a province its municipalities and no "lies in" itself, a region its members' provinces."""

    def page(slug: str) -> str:
        return client.get(reverse("web:region_detail", args=[slug])).content.decode()

    oost = page("landsdeel-oost")
    assert re.findall(r">([^<]+)</a>", _definition(oost, "Omvat")) == ["Gelderland", "Overijssel"]
    assert "Gelderland" not in _definition(oost, "Ligt in")
    gelderland = page("provincie-gelderland")
    assert len(re.findall(r"</a>", _definition(gelderland, "Omvat"))) == 51
    assert re.findall(r">([^<]+)</a>", _definition(gelderland, "Ligt in")) == ["Oost-Nederland"]
    foodvalley = page("regio-foodvalley")
    assert len(re.findall(r"</a>", _definition(foodvalley, "Omvat"))) == 8
    assert re.findall(r">([^<]+)</a>", _definition(foodvalley, "Ligt in")) == [
        "Gelderland",
        "Utrecht",
    ]
