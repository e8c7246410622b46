"""The Dutch 404 and 500 pages in every mode, and pages in Dutch whatever the browser asks."""

from __future__ import annotations

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory

from ruimtemonitor.web.errors import DutchErrorPagesMiddleware


@pytest.mark.parametrize("debug", [True, False])
@pytest.mark.parametrize("path", ["/bestaat-niet", "/afspraken/987654"])
def test_an_unknown_page_is_the_dutch_404_with_or_without_debug(
    db, settings, debug: bool, path: str
) -> None:
    settings.DEBUG = debug
    response = Client().get(path)
    assert response.status_code == 404
    text = response.content.decode()
    assert "Pagina niet gevonden" in text
    assert "Page not found" not in text and "URLconf" not in text
    assert '<html lang="nl">' in text


def test_a_server_error_in_debug_is_the_dutch_500_page(rf: RequestFactory, settings) -> None:
    settings.DEBUG = True
    technical = HttpResponse("<h1>ZeroDivisionError at /</h1>", status=500)
    response = DutchErrorPagesMiddleware(lambda request: technical)(rf.get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
    assert "ZeroDivisionError" not in response.content.decode()


def test_api_errors_stay_problem_documents_in_debug(db, settings) -> None:
    settings.DEBUG = True
    response = Client().get("/api/v1/bestaat-niet")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_pages_are_dutch_when_the_browser_asks_for_english(db) -> None:
    response = Client().get("/afspraken", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Language"] == "nl"
    assert '<h1 class="utrecht-heading-1">Afspraken</h1>' in response.content.decode()


def test_the_api_still_answers_in_english_on_request(db) -> None:
    response = Client().get("/api/v1/bestaat-niet", HTTP_ACCEPT_LANGUAGE="en")
    assert "There is nothing at this address" in response.json()["detail"]


def test_an_address_with_a_trailing_slash_goes_on_to_its_page(db) -> None:
    response = Client().get("/afspraken/?zoek=water")
    assert response.status_code == 301
    assert response["Location"] == "/afspraken?zoek=water"
    assert Client().get("/afspraken/987654/").status_code == 301  # the page says 404 itself
    assert Client().get("/bestaat-niet/").status_code == 404
    api = Client().get("/api/v1/afspraken/")
    assert api.status_code == 404 and api["Content-Type"] == "application/problem+json"
