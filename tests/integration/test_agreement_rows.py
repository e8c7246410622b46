"""The rows of the Afspraken list: written in Python exactly as their template states them,
read in one query per page with what they show, and counted in one statement."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.http import QueryDict
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import override
from tests.integration.factories import arrangement

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.documents.models import Document, DocumentKind
from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.register.filters import AgreementFilter
from ruimtemonitor.register.models import Agreement, Commitment
from ruimtemonitor.register.versioned import total
from ruimtemonitor.web.views.agreements.row_markup import render_rows
from ruimtemonitor.web.views.agreements.rows import as_row, list_rows_queryset

LIST = reverse("web:agreement_list")


@pytest.fixture
def varied(reference_data) -> list[Agreement]:
    """Agreements that take every branch of a row: sample letter, chapter with and without
    a title, no number, types, all or some departments, proposed, each kind of deadline,
    no commitments, and text that must be escaped."""
    sample_letter = Document.objects.create(
        kind=DocumentKind.RUIMTELIJK_ARRANGEMENT, title="Voorbeeldbrief", is_demo=True
    )
    sample = arrangement("Arrangement <Voorbeeld> & co", None, 2024, document=sample_letter)
    real_letter = Document.objects.create(
        kind=DocumentKind.RUIMTELIJK_ARRANGEMENT, title="Echte brief"
    )
    real = arrangement("Arrangement \"Oost\" 'x'", None, 2026, document=real_letter)
    bare = arrangement("Zonder brief", None, 2025)
    ienw = Organisation.objects.get(slug="ienw")
    ministries = list(Organisation.objects.filter(kind="ministerie").order_by("pk")[:3])
    made = [
        Agreement.objects.create(
            arrangement=sample,
            number="1.1",
            title='Titel met <b>opmaak</b> & "aanhalingen"',
            types=["beleidsafspraak", "onbekend-type"],
            chapter="1",
            chapter_title="Water & <bodem>",
            status=AgreementStatus.OPEN,
            review_state=ReviewState.PROPOSED,
        ),
        Agreement.objects.create(
            arrangement=real,
            number="",
            title="Zonder nummer",
            chapter="2",
            all_departments=True,
            status=AgreementStatus.DONE,
            review_state=ReviewState.CONFIRMED,
        ),
        Agreement.objects.create(
            arrangement=bare, number="3.4", title="Zonder hoofdstuk", status=AgreementStatus.OPEN
        ),
    ]
    made[0].departments.set(ministries)
    made[2].departments.add(ienw)
    Commitment.objects.create(
        agreement=made[0], position=1, text="Later", deadline_end=dt.date(2031, 3, 1)
    )
    Commitment.objects.create(
        agreement=made[0], position=2, text="Eerder", deadline_end=dt.date(2027, 12, 31)
    )
    Commitment.objects.create(
        agreement=made[1], position=1, text="Zo geschreven", deadline_as_written="medio <2028>"
    )
    return made


def _rows() -> list:
    queryset = AgreementFilter(data=QueryDict(""), queryset=Agreement.objects.all()).qs
    return [as_row(agreement) for agreement in list_rows_queryset(queryset)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_rows_are_written_as_their_template_renders_them(varied, language: str) -> None:
    rows = _rows()
    assert len(rows) == 3
    demo = {varied[0].arrangement_id}
    with override(language):
        from_template = render_to_string(
            "web/agreements/_rows.html", {"rows": rows, "demo_arrangements": demo}
        )
        written = render_rows(rows, demo)
    assert written == from_template
    assert "&lt;b&gt;opmaak&lt;/b&gt;" in written
    assert render_rows([], set()) == render_to_string(
        "web/agreements/_rows.html", {"rows": [], "demo_arrangements": set()}
    )


def test_rows_read_only_what_they_show_in_one_query(varied) -> None:
    """The page reads its agreements with their arrangement and its letter's sample mark;
    departments and commitments come in one query each, and rendering reads nothing more."""
    with CaptureQueriesContext(connection) as captured:
        rows = _rows()
        render_rows(rows, set())
    assert len(captured.captured_queries) == 3, [q["sql"] for q in captured.captured_queries]
    page_sql = captured.captured_queries[0]["sql"]
    assert "search_document" not in page_sql
    assert "documents_passage" not in page_sql
    assert "is_demo" in page_sql


def test_the_list_marks_sample_agreements_and_only_them(client, varied) -> None:
    html = client.get(LIST).content.decode()
    assert html.count('rm-sample">voorbeeld</span>') == 1
    marked = html.index('rm-sample">voorbeeld</span>')
    assert html.rfind("Titel met &lt;b&gt;opmaak", 0, marked) != -1


@pytest.mark.parametrize(
    "query",
    ["", "status=open", "sorteer=deadline", "sorteer=-deadline&status=open", "zoek=nummer"],
)
def test_total_counts_as_the_queryset_does(varied, query: str) -> None:
    queryset = AgreementFilter(data=QueryDict(query), queryset=Agreement.objects.all()).qs
    assert total(queryset) == queryset.count()
    assert total(Agreement.objects.filter(pk__in=[])) == 0
