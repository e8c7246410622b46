"""axe-core (WCAG 2.1 A and AA) on every finished page, under the real CSP, with no console errors.

A page that still renders ``web/placeholder.html`` is not built yet and is skipped with that
reason; it is checked automatically from the moment its view renders a real template. All pages
share one load of the sample letters (one subtest per page), which keeps the run short. The
login page is checked in ``test_layout.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from ruimtemonitor.accounts.models import Role

REPO_DIR = Path(__file__).resolve().parents[2]
FUNDING_SAMPLE = REPO_DIR / "docs" / "examples" / "wokt-voorbeeld.csv"


def first_pk(model_path: str) -> int:
    from django.apps import apps

    model = apps.get_model(model_path)
    record = model.objects.order_by("pk").first()
    assert record is not None, f"the sample data has no {model_path}"
    return record.pk


def save_funding_round() -> int:
    """A WoKT round from the shipped example file, stored like ``funding assess --save``."""
    from ruimtemonitor.core.funding import service
    from ruimtemonitor.core.funding.reading import read_proposals
    from ruimtemonitor.funding import services

    rules = service.load_scheme("wokt-2025", None)
    proposals = read_proposals(FUNDING_SAMPLE, rules.required_columns)
    result = service.assess(proposals, rules, dt.date(2025, 7, 1), "30000000", None)
    funding_round = services.save_round(
        result,
        name="WoKT 2025 ronde 1",
        proposals=proposals,
        source_name=FUNDING_SAMPLE.name,
        source_hash=hashlib.sha256(FUNDING_SAMPLE.read_bytes()).hexdigest(),
    )
    return funding_round.pk


def project_slug() -> str:
    from ruimtemonitor.projects.models import Project

    project = Project.objects.order_by("pk").first()
    assert project is not None, "the sample letters made no project"
    return project.slug


# name -> how to build its address once the demo register is loaded.
PAGES: dict[str, Callable[[], str]] = {
    "web:home": lambda: reverse("web:home"),
    "web:agreement_list": lambda: reverse("web:agreement_list"),
    "web:agreement_detail": lambda: reverse(
        "web:agreement_detail", args=[first_pk("register.Agreement")]
    ),
    "web:review_queue": lambda: reverse("web:review_queue"),
    "web:project_list": lambda: reverse("web:project_list"),
    "web:project_detail": lambda: reverse("web:project_detail", args=[project_slug()]),
    "web:document_list": lambda: reverse("web:document_list"),
    "web:document_detail": lambda: reverse(
        "web:document_detail", args=[first_pk("documents.Document")]
    ),
    "web:document_upload": lambda: reverse("web:document_upload"),
    "web:job_list": lambda: reverse("web:job_list"),
    "web:job_status": lambda: reverse("web:job_status", args=[first_pk("ingestion.Job")]),
    "web:region_list": lambda: reverse("web:region_list"),
    "web:region_detail": lambda: reverse("web:region_detail", args=["provincie-gelderland"]),
    "web:funding_list": lambda: reverse("web:funding_list"),
    "web:funding_new": lambda: reverse("web:funding_new"),
    "web:funding_detail": lambda: reverse("web:funding_detail", args=[save_funding_round()]),
    "web:source_overview": lambda: reverse("web:source_overview"),
}


def skip_if_placeholder(client: Client, path: str) -> None:
    response = client.get(path)
    if "web/placeholder.html" in {template.name for template in response.templates}:
        pytest.skip(f"{path} still renders the placeholder (page not built yet)")


def test_finished_pages_pass_axe_without_console_errors(
    subtests, page, page_problems, live_server, login_as, demo_register, axe
) -> None:
    # An administrator sees the most: edit buttons, the review queue, the upload form.
    user = login_as(Role.ADMINISTRATOR)
    client = Client()
    client.force_login(user)
    for name, build in PAGES.items():
        with subtests.test(msg=name):
            page_problems.clear()
            path = build()
            skip_if_placeholder(client, path)
            response = page.goto(live_server.url + path)
            assert response is not None, path
            assert response.status == 200, f"{path} answered {response.status}"
            page.wait_for_load_state("load")
            axe(page)
            page_problems.assert_none()
