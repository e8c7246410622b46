"""SQL queries per page stay the same whether the register holds 5 or 50 records.

Every list reads its rows, their relations and its counts in a fixed number of queries
(select_related, prefetch_related, grouped counts); a query per row would show up here as
a difference between the two counts. Runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from tests.integration.factories import area, deadline, org, year_deadline

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.documents.models import Document, DocumentKind, Passage
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.projects.models import Milestone, MilestoneKind, MoneyKind, MoneyLine, Project
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment

PROVINCES = ("provincie-gelderland", "provincie-utrecht")
STATUSES = AgreementStatus.values
REVIEW_STATES = ReviewState.values


def letter(title: str, text: str) -> Document:
    """A file with a letter inside it, as a bundle is stored."""
    root = Document.objects.create(
        kind=DocumentKind.BUNDLE,
        title=f"Bundel {title}",
        original_filename=f"{title}.pdf",
        extracted_text=text,
        end=len(text),
        date=dt.date(2025, 6, 5),
    )
    Document.objects.create(
        kind=DocumentKind.RUIMTELIJK_ARRANGEMENT, title=title, parent=root, start=0, end=len(text)
    )
    return root


def add_commitments(agreement: Agreement, document: Document, count: int, first: int = 1) -> None:
    for position in range(first, first + count):
        passage = Passage.objects.create(document=document, start=0, end=20, page=1)
        Commitment.objects.create(
            agreement=agreement,
            position=position,
            text=f"De provincie levert stap {position} van het drinkwaterplan op.",
            owner=org("provincie-gelderland" if position % 2 else "ienw"),
            **deadline(
                f"uiterlijk 1 juli {2024 + position % 4}", dt.date(2024 + position % 4, 7, 1)
            ),
            status=STATUSES[position % len(STATUSES)],
            source_passage=passage,
        )


def populate(count: int, start: int = 0) -> None:
    """``count`` agreements (two commitments each), projects and files, numbered from
    ``start``; records alternate between two provinces, statuses and review states, and one
    in three mentions drinkwater."""
    for i in range(start, start + count):
        province = PROVINCES[i % 2]
        year = 2020 + i // 10
        document = letter(f"Ruimtelijk Arrangement {i}", "Afspraak over water en wonen. " * 4)
        arrangement, _created = Arrangement.objects.get_or_create(
            kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT,
            area=area(province),
            year=year,
            defaults={"title": f"Ruimtelijk Arrangement {province} {year}", "document": document},
        )
        arrangement.parties.add(org(province))
        passage = Passage.objects.create(document=document, start=0, end=30, page=1)
        agreement = Agreement.objects.create(
            arrangement=arrangement,
            number=f"{i % 3 + 1}.{i}",
            chapter=str(i % 3 + 1),
            chapter_title="Water en bodem",
            title=f"Afspraak {i} over {'drinkwater' if i % 3 == 0 else 'woningbouw'}",
            types=["beleidsafspraak", "uitvoeringsafspraak"][: 1 + i % 2],
            status=STATUSES[i % len(STATUSES)],
            review_state=REVIEW_STATES[i % len(REVIEW_STATES)],
            source_passage=passage,
        )
        agreement.departments.set([org("ienw"), org("vro")])
        agreement.parties.set([org(province)])
        agreement.areas.set([area("novex-arnhem-nijmegen-foodvalley")] if i % 4 == 0 else [])
        add_commitments(agreement, document, 2)
        project = Project.objects.create(
            name=f"Project {i}", slug=f"project-{i}", mirt_region=area("mirt-oost")
        )
        project.areas.set([area(province)])
        project.parties.set([org(province)])
        MoneyLine.objects.create(project=project, kind=MoneyKind.BUDGET, amount_eur=Decimal(i))
        MoneyLine.objects.create(agreement=agreement, kind=MoneyKind.CONTRIBUTION, amount_eur=1)
        Milestone.objects.create(
            project=project,
            kind=MilestoneKind.START,
            **year_deadline(2026),
        )


def queries(client, path: str) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured.captured_queries), response


def total(response: object) -> int | None:
    """How many records the page says it selected: the list's total or the API's."""
    context = getattr(response, "context", None)
    if context is not None and "total" in context:
        return int(context["total"])
    if response.has_header("X-Total-Count"):  # the API's collections
        return int(response["X-Total-Count"])
    return None


PAGES: list[tuple[str, Callable[[], str]]] = [
    ("agreement list", lambda: reverse("web:agreement_list")),
    (
        "agreement list with two facets",
        lambda: reverse("web:agreement_list") + "?provincie=provincie-gelderland&status=open",
    ),
    ("agreement list with a search", lambda: reverse("web:agreement_list") + "?zoek=drinkwater"),
    (
        "agreement list with its facets inline",
        lambda: reverse("web:agreement_list") + "?provincie=provincie-gelderland&facetten=1",
    ),
    ("facet panel", lambda: reverse("web:agreement_facets")),
    (
        "facet panel with two facets",
        lambda: reverse("web:agreement_facets") + "?provincie=provincie-gelderland&status=open",
    ),
    (
        "facet panel with a search",
        lambda: reverse("web:agreement_facets") + "?zoek=drinkwater",
    ),
    ("dashboard", lambda: reverse("web:home")),
    ("project list", lambda: reverse("web:project_list")),
    ("document list", lambda: reverse("web:document_list")),
    ("API agreements", lambda: "/api/v1/afspraken"),
    (
        "API agreements with two facets and a search",
        lambda: "/api/v1/afspraken?provincie=provincie-gelderland&status=open&zoek=drinkwater",
    ),
]


@pytest.mark.parametrize(("name", "path"), PAGES, ids=[name for name, _path in PAGES])
def test_queries_per_page_do_not_grow_with_the_register(
    client, reference_data, name: str, path: Callable[[], str]
) -> None:
    populate(5)
    client.get(path())  # first request: sessions, caches and content types out of the way
    few, small = queries(client, path())
    populate(45, start=5)
    # Again after the write: the facet index (register.facet_index) is rebuilt once per
    # register version, in the same number of queries whatever the register holds.
    client.get(path())
    many, large = queries(client, path())
    assert many == few, f"{name}: {few} queries with 5 records, {many} with 50"
    # The page did see the larger register (so the equality above is not about an empty page).
    small_total, large_total = total(small), total(large)
    if small_total is not None:
        assert 0 < small_total < large_total, (small_total, large_total)
    assert len(large.content) > len(small.content)


def test_agreement_detail_queries_do_not_grow_with_its_commitments(client, reference_data) -> None:
    populate(2)
    small, large = Agreement.objects.order_by("pk")
    document = small.source_passage.document
    add_commitments(small, document, 3, first=3)  # 5 commitments
    add_commitments(large, document, 48, first=3)  # 50 commitments
    for agreement, count in ((small, 5), (large, 50)):
        assert agreement.commitments.count() == count
    large.departments.set(Organisation.objects.filter(kind="ministerie"))
    large.areas.set(Area.objects.filter(kind="novex"))
    url = "web:agreement_detail"
    client.get(reverse(url, args=[small.pk]))
    few, small_page = queries(client, reverse(url, args=[small.pk]))
    many, large_page = queries(client, reverse(url, args=[large.pk]))
    assert many == few, f"{few} queries with 5 commitments, {many} with 50"
    assert large_page.content.decode().count("drinkwaterplan") >= 50
    assert small_page.content.decode().count("drinkwaterplan") >= 5


def test_query_counts_are_small(client, reference_data) -> None:
    """A ceiling per page, so a new query per facet or widget is a decision, not a drift."""
    populate(5)
    facets = reverse("web:agreement_facets")
    ceilings = {
        # The list counts no facets (the panel does, from its own address): rows, their
        # relations, the total, the chips' names and the saved selections.
        reverse("web:agreement_list"): 8,
        reverse("web:agreement_list") + "?provincie=provincie-gelderland&status=open": 8,
        facets: 16,
        facets + "?provincie=provincie-gelderland&status=open": 18,
        reverse("web:agreement_list") + "?provincie=provincie-gelderland&facetten=1": 24,
        reverse("web:home"): 24,
        reverse("web:project_list"): 8,
        reverse("web:document_list"): 8,
        "/api/v1/afspraken": 8,
    }
    for path, ceiling in ceilings.items():
        client.get(path)
        count, _response = queries(client, path)
        assert count <= ceiling, f"{path}: {count} queries, at most {ceiling} expected"
