"""Financiering: rounds, one round's verdicts and allocations, exports, and a new round."""

from __future__ import annotations

import hashlib
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from tests.integration.funding_sample import PEILDATUM, SAMPLE, save_sample

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.core.funding import service
from ruimtemonitor.core.funding.reading import read_proposals
from ruimtemonitor.funding import services
from ruimtemonitor.funding.models import FundingRound


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


@pytest.fixture
def stored(db) -> FundingRound:
    return save_sample()


@pytest.fixture
def administrator(make_user):
    return make_user("beheer", role=Role.ADMINISTRATOR)


def test_list_shows_rounds_with_budget_and_both_allocations(client, stored) -> None:
    html = main_html(client.get(reverse("web:funding_list")))
    assert reverse("web:funding_detail", args=[stored.pk]) in html
    assert "WoKT 2025 ronde 1" in html and "wokt-2025@2025.1" in html
    assert "€ 30.000.000,00" in html
    assert ">14<" in html  # proposals
    assert "€ 29.500.000,00" in html and "2.300" in html  # greedy: 5 proposals
    assert "€ 30.000.000,00" in html and "2.450" in html  # optimal: 6 proposals


def test_list_queries_do_not_grow_with_the_number_of_rounds(
    client, stored, django_assert_max_num_queries
) -> None:
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("web:funding_list"))
    for index in range(5):
        save_sample(f"Ronde {index}")
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("web:funding_list"))


def test_detail_explains_every_knockout_and_compares_the_allocations(client, stored) -> None:
    html = main_html(client.get(reverse("web:funding_detail", args=[stored.pk])))
    proposals = {p["id"]: p for p in stored.result["proposals"]}
    # Every verdict with its explanation, as the engine wrote it.
    for knockout in proposals["P04"]["knockouts"]:
        assert knockout["explanation"].replace("'", "&#x27;") in html
    assert 'id="voorstel-p04"' in html
    rejected = html[html.index('id="afgewezen"') : html.index('id="toetsing"')]
    for ident in ("P02", "P04", "P06", "P09", "P12", "P14"):
        assert f">{ident}</a>" in rejected
    assert "percentage" in rejected
    ranking = html[html.index('id="rangorde"') : html.index('id="afgewezen"')]
    ranked = sorted((p for p in proposals.values() if p["rank"]), key=lambda p: p["rank"])
    positions = [ranking.index(f">{p['id']}</a>") for p in ranked]
    assert positions == sorted(positions)  # best first
    assert "€ 6.500.000,00" in ranking  # P03, exactly 65 %: amounts to the cent
    allocation = html[html.index('id="allocatie"') : html.index('id="rangorde"')]
    assert 'id="grafiek-bedrag-titel"' in allocation and 'id="grafiek-woningen-titel"' in allocation
    assert "€ 29.500.000,00" in allocation and "2.450" in allocation


def test_exports_list_the_proposals_with_their_verdicts(client, stored) -> None:
    response = client.get(reverse("web:funding_export", args=[stored.pk, "csv"]))
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *rows = [line.split(";") for line in text.strip().split("\r\n")]
    assert header[:4] == ["id", "naam", "gemeente", "provincie"]
    assert "percentage_passed" in header and "toelichting" in header
    by_id = {row[0]: dict(zip(header, row, strict=False)) for row in rows}
    assert set(by_id) == {f"P{n:02d}" for n in range(1, 15)}
    assert by_id["P04"]["percentage_passed"] in {"nee", "no"}
    assert by_id["P01"]["eligible"] in {"ja", "yes"}

    response = client.get(reverse("web:funding_export", args=[stored.pk, "xlsx"]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0][0] == "id" and len(values) == 15
    assert client.get(reverse("web:funding_export", args=[stored.pk, "pdf"])).status_code == 404


def test_proposal_text_is_escaped(client, db) -> None:
    funding_round = save_sample()
    funding_round.proposals[0]["naam"] = "<script>alert(1)</script>"
    funding_round.save()
    html = client.get(reverse("web:funding_detail", args=[funding_round.pk])).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


def test_only_administrators_assess_a_round(client, make_user, gelderland, administrator) -> None:
    url = reverse("web:funding_new")
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    client.force_login(make_user("redacteur", role=Role.EDITOR, organisation=gelderland))
    assert client.get(url).status_code == 403
    client.force_login(administrator)
    html = main_html(client.get(url))
    assert 'value="wokt-2025"' in html and 'value="afweegkader-2025"' in html
    assert 'value="locaties-2025"' not in html  # classifies locations, assesses no proposals
    assert 'enctype="multipart/form-data"' in html and "csrfmiddlewaretoken" in html


def _post(client, content: bytes, name: str = "voorstellen.csv", **fields: str):
    data = {
        "naam": "Ronde via het web",
        "regeling": "wokt-2025",
        "peildatum": "2025-07-01",
        "budget": "30.000.000",
        "max_aandeel": "",
        **fields,
        "bestand": SimpleUploadedFile(name, content),
    }
    return client.post(reverse("web:funding_new"), data)


def test_a_valid_file_is_assessed_stored_and_shown(client, administrator) -> None:
    client.force_login(administrator)
    response = _post(client, SAMPLE.read_bytes(), name="wokt-voorbeeld.csv")
    saved = FundingRound.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("web:funding_detail", args=[saved.pk])
    assert saved.name == "Ronde via het web" and saved.created_by == administrator
    assert saved.source_name == "wokt-voorbeeld.csv"
    assert saved.source_sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    # The same result as the command line gives for the same file.
    assert saved.result == FundingRound.objects.get(pk=save_sample("CLI").pk).result
    html = main_html(client.get(response["Location"]))
    assert "Ronde via het web" in html and "P13" in html


def test_a_cap_per_province_is_recorded(client, administrator) -> None:
    client.force_login(administrator)
    response = _post(client, SAMPLE.read_bytes(), max_aandeel="0,2")
    assert response.status_code == 302
    saved = FundingRound.objects.get()
    assert str(saved.max_share_per_province) == "0.200000"
    assert "max_share_per_province" in saved.scheme_overrides


def test_a_broken_file_lists_every_problem_and_stores_nothing(client, administrator) -> None:
    client.force_login(administrator)
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    broken = [
        lines[0],
        lines[1].replace(";200;", ";tweehonderd;"),
        lines[2].replace("Barneveld;Gelderland", "Barneveld;Atlantis"),
    ]
    save_sample("Bezet")  # a name already in use is reported together with the file
    response = _post(client, "\n".join(broken).encode(), naam="Bezet", budget="veel")
    assert response.status_code == 400
    html = main_html(response)
    assert "rij 2" in html and "woningen" in html and "tweehonderd" in html
    assert "rij 3" in html and "Atlantis" in html
    assert "Bezet" in html and "veel" in html  # name and budget problems in the same answer
    assert FundingRound.objects.count() == 1  # only the round saved before


def test_a_file_with_missing_columns_is_refused(client, administrator) -> None:
    client.force_login(administrator)
    response = _post(client, b"id;naam\nX1;Iets\n")
    assert response.status_code == 400
    html = main_html(response)
    for column in ("gemeente", "provincie", "woningen", "gevraagde_bijdrage"):
        # every missing column, not just the first, in a sentence
        assert f"Kolom &#x27;{column}&#x27; ontbreekt in de kopregel (rij 1)." in html
    assert not FundingRound.objects.exists()


def test_a_broken_cell_is_explained_with_row_column_and_value(client, administrator) -> None:
    client.force_login(administrator)
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    broken = [lines[0], lines[1].replace(";200;", ";;")]
    html = main_html(_post(client, "\n".join(broken).encode()))
    assert "rij 2: kolom &#x27;woningen&#x27; is leeg; verwacht: een geheel getal" in html
    assert "kopregel, kolom" not in html and "waarde &#x27;&#x27;" not in html


def test_the_form_names_the_columns_of_each_scheme_and_offers_a_template(
    client, administrator
) -> None:
    client.force_login(administrator)
    html = main_html(client.get(reverse("web:funding_new")))
    rules = service.load_scheme("wokt-2025")
    template = reverse("web:funding_template", args=["wokt-2025"])
    assert f'href="{template}"' in html
    for column in rules.required_columns:
        assert f"<code>{column}</code>" in html
    response = client.get(template)
    header = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()[0]
    assert set(rules.required_columns) <= set(header.split(";"))
    assert client.get(reverse("web:funding_template", args=["bestaat-niet"])).status_code == 404


def test_a_budget_far_above_the_allocations_is_left_out_of_the_chart(client, db) -> None:
    rules = service.load_scheme("wokt-2025")
    proposals = read_proposals(SAMPLE, rules.required_columns)
    result = service.assess(proposals, rules, PEILDATUM, "2500000000")
    funding_round = services.save_round(
        result, name="Groot budget", proposals=proposals, source_name=SAMPLE.name, source_hash=""
    )
    html = main_html(client.get(reverse("web:funding_detail", args=[funding_round.pk])))
    chart = html[html.index('id="grafiek-bedrag-titel"') : html.index("</svg>")]
    widths = [int(w) for w in re.findall(r'<rect [^>]*width="(\d+)"', chart)]
    assert len(widths) == 2 and min(widths) > 100  # both allocations drawn, none a sliver
    assert "Het budget van € 2.500.000.000,00 staat niet in de grafiek" in html


def test_a_budget_near_the_allocations_stays_in_the_chart(client, stored) -> None:
    html = main_html(client.get(reverse("web:funding_detail", args=[stored.pk])))
    chart = html[html.index('id="grafiek-bedrag-titel"') : html.index("</svg>")]
    assert len(re.findall(r"<rect ", chart)) == 3 and ">Budget<" in chart
