"""Projecten: the list by MIRT region and phase, and one project with its decisions and money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from tests.integration.factories import deadline, money_line

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.documents.models import Document, DocumentKind, Passage
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.projects.models import Milestone, MilestoneKind, MoneyKind, Phase, Project, Vat
from ruimtemonitor.web.views.projects import PAGE_SIZE


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def project(name: str, region: str | None = None, **values: object) -> Project:
    area = Area.objects.get(slug=region) if region else None
    slug = name.lower().replace(" ", "-")
    return Project.objects.create(name=name, slug=slug, mirt_region=area, **values)


def test_list_groups_by_mirt_region_in_section_order_with_phase_labels(
    client, reference_data
) -> None:
    project("Zuidas Knoop", "mirt-noordwest", phase=Phase.PLAN_ELABORATION)
    project("N99 Voorbeeldweg", "mirt-noord", phase=Phase.REALISATION)
    project("Losse studie", phase=Phase.RESEARCH)
    project("Afgewezen", "mirt-noord", review_state=ReviewState.REJECTED)

    html = main_html(client.get(reverse("web:project_list")))
    html = html[html.index("</form>") :]  # after the filters, which name the regions too
    noord, noordwest = html.index("2.1 MIRT-regio Noord"), html.index("2.2 MIRT-regio Noordwest")
    assert noord < html.index("N99 Voorbeeldweg") < noordwest < html.index("Zuidas Knoop")
    assert html.index("Zuidas Knoop") < html.index("Losse studie")  # no region comes last
    assert "Afgewezen" not in html
    # The phase is a coloured badge and always its label too.
    assert 'class="utrecht-badge-status phase phase--realisatie">realisatie</span>' in html


def test_list_filters_by_region_phase_and_name(client, reference_data) -> None:
    project("N99 Voorbeeldweg", "mirt-noord", phase=Phase.REALISATION)
    project("N33 Noordweg", "mirt-noord", phase=Phase.EXPLORATION)
    project("A12 Oostweg", "mirt-oost", phase=Phase.EXPLORATION)
    url = reverse("web:project_list")

    by_region = main_html(client.get(url, {"regio": "mirt-noord"}))
    assert "N99 Voorbeeldweg" in by_region and "N33 Noordweg" in by_region
    assert "A12 Oostweg" not in by_region

    by_phase = main_html(client.get(url, {"fase": "verkenning"}))
    assert "N33 Noordweg" in by_phase and "A12 Oostweg" in by_phase
    assert "N99 Voorbeeldweg" not in by_phase

    by_name = main_html(client.get(url, {"zoek": "oostweg"}))
    assert "A12 Oostweg" in by_name and "N33" not in by_name


def test_list_is_paginated_and_keeps_the_filters(client, reference_data) -> None:
    for index in range(PAGE_SIZE + 3):
        project(f"Project {index:03d}", "mirt-zuid", phase=Phase.EXPLORATION)
    url = reverse("web:project_list")
    first = main_html(client.get(url, {"fase": "verkenning"}))
    assert "Project 000" in first and f"Project {PAGE_SIZE:03d}" not in first
    assert "fase=verkenning&amp;pagina=2" in first
    second = main_html(client.get(url, {"fase": "verkenning", "pagina": 2}))
    assert f"Project {PAGE_SIZE:03d}" in second and "Project 000" not in second


def test_list_queries_do_not_grow_with_the_number_of_projects(
    client, reference_data, django_assert_max_num_queries
) -> None:
    project("Eerste", "mirt-noord", phase=Phase.EXPLORATION)
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("web:project_list"))
    regions = list(Area.objects.filter(kind="mirt_regio"))
    for index in range(30):
        project(f"Meer {index}", regions[index % len(regions)].slug, phase=Phase.REALISATION)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("web:project_list"))


def test_detail_shows_decisions_money_parties_and_sources(client, reference_data) -> None:
    text = "Eerste pagina.\fTweede pagina: de N99 Voorbeeldweg kost € 12,5 mln."
    letter = Document.objects.create(
        kind=DocumentKind.MIRT_BRIEF, title="MIRT-brief najaar", extracted_text=text, end=len(text)
    )
    start = text.index("de N99")
    passage = Passage.objects.create(document=letter, start=start, end=len(text), page=2)
    zeeland = Organisation.objects.get(slug="provincie-zeeland")
    rijk = Organisation.objects.get(slug="rijk")
    item = project(
        "N99 Voorbeeldweg",
        "mirt-zuidwest",
        phase=Phase.PLAN_ELABORATION,
        source_passage=passage,
    )
    item.parties.add(zeeland)
    item.areas.add(Area.objects.get(slug="provincie-zeeland"))
    Milestone.objects.create(
        project=item,
        kind=MilestoneKind.PROJECT,
        **deadline("najaar 2027", dt.date(2027, 9, 23), dt.date(2027, 12, 20), "season"),
    )
    Milestone.objects.create(
        project=item,
        kind=MilestoneKind.START,
        description="Start van de verkenning",
        achieved_on=dt.date(2024, 3, 1),
    )
    money_line(
        item,
        MoneyKind.BUDGET,
        "12500000",
        as_written="€ 12,5 mln.",
        price_level=2024,
        vat=Vat.INCLUDED,
        source_passage=passage,
    )
    money_line(
        item,
        MoneyKind.ESTIMATE,
        "15000000",
        amount_upper_eur=Decimal("18000000"),
        as_written="€ 15 à 18 mln.",
        qualifier="circa",
    )
    money_line(item, MoneyKind.CONTRIBUTION, "3000000", party=zeeland)
    money_line(item, MoneyKind.COFINANCING, "1000000", party=zeeland)
    money_line(item, MoneyKind.CONTRIBUTION, "9000000", party=rijk)

    response = client.get(reverse("web:project_detail", args=[item.slug]))
    assert response.status_code == 200
    html = main_html(response)
    assert "phase--planuitwerking" in html
    assert reverse("web:region_detail", args=["mirt-zuidwest"]) in html
    assert reverse("web:region_detail", args=["provincie-zeeland"]) in html
    # Decisions in order of date: the start decision of 2024 before the project decision.
    timeline = html[html.index('id="besluiten"') : html.index('id="geld"')]
    assert timeline.index("Start van de verkenning") < timeline.index("najaar 2027")
    assert "<svg" in timeline and 'id="tijdlijn-titel"' in timeline
    money = html[html.index('id="geld"') : html.index('id="bronnen"')]
    for shown in ("€ 12,5 mln.", "€ 15 à 18 mln.", "circa", "2024", "€ 15 mln – € 18 mln"):
        assert shown in money
    assert 'id="grafiek-budget-titel"' in money
    contributions = money[money.index('id="grafiek-bijdragen-titel"') :]
    # Per party: Zeeland's contribution and co-financing added up, the Rijk separately.
    assert "€ 4 mln" in contributions and "€ 9 mln" in contributions
    sources = html[html.index('id="bronnen"') :]
    target = reverse("web:document_detail", args=[letter.pk])
    assert f"{target}?passage={passage.pk}#passage-{passage.pk}" in sources


def test_detail_escapes_untrusted_text_and_unknown_slugs_are_404(client, reference_data) -> None:
    item = project("Weg <script>alert(1)</script>", "mirt-oost")
    item.slug = "weg-script"
    item.save()
    html = client.get(reverse("web:project_detail", args=["weg-script"])).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert client.get(reverse("web:project_detail", args=["bestaat-niet"])).status_code == 404
