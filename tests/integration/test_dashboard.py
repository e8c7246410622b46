"""The dashboard: counts by status, overdue, due before the next BO, changes, money, review."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from tests.integration import factories

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.common.editing import save_edit
from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.core import cycle
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.projects.models import MoneyKind, MoneyLine, Project
from ruimtemonitor.register.models import Agreement, Arrangement, Commitment, Meeting, MeetingKind
from ruimtemonitor.web import charts

TODAY = timezone.localdate()


def make_arrangement(title: str = "Ruimtelijk Arrangement Rijk – Provincie Zeeland") -> Arrangement:
    return factories.arrangement(title, None, TODAY.year)


def make_agreement(arrangement: Arrangement, number: str, **values: object) -> Agreement:
    return Agreement.objects.create(
        arrangement=arrangement, number=number, title=f"Afspraak {number}", **values
    )


def make_commitment(
    agreement: Agreement, text: str, end: dt.date | None, **values: object
) -> Commitment:
    return Commitment.objects.create(
        agreement=agreement,
        text=text,
        deadline_as_written=values.pop("as_written", end.isoformat() if end else ""),
        deadline_start=end,
        deadline_end=end,
        deadline_precision=values.pop("precision", "day" if end else ""),
        **values,
    )


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_counts_by_status_with_links_into_the_agreement_list(client, reference_data) -> None:
    arrangement = make_arrangement()
    for number, status in [("1", "open"), ("2", "open"), ("3", "lopend"), ("4", "afgerond")]:
        agreement = make_agreement(arrangement, number, status=status)
        make_commitment(agreement, f"bullet {number}", None, status=status)
    rejected = make_agreement(arrangement, "5", review_state=ReviewState.REJECTED)
    make_commitment(rejected, "rejected bullet", None, review_state=ReviewState.REJECTED)

    html = main_html(client.get(reverse("web:home")))
    table = html[html.index('id="status"') :]
    rows = re.findall(
        r'href="/afspraken\?status=(\w+)">(\d+)</a></td>\s*<td[^>]*>(\d+)</td>', table
    )
    counts = {status: (int(a), int(c)) for status, a, c in rows}
    assert counts["open"] == (2, 2)
    assert counts["lopend"] == (1, 1)
    assert counts["afgerond"] == (1, 1)
    assert counts["vervallen"] == (0, 0)  # the rejected extraction is not counted
    assert '<svg class="chart__svg chart__svg--wide" role="img"' in html
    assert '<svg class="chart__svg chart__svg--narrow" role="img"' in html
    assert '<title id="grafiek-afspraken-titel">' in html


def test_overdue_lists_open_commitments_whose_interval_has_passed(client, reference_data) -> None:
    agreement = make_agreement(make_arrangement(), "2.1")
    yesterday = TODAY - dt.timedelta(days=1)
    make_commitment(agreement, "Te laat en nog open", yesterday)
    make_commitment(agreement, "Te laat maar afgerond", yesterday, status=AgreementStatus.DONE)
    make_commitment(agreement, "Vandaag is nog op tijd", TODAY)
    make_commitment(agreement, "Zonder termijn", None)

    html = main_html(client.get(reverse("web:home")))
    section = html[html.index('id="te-laat"') : html.index('id="voor-bo"')]
    assert "Te laat en nog open" in section
    assert "Te laat maar afgerond" not in section
    assert "Vandaag is nog op tijd" not in section
    assert f"deadlineTot={yesterday.isoformat()}" in section
    assert reverse("web:agreement_detail", args=[agreement.pk]) in section


def test_due_before_the_next_known_bo(client, reference_data) -> None:
    bo_date = TODAY + dt.timedelta(days=10)
    Meeting.objects.create(kind=MeetingKind.BOL, title="BOL", date=bo_date, year=bo_date.year)
    mirt = TODAY + dt.timedelta(days=11)
    Meeting.objects.create(kind=MeetingKind.BO_MIRT, title="BO MIRT", date=mirt, year=mirt.year)
    agreement = make_agreement(make_arrangement(), "3.1")
    make_commitment(agreement, "Voor het overleg klaar", TODAY + dt.timedelta(days=5))
    make_commitment(agreement, "Pas daarna", TODAY + dt.timedelta(days=60))
    make_commitment(
        agreement,
        "Genoemd bij het overleg zelf",
        None,
        as_written=f"in de BOL {bo_date.year}",
        precision="meeting",
    )

    html = main_html(client.get(reverse("web:home")))
    section = html[html.index('id="voor-bo"') : html.index('id="geld"')]
    assert f"{bo_date.day} " in section and str(bo_date.year) in section
    assert "badge--known" in section and "badge--assumed" not in section
    assert "Voor het overleg klaar" in section
    assert "Genoemd bij het overleg zelf" in section
    assert "Pas daarna" not in section
    assert f"deadlineVan={TODAY.isoformat()}&amp;deadlineTot={bo_date.isoformat()}" in section


def test_without_a_known_date_the_default_is_said_to_be_assumed(client, reference_data) -> None:
    expected = cycle.next_bo(TODAY)
    html = main_html(client.get(reverse("web:home")))
    section = html[html.index('id="voor-bo"') : html.index('id="geld"')]
    assert "badge--assumed" in section
    with translation.override("nl"):
        assert date_format(expected.date, "j F Y") in section


def test_recent_changes_say_who_changed_what(client, reference_data, make_user) -> None:
    admin = make_user("beheer", role=Role.ADMINISTRATOR)
    agreement = make_agreement(make_arrangement(), "4.1")
    save_edit(agreement, {"title": "Nieuwe titel"}, version=agreement.version, user=admin)

    html = main_html(client.get(reverse("web:home")))
    section = html[html.index('id="wijzigingen"') :]
    assert "beheer" in section
    assert "4.1 Nieuwe titel" in section
    assert reverse("web:agreement_detail", args=[agreement.pk]) in section


def test_money_by_kind_and_mirt_region(client, reference_data) -> None:
    oost = Area.objects.get(slug="mirt-oost")
    project = Project.objects.create(name="Spoorknoop", slug="spoorknoop", mirt_region=oost)
    MoneyLine.objects.create(project=project, kind=MoneyKind.BUDGET, amount_eur=Decimal(40_000_000))
    MoneyLine.objects.create(
        project=project, kind=MoneyKind.ESTIMATE, amount_eur=Decimal(45_000_000)
    )
    agreement = make_agreement(make_arrangement(), "5.1")
    MoneyLine.objects.create(
        agreement=agreement,
        kind=MoneyKind.CONTRIBUTION,
        amount_eur=Decimal(2_000_000),
        party=Organisation.objects.get(slug="provincie-zeeland"),
    )

    html = main_html(client.get(reverse("web:home")))
    section = html[html.index('id="geld"') : html.index('id="wijzigingen"')]
    assert "MIRT-regio Oost" in section
    assert "€ 85 mln" in section  # budget + estimate of the region, stacked
    assert "€ 40 mln" in section and "€ 45 mln" in section and "€ 2 mln" in section


def test_review_count_links_to_the_queue(client, reference_data) -> None:
    arrangement = make_arrangement()
    make_agreement(arrangement, "6.1", review_state=ReviewState.PROPOSED)
    make_agreement(arrangement, "6.2", review_state=ReviewState.CONFIRMED)
    Project.objects.create(name="P", slug="p", review_state=ReviewState.PROPOSED)

    html = main_html(client.get(reverse("web:home")))
    queue = reverse("web:review_queue")
    assert re.search(
        r'<span class="key-figures__number">2</span> <a class="utrecht-link" href="'
        + re.escape(queue),
        html,
    )


def test_untrusted_text_is_escaped(client, reference_data) -> None:
    agreement = make_agreement(make_arrangement(), "7.1")
    make_commitment(agreement, "<script>alert(1)</script>", TODAY - dt.timedelta(days=3))
    html = client.get(reverse("web:home")).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def _populate(size: int) -> None:
    arrangement = make_arrangement(f"Arrangement {size}")
    regions = list(Area.objects.filter(kind="mirt_regio"))
    for index in range(size):
        agreement = make_agreement(
            arrangement, f"{size}.{index}", status=AgreementStatus.values[index % 5]
        )
        make_commitment(agreement, f"late {index}", TODAY - dt.timedelta(days=index + 1))
        make_commitment(agreement, f"due {index}", TODAY + dt.timedelta(days=1))
        project = Project.objects.create(
            name=f"Project {size} {index}",
            slug=f"project-{size}-{index}",
            mirt_region=regions[index % len(regions)],
        )
        MoneyLine.objects.create(project=project, kind=MoneyKind.BUDGET, amount_eur=index + 1)


def test_number_of_queries_does_not_grow_with_the_data(
    client, reference_data, django_assert_max_num_queries
) -> None:
    _populate(2)
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse("web:home")).status_code == 200
    _populate(40)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(reverse("web:home")).status_code == 200


@pytest.mark.parametrize("values", [[], [("a", 0), ("b", 0)]])
def test_an_empty_bar_chart_says_so(values) -> None:
    chart = charts.bar_chart(values, title="t", description="d", label_header="l", value_header="v")
    assert chart.is_empty


def test_bars_scale_to_the_largest_value() -> None:
    chart = charts.bar_chart(
        [("a", 10), ("b", 5), ("c", 0)],
        title="t",
        description="d",
        label_header="l",
        value_header="v",
        width=400,
        label_width=100,
        value_room=100,
    )
    assert [bar.width for bar in chart.bars] == [200, 100, 0]
    assert all(isinstance(bar.y, int) and isinstance(bar.value_x, int) for bar in chart.bars)


def test_deadline_lists_for_one_organisation(client, reference_data) -> None:
    import datetime as dt

    from django.utils import timezone

    from ruimtemonitor.organisations.models import Organisation
    from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment

    gelderland = Organisation.objects.get(slug="provincie-gelderland")
    zeeland = Organisation.objects.get(slug="provincie-zeeland")
    arrangement = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT, title="Arrangement", year=2025
    )
    agreement = Agreement.objects.create(arrangement=arrangement, number="1.1", title="Water")
    late = timezone.localdate() - dt.timedelta(days=10)
    for owner, text in ((gelderland, "Gelderse toezegging"), (zeeland, "Zeeuwse toezegging")):
        Commitment.objects.create(
            agreement=agreement, text=text, owner=owner, deadline_start=late, deadline_end=late
        )

    def overdue_section(html: str) -> str:
        return html[html.index('id="te-laat"') : html.index('id="voor-bo"')]

    everything = overdue_section(client.get("/").content.decode())
    assert "Gelderse toezegging" in everything and "Zeeuwse toezegging" in everything
    narrowed = overdue_section(
        client.get("/", {"organisatie": "provincie-zeeland"}).content.decode()
    )
    assert "Zeeuwse toezegging" in narrowed and "Gelderse toezegging" not in narrowed
