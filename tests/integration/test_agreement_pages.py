"""The Afspraken pages: search, facets, sorting, pages, saved filters, detail and editing."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext, override
from tests.integration.factories import (
    area,
    arrangement,
    deadline,
    letter_with_text,
    org,
    passage,
)

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.common.editing import save_edit
from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.documents.models import Document, Mention, MentionKind
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment
from ruimtemonitor.web.models import SavedFilter

LIST = reverse("web:agreement_list")
FACETS = reverse("web:agreement_facets")

GELDERLAND_TEXT = (
    "Ruimtelijk Arrangement Rijk – Provincie Gelderland\n"
    "Inleiding met <script>alert('inbraak')</script> in de tekst van de brief.\n"
    "Afspraak 2.1 Water en bodem sturend\n"
    "- Het Rijk onderzoekt hoe het drinkwater in de Achterhoek beschermd blijft.\n"
    "- RWS levert de analyse van de grondwaterstanden.\n"
    "Afspraak 3.1 Wonen en werken\n"
    "Zie afspraak 2.1 voor de waterparagraaf.\n"
)
LIMBURG_TEXT = (
    "Ruimtelijk Arrangement Rijk – Provincie Limburg\n"
    "Afspraak 1.1 Zuid-Limburg bereikbaar\n"
    "- De provincie Limburg opent de busbaan.\n"
)


@dataclass
class World:
    g1: Agreement
    g2: Agreement
    g3: Agreement
    l1: Agreement
    drinking_water: Commitment
    analysis: Commitment
    gelderland_letter: Document


@pytest.fixture
def world(reference_data) -> World:
    """Two Gelderland generations and a Limburg arrangement, with varied facets."""
    gelderland_title = "Ruimtelijk Arrangement Rijk – Provincie Gelderland"
    limburg_title = "Ruimtelijk Arrangement Rijk – Provincie Limburg"
    gelderland_letter = letter_with_text(gelderland_title, GELDERLAND_TEXT, dt.date(2025, 6, 2))
    limburg_letter = letter_with_text(limburg_title, LIMBURG_TEXT, dt.date(2025, 5, 1))
    gelderland_parties = ("rijk", "provincie-gelderland")
    g25 = arrangement(
        gelderland_title,
        "provincie-gelderland",
        2025,
        gelderland_parties,
        document=gelderland_letter,
    )
    g26 = arrangement(
        gelderland_title,
        "provincie-gelderland",
        2026,
        gelderland_parties,
        generation=2,
        supersedes=g25,
    )
    l25 = arrangement(
        limburg_title,
        "provincie-limburg",
        2025,
        ("rijk", "provincie-limburg"),
        document=limburg_letter,
    )

    g1 = Agreement.objects.create(
        arrangement=g25,
        number="2.1",
        title="Water en bodem sturend",
        types=["beleidsafspraak"],
        chapter="2",
        chapter_title="Water",
        review_state=ReviewState.PROPOSED,
        source_passage=passage(gelderland_letter, "Afspraak 2.1 Water en bodem sturend", 2),
    )
    g1.departments.add(org("ienw"))
    drinking_water = Commitment.objects.create(
        agreement=g1,
        position=1,
        text="Het Rijk onderzoekt hoe het drinkwater in de Achterhoek beschermd blijft.",
        owner=org("rijk"),
        owner_as_written="Het Rijk",
        **deadline("eind 2025", dt.date(2025, 10, 1), dt.date(2025, 12, 31), "quarter"),
        review_state=ReviewState.PROPOSED,
        source_passage=passage(gelderland_letter, "Het Rijk onderzoekt hoe het drinkwater", 2),
    )
    analysis = Commitment.objects.create(
        agreement=g1,
        position=2,
        text="RWS levert de analyse van de grondwaterstanden.",
        owner=org("rws"),
        **deadline("medio 2026", dt.date(2026, 6, 1), dt.date(2026, 6, 30), "month"),
    )
    # Paths that overlap: a signing party that also owns a commitment, an owner of two
    # commitments, and areas named again on the agreement itself. Each counts once.
    Commitment.objects.create(
        agreement=g1,
        position=3,
        text="De provincie stemt het peilbeheer af.",
        owner=org("provincie-gelderland"),
    )
    Commitment.objects.create(
        agreement=g1, position=4, text="RWS rapporteert jaarlijks.", owner=org("rws")
    )
    g1.areas.add(area("provincie-gelderland"), area("novex-arnhem-nijmegen-foodvalley"))
    g2 = Agreement.objects.create(
        arrangement=g25,
        number="3.1",
        title="Wonen en werken",
        types=["uitvoeringsafspraak", "procesafspraak"],
        chapter="3",
        all_departments=True,
        status=AgreementStatus.IN_PROGRESS,
        review_state=ReviewState.CONFIRMED,
        source_passage=passage(gelderland_letter, "Afspraak 3.1 Wonen en werken", 3),
    )
    g3 = Agreement.objects.create(
        arrangement=g26,
        number="2.1",
        title="Water en bodem sturend, vervolg",
        types=["onderzoeksafspraak"],
        chapter="2",
        continues=g1,
    )
    g3.departments.add(org("vro"))
    g3.areas.add(area("novex-arnhem-nijmegen-foodvalley"))
    g3.parties.add(org("prorail"))
    l1 = Agreement.objects.create(
        arrangement=l25,
        number="1.1",
        title="Zuid-Limburg bereikbaar",
        types=["beleidsafspraak"],
        chapter="1",
        status=AgreementStatus.DONE,
        review_state=ReviewState.REJECTED,
        source_passage=passage(limburg_letter, "Afspraak 1.1 Zuid-Limburg bereikbaar"),
    )
    l1.departments.add(org("ienw"), org("vro"))
    Commitment.objects.create(
        agreement=l1,
        position=1,
        text="De provincie Limburg opent de busbaan.",
        owner=org("provincie-limburg"),
        **deadline("maart 2025", dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month"),
    )
    reference = GELDERLAND_TEXT.index("Zie afspraak 2.1")
    Mention.objects.create(
        document=gelderland_letter,
        kind=MentionKind.REFERENCE,
        as_written="Zie afspraak 2.1",
        value={"number": "2.1", "resolved_number": "2.1", "warning": None},
        start=reference,
        end=reference + len("Zie afspraak 2.1"),
        page=3,
    )
    return World(g1, g2, g3, l1, drinking_water, analysis, gelderland_letter)


def listed(response) -> list[int]:
    return [row.agreement.pk for row in response.context["rows"]]


def facets_of(client, params: dict | None = None) -> list:
    """The facets the panel endpoint counts for this selection (what facets.js shows)."""
    response = client.get(FACETS, params or {})
    assert response.status_code == 200
    return response.context["facets"]


# -- search, facets, sorting, pages ----------------------------------------------------------


def test_search_finds_the_agreement_whose_commitment_mentions_drinking_water(client, world) -> None:
    response = client.get(LIST, {"zoek": "drinkwater"})
    assert response.status_code == 200
    assert listed(response) == [world.g1.pk]
    assert "Water en bodem sturend" in response.content.decode()


def test_every_facet_value_filters_to_its_count(client, world) -> None:
    """Following a facet link gives exactly the number of agreements the facet promised."""
    for start in ({}, {"provincie": "provincie-gelderland"}, {"type": "beleidsafspraak"}):
        facets = facets_of(client, start)
        checked = 0
        for facet in facets:
            for value in facet.values:
                if value.active:  # its link removes the filter again
                    assert f"{facet.param}=" not in value.url
                    continue
                assert value.url.startswith(LIST + "?")
                response = client.get(value.url)
                assert response.status_code == 200
                assert response.context["total"] == value.count, (facet.param, value.value)
                checked += 1
        assert checked >= 20


PANEL_SELECTIONS = [
    "",
    "provincie=provincie-gelderland",
    "provincie=provincie-gelderland&status=open",
    "zoek=drinkwater",
    "type=beleidsafspraak",
    "gebied=novex-arnhem-nijmegen-foodvalley&beoordeling=confirmed",
    "departement=ienw&jaar=2025",
    "partij=rws",
    "hoofdstuk=2&generatie=1",
    "status=bogus",
]


def test_the_facet_index_gives_the_panels_counted_in_sql(world, settings, monkeypatch) -> None:
    """Both engines (register.facet_index, register.facet_sql): the same values, labels,
    counts, order and chosen value for every facet of a range of selections."""
    from django.http import QueryDict

    from ruimtemonitor.register import facet_index
    from ruimtemonitor.register.facets import build_facets

    def panel(facets: list) -> list:
        return [
            (f.param, [(v.value, v.label, v.count, v.active) for v in f.values]) for f in facets
        ]

    index = facet_index.build("test")
    for query in PANEL_SELECTIONS:
        settings.FACET_INDEX = False
        in_sql = panel(build_facets(QueryDict(query)))
        settings.FACET_INDEX = True
        monkeypatch.setattr(facet_index, "current_index", lambda: index)
        from_index = panel(build_facets(QueryDict(query)))
        monkeypatch.undo()
        assert from_index == in_sql, query
        assert any(values for _param, values in in_sql), query


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"provincie": "provincie-gelderland"}, {"g1", "g2", "g3"}),
        ({"provincie": "landsdeel-oost"}, {"g1", "g2", "g3"}),  # the province's parent
        ({"gebied": "novex-arnhem-nijmegen-foodvalley"}, {"g1", "g3"}),
        ({"jaar": "2026"}, {"g3"}),
        ({"generatie": "2"}, {"g3"}),
        ({"hoofdstuk": "2"}, {"g1", "g3"}),
        ({"type": "uitvoeringsafspraak"}, {"g2"}),
        ({"departement": "ienw"}, {"g1", "g2", "l1"}),  # g2 is for all departments
        ({"partij": "rws"}, {"g1"}),  # owns commitments
        ({"partij": "provincie-gelderland"}, {"g1", "g2", "g3"}),  # signs, and owns one
        ({"partij": "prorail"}, {"g3"}),  # named as party
        ({"partij": "provincie-limburg"}, {"l1"}),  # signs the arrangement
        ({"status": "afgerond"}, {"l1"}),
        ({"beoordeling": "proposed"}, {"g1"}),
        ({"deadlineVan": "2026-01-01"}, {"g1"}),
        ({"deadlineTot": "2025-06-30"}, {"l1"}),
        ({"provincie": "provincie-gelderland", "beoordeling": "confirmed"}, {"g2"}),
    ],
)
def test_each_filter_selects_its_agreements(client, world, params, expected) -> None:
    names = {getattr(world, name).pk: name for name in ("g1", "g2", "g3", "l1")}
    response = client.get(LIST, params)
    assert {names[pk] for pk in listed(response)} == expected


def test_the_source_document_facet_filters_by_letter(client, world) -> None:
    facet = next(f for f in facets_of(client) if f.param == "document")
    value = next(v for v in facet.values if v.value == str(world.gelderland_letter.pk))
    assert value.count == 2
    response = client.get(LIST, {"document": world.gelderland_letter.pk})
    assert set(listed(response)) == {world.g1.pk, world.g2.pk}


def test_active_filters_show_as_chips_that_remove_them(client, world) -> None:
    response = client.get(LIST, {"provincie": "provincie-gelderland", "zoek": "water"})
    chips = response.context["chips"]
    assert {chip.value for chip in chips} == {"Gelderland", "water"}
    province_chip = next(chip for chip in chips if chip.value == "Gelderland")
    assert "provincie" not in province_chip.url and "zoek=water" in province_chip.url
    assert province_chip.url in response.content.decode().replace("&amp;", "&")


def test_a_facet_link_keeps_the_other_parameters(client, world) -> None:
    facets = facets_of(client, {"zoek": "water", "sorteer": "titel", "pagina": "1"})
    status = next(f for f in facets if f.param == "status")
    url = status.values[0].url
    assert "zoek=water" in url and "sorteer=titel" in url and "pagina" not in url


def test_the_list_leaves_the_counts_to_the_facet_panel(client, world) -> None:
    """The page has the rows and an empty panel that names the endpoint with the same query."""
    params = {"provincie": "provincie-gelderland", "zoek": "water", "pagina": "1"}
    response = client.get(LIST, params)
    assert response.context["facets"] is None
    html = response.content.decode()
    panel = re.search(r'<div class="facets" data-facets-url="([^"]+)"[^>]*>', html)
    assert panel is not None
    assert 'aria-busy="true"' in panel.group(0) and 'aria-live="polite"' in panel.group(0)
    url = panel.group(1).replace("&amp;", "&")
    assert url == FACETS + "?provincie=provincie-gelderland&zoek=water"
    assert "facet__value" not in html  # no counts in the page itself
    assert 'src="/static/web/js/facets.js" defer' in html
    # Without JavaScript: a link to the same page with the counts inline.
    fallback = re.search(r'<a class="utrecht-link" data-facets-page href="([^"]+)"', html)
    assert fallback is not None
    assert "facetten=1" in fallback.group(1) and "provincie=provincie-gelderland" in fallback.group(
        1
    )
    # Chips and sort links stay on the page, named as the facets name them.
    assert {chip.value for chip in response.context["chips"]} == {"Gelderland", "water"}
    assert 'aria-sort="' in html
    # The endpoint answers that address with the panel only, counted for that selection.
    fragment = client.get(url)
    assert fragment.status_code == 200
    body = fragment.content.decode()
    assert "<html" not in body and 'class="facet"' in body
    status = next(f for f in fragment.context["facets"] if f.param == "status")
    counts = {value.value: value.count for value in status.values}
    assert counts == {"open": 2}  # g1 and g3 mention water; both are open


def test_facetten_1_renders_the_counts_inline(client, world) -> None:
    params = {"provincie": "provincie-gelderland", "facetten": "1"}
    response = client.get(LIST, params)
    inline = response.context["facets"]
    assert inline is not None
    html = response.content.decode()
    assert "data-facets-url" not in html and "facets.js" not in html
    assert 'class="facet__value' in html
    assert [(f.param, [(v.value, v.count) for v in f.values]) for f in inline] == [
        (f.param, [(v.value, v.count) for v in f.values])
        for f in facets_of(client, {"provincie": "provincie-gelderland"})
    ]
    # The switch does not filter, and the facet links keep it so the counts stay visible.
    assert set(listed(response)) == {world.g1.pk, world.g2.pk, world.g3.pk}
    status = next(f for f in inline if f.param == "status")
    assert all("facetten=1" in value.url for value in status.values)


def test_the_area_facets_share_one_query_when_neither_is_chosen(client, world, settings) -> None:
    settings.FACET_INDEX = False  # the counts in SQL (register.facet_sql)
    with CaptureQueriesContext(connection) as plain:
        facets_of(client)
    with CaptureQueriesContext(connection) as chosen:
        facets = facets_of(client, {"provincie": "provincie-gelderland"})

    def area_reads(captured: CaptureQueriesContext) -> int:
        reads = 'FROM "register_agreement_areas" t '  # the facets' read of the links
        return sum(reads in q["sql"] for q in captured.captured_queries)

    # Neither chosen: one base, its area links read once for both facets. A province
    # chosen: the province facet counts over its own base (everything), the area facet
    # over the province's agreements.
    assert area_reads(plain) == 1
    assert area_reads(chosen) == 2
    provinces = next(f for f in facets if f.param == "provincie")
    areas = next(f for f in facets if f.param == "gebied")
    assert {v.value for v in provinces.values} >= {"provincie-gelderland", "provincie-limburg"}
    assert "novex-arnhem-nijmegen-foodvalley" in {v.value for v in areas.values}


def test_sort_order_follows_the_sort_parameter(client, world) -> None:
    titles = sorted(a.title for a in Agreement.objects.all())
    response = client.get(LIST, {"sorteer": "titel"})
    assert [row.agreement.title for row in response.context["rows"]] == titles
    response = client.get(LIST, {"sorteer": "-titel"})
    assert [row.agreement.title for row in response.context["rows"]] == titles[::-1]
    by_deadline = client.get(LIST, {"sorteer": "deadline"})
    # Earliest first deadline first: Limburg (March 2025) before Gelderland 2.1 (end 2025).
    order = listed(by_deadline)
    assert order.index(world.l1.pk) < order.index(world.g1.pk)
    header = client.get(LIST, {"sorteer": "titel"}).content.decode()
    assert 'aria-sort="ascending"' in header


def _bulk_agreements(count: int, start: int = 0) -> None:
    bo_mirt, _ = Arrangement.objects.get_or_create(
        kind=ArrangementKind.AFSPRAKENLIJST, title="Afspraken BO MIRT", year=2025
    )
    bo_mirt.parties.add(org("rijk"))
    for n in range(start, start + count):
        agreement = Agreement.objects.create(
            arrangement=bo_mirt,
            number=f"9.{n:03d}",
            title=f"Afspraak over water nummer {n}",
            types=["uitvoeringsafspraak"],
            chapter=str(n % 4),
        )
        agreement.departments.add(org("ienw"), org("vro"))
        agreement.parties.add(org("prorail"))
        Commitment.objects.create(
            agreement=agreement,
            text=f"ProRail levert stap {n}",
            owner=org("prorail"),
            deadline_end=dt.date(2026, 1, 1) + dt.timedelta(days=n),
            deadline_start=dt.date(2026, 1, 1),
        )


def test_pages_of_25_with_links(client, reference_data) -> None:
    _bulk_agreements(60)
    first = client.get(LIST, {"sorteer": "nummer"})
    assert len(first.context["rows"]) == 25 and first.context["total"] == 60
    html = first.content.decode()
    assert "pagina=2" in html and "pagina=3" in html and 'aria-current="page"' in html
    third = client.get(LIST, {"sorteer": "nummer", "pagina": "3"})
    # Ordered by chapter, then number (chapters 0-3 take turns in the bulk data).
    expected = sorted(Agreement.objects.values_list("chapter", "number"))[50:]
    assert [r.agreement.number for r in third.context["rows"]] == [n for _c, n in expected]
    beyond = client.get(LIST, {"pagina": "99"})
    assert beyond.context["page"].number == 3


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"zoek": "water", "sorteer": "-deadline", "type": "uitvoeringsafspraak"},
        {"partij": "prorail", "departement": "vro", "sorteer": "titel", "pagina": "2"},
    ],
)
def test_the_number_of_queries_does_not_grow_with_the_data(
    client, reference_data, django_assert_max_num_queries, params
) -> None:
    _bulk_agreements(5)
    with CaptureQueriesContext(connection) as small:
        assert client.get(LIST, params).status_code == 200
    _bulk_agreements(55, start=5)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(LIST, params)
    assert response.context["total"] == 60
    assert len(response.context["rows"]) == 25


def test_empty_register_explains_how_to_fill_it(client, reference_data) -> None:
    response = client.get(LIST)
    assert response.context["register_empty"] is True
    assert reverse("web:document_upload") in response.content.decode()


def test_no_match_explains_what_to_do(client, world) -> None:
    response = client.get(LIST, {"zoek": "onvindbaarwoord"})
    assert response.context["total"] == 0 and response.context["register_empty"] is False
    assert "empty-state" in response.content.decode()


def test_pages_use_no_inline_script_or_style(client, world, make_user) -> None:
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    for url in (
        LIST,
        LIST + "?facetten=1",
        FACETS,
        reverse("web:agreement_detail", args=[world.g1.pk]),
    ):
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
        assert not re.search(r"\sstyle=", html)
        assert not re.search(r"\son[a-z]+=", html)


# -- saved filters ------------------------------------------------------------------------------


def test_saved_filter_round_trip(client, world, make_user) -> None:
    owner = make_user("anna")
    client.force_login(owner)
    response = client.post(
        reverse("web:saved_filter_save"),
        {
            "name": "Water in Gelderland",
            "query": "provincie=provincie-gelderland&zoek=water&pagina=2&x=1",
        },
    )
    assert response.status_code == 302
    saved = SavedFilter.objects.get(user=owner)
    assert saved.query == "provincie=provincie-gelderland&zoek=water"
    page = client.get(LIST).content.decode()
    assert (
        "Water in Gelderland" in page and "?provincie=provincie-gelderland&amp;zoek=water" in page
    )
    again = client.get(LIST + "?" + saved.query)
    assert set(listed(again)) == {world.g1.pk, world.g3.pk}

    other = make_user("bert")
    client.force_login(other)
    assert "Water in Gelderland" not in client.get(LIST).content.decode()
    assert client.post(reverse("web:saved_filter_delete", args=[saved.pk])).status_code == 404

    client.force_login(owner)
    client.post(reverse("web:saved_filter_delete", args=[saved.pk]))
    assert not SavedFilter.objects.exists()


def test_saving_a_filter_needs_a_login(client, world) -> None:
    response = client.post(reverse("web:saved_filter_save"), {"name": "x", "query": "jaar=2025"})
    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert not SavedFilter.objects.exists()


# -- detail ------------------------------------------------------------------------------------


def test_detail_shows_the_agreement_with_its_commitments_and_links(client, world) -> None:
    response = client.get(reverse("web:agreement_detail", args=[world.g1.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Water en bodem sturend" in html and ">IenW</abbr>" in html
    assert "drinkwater in de Achterhoek" in html and "RWS levert de analyse" in html
    assert "eind 2025" in html and "01-10-2025 – 31-12-2025" in html
    document_url = reverse("web:document_detail", args=[world.gelderland_letter.pk])
    passage = world.g1.source_passage_id
    assert f'href="{document_url}?passage={passage}#passage-{passage}"' in html
    # Continued in the next generation.
    assert reverse("web:agreement_detail", args=[world.g3.pk]) in html
    later = client.get(reverse("web:agreement_detail", args=[world.g3.pk])).content.decode()
    assert reverse("web:agreement_detail", args=[world.g1.pk]) in later


def test_all_departments_reads_as_such(client, world) -> None:
    html = client.get(reverse("web:agreement_detail", args=[world.g2.pk])).content.decode()
    with override("nl"):
        assert gettext("all departments") in html


def test_source_passage_is_highlighted_in_escaped_context(client, world) -> None:
    html = client.get(reverse("web:agreement_detail", args=[world.g1.pk])).content.decode()
    assert '<mark class="passage__mark">Afspraak 2.1 Water en bodem sturend</mark>' in html
    assert "&lt;script&gt;alert(&#x27;inbraak&#x27;)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_cross_references_in_the_letter_are_listed(client, world) -> None:
    response = client.get(reverse("web:agreement_detail", args=[world.g1.pk]))
    references = response.context["references"]
    assert [mention.as_written for mention, _span in references] == ["Zie afspraak 2.1"]
    assert references[0][1].text == "Zie afspraak 2.1"
    # Agreement 3.1 is not referred to.
    other = client.get(reverse("web:agreement_detail", args=[world.g2.pk]))
    assert other.context["references"] == []


def test_unknown_agreement_is_404(client, world) -> None:
    assert client.get(reverse("web:agreement_detail", args=[99999])).status_code == 404


# -- editing ------------------------------------------------------------------------------------


def agreement_form(agreement: Agreement, **values) -> dict:
    data = {
        "afspraak-version": agreement.version,
        "afspraak-status": agreement.status,
        "afspraak-notes": agreement.notes,
        "afspraak-reason": "",
    }
    data.update({f"afspraak-{key}": value for key, value in values.items()})
    return data


def commitment_form(commitment: Commitment, **values) -> dict:
    prefix = f"toezegging-{commitment.pk}-"
    data = {
        "version": commitment.version,
        "status": commitment.status,
        "owner": commitment.owner_id or "",
        "deadline_as_written": commitment.deadline_as_written,
        # As the browser sends them back: the stored interval.
        "deadline_start": commitment.deadline_start.isoformat()
        if commitment.deadline_start
        else "",
        "deadline_end": commitment.deadline_end.isoformat() if commitment.deadline_end else "",
        "notes": commitment.notes,
        "reason": "",
    }
    data.update(values)
    return {prefix + key: value for key, value in data.items()}


def test_an_involved_editor_changes_status_and_sees_it_in_the_history(
    client, world, make_user
) -> None:
    editor = make_user("gld", role=Role.EDITOR, organisation=org("provincie-gelderland"))
    client.force_login(editor)
    detail = reverse("web:agreement_detail", args=[world.g1.pk])
    assert reverse("web:agreement_edit", args=[world.g1.pk]) in client.get(detail).content.decode()

    response = client.post(
        reverse("web:agreement_edit", args=[world.g1.pk]),
        agreement_form(world.g1, status="lopend", notes="Gestart in mei.", reason="BO juni"),
    )
    assert response.status_code == 302 and response["Location"].startswith(detail)
    world.g1.refresh_from_db()
    assert (world.g1.status, world.g1.notes) == ("lopend", "Gestart in mei.")
    assert world.g1.review_state == ReviewState.CORRECTED and world.g1.version == 2

    page = client.get(detail)
    assert any(m.level_tag == "success" for m in page.context["messages"])
    entry = page.context["history"][0]
    assert entry.who == "gld" and entry.reason == "BO juni"
    changes = {change.label: (change.old, change.new) for change in entry.changes}
    with override("nl"):
        status_label = gettext("status").capitalize()
        assert changes[status_label] == (gettext("open"), gettext("in progress"))
    assert "Gestart in mei." in page.content.decode()


@pytest.mark.parametrize("who", ["anonymous", "reader", "other editor"])
def test_others_see_no_forms_and_get_403(client, world, make_user, who) -> None:
    if who == "reader":
        client.force_login(make_user("lezer", organisation=org("provincie-gelderland")))
    elif who == "other editor":
        client.force_login(
            make_user("lim", role=Role.EDITOR, organisation=org("provincie-limburg"))
        )
    html = client.get(reverse("web:agreement_detail", args=[world.g1.pk])).content.decode()
    assert reverse("web:agreement_edit", args=[world.g1.pk]) not in html
    assert "/bewerken" not in html
    response = client.post(
        reverse("web:agreement_edit", args=[world.g1.pk]),
        agreement_form(world.g1, status="afgerond"),
    )
    assert response.status_code == 403
    commitment = world.drinking_water
    response = client.post(
        reverse("web:commitment_edit", args=[world.g1.pk, commitment.pk]),
        commitment_form(commitment, status="afgerond"),
    )
    assert response.status_code == 403
    world.g1.refresh_from_db()
    commitment.refresh_from_db()
    assert world.g1.status == "open" and commitment.status == "open"


def test_a_stale_version_is_refused_with_the_current_values(client, world, make_user) -> None:
    editor = make_user("gld", role=Role.EDITOR, organisation=org("provincie-gelderland"))
    colleague = make_user("ienw", role=Role.EDITOR, organisation=org("ienw"))
    stale = agreement_form(world.g1, status="afgerond", notes="Mijn versie")
    save_edit(world.g1, {"notes": "Versie van een collega"}, version=1, user=colleague)

    client.force_login(editor)
    response = client.post(reverse("web:agreement_edit", args=[world.g1.pk]), stale)
    assert response.status_code == 409
    world.g1.refresh_from_db()
    assert world.g1.notes == "Versie van een collega" and world.g1.status == "open"
    conflict = response.context["agreement_conflict"]
    rows = {row.new for row in conflict.rows} | {row.old for row in conflict.rows}
    assert {"Mijn versie", "Versie van een collega"} <= rows
    html = response.content.decode()
    assert 'role="alert"' in html and "Versie van een collega" in html
    # The form offered again carries the current version, so a deliberate retry can save.
    assert response.context["agreement_form"].initial["version"] == 2


def test_commitment_deadline_is_read_in_dutch_against_the_letter_date(
    client, world, make_user
) -> None:
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    commitment = world.drinking_water
    url = reverse("web:commitment_edit", args=[world.g1.pk, commitment.pk])
    response = client.post(
        url,
        commitment_form(
            commitment,
            deadline_as_written="voor de zomer",
            owner=org("provincie-gelderland").pk,
            status="lopend",
            notes="Provincie neemt het over",
        ),
    )
    assert response.status_code == 302 and response["Location"].endswith(
        f"#toezegging-{commitment.pk}"
    )
    commitment.refresh_from_db()
    # The letter is dated 2 June 2025: "voor de zomer" is the summer of 2025.
    assert commitment.deadline_as_written == "voor de zomer"
    assert commitment.deadline_end == dt.date(2025, 6, 30)
    assert commitment.deadline_precision == "season"
    assert commitment.owner.slug == "provincie-gelderland" and commitment.status == "lopend"
    assert commitment.review_state == ReviewState.CORRECTED

    history = client.get(reverse("web:agreement_detail", args=[world.g1.pk])).context["history"]
    latest = history[0]
    assert latest.anchor == f"toezegging-{commitment.pk}"
    assert ("eind 2025", "voor de zomer") in {(c.old, c.new) for c in latest.changes}


def test_unreadable_deadline_words_are_refused_unless_dates_are_given(
    client, world, make_user
) -> None:
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    commitment = world.drinking_water
    url = reverse("web:commitment_edit", args=[world.g1.pk, commitment.pk])
    refused = client.post(url, commitment_form(commitment, deadline_as_written="ooit eens"))
    assert refused.status_code == 400
    form = refused.context["commitments"][0].form
    assert form.errors["deadline_as_written"]
    commitment.refresh_from_db()
    assert commitment.deadline_as_written == "eind 2025"

    accepted = client.post(
        url,
        commitment_form(
            commitment,
            deadline_as_written="ooit eens",
            deadline_start="2027-01-01",
            deadline_end="2027-03-31",
        ),
    )
    assert accepted.status_code == 302
    commitment.refresh_from_db()
    assert (commitment.deadline_start, commitment.deadline_end) == (
        dt.date(2027, 1, 1),
        dt.date(2027, 3, 31),
    )
    assert commitment.deadline_as_written == "ooit eens"

    backwards = client.post(
        url,
        commitment_form(commitment, deadline_start="2027-05-01", deadline_end="2027-03-31"),
    )
    assert backwards.status_code == 400


def test_an_owner_may_edit_its_commitment_but_not_the_agreement(client, world, make_user) -> None:
    rws = make_user("rws", role=Role.EDITOR, organisation=org("rws"))
    client.force_login(rws)
    # RWS owns a commitment of 2.1, which makes it involved in the agreement as well.
    page = client.get(reverse("web:agreement_detail", args=[world.g1.pk]))
    assert page.context["may_edit"] is True
    assert all(view.form is not None for view in page.context["commitments"])
    # It is not involved in Limburg's agreement at all.
    limburg = client.get(reverse("web:agreement_detail", args=[world.l1.pk]))
    assert limburg.context["may_edit"] is False
    assert all(view.form is None for view in limburg.context["commitments"])


def test_edit_addresses_send_a_get_to_the_form(client, world) -> None:
    response = client.get(reverse("web:agreement_edit", args=[world.g1.pk]))
    assert response.status_code == 302 and response["Location"].endswith("#bewerken")


def test_history_names_the_departments_that_changed(client, world) -> None:
    world.g1.departments.add(org("vro"))
    history = client.get(reverse("web:agreement_detail", args=[world.g1.pk])).context["history"]
    changes = [(c.old, c.new) for entry in history for c in entry.changes]
    assert ("IenW", "IenW, VRO") in changes


def test_a_stale_commitment_edit_shows_both_owners(client, world, make_user) -> None:
    admin = make_user("beheer", role=Role.ADMINISTRATOR)
    commitment = world.drinking_water
    stale = commitment_form(commitment, owner=org("rws").pk, status="afgerond")
    save_edit(commitment, {"owner": org("provincie-gelderland")}, version=1, user=admin)
    client.force_login(admin)
    response = client.post(reverse("web:commitment_edit", args=[world.g1.pk, commitment.pk]), stale)
    assert response.status_code == 409
    commitment.refresh_from_db()
    assert commitment.owner.slug == "provincie-gelderland" and commitment.status == "open"
    view = response.context["commitments"][0]
    assert view.conflict is not None
    owners = next(row for row in view.conflict.rows if row.old == "RWS")
    assert owners.new == "Gelderland"
    assert view.form.initial["version"] == 2 and not view.form.is_bound


def test_a_status_change_leaves_the_deadline_exactly_as_it_was(client, world, make_user) -> None:
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    commitment = world.drinking_water
    commitment.deadline_as_written = "BO MIRT 2025"
    commitment.deadline_precision = "meeting"
    commitment.save()
    before = commitment.deadline
    response = client.post(
        reverse("web:commitment_edit", args=[world.g1.pk, commitment.pk]),
        commitment_form(commitment, status="lopend"),
    )
    assert response.status_code == 302
    commitment.refresh_from_db()
    assert commitment.status == "lopend" and commitment.deadline == before
