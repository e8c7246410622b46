"""Security basics every response and the login share."""

import os
import subprocess
import sys

import pytest
from django.test import override_settings
from django.urls import reverse

from ruimtemonitor.accounts.models import Role


def test_every_page_forbids_inline_scripts_and_framing(client, reference_data) -> None:
    for url in (reverse("web:home"), reverse("web:agreement_list"), "/api/v1/afspraken"):
        policy = client.get(url)["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy


@override_settings(DEBUG=False)
def test_errors_show_no_internals(client, db) -> None:
    response = client.get("/afspraken/999999")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html and "Traceback" not in html


@override_settings(LOGIN_MAX_FAILURES=3)
def test_login_is_paused_after_repeated_failures(client, make_user) -> None:
    make_user("lezer", role=Role.READER)
    url = reverse("login")
    for _ in range(3):
        response = client.post(url, {"username": "lezer", "password": "fout"})
        assert "Voer een juiste gebruikersnaam en wachtwoord in" in response.content.decode()
    # now even the right password is refused until the pause is over
    response = client.post(url, {"username": "lezer", "password": "een-lang-wachtwoord-42"})
    assert response.status_code == 200 and "Te veel mislukte pogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_successful_login_clears_the_count(client, make_user) -> None:
    make_user("redacteur", role=Role.EDITOR)
    url = reverse("login")
    client.post(url, {"username": "redacteur", "password": "fout"})
    response = client.post(url, {"username": "redacteur", "password": "een-lang-wachtwoord-42"})
    assert response.status_code == 302


@pytest.mark.slow
def test_production_settings_make_cookies_secure_and_debug_off(tmp_path) -> None:
    env = {
        **os.environ,
        "RUIMTEMONITOR_ENV": "production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "rm.example.nl",
        "RUIMTEMONITOR_DATA_DIR": str(tmp_path),
    }
    env.pop("DEBUG", None)
    code = (
        "import ruimtemonitor.config.settings as s;"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.DEBUG)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["True", "True", "False"]
