"""Query strings of the list pages: one page parameter and one way to change a parameter.

A list page's address carries its whole selection, so a link, a bookmark or a saved filter
brings back the same page; these helpers keep that address when one parameter changes.
"""

from __future__ import annotations

from django.http import QueryDict
from django.urls import reverse
from django.utils.http import urlencode

#: The page number of every paged list.
PAGE_PARAM = "pagina"


def query_with(query: QueryDict, **changes: str | None) -> str:
    """The query string with some parameters set (or removed with ``None``), page reset."""
    updated = query.copy()
    updated.pop(PAGE_PARAM, None)
    for key, value in changes.items():
        if value is None or value == "":
            updated.pop(key, None)
        else:
            updated[key] = value
    return updated.urlencode()


def agreement_list_url(**params: str) -> str:
    """A link into the Afspraken list with ``AgreementFilter`` parameters."""
    return f"{reverse('web:agreement_list')}?{urlencode(params)}"
