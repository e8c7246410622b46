"""The table rows of the Afspraken list, written in Python.

``web/agreements/_rows.html`` states the markup; this module writes the same text, character
for character (a test holds the two equal), because a page met for the first time renders 25
rows and Django's template engine spent 6–11 ms of a 60–70 ms cold page on them
(docs/performance.md, 6 December 2026): every ``{% translate %}``, ``{% url %}`` and filter
is resolved per row there, here once per page.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.translation import gettext

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.web.templatetags.register_format import deadline_text
from ruimtemonitor.web.views.agreements.rows import Row


def _text(value: object) -> str:
    """A value as ``{{ value }}`` writes it: localised, then escaped."""
    return str(conditional_escape(localize(value)))


def _joined(values: Sequence[object]) -> str:
    """``{{ values|join:", " }}`` with autoescaping on."""
    return ", ".join(_text(value) for value in values)


def render_rows(rows: Sequence[Row], demo_arrangements: Collection[int]) -> str:
    """The ``<tr>`` elements of ``rows``, as ``web/agreements/_rows.html`` renders them."""
    label = {
        key: _text(gettext(key))
        for key in (
            "Number",
            "sample",
            "Arrangement",
            "Type",
            "Departments",
            "Status",
            "First deadline",
            "Commitments",
        )
    }
    chapter_words = gettext("chapter %(chapter)s")
    # The detail address of one agreement, its number cut off: one ``reverse`` per page.
    sample = reverse("web:agreement_detail", args=[1])
    detail_prefix = sample[: -len("1")]
    proposed = ReviewState.PROPOSED.value
    parts = ["\n        "]
    for row in rows:
        agreement = row.agreement
        arrangement = agreement.arrangement
        title_cell = (
            f'<a class="utrecht-link" href="{conditional_escape(detail_prefix)}{agreement.pk}">'
            f"{_text(agreement.title)}</a>"
        )
        if agreement.arrangement_id in demo_arrangements:
            title_cell += f' <span class="utrecht-badge-status rm-sample">{label["sample"]}</span>'
        if agreement.chapter:
            title_cell += '<span class="agreements-table__chapter">' + chapter_words % {
                "chapter": _text(agreement.chapter)
            }
            if agreement.chapter_title:
                title_cell += f": {_text(agreement.chapter_title)}"
            title_cell += "</span>"
        types = row.type_labels
        departments = row.departments
        type_line = f"<div><dt>{label['Type']}</dt><dd>{_joined(types)}</dd></div>" if types else ""
        department_line = (
            f"<div><dt>{label['Departments']}</dt><dd>{_joined(departments)}</dd></div>"
            if departments
            else ""
        )
        review = (
            '<span class="utrecht-badge-status rm-review rm-review--proposed">'
            f"{_text(agreement.get_review_state_display())}</span>"
            if agreement.review_state == proposed
            else ""
        )
        deadline = _text(deadline_text(row.first_deadline)) if row.first_deadline else "–"
        parts.append(
            '\n        <tr class="utrecht-table__row">\n'
            '          <td class="utrecht-table__cell agreements-table__number" '
            f'data-label="{label["Number"]}">{_text(agreement.number or "–")}</td>\n'
            '          <th scope="row" class="utrecht-table__cell agreements-table__title">'
            f"{title_cell}\n"
            '            <dl class="agreements-table__meta">\n'
            f"              <div><dt>{label['Arrangement']}</dt><dd>{_text(arrangement.title)} "
            f"({_text(arrangement.year)})</dd></div>\n"
            f"              {type_line}\n"
            f"              {department_line}\n"
            "            </dl>\n"
            "          </th>\n"
            f'          <td class="utrecht-table__cell" data-label="{label["Status"]}">\n'
            '            <span class="utrecht-badge-status rm-status '
            f'rm-status--{_text(agreement.status)}">{_text(agreement.get_status_display())}'
            "</span>\n"
            f"            {review}\n"
            "          </td>\n"
            f'          <td class="utrecht-table__cell" data-label="{label["First deadline"]}">'
            f"{deadline}</td>\n"
            '          <td class="utrecht-table__cell utrecht-table__cell--numeric" '
            f'data-label="{label["Commitments"]}">{_text(row.commitment_count)}</td>\n'
            "        </tr>\n        "
        )
    parts.append("\n")
    return "".join(parts)
