import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from django.urls import reverse
from openpyxl import load_workbook

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.register.lineage import link_generation
from ruimtemonitor.register.models import AgreementChange, Arrangement, ChangeKind

DATA = Path(__file__).parent.parent / "data" / "lineage"


@pytest.fixture
def second(reference_data) -> Arrangement:
    for year in (2025, 2026):
        assert ingest_paths([DATA / f"zeeland-{year}.txt"], queue=False).ok
    arrangement = Arrangement.objects.get(area__slug="provincie-zeeland", year=2026)
    link_generation(arrangement)
    return arrangement


def test_changes_page_shows_every_kind_with_word_diffs(client, second) -> None:
    html = client.get(reverse("web:arrangement_changes", args=[second.pk])).content.decode()
    for label in ("nieuw", "ongewijzigd", "gewijzigd", "samengevoegd", "vervallen"):
        assert label in html.lower()
    assert "<del>2026</del>" in html and "<ins>2027</ins>" in html
    assert "Woningbouw: versnelling in Middelburg en Vlissingen" in html


def test_changes_export_lists_the_same_lines(client, second) -> None:
    response = client.get(reverse("web:arrangement_changes", args=[second.pk]), {"formaat": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == AgreementChange.objects.filter(arrangement=second).count() == 6


def test_unsure_links_are_reviewed_by_editors_of_the_province(client, second, make_user) -> None:
    merged = AgreementChange.objects.get(arrangement=second, kind=ChangeKind.MERGED)
    url = reverse("web:change_review", args=[merged.pk])
    outsider = make_user("buiten", role="redacteur", organisation=Organisation.objects.get(
        slug="provincie-gelderland"))  # fmt: skip
    client.force_login(outsider)
    assert client.post(url, {"decision": "confirmed"}).status_code == 403
    editor = make_user("zeeland", role="redacteur", organisation=Organisation.objects.get(
        slug="provincie-zeeland"))  # fmt: skip
    client.force_login(editor)
    page = reverse("web:arrangement_changes", args=[second.pk])
    assert "Bevestigen" in client.get(page).content.decode()
    assert client.post(url, {"decision": "confirmed"}).status_code == 302
    merged.refresh_from_db()
    assert merged.review_state == ReviewState.CONFIRMED
    assert merged.history.first().history_user == editor


def test_progress_report_as_pdf_and_xlsx(client, second) -> None:
    url = reverse("web:arrangement_progress", args=[second.pk])
    pdf = client.get(url, {"formaat": "pdf"})
    assert pdf["Content-Type"] == "application/pdf"
    document = pdfium.PdfDocument(pdf.content)
    assert "Wijzigingen ten opzichte van de vorige generatie" in document[0].get_textpage(
        ).get_text_range() or len(document) > 1  # fmt: skip
    book = load_workbook(io.BytesIO(client.get(url, {"formaat": "xlsx"}).content))
    assert book.sheetnames == ["Samenvatting", "Over termijn", "Wijzigingen"]
    assert book["Wijzigingen"].max_row == 1 + 6


def test_every_agreement_shows_how_it_continues(client, second) -> None:
    energy = second.agreements.get(number="3.2")
    html = client.get(reverse("web:agreement_detail", args=[energy.pk])).content.decode()
    assert "Sinds de vorige generatie" in html and "Gewijzigd, hernummerd" in html
    assert "<del>2026</del>" in html and "<ins>2027</ins>" in html


def test_changes_count_only_what_changed(client, second) -> None:
    kinds = list(AgreementChange.objects.filter(arrangement=second).values_list("kind", flat=True))
    real = sum(kind != ChangeKind.UNCHANGED for kind in kinds)
    unchanged = len(kinds) - real
    assert unchanged >= 1 and real >= 1
    listing = client.get(reverse("web:arrangement_list")).content.decode()
    assert f"{real} wijzigingen" in listing and f"{len(kinds)} wijzigingen" not in listing
    html = client.get(reverse("web:arrangement_changes", args=[second.pk])).content.decode()
    assert f"{real} wijzigingen" in html
    table = html.split("<table", 1)[1].split("</table>", 1)[0]
    assert table.lower().count('<td class="utrecht-table__cell">ongewijzigd</td>') == 0
    assert "ongewijzigd overgenomen" in html  # the unchanged ones are still there, folded


def test_every_arrangement_links_its_progress_report(client, second) -> None:
    listing = client.get(reverse("web:arrangement_list")).content.decode()
    for arrangement in Arrangement.objects.all():
        url = reverse("web:arrangement_progress", args=[arrangement.pk])
        assert f'href="{url}?formaat=pdf"' in listing
        assert f'href="{url}?formaat=xlsx"' in listing
