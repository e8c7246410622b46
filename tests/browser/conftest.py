"""Browser tests: the pages in Debian's Chromium, driven by Playwright, against a live server.

Prerequisites: ``/usr/bin/chromium`` (``apt-get install chromium``; Playwright's own browser
downloads are never used) and, for the accessibility checks, axe-core from
``frontend/node_modules`` (``scripts/frontend.sh``). Without them the tests skip with the reason;
with ``CI=true`` they fail instead, so CI cannot pass by skipping.

The pages run under the real Content-Security-Policy: axe is injected with ``page.evaluate``,
which the CSP does not govern, so a CSP violation on any page shows up as a console error.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Playwright

    from ruimtemonitor.accounts.models import User

REPO_DIR = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("RUIMTEMONITOR_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
    "--no-first-run",
]
AXE_JS = REPO_DIR / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
PASSWORD = "een-lang-wachtwoord-42"
TIMEOUT_MS = 10_000


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def unavailable(reason: str) -> NoReturn:
    """Skip on a developer machine; in CI a missing prerequisite is a failure."""
    if in_ci():
        pytest.fail(f"{reason} — CI=true, so the browser tests must run.", pytrace=False)
    pytest.skip(reason)


class _BrowserHolder:
    """One Chromium for the whole session, closed as soon as the last browser test is done.

    While Playwright's sync API is started, the main thread counts as running an event loop:
    Django then refuses ORM calls from test code unless DJANGO_ALLOW_ASYNC_UNSAFE is set (the
    test thread never awaits, so that is safe here). The flag is set only while the browser
    is open, so the other tiers keep Django's check.
    """

    def __init__(self) -> None:
        self.playwright: Playwright | None = None
        self.browser: Browser | None = None
        self._saved_flag: str | None = None

    def get(self) -> Browser:
        if self.browser is not None:
            return self.browser
        if not CHROMIUM.exists():
            unavailable(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            unavailable("Playwright is not installed (scripts/bootstrap.sh test)")
        self._saved_flag = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
        self.playwright = sync_playwright().start()
        try:
            self.browser = self.playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
        except Exception as exc:
            self.close()
            unavailable(f"Chromium at {CHROMIUM} did not start: {exc}")
        return self.browser

    def close(self) -> None:
        if self.browser is not None:
            self.browser.close()
            self.browser = None
        if self.playwright is not None:
            self.playwright.stop()
            self.playwright = None
            if self._saved_flag is None:
                os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
            else:
                os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = self._saved_flag


_holder = _BrowserHolder()
_BROWSER_DIR = Path(__file__).resolve().parent


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After the test's own fixtures are gone: close the browser when no browser test follows."""
    result = yield
    if nextitem is None or _BROWSER_DIR not in Path(nextitem.path).resolve().parents:
        _holder.close()
    return result


def pytest_sessionfinish(session: pytest.Session) -> None:
    _holder.close()


@pytest.fixture
def browser() -> Browser:
    return _holder.get()


@dataclass
class PageProblems:
    """What went wrong in the browser while a test ran: console errors, failed requests."""

    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.console_errors.clear()
        self.failed_requests.clear()

    def assert_none(self) -> None:
        problems = [*self.console_errors, *self.failed_requests]
        assert not problems, "Problems in the browser:\n" + "\n".join(problems)


@pytest.fixture
def page_problems() -> PageProblems:
    return PageProblems()


@pytest.fixture
def _sqlite_reads_while_writing(live_server: Any) -> Iterator[None]:
    """Let the live server read while a background thread writes, on SQLite's test database.

    On SQLite the test database lives in memory with a shared cache: the live server shares the
    test's connection, and a thread the application starts (an upload being read) opens a second
    one. In shared-cache mode a reader meets a writer's table lock with "database table is
    locked" at once, where a file database would wait. Reading uncommitted rows removes that
    test-only conflict; PostgreSQL and file databases are not touched.
    """
    from django.db import connection

    shared_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    if shared_memory:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")
    yield
    if shared_memory:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 0")


@pytest.fixture
def context(
    browser: Browser, live_server: Any, _sqlite_reads_while_writing: None
) -> Iterator[BrowserContext]:
    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext, page_problems: PageProblems) -> Page:
    """A tab that records console errors, uncaught exceptions and failed static files."""
    page = context.new_page()

    def on_console(message: Any) -> None:
        if message.type == "error":
            where = message.location.get("url") or page.url
            page_problems.console_errors.append(f"console: {message.text} ({where})")

    def on_response(response: Any) -> None:
        if response.status >= 400 and "/static/" in response.url:
            page_problems.failed_requests.append(f"HTTP {response.status}: {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: page_problems.console_errors.append(f"error: {error}"))

    def on_request_failed(request: Any) -> None:
        # A request the browser cancels itself (the next page opened while the last one's
        # favicon was still loading) is no broken file; a missing file shows in on_response.
        if request.failure and "ERR_ABORTED" in request.failure:
            return
        page_problems.failed_requests.append(f"failed: {request.url} ({request.failure})")

    page.on("requestfailed", on_request_failed)
    page.on("response", on_response)
    return page


@pytest.fixture
def url(live_server: Any) -> Callable[..., str]:
    """``url("web:agreement_list")`` -> the absolute address on the live server."""

    def build(name: str, *args: object, query: str = "", **kwargs: object) -> str:
        address = live_server.url + reverse(name, args=args or None, kwargs=kwargs or None)
        return f"{address}?{query}" if query else address

    return build


@pytest.fixture
def reference_data(transactional_db: None) -> None:
    from ruimtemonitor.organisations.services import load_reference_data

    load_reference_data()


@pytest.fixture
def demo_register(reference_data: None) -> None:
    """The shipped sample letters ingested as ``ruimtemonitor init --demo`` does."""
    from ruimtemonitor.core.extraction.service import sample_names, sample_path
    from ruimtemonitor.ingestion.services import ingest_paths

    summary = ingest_paths([sample_path(name) for name in sample_names()], queue=False)
    assert summary.ok, [job.error for job in summary.jobs]


@pytest.fixture
def make_user(transactional_db: None) -> Callable[..., User]:
    from ruimtemonitor.accounts.models import Role, User

    def make(username: str, role: str = Role.READER, organisation: Any = None) -> User:
        return User.objects.create_user(
            username=username, password=PASSWORD, role=role, organisation=organisation
        )

    return make


@pytest.fixture
def login_as(
    context: BrowserContext, live_server: Any, make_user: Callable[..., User]
) -> Callable[..., User]:
    """Log a new user with the given role in by giving the browser a session cookie.

    Faster than the form (which ``test_login_form_logs_in`` covers); the session is made by
    Django's test client, so it is a real server-side session.
    """
    from ruimtemonitor.accounts.models import Role

    def login(role: str = Role.READER, *, username: str = "", organisation: Any = None) -> User:
        user = make_user(username or f"browser-{role}", role=role, organisation=organisation)
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
        )
        return user

    return login


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    """Rate limits count in the cache, which the live server shares with the tests."""
    cache.clear()
    yield
    cache.clear()


def format_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"[{violation['impact']}] {violation['id']}: {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"][:5]:
            target = " ".join(json.dumps(part) for part in node["target"])
            summary = node.get("failureSummary", "").replace("\n", " ")
            lines.append(f"    at {target}: {summary}")
            lines.append(f"       {node['html'][:200]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


@pytest.fixture
def axe() -> Callable[[Page], list[dict[str, Any]]]:
    """``axe(page)``: run axe-core (WCAG 2.1 A and AA) and fail on serious or critical findings.

    Returns all violations (including minor and moderate ones) for tests that want to look.
    """
    if not AXE_JS.is_file():
        unavailable(f"axe-core not installed at {AXE_JS} (needs npm: scripts/frontend.sh)")
    source = AXE_JS.read_text(encoding="utf-8")

    def check(page: Page) -> list[dict[str, Any]]:
        if not page.evaluate("() => typeof window.axe === 'object'"):
            page.evaluate(source)
        results = page.evaluate(
            """async (tags) => {
                const results = await window.axe.run(document, {
                    runOnly: {type: "tag", values: tags},
                    resultTypes: ["violations"],
                });
                return results.violations;
            }""",
            AXE_TAGS,
        )
        blocking = [v for v in results if v["impact"] in BLOCKING_IMPACTS]
        assert not blocking, f"axe-core on {page.url}:\n{format_violations(blocking)}"
        return results

    return check
