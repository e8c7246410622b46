"""Security basics every response and the login share."""

import ipaddress
import os
import subprocess
import sys

import pytest
from django.test import Client, override_settings
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


PASSWORD = "een-lang-wachtwoord-42"
LOGIN_FORMS = ["/inloggen", "/beheer/login/"]


def fail_logins(client, url: str, username: str, times: int, **extra) -> None:
    for _ in range(times):
        response = client.post(url, {"username": username, "password": "fout"}, **extra)
        assert response.status_code == 200  # the form again, with its error


def logs_in(url: str, username: str, **extra) -> bool:
    """A fresh browser (no session) that tries the right password at ``url``."""
    client = Client()
    response = client.post(url, {"username": username, "password": PASSWORD}, **extra)
    return response.status_code == 302 and "_auth_user_id" in client.session


@pytest.mark.parametrize("url", LOGIN_FORMS)
@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_user_name_is_locked_after_repeated_failures(client, make_user, url: str) -> None:
    make_user("redacteur", role=Role.EDITOR)
    fail_logins(client, url, "redacteur", 2)
    response = client.post(url, {"username": "redacteur", "password": "fout"})
    assert response.status_code == 429
    assert "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw." in (
        response.content.decode()
    )
    assert response["Retry-After"] == "900"
    # now even the right password is refused until the pause is over
    response = client.post(url, {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 429 and "_auth_user_id" not in client.session
    assert not logs_in(url, "redacteur")


@pytest.mark.parametrize("url", LOGIN_FORMS)
@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_lockout_leaves_other_users_at_the_same_address_alone(
    client, make_user, url: str
) -> None:
    make_user("redacteur", role=Role.EDITOR)
    make_user("collega", role=Role.EDITOR)
    fail_logins(client, url, "redacteur", 2)
    assert client.post(url, {"username": "redacteur", "password": "x"}).status_code == 429
    assert logs_in(url, "collega")
    assert not logs_in(url, "redacteur")


@pytest.mark.parametrize(("first", "second"), [LOGIN_FORMS, LOGIN_FORMS[::-1]])
@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_user_locked_at_one_form_is_locked_at_the_other(
    client, make_user, first: str, second: str
) -> None:
    make_user("redacteur", role=Role.EDITOR)
    fail_logins(client, first, "redacteur", 2)
    assert client.post(first, {"username": "redacteur", "password": "x"}).status_code == 429
    assert not logs_in(second, "redacteur")
    response = Client().post(second, {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 429


def test_failures_at_both_forms_add_up(client, make_user) -> None:
    make_user("redacteur", role=Role.EDITOR)
    with override_settings(AXES_FAILURE_LIMIT=4):
        fail_logins(client, "/inloggen", "redacteur", 2)
        fail_logins(client, "/beheer/login/", "redacteur", 1)
        response = client.post("/inloggen", {"username": "redacteur", "password": "x"})
        assert response.status_code == 429


# A login lock of three tries, behind one trusted proxy that names the client in its header.
LOCK_BEHIND_PROXY = {
    "AXES_FAILURE_LIMIT": 3,
    "CLIENT_ADDRESS_HEADER": "HTTP_X_FORWARDED_FOR",
    "TRUSTED_PROXIES": [ipaddress.ip_network("127.0.0.1")],
}


@override_settings(**LOCK_BEHIND_PROXY)
def test_behind_the_proxy_the_lock_is_per_client_address(client, make_user) -> None:
    make_user("redacteur", role=Role.EDITOR)
    office = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "192.0.2.10"}
    home = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    fail_logins(client, "/inloggen", "redacteur", 2, **office)
    response = client.post("/inloggen", {"username": "redacteur", "password": "x"}, **office)
    assert response.status_code == 429
    assert not logs_in("/inloggen", "redacteur", **office)
    assert not logs_in("/beheer/login/", "redacteur", **office)
    assert logs_in("/inloggen", "redacteur", **home)
    # an address the attacker writes in front of the proxy's own is not believed
    forged = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.5, 192.0.2.10"}
    assert not logs_in("/inloggen", "redacteur", **forged)


@override_settings(**LOCK_BEHIND_PROXY)
def test_the_proxy_header_is_ignored_from_untrusted_peers(client, make_user) -> None:
    make_user("redacteur", role=Role.EDITOR)
    attacker = {"REMOTE_ADDR": "203.0.113.5"}
    fail_logins(client, "/inloggen", "redacteur", 2, **attacker)
    client.post("/inloggen", {"username": "redacteur", "password": "x"}, **attacker)
    # claiming another address in the header does not lift the lock
    assert not logs_in("/inloggen", "redacteur", HTTP_X_FORWARDED_FOR="192.0.2.99", **attacker)


def test_a_successful_login_clears_the_count(client, make_user) -> None:
    make_user("redacteur", role=Role.EDITOR)
    with override_settings(AXES_FAILURE_LIMIT=2):
        client.post("/inloggen", {"username": "redacteur", "password": "fout"})
        assert logs_in("/inloggen", "redacteur")
        client.post("/inloggen", {"username": "redacteur", "password": "fout"})
        assert logs_in("/inloggen", "redacteur")


def test_an_overlong_or_nul_user_name_is_refused_not_an_error(client, db) -> None:
    for name in ("x" * 5000, "a\x00b"):
        response = client.post("/inloggen", {"username": name, "password": "fout"})
        assert response.status_code == 200


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


def production_env(tmp_path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "RUIMTEMONITOR_ENV": "production",
        "SECRET_KEY": "k7Qz-p2vR9wLx4Tn8bYc3Hs6Jd1Fg5Mh0Ae-Uq7Zi2Oy9Xr4Wl",
        "ALLOWED_HOSTS": "rm.example.nl",
        "RUIMTEMONITOR_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "ruimtemonitor.config.settings",
        **extra,
    }
    env.pop("DEBUG", None)
    return env


@pytest.mark.slow
def test_check_deploy_is_clean_in_production(tmp_path) -> None:
    command = [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"]
    result = subprocess.run(command, env=production_env(tmp_path), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout
    # the check does find what production would lack without these settings
    weakened = production_env(
        tmp_path, RUIMTEMONITOR_HSTS_SECONDS="0", RUIMTEMONITOR_SSL_REDIRECT="false"
    )
    result = subprocess.run(command, env=weakened, capture_output=True, text=True)
    assert result.returncode != 0
    assert "security.W004" in result.stderr and "security.W008" in result.stderr


@pytest.mark.slow
def test_production_trusts_the_proxy_for_https_and_sends_hsts(tmp_path) -> None:
    code = (
        "import ruimtemonitor.config.settings as s;"
        "print(s.SECURE_PROXY_SSL_HEADER, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=production_env(tmp_path), capture_output=True, text=True
    )
    assert result.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https') True 31536000"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=production_env(tmp_path, RUIMTEMONITOR_PROXY_SSL_HEADER="X-Scheme"),
        capture_output=True,
        text=True,
    )
    assert result.stdout.split()[0] == "('HTTP_X_SCHEME',"


@override_settings(
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    SECURE_HSTS_SECONDS=3600,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_HSTS_PRELOAD=False,
)
def test_behind_tls_api_links_are_https_and_hsts_is_sent(client, agreement) -> None:
    response = client.get("/api/v1/afspraken", HTTP_X_FORWARDED_PROTO="https")
    assert response.json()["_links"]["self"]["href"].startswith("https://")
    assert response["Strict-Transport-Security"] == "max-age=3600; includeSubDomains"
    detail = client.get(f"/api/v1/afspraken/{agreement.pk}", HTTP_X_FORWARDED_PROTO="https")
    assert detail.json()["_links"]["self"]["href"].startswith("https://")
    # a plain request (no proxy saying https) gets neither
    plain = client.get("/api/v1/afspraken")
    assert plain.json()["_links"]["self"]["href"].startswith("http://")
    assert "Strict-Transport-Security" not in plain
