"""Paging of the list pages: one way to pick the page, number the links and keep the filters.

Every paged list (agreements, documents, projects, funding rounds, the review queue) reads
its page from ``?pagina=`` and renders ``web/_pagination.html`` with what ``paginate`` gives.
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import QueryDict

from ruimtemonitor.web.querystrings import PAGE_PARAM, query_with


def numbers_near(first: int, last: int, current: int) -> list[int | None]:
    """``first``, ``last`` and the numbers within two of ``current``, ascending; None marks a
    gap. One rule for every pager, whether it counts list pages or a document's pages."""
    near = {first, last, *range(max(first, current - 2), min(last, current + 2) + 1)}
    numbers: list[int | None] = []
    for number in sorted(near):
        if numbers and number - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


def page_numbers(page: Page) -> list[int | None]:
    """Page numbers around the current one, the first and the last; None marks a gap."""
    return numbers_near(1, page.paginator.num_pages, page.number)


def page_url(query: QueryDict) -> str:
    """The list's address without its page number; the template appends the number."""
    rest = query_with(query, **{PAGE_PARAM: None})
    return f"?{rest}&{PAGE_PARAM}=" if rest else f"?{PAGE_PARAM}="


def paginate(query: QueryDict, items: Any, size: int) -> dict[str, Any]:
    """The page ``query`` asks for (the first when it names none or no such page), with the
    numbers and address the shared pager needs, as template context."""
    page = Paginator(items, size).get_page(query.get(PAGE_PARAM))
    return {"page": page, "page_numbers": page_numbers(page), "page_url": page_url(query)}
