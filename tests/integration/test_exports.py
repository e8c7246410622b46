"""CSV and XLSX downloads: what Dutch Excel opens correctly, what the list shows, nothing run."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from tests.integration.factories import deadline

from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment
from ruimtemonitor.web import exports
from ruimtemonitor.web.exports import csv_response, neutralise, xlsx_response

LIST = reverse("web:agreement_list")
CSV_URL = reverse("web:agreement_export", args=["csv"])
XLSX_URL = reverse("web:agreement_export", args=["xlsx"])

HOSTILE = ['=HYPERLINK("http://x")', "+31 6 1234", "-2+3", "@SUM(A1)", "\tverborgen"]


def read_csv(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def read_xlsx(response) -> list[tuple]:
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    return [tuple(row) for row in workbook.active.iter_rows(values_only=True)]


# -- the writers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_neutralised(text) -> None:
    assert neutralise(text) == "'" + text
    assert neutralise("Gewoon 2 + 2") == "Gewoon 2 + 2"


def test_csv_is_streamed_for_dutch_excel() -> None:
    rows = iter(
        [
            [1, "Zoetwater; en zout", Decimal("1234.50"), dt.date(2025, 6, 2), None, True],
            [-3, 'Met "aanhalingstekens"', 0.25, dt.date(2026, 1, 31), ["IenW", "VRO"], False],
        ]
    )
    response = csv_response(
        "afspraken selectie", ["Nr", "Titel", "Bedrag", "Datum", "Wie", "Ja"], rows
    )
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="afspraken selectie.csv"' in response["Content-Disposition"]
    table = read_csv(response)
    assert table[0] == ["Nr", "Titel", "Bedrag", "Datum", "Wie", "Ja"]
    assert table[1][:5] == ["1", "Zoetwater; en zout", "1234,50", "02-06-2025", ""]
    assert table[2][:5] == ["-3", 'Met "aanhalingstekens"', "0,25", "31-01-2026", "IenW, VRO"]


def test_csv_and_xlsx_neutralise_formulas_but_keep_numbers() -> None:
    rows = [[text, -5] for text in HOSTILE]
    table = read_csv(csv_response("x", ["Tekst", "Getal"], iter(rows)))
    assert [row[0] for row in table[1:]] == ["'" + text for text in HOSTILE]
    assert {row[1] for row in table[1:]} == {"-5"}

    sheet = read_xlsx(xlsx_response("x", ["Tekst", "Getal"], rows))
    assert [row[0] for row in sheet[1:]] == ["'" + text for text in HOSTILE]
    assert {row[1] for row in sheet[1:]} == {-5}
    workbook = load_workbook(io.BytesIO(xlsx_response("x", ["a"], [[HOSTILE[0]]]).content))
    assert workbook.active["A2"].data_type == "s"  # text, not a formula


def test_xlsx_keeps_types_and_names_the_sheet() -> None:
    moment = timezone.make_aware(dt.datetime(2025, 6, 2, 12, 30), dt.UTC)
    response = xlsx_response(
        "overzicht",
        ["Datum", "Moment", "Bedrag", "Lijst"],
        [[dt.date(2025, 6, 2), moment, Decimal("7.5"), ("a", "b")]],
        sheet="Afspraken: [2025]",
    )
    assert response["Content-Type"] == exports.XLSX_CONTENT_TYPE
    assert 'filename="overzicht.xlsx"' in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.active
    assert ":" not in sheet.title and "[" not in sheet.title and sheet.title.startswith("Afspraken")
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet["A2"].value == dt.datetime(2025, 6, 2)
    assert sheet["B2"].value == dt.datetime(2025, 6, 2, 14, 30)  # Amsterdam summer time
    assert sheet["C2"].value == 7.5 and sheet["D2"].value == "a, b"


# -- the agreement export ------------------------------------------------------------------------


@pytest.fixture
def thirty(reference_data) -> list[Agreement]:
    """30 agreements (more than one page), ten of them in Limburg."""
    ienw = Organisation.objects.get(slug="ienw")
    made = []
    for year, count in ((2025, 20), (2026, 10)):
        arrangement = Arrangement.objects.create(
            kind=ArrangementKind.AFSPRAKENLIJST, title=f"Afspraken BO MIRT {year}", year=year
        )
        for n in range(count):
            agreement = Agreement.objects.create(
                arrangement=arrangement,
                number=f"{n + 1}",
                title=f"Afspraak {year}-{n + 1:02d}",
                types=["procesafspraak"],
                chapter="1",
            )
            agreement.departments.add(ienw)
            Commitment.objects.create(
                agreement=agreement,
                text="IenW meldt de voortgang",
                owner=ienw,
                **deadline(f"{n + 1} maart {year + 1}", dt.date(year + 1, 3, n + 1)),
            )
            made.append(agreement)
    return made


def listed_titles(client, params: dict) -> list[str]:
    titles = []
    page = 1
    while True:
        response = client.get(LIST, {**params, "pagina": page})
        titles += [row.agreement.title for row in response.context["rows"]]
        if not response.context["page"].has_next():
            return titles
        page += 1


@pytest.mark.parametrize(
    "params", [{"sorteer": "-titel"}, {"jaar": "2025", "sorteer": "-deadline"}, {}]
)
def test_exports_hold_the_filtered_list_in_its_order_on_all_pages(client, thirty, params) -> None:
    expected = listed_titles(client, params)
    assert len(expected) in {20, 30}

    table = read_csv(client.get(CSV_URL, params))
    title_column = 1
    assert [row[title_column] for row in table[1:]] == expected

    sheet = read_xlsx(client.get(XLSX_URL, params))
    assert [row[title_column] for row in sheet[1:]] == expected
    assert sheet[0] == tuple(table[0])


def test_export_columns(client, thirty) -> None:
    agreement = thirty[0]
    sheet = read_xlsx(client.get(XLSX_URL, {"jaar": "2025", "sorteer": "nummer"}))
    header, first = sheet[0], sheet[1]
    assert len(header) == 15
    values = dict(zip(range(15), first, strict=True))
    assert values[0] == "1" and values[1] == "Afspraak 2025-01"
    assert values[2] == "Afspraken BO MIRT 2025" and values[3] == 2025 and values[4] == "1"
    assert values[6] == "IenW"
    assert values[9] == "1 maart 2026" and values[10] == dt.datetime(2026, 3, 1)
    assert values[11] == 1
    assert values[14] == "http://testserver" + reverse("web:agreement_detail", args=[agreement.pk])


def test_hostile_titles_are_neutralised_in_the_export(client, thirty) -> None:
    agreement = thirty[0]
    agreement.title = '=HYPERLINK("http://evil.example","klik")'
    agreement.save()
    table = read_csv(client.get(CSV_URL, {"zoek": "HYPERLINK"}))
    assert table[1][1] == "'" + agreement.title
    sheet = read_xlsx(client.get(XLSX_URL, {"zoek": "HYPERLINK"}))
    assert sheet[1][1] == "'" + agreement.title


def test_export_above_the_cap_explains_instead(client, thirty, monkeypatch) -> None:
    monkeypatch.setattr(exports, "MAX_EXPORT_ROWS", 25)
    response = client.get(CSV_URL)
    assert response.status_code == 400
    assert "25" in response.content.decode() and "30" in response.content.decode()
    assert client.get(CSV_URL, {"jaar": "2025"}).status_code == 200
    page = client.get(LIST)
    assert page.context["export_allowed"] is False
    assert CSV_URL not in page.content.decode()


def test_unknown_export_format_is_404(client, thirty) -> None:
    assert client.get(reverse("web:agreement_export", args=["pdf"])).status_code == 404


def test_export_links_carry_the_selection(client, thirty) -> None:
    html = client.get(LIST, {"jaar": "2026", "sorteer": "titel", "pagina": "1"}).content.decode()
    assert f"{XLSX_URL}?jaar=2026&amp;sorteer=titel" in html


def test_xlsx_drops_control_characters_and_caps_long_text() -> None:
    rows = [["Pagina 1\x0cPagina 2\x00", "x" * 40_000]]
    sheet = read_xlsx(xlsx_response("x", ["Tekst", "Lang"], rows))
    assert sheet[1][0] == "Pagina 1Pagina 2"
    assert len(sheet[1][1]) == exports.XLSX_MAX_CELL
