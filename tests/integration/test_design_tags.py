"""The page frame's template tags: vendor stylesheets only when installed, current-page marks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from django.urls import resolve, reverse

from ruimtemonitor.web.templatetags import design


@pytest.fixture
def vendor_dir(tmp_path: Path) -> Iterator[Path]:
    """A static folder of our own that plays the part of web/vendor/ (installed or not)."""
    design.present_vendor_stylesheets.cache_clear()
    with override_settings(STATICFILES_DIRS=[tmp_path]):
        yield tmp_path / "web" / "vendor"
    design.present_vendor_stylesheets.cache_clear()


def render(source: str, context: dict | None = None) -> str:
    return Template("{% load design %}" + source).render(Context(context or {}))


def test_no_vendor_links_when_the_css_is_not_installed(vendor_dir, monkeypatch) -> None:
    monkeypatch.setattr(design, "VENDOR_STYLESHEETS", ("web/vendor/not-installed.css",))
    assert render("{% design_stylesheets %}").strip() == ""


def test_vendor_links_when_the_css_is_installed(vendor_dir, monkeypatch) -> None:
    monkeypatch.setattr(
        design, "VENDOR_STYLESHEETS", ("web/vendor/a.css", "web/vendor/missing.css")
    )
    vendor_dir.mkdir(parents=True)
    (vendor_dir / "a.css").write_text(".utrecht-button {}", encoding="utf-8")
    html = render("{% design_stylesheets %}")
    assert html.strip() == '<link rel="stylesheet" href="/static/web/vendor/a.css">'


def test_base_template_puts_the_vendor_css_before_the_site_css(
    client, db, vendor_dir, monkeypatch
) -> None:
    monkeypatch.setattr(design, "VENDOR_STYLESHEETS", ("web/vendor/a.css",))
    vendor_dir.mkdir(parents=True)
    (vendor_dir / "a.css").write_text("", encoding="utf-8")
    html = client.get(reverse("login")).content.decode()
    assert 0 < html.index("web/vendor/a.css") < html.index("web/site.css")
    assert '<body class="utrecht-theme">' in html


def mark(path: str, page: str, *section: str) -> str:
    request = RequestFactory().get(path)
    request.resolver_match = resolve(path)
    args = " ".join(f"'{name}'" for name in (page, *section))
    return render(f"{{% aria_current {args} %}}", {"request": request})


def test_current_page_and_its_section_are_marked() -> None:
    agreements = reverse("web:agreement_list")
    detail = reverse("web:agreement_detail", args=[7])
    assert mark(agreements, "web:agreement_list") == ' aria-current="page"'
    assert mark(detail, "web:agreement_list", "web:agreement_detail") == ' aria-current="true"'
    assert mark(detail, "web:agreement_list") == ""
    assert mark(reverse("web:home"), "web:agreement_list", "web:agreement_detail") == ""


def test_menu_marks_exactly_one_link(client, db) -> None:
    html = client.get(reverse("login")).content.decode()
    assert html.count("aria-current=") == 1
    assert f'href="{reverse("login")}" aria-current="page"' in html
