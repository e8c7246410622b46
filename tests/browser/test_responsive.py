"""Every page on a laptop (1280 px) and a phone (390 px), with real letters in the register.

With the corpus beside the checkout (../shared/corpus) its bundle of five letters is read on top
of the sample letters, so the pages carry real lengths: a 26-agreement arrangement, long titles,
a text of 194 KB. Without the corpus the samples alone are used. On every page at both widths:
no sideways scrolling of the page (a wide table may scroll inside itself, with a visible edge),
nothing sticking out of the screen, no serious or critical axe finding, no console error. Every
page is reachable by following links from the main menu.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from tests.browser.test_accessibility import PAGES, first_pk, skip_if_placeholder

from ruimtemonitor.accounts.models import Role

pytestmark = pytest.mark.slow

CORPUS_LETTER = "000_2625f7667a8edade.txt"
# ./run reads a corpus letter from its PDF when there is one: pages make the citations and
# the document page; the tests read what ./run reads.
CORPUS_PDF = "000_2625f7667a8edade.rendered.pdf"
WIDTHS = (1280, 390)
TABLET = 820  # between the two layouts: checked for overflow, not again for axe

MORE_PAGES = {
    "web:arrangement_list": lambda: reverse("web:arrangement_list"),
    "web:arrangement_changes": lambda: reverse(
        "web:arrangement_changes", args=[_superseding_arrangement()]
    ),
    "web:alert_list": lambda: reverse("web:alert_list"),
    "web:alert_create": lambda: reverse("web:alert_create"),
}

# Elements wider than the screen that are not inside something that scrolls or clips.
OVERFLOW_JS = """() => {
    const width = document.documentElement.clientWidth;
    const sticking = [];
    for (const el of document.querySelectorAll("body *")) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1) continue;
        let contained = false;
        for (let up = el.parentElement; up; up = up.parentElement) {
            const style = getComputedStyle(up);
            if (["auto", "scroll", "hidden", "clip"].includes(style.overflowX)) {
                contained = up !== document.body && up !== document.documentElement;
                break;
            }
        }
        const where = `${el.tagName}.${el.className} right=${Math.round(box.right)}`;
        if (!contained) sticking.push(where);
    }
    return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: width,
        sticking: sticking.slice(0, 5),
    };
}"""


# A table cell whose text is taller than the cell itself spills over the rows below it.
SPILLING_CELLS_JS = """() => [...document.querySelectorAll("main th, main td")]
    .filter(el => !el.closest(".visually-hidden") && el.clientHeight > 0
        && getComputedStyle(el).overflowY === "visible" && el.scrollHeight > el.clientHeight + 2)
    .map(el => `${el.tagName}.${el.className}: ${el.scrollHeight} in ${el.clientHeight}`)
    .slice(0, 5)"""

# A caption squeezed beside its table breaks after every word.
NARROW_CAPTIONS_JS = """() => [...document.querySelectorAll("main caption")]
    .filter(el => !el.closest(".visually-hidden") && !el.classList.contains("visually-hidden")
        && el.getBoundingClientRect().width > 0
        && el.getBoundingClientRect().width < el.closest("table").getBoundingClientRect().width / 2)
    .map(el => `${el.textContent.trim().slice(0, 40)}: ${el.getBoundingClientRect().width}`)"""


WIDE_TABLES_JS = """() => [...document.querySelectorAll(".table-scroll, main table")]
    .filter(el => !el.closest(".visually-hidden") && el.scrollWidth > el.clientWidth + 1)
    .map(el => `${el.tagName}.${el.className}: ${el.scrollWidth} in ${el.clientWidth}`)"""


def _corpus_pages() -> dict[str, Callable[[], str]]:
    """The pages the corpus makes longest or that the register must get right: its bundle's
    document page, a Gelderland agreement, Regio Foodvalley and the A1/A28 project."""
    from ruimtemonitor.documents.models import Document
    from ruimtemonitor.register.models import Agreement

    def bundle() -> str:
        document = Document.objects.filter(
            original_filename__in=[CORPUS_LETTER, CORPUS_PDF], parent=None
        ).get()
        return reverse("web:document_detail", args=[document.pk])

    def agreement() -> str:
        found = Agreement.objects.get(number="4.6", arrangement__title__contains="Gelderland")
        return reverse("web:agreement_detail", args=[found.pk])

    return {
        "corpus: bundle document": bundle,
        "corpus: Gelderland agreement 4.6": agreement,
        "corpus: Regio Foodvalley": lambda: reverse("web:region_detail", args=["regio-foodvalley"]),
        "corpus: A1/A28 Hoevelaken": lambda: reverse(
            "web:project_detail", args=["a1-a28-knooppunt-hoevelaken"]
        ),
    }


def _superseding_arrangement() -> int:
    from ruimtemonitor.register.models import Arrangement

    arrangement = Arrangement.objects.filter(supersedes__isnull=False).order_by("pk").first()
    return arrangement.pk if arrangement else first_pk("register.Arrangement")


@pytest.fixture
def register_with_letters(demo_register, corpus_dir_or_none) -> None:
    """The sample letters and, when present, the corpus bundle, read as ``./run`` reads them."""
    if corpus_dir_or_none is None:
        return
    from ruimtemonitor.ingestion.services import ingest_paths

    pdf = corpus_dir_or_none / CORPUS_PDF
    letter = pdf if pdf.is_file() else corpus_dir_or_none / CORPUS_LETTER
    summary = ingest_paths([letter], queue=False)
    assert summary.ok, [job.error for job in summary.jobs]


@pytest.fixture
def corpus_dir_or_none(corpus_location: Path) -> Path | None:
    return corpus_location if (corpus_location / CORPUS_LETTER).is_file() else None


def _all_pages(corpus: bool = False) -> dict[str, str]:
    builders = {**PAGES, **MORE_PAGES, **(_corpus_pages() if corpus else {})}
    return {name: build() for name, build in builders.items()}


def test_every_page_is_checked() -> None:
    """Every page the site serves as HTML on a GET is in the lists above; a new page must be
    added there (or here, with the reason it is left out)."""
    from django.urls import URLPattern, URLResolver, get_resolver

    not_pages = {
        "web:agreement_facets": "a fragment of the agreements page, checked with it",
        "web:agreement_export": "a file download",
        "web:saved_filter_save": "POST only",
        "web:saved_filter_delete": "POST only",
        "web:agreement_edit": "POST only; its form is on the agreement page",
        "web:commitment_edit": "POST only; its form is on the agreement page",
        "web:review_decide": "POST only; its form is on the review queue",
        "web:job_status_json": "JSON for the job page's script",
        "web:region_letter": "a file download (the letter)",
        "web:funding_template": "a CSV download",
        "web:funding_export": "a file download",
        "web:alert_toggle": "POST only",
        "web:alert_delete": "POST only",
        "web:arrangement_progress": "a PDF or XLSX download",
        "web:change_review": "POST only; its form is on the changes page",
    }
    resolver = get_resolver()
    web = next(
        p for p in resolver.url_patterns if isinstance(p, URLResolver) and p.namespace == "web"
    )
    names = {f"web:{p.name}" for p in web.url_patterns if isinstance(p, URLPattern)}
    assert names - set(not_pages) == set(PAGES) | set(MORE_PAGES)


def test_every_page_fits_a_laptop_and_a_phone_and_passes_axe(
    subtests,
    page,
    page_problems,
    live_server,
    login_as,
    register_with_letters,
    corpus_dir_or_none,
    axe,
) -> None:
    user = login_as(Role.ADMINISTRATOR)
    client = Client()
    client.force_login(user)
    pages = _all_pages(corpus=corpus_dir_or_none is not None)
    pages["not found (404)"] = "/deze-pagina-bestaat-niet"
    for name, path in pages.items():
        for width in (*WIDTHS, TABLET):
            with subtests.test(msg=f"{name} at {width}px"):
                page_problems.clear()
                expected = 404 if name.startswith("not found") else 200
                if expected == 200:
                    skip_if_placeholder(client, path)
                page.set_viewport_size({"width": width, "height": 900})
                response = page.goto(live_server.url + path)
                assert response is not None and response.status == expected, path
                page.wait_for_load_state("load")
                found = page.evaluate(OVERFLOW_JS)
                assert found["scrollWidth"] <= found["clientWidth"], (path, found)
                assert not found["sticking"], (path, found)
                spilling = page.evaluate(SPILLING_CELLS_JS)
                assert not spilling, (path, spilling)
                narrow = page.evaluate(NARROW_CAPTIONS_JS)
                assert not narrow, (path, narrow)
                if width == WIDTHS[0]:  # on a laptop no table needs scrolling sideways
                    wide = page.evaluate(WIDE_TABLES_JS)
                    assert not wide, (path, wide)
                if width in WIDTHS:
                    axe(page)
                if expected == 404:  # Chromium reports the page's own status as an error
                    page_problems.console_errors[:] = [
                        e for e in page_problems.console_errors if "status of 404" not in e
                    ]
                page_problems.assert_none()


def _links(html: str) -> set[str]:
    """Paths this page links to on the same site, without query or fragment."""
    paths = set()
    for href in re.findall(r'href="([^"]+)"', html):
        parts = urlsplit(href.replace("&amp;", "&"))
        if parts.netloc or not parts.path.startswith("/") or parts.path.startswith("/static/"):
            continue
        paths.add(parts.path)
    return paths


def test_every_page_is_reachable_from_the_menu(
    register_with_letters, corpus_dir_or_none, make_user
) -> None:
    client = Client()
    client.force_login(make_user("menu", role=Role.ADMINISTRATOR))
    home = client.get(reverse("web:home")).content.decode()
    menu = home[home.index('<nav class="site-nav"') : home.index("</nav>")]
    pages = _all_pages(corpus=corpus_dir_or_none is not None)
    wanted = {urlsplit(path).path for path in pages.values()}
    # Breadth first from the menu, two clicks deep at most; stop once everything is found.
    queue = deque((path, 1) for path in sorted(_links(menu)))
    seen = set(_links(menu))
    while queue and not wanted <= seen:
        path, depth = queue.popleft()
        if depth >= 3 or "/export" in path:
            continue
        response = client.get(path)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        for link in sorted(_links(response.content.decode()) - seen):
            seen.add(link)
            queue.append((link, depth + 1))
    assert wanted <= seen, f"not reachable from the menu: {sorted(wanted - seen)}"


def test_menu_folds_on_a_phone_and_opens_with_its_button(page, url, reference_data) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(url("web:home"))
    toggle = page.locator("[data-menu-toggle]")
    menu_link = page.locator(f'.site-nav a[href="{reverse("web:agreement_list")}"]')
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert not menu_link.is_visible()
    main_top = page.locator("main").bounding_box()["y"]
    assert main_top < 200, "the content starts right below the header"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and menu_link.is_visible()
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    # On a laptop there is no button; the menu is simply there.
    page.set_viewport_size({"width": 1280, "height": 800})
    assert not toggle.is_visible() and menu_link.is_visible()


def test_without_javascript_the_menu_and_filters_stay_open(browser, live_server, demo_register):
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 390, "height": 800}
    )
    try:
        page = context.new_page()
        page.goto(reverse("web:agreement_list"))
        assert page.locator(f'.site-nav a[href="{reverse("web:project_list")}"]').is_visible()
        assert page.locator(".facets-panel").get_attribute("open") is not None
    finally:
        context.close()


def test_filters_fold_behind_a_skip_link_on_a_phone(page, url, demo_register) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(url("web:agreement_list"))
    panel = page.locator(".facets-panel")
    assert panel.get_attribute("open") is None
    skip = page.locator('.skip-to-results a[href="#resultaten"]')
    skip.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "resultaten"
    # The rows stack: each cell says which column it is.
    cell = page.locator(".agreements-table tbody td[data-label]").first
    label = cell.evaluate("e => getComputedStyle(e, '::before').content")
    assert cell.get_attribute("data-label") in label
    page.locator(".facets-panel__summary").click()
    assert panel.get_attribute("open") is not None


def test_a_document_opens_at_the_page_of_its_passage(page, url, demo_register) -> None:
    from ruimtemonitor.register.models import Agreement

    agreement = Agreement.objects.exclude(source_passage=None).order_by("pk").first()
    page.goto(url("web:agreement_detail", agreement.pk))
    page.locator("#bron .passage figcaption a").click()
    page.wait_for_url(re.compile(rf"passage={agreement.source_passage_id}#"))
    page.wait_for_load_state("load")
    mark = page.locator(f"#passage-{agreement.source_passage_id}")
    mark.wait_for()
    page.wait_for_function(
        "() => window.scrollY > 0 || document.documentElement.scrollHeight <= innerHeight"
    )
    assert mark.is_visible()
    box = mark.bounding_box()
    assert box is not None and -1 <= box["y"] < 900, "the passage is in view"
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height < 20_000, f"the document page is {height}px tall"


def test_chart_labels_stay_readable_on_a_phone(page, url, demo_register) -> None:
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(url("web:home"))
        heights = page.evaluate(
            """() => [...document.querySelectorAll("svg.chart__svg text")]
                .filter(t => t.getClientRects().length)
                .map(t => t.getBoundingClientRect().height)"""
        )
        assert heights, f"no chart text visible at {width}px"
        assert min(heights) >= 13, f"chart text {min(heights):.1f}px high at {width}px"


def test_an_address_for_the_whole_text_finds_its_page(page, live_server, reference_data) -> None:
    from ruimtemonitor.documents.models import Document, DocumentKind

    text = "Eerste pagina.\fTweede pagina.\fDerde pagina met de afspraak."
    document = Document.objects.create(
        title="Brief", kind=DocumentKind.OTHER, extracted_text=text, end=len(text), page_count=3
    )
    address = live_server.url + reverse("web:document_detail", args=[document.pk])
    page.goto(address + "#pagina-3")  # as letters and bookmarks made before pagination
    page.wait_for_url(re.compile(r"\?pagina=3#pagina-3$"))
    assert page.locator("#pagina-3").is_visible()
    page.goto(address + "?pagina=9#pagina-9")  # no such page: no loop, the first page
    assert page.locator("#pagina-1").is_visible()
