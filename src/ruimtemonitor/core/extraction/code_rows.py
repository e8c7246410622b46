"""Rows of an action table flattened with single spaces, each opening with an item code.

An export that drops the cell borders of a table leaves one line per row with the cells
apart by single spaces, under a header of single words ("Nr Actie Trekker Gereed
Middelen"):

    K-2 Fietspad langs de dijk gemeente Noordstad 2027 450.000

The rows cannot be cut into cells by their spacing, but each opens with a code of the same
shape (capitals, a dash, a number: "K-1", "K-2", "WB-3"), so a line that opens with such a
code under a line that opens with one is a row of its own (``heading_forms.code_rows``).
Under a header that names a number column and an action column, each such row is one
agreement (``code_row_agreements``): the code is its number, the action text
up to the trekker (a party: "gemeente …", "provincie …", a ministry's initials) its title and
its one commitment; the date and money cells are read by the time and amount steps.
"""

from __future__ import annotations

import re

from .agreement_record import Agreement, agreement_in
from .agreement_sentences import Commitment
from .heading_forms import coded_rows_under
from .owners import find_owner
from .project_terms import TREKKER_PARTY
from .splitting import Document
from .structure import Structure
from .textutil import Spans

__all__ = ["code_row_agreements"]

# "Nr Actie Trekker Gereed Middelen", "Code Maatregel Wie Wanneer": a header of single words
# with a number column first and an action column after it.
_HEADER = re.compile(
    r"^[ \t]*(?i:nr\.?|nummer|code)[ \t]+(?i:actie|maatregel|afspraak)[ \t]+"
    r"(?i:trekker|wie|eigenaar|verantwoordelijke?)\b[^\n]*$"
)
# Where the trekker cell starts: a party named by its kind or a ministry's initials.
_PARTY = re.compile(rf"[ \t](?={TREKKER_PARTY}[ \t,])")


def code_row_agreements(
    text: str, document: Document, structure: Structure, covered: list[tuple[int, int]]
) -> list[Agreement]:
    """Each coded row under an action table's header in ``document`` (module docstring)."""
    taken = Spans(covered)
    found: list[Agreement] = []
    tags: set[str] = set()
    for start, end, code in coded_rows_under(_HEADER, text, document.start, document.end):
        if taken.contains(start):
            continue
        rest_start = start + code.end()
        party = _PARTY.search(text, rest_start, end)
        title_end = party.start() if party else end
        title = text[rest_start:title_end].strip()
        if not title:
            continue
        commitment = Commitment(title, find_owner(text[title_end:end]), (), rest_start, title_end)
        number = code.group("code")
        tag = f"r{number}"
        if tag in tags:  # a second table with the same codes: its own identifiers
            tag = f"r{number}.{sum(1 for t in tags if t.startswith(tag + '.')) + 2}"
        tags.add(tag)
        found.append(
            agreement_in(document, structure, tag, number, title, (commitment,), start, end)
        )
    return found
