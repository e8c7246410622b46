"""Page chrome: the optional NL Design System stylesheets and the current-page mark in the menu.

The component CSS comes from npm at set-up (``scripts/frontend.sh``) and may be absent; the site
stylesheet is complete on its own, so the links are only emitted for files that exist.
"""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# Order matters: later sheets override earlier ones, and web/site.css comes after all of them.
VENDOR_STYLESHEETS: tuple[str, ...] = ("web/vendor/utrecht-components.css",)


@lru_cache(maxsize=1)
def present_vendor_stylesheets() -> tuple[str, ...]:
    """The vendor sheets that were installed; looked up once per process (the finders hit disk)."""
    return tuple(path for path in VENDOR_STYLESHEETS if finders.find(path))


@register.simple_tag
def design_stylesheets() -> SafeString:
    return format_html_join(
        "\n  ",
        '<link rel="stylesheet" href="{}">',
        ((static(path),) for path in present_vendor_stylesheets()),
    )


@register.simple_tag(takes_context=True)
def aria_current(context: template.Context, page: str, *section: str) -> SafeString:
    """``aria-current="page"`` on the menu link of the page shown, ``"true"`` on its section.

    ``page`` is the view name the link points to (``web:agreement_list``); ``section`` names the
    pages under it (``web:agreement_detail``), so a detail page still marks its menu item.
    """
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    current = match.view_name if match else None
    if current == page:
        return mark_safe(' aria-current="page"')
    if current in section:
        return mark_safe(' aria-current="true"')
    return mark_safe("")
