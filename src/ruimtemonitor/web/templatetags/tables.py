"""The header row of every register table, written once.

Each table used to spell out ``<thead>``, ``<tr>`` and a ``<th scope="col" class=…>`` per column
with the same classes; ``{% table_head %}`` takes the column labels instead::

    {% load tables %}
    {% table_head _("Round") _("Scheme") _("Budget") numeric="3" %}

``numeric`` names the columns of figures (counted from 1), which are right-aligned like their
cells. A label that is a sort link (an object with ``label``, ``url`` and ``aria_sort``) makes a
header that sorts the table; a list or tuple gives one column per item.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext

register = template.Library()

HEADER_CELL = "utrecht-table__header-cell"


def _labels(values: tuple[Any, ...]) -> Iterator[Any]:
    for value in values:
        if isinstance(value, list | tuple):
            yield from value
        else:
            yield value


def _cell(label: Any, numeric: bool) -> SafeString:
    css = f"{HEADER_CELL} {HEADER_CELL}--numeric" if numeric else HEADER_CELL
    if not hasattr(label, "aria_sort"):
        return format_html('<th scope="col" class="{}">{}</th>', css, label)
    return format_html(
        '<th scope="col" class="{}" aria-sort="{}"><a class="utrecht-link sort-link'
        ' sort-link--{}" href="{}">{}<span class="visually-hidden"> {}</span></a></th>',
        css,
        label.aria_sort,
        label.aria_sort,
        label.url,
        label.label,
        gettext("(sort)"),
    )


@register.simple_tag
def table_head(*labels: Any, numeric: str = "") -> SafeString:
    """``<thead>`` with one column header per label, in the register's table classes."""
    figures = {int(number) for number in numeric.split()}
    cells = format_html_join(
        "\n",
        "{}",
        ((_cell(label, number in figures),) for number, label in enumerate(_labels(labels), 1)),
    )
    return format_html(
        '<thead class="utrecht-table__header"><tr class="utrecht-table__row">\n{}\n</tr></thead>',
        cells,
    )
