"""The page frame in a real browser: CSP, styles, skip link, menu, login, small screens."""

from __future__ import annotations

import re

from django.urls import reverse

from ruimtemonitor.accounts.models import Role

LINTBLAUW = "rgb(21, 66, 115)"
DONKERGEEL = "rgb(255, 182, 18)"


def focused(page) -> dict:
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {
                id: el.id, tag: el.tagName, cls: el.className, href: el.getAttribute("href"),
                current: el.getAttribute("aria-current"),
                outline: style.outlineStyle, outlineWidth: style.outlineWidth,
                top: el.getBoundingClientRect().top, height: el.getBoundingClientRect().height,
            };
        }"""
    )


def test_pages_carry_the_csp_and_load_cleanly_under_it(
    page, page_problems, url, reference_data
) -> None:
    response = page.goto(url("web:home"))
    assert response is not None and response.status == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    page.wait_for_load_state("load")
    # The stylesheet arrived and applies (a blocked or missing sheet leaves the menu unstyled).
    background = page.locator(".site-nav").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == LINTBLAUW
    sheets = page.evaluate("() => [...document.styleSheets].map(s => s.href)")
    assert any(href.endswith("/web/site.css") for href in sheets)
    page_problems.assert_none()

    # The check can fail: the CSP blocks an inline script, and the console reports it.
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
        }"""
    )
    page.wait_for_timeout(100)
    assert page.evaluate("() => window.injected") is None
    assert any("Content Security Policy" in error for error in page_problems.console_errors)


def test_skip_link_and_menu_work_with_the_keyboard(page, url, reference_data) -> None:
    page.goto(url("web:home"))
    page.keyboard.press("Tab")
    skip = focused(page)
    assert "skip-link" in skip["cls"] and skip["href"] == "#inhoud"
    assert skip["top"] >= 0 and skip["height"] > 0, "the skip link must show when focused"
    skip_background = page.locator(".skip-link").evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    assert skip_background == DONKERGEEL

    page.keyboard.press("Enter")
    assert focused(page)["id"] == "inhoud"

    # Back to the top; Tab through the header to the Agreements link and follow it.
    page.goto(url("web:home"))
    target = reverse("web:agreement_list")
    for _ in range(10):
        page.keyboard.press("Tab")
        state = focused(page)
        if state["href"] == target:
            break
    else:
        raise AssertionError("the Agreements link was not reached with Tab")
    assert state["outline"] == "solid" and state["outlineWidth"] == "3px", state
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    menu = page.get_by_role("navigation", name=re.compile(".+"))
    assert menu.locator(f'a[href="{target}"]').get_attribute("aria-current") == "page"
    home = menu.locator(f'a[href="{reverse("web:home")}"]')
    assert home.get_attribute("aria-current") is None


def test_login_form_logs_in_and_out(page, url, make_user) -> None:
    make_user("marieke", role=Role.EDITOR)
    target = reverse("web:agreement_list")
    page.goto(url("login", query=f"next={target}"))
    page.fill("#id_username", "marieke")
    page.fill("#id_password", "een-lang-wachtwoord-42")
    page.press("#id_password", "Enter")
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    logout = page.locator("form[action='{}'] button".format(reverse("logout")))
    assert "marieke" in logout.inner_text()
    # Logged-in users see the review queue in the menu; editors also the management screens.
    assert page.locator(f'.site-nav a[href="{reverse("web:review_queue")}"]').count() == 1
    assert page.locator(f'.site-nav a[href="{reverse("admin:index")}"]').count() == 1
    # On a laptop every page of the menu fits one row, the account links included.
    page.set_viewport_size({"width": 1280, "height": 800})
    tops = page.locator(".site-nav__list:not(.site-nav__list--account) a").evaluate_all(
        "links => links.map(a => Math.round(a.getBoundingClientRect().top))"
    )
    assert len(set(tops)) == 1, f"the menu wraps over {len(set(tops))} rows at 1280 px"

    logout.click()
    page.wait_for_url(re.compile(re.escape(reverse("web:home")) + "$"))
    assert page.locator(f'.site-nav a[href="{reverse("login")}"]').count() == 1
    assert page.locator(f'.site-nav a[href="{reverse("web:review_queue")}"]').count() == 0


def test_login_page_and_its_error_state_pass_axe(page, page_problems, url, make_user, axe) -> None:
    make_user("marieke")
    page.goto(url("login"))
    axe(page)
    page_problems.assert_none()
    page.fill("#id_username", "marieke")
    page.fill("#id_password", "niet-het-wachtwoord")
    page.click("form.login-form button[type=submit]")
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert alert.inner_text().strip()
    assert page.locator("#id_password").get_attribute("aria-invalid") == "true"
    assert page.input_value("#id_username") == "marieke"
    axe(page)
    # The failed login answers 200 with the form again: nothing else may have gone wrong.
    page_problems.assert_none()


def test_small_screen_has_no_sideways_scrolling(page, url, reference_data) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(url("web:home"))
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"page is {widths[0]}px wide on a {widths[1]}px screen"
    # The menu is folded behind its button; opened, it stacks: every link as wide as the menu.
    page.locator("[data-menu-toggle]").click()
    boxes = page.locator(".site-nav__list a").evaluate_all(
        "links => links.map(a => a.getBoundingClientRect().width)"
    )
    assert min(boxes) > 300
