"""Whole tasks as a user does them in the browser, with the sample letters in the register.

Elements are found by id, name, form action and data attribute rather than by visible text, so
the tests hold in Dutch and English and while translations are being filled in.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.urls import reverse

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.core.extraction.service import sample_path
from ruimtemonitor.funding.models import FundingRound
from ruimtemonitor.register.models import Agreement

REPO_DIR = Path(__file__).resolve().parents[2]
FUNDING_SAMPLE = REPO_DIR / "docs" / "examples" / "wokt-voorbeeld.csv"
JOB_TIMEOUT_MS = 30_000


def ends_with(path: str) -> re.Pattern[str]:
    return re.compile(re.escape(path) + r"(\?.*)?(#.*)?$")


def test_search_filter_and_read_the_source_passage(page, page_problems, url, demo_register) -> None:
    page.goto(url("web:agreement_list"))
    all_rows = page.locator(".agreements-table tbody tr").count()
    assert all_rows > 2

    # Full-text search.
    page.fill("#id_zoek", "Zoetwater")
    page.locator("form.agreement-search button[type=submit]").click()
    page.wait_for_url(re.compile(r"zoek=Zoetwater"))
    titles = page.locator(".agreements-table tbody th a").all_inner_texts()
    assert titles and all("Zoetwater" in title for title in titles), titles
    assert len(titles) < all_rows

    # Narrow down with a facet: the counts arrive after the rows (facets.js); the chosen value
    # becomes a removable chip and stays marked once the counts are there again.
    page.wait_for_selector('[data-facets-url][data-facets-state="loaded"]')
    facet = page.locator(".facet__value a").first
    facet.click()
    page.wait_for_load_state("load")
    assert page.locator(".filter-chip").count() >= 1
    page.wait_for_selector('[data-facets-url][data-facets-state="loaded"]')
    assert page.locator('.facet__value a[aria-current="true"]').count() >= 1
    assert "zoek=Zoetwater" in page.url
    titles = page.locator(".agreements-table tbody th a").all_inner_texts()
    assert titles and all("Zoetwater" in title for title in titles), titles

    # Open one: the source passage is shown with the agreement's text marked, and links to
    # the letter it comes from.
    page.locator(".agreements-table tbody th a").first.click()
    page.wait_for_url(re.compile(r"/afspraken/\d+"))
    passage = page.locator("#bron .passage")
    assert "Zoetwater" in passage.locator("mark").inner_text()
    passage.locator("figcaption a").click()
    page.wait_for_url(re.compile(r"/documenten/\d+"))
    assert page.locator("h1").inner_text().strip()
    page_problems.assert_none()


def test_confirm_extracted_records_with_mouse_and_keyboard(
    page, page_problems, url, login_as, demo_register
) -> None:
    login_as(Role.ADMINISTRATOR)
    page.goto(url("web:review_queue"))
    items = page.locator("[data-review-item]")
    assert items.count() >= 2
    first, second = items.nth(0), items.nth(1)
    first_id, second_id = first.get_attribute("id"), second.get_attribute("id")

    # With the mouse: the decision is sent in place and the outcome shown.
    first.locator("button[name=besluit][value=bevestigen]").click()
    page.wait_for_selector(f"#{first_id}[data-review-done]")
    assert first.locator("[data-review-outcome]").inner_text().strip()

    # With the keyboard: focus the next record and press b (bevestigen).
    second.focus()
    page.keyboard.press("b")
    page.wait_for_selector(f"#{second_id}[data-review-done]")

    # Both are gone from the queue after a reload, and the register says so.
    page.reload()
    assert page.locator(f"#{first_id}").count() == 0
    assert page.locator(f"#{second_id}").count() == 0
    for anchor in (first_id, second_id):
        kind, pk = anchor.rsplit("-", 1)
        if kind.endswith("afspraak"):
            assert Agreement.objects.get(pk=pk).review_state == "confirmed"
    page_problems.assert_none()


def test_change_a_status_and_find_it_in_the_history(
    page, page_problems, url, login_as, demo_register
) -> None:
    user = login_as(Role.ADMINISTRATOR)
    agreement = Agreement.objects.filter(status="open").order_by("pk").first()
    page.goto(url("web:agreement_detail", agreement.pk))
    page.select_option("#id_afspraak-status", "lopend")
    page.fill("#id_afspraak-reason", "Uitvoering gestart na het BO")
    edit_url = reverse("web:agreement_edit", args=[agreement.pk])
    page.locator(f'form[action="{edit_url}"] button[type=submit]').click()
    page.wait_for_url(ends_with(reverse("web:agreement_detail", args=[agreement.pk])))

    assert page.locator(".message--success").count() == 1
    assert page.locator(".agreement-facts .rm-status--lopend").count() == 1
    history = page.locator("#geschiedenis").inner_text()
    assert "Uitvoering gestart na het BO" in history
    assert user.username in history
    agreement.refresh_from_db()
    assert agreement.status == "lopend"
    page_problems.assert_none()


@pytest.fixture
def job_runner(reference_data) -> Iterator[None]:
    """The job runner, as `ruimtemonitor serve` starts it beside the server (here a thread, so
    it sees the test database)."""
    from django.db import connections

    from ruimtemonitor.ingestion.runner import run_forever

    stop = threading.Event()

    def run() -> None:
        try:
            run_forever(poll_s=0.2, stop=stop)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name="job-runner", daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join(timeout=60)


def test_upload_a_letter_and_watch_it_being_read(
    page, page_problems, url, login_as, reference_data, job_runner
) -> None:
    login_as(Role.ADMINISTRATOR)
    page.goto(url("web:document_upload"))
    page.set_input_files("form.upload-form input[type=file]", str(sample_path("mirt_brief")))
    page.locator("form.upload-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/documenten/taken/\d+"))

    # The page follows the job by itself (upload.js) until it is done.
    job = page.locator("[data-job-status-url]")
    page.wait_for_selector('[data-job-finished="true"]', timeout=JOB_TIMEOUT_MS)
    assert job.locator(".job-status--succeeded").count() == 1, job.inner_text()
    link = job.locator('[data-job-field="document-link"]')
    link.wait_for()
    link.click()
    page.wait_for_url(re.compile(r"/documenten/\d+"))
    assert page.locator("h1").inner_text().strip()
    page_problems.assert_none()


def test_assess_a_funding_round(page, page_problems, url, login_as, reference_data) -> None:
    login_as(Role.ADMINISTRATOR)
    page.goto(url("web:funding_new"))
    page.fill("#id_naam", "WoKT proefronde")
    page.select_option("#id_regeling", "wokt-2025")
    page.fill("#id_peildatum", "2025-07-01")
    page.fill("#id_budget", "30.000.000")
    page.set_input_files("#id_bestand", str(FUNDING_SAMPLE))
    page.locator("form.round-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/financiering/\d+$"), timeout=JOB_TIMEOUT_MS)

    funding_round = FundingRound.objects.get(name="WoKT proefronde")
    assert page.url.endswith(reverse("web:funding_detail", args=[funding_round.pk]))
    assert page.locator("h1").inner_text().strip() == "WoKT proefronde"
    # Greedy and optimal side by side, a ranking, and a verdict for every proposal in the file.
    assert page.locator("section[aria-labelledby=allocatie] tbody tr").count() == 2
    assert page.locator("section[aria-labelledby=rangorde] tbody tr").count() >= 1
    assert page.locator("details.proposal").count() == len(funding_round.proposals)
    page_problems.assert_none()
