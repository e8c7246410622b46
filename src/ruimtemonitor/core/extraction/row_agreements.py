"""Agreements read from the rows of a table of agreements ("Nr | Onderwerp | Afspraak | …").

``table_rows`` finds the rows; this module decides which rows are agreements of the
letter and reads their commitments. A table states agreements in any genre that makes them,
however it was exported (cells apart by tabs, bars or spaces, or one cell per line), except
an overview that repeats the numbered headings above it ("4.1  Titel" as a heading and as
a row) and a row whose agreement cell says it lapsed ("AG-4 | … | Vervallen | – | –").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .agreement_record import Agreement, agreement_in
from .agreement_sentences import Commitment, stated_sentences
from .items import Item, enumerated_items, items_in, lines_in
from .owners import find_owner
from .patterns import (
    BULLET_GLYPH,
    ENUMERATOR,
    NOTHING_AGREED,
    agreement_formulas,
    is_structural,
)
from .splitting import Document
from .structure import Structure
from .table_rows import TableAgreement, table_agreements

__all__ = ["row_agreements"]

# "Vervallen", "Komt te vervallen (opgenomen in 2.3)": the row's number lapsed.
_LAPSED = re.compile(r"\s*(?:vervallen|komt\s+te\s+vervallen)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def row_agreements(
    text: str,
    document: Document,
    structure: Structure,
    numbered: set[str],
    covered: list[tuple[int, int]],
) -> list[Agreement]:
    """The agreements of the document's tables; ``numbered``: the numbers of the "Afspraak"
    blocks read already (a table of those is a summary); ``covered`` grows by the rows."""
    headings = [
        (section.number.rstrip("."), section.title, section.start)
        for section in structure.of(document.identifier)
        if section.number
    ]
    found: list[Agreement] = []
    rows = table_agreements(text, document.start, document.end)
    shapes = Counter(_shape(row.number) for row in rows)
    usual = shapes.most_common(1)[0][0] if shapes else ""
    for row in rows:
        if row.number in numbered:
            continue  # a summary table of agreements stated above ("2.1  … € 65 mln.")
        if any(
            number == row.number and _same_start(title, row.title) and not row.start <= at < row.end
            for number, title, at in headings
        ):
            continue  # an overview at the end that repeats the numbered headings above
        if _shape(row.number) != usual and any(
            number == row.number and row.start <= at < row.end and _only(row.title, title)
            for number, title, at in headings
        ):
            continue  # "3  LANDBOUW" after a table: the next theme's heading, not its last row
        if _LAPSED.match(row.commitment):
            continue  # "AG-4 | Vaarweg … | Vervallen": the number lapsed, nothing is agreed
        if _explained_unagreed(text, document, row.number):
            continue  # "Toelichting bij M3: … hierover worden geen nieuwe afspraken gemaakt."
        agreement = _from_row(text, row, document, structure)
        explained = _explained_row(text, document, row.number)
        if explained:  # "Toelichting bij A1:" over "a. …", "b. …"
            agreement = replace(agreement, commitments=tuple(explained))
            covered.append((explained[0].start, explained[-1].end))
        found.append(agreement)
        covered.append((row.start, row.end))
    return found


def _shape(number: str) -> str:
    """ "A3" → "A9", "3" → "9": how a row is numbered."""
    return re.sub(r"\d+", "9", number)


def _only(cell: str, title: str) -> bool:
    """Whether a row's cell says nothing but a heading's title."""
    return " ".join(cell.split()).lower() == " ".join(title.split()).lower()


def _same_start(heading: str, title: str) -> bool:
    """A heading and a row's title that open with the same word name the same item."""
    first = _WORD.search(heading.lower())
    second = _WORD.search(title.lower())
    return first is not None and second is not None and first.group() == second.group()


def _explained_row(text: str, document: Document, number: str) -> list[Commitment]:
    """The items under "Toelichting bij A1:" (or "Uitwerking van actie A1:") below a table of
    actions: what is agreed for that row, each item one commitment, instead of the row's
    own cell."""
    label = re.compile(
        rf"^[ \t]*(?:toelichting|uitwerking)[ \t]+(?:bij|op|van)[ \t]+(?:actie[ \t]+)?"
        rf"{re.escape(number)}[ \t]*:[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )
    match = label.search(text, document.start, document.end)
    if match is None:
        return []
    limit = document.end
    for line in lines_in(text, match.end() + 1, document.end):
        head = line.text.strip()
        listed = BULLET_GLYPH.match(head) or ENUMERATOR.match(head)
        if line.blank_before or (is_structural(head) and not listed):
            limit = line.start  # the items end at a blank line or the next heading
            break
    items = enumerated_items(text, match.end(), limit) or items_in(text, match.end(), limit)
    return [_commitment(item) for item in items]


def _explained_unagreed(text: str, document: Document, number: str) -> bool:
    """Whether a note on the row below the table ("Toelichting bij M3: de stalling is in
    gebruik genomen; hierover worden geen nieuwe afspraken gemaakt.") says that nothing is
    agreed for it: the row reports, it agrees nothing."""
    note = re.compile(
        rf"^[ \t]*(?:toelichting|noot|opmerking)[ \t]+(?:bij|op)[ \t]+(?:actie[ \t]+)?"
        rf"{re.escape(number)}[ \t]*:[ \t]*(?P<said>[^\n]*)",
        re.IGNORECASE | re.MULTILINE,
    )
    match = note.search(text, document.start, document.end)
    return match is not None and NOTHING_AGREED.search(match.group("said")) is not None


def _commitment(item: Item) -> Commitment:
    return Commitment(item.text, find_owner(item.text), item.sub_items, item.start, item.end)


def _from_row(
    text: str, row: TableAgreement, document: Document, structure: Structure
) -> Agreement:
    """An agreement from a row of a table of agreements."""
    if row.cell is not None:
        commitments = stated_sentences(text, *row.cell)
    else:
        commitments = _row_commitments(text, row)
    title = row.title or row.commitment[:120]
    return agreement_in(
        document, structure, f"r{row.number}", row.number, title, commitments, row.start, row.end
    )


def _row_commitments(text: str, row: TableAgreement) -> list[Commitment]:
    """A row's agreed cell read like any cell of agreed text: each sentence one commitment,
    background ("Het project is in realisatie.") left out; a cell of background only is
    kept whole. Offsets: from each sentence's first word in the row to the row's end."""
    if not row.commitment:
        return []
    stated = stated_sentences(row.commitment, 0, len(row.commitment))
    if row.joined and not agreement_formulas(row.commitment):
        stated = stated[:1]  # "3. Station … | ProRail onderzoekt …. Partijen besluiten …": the
        # decision of an agenda point without formula is its cell's first sentence
    if not stated:
        return [Commitment(row.commitment, find_owner(row.commitment), (), row.start, row.end)]
    found = []
    cursor = row.start
    for commitment in stated:
        first = commitment.text.split(" ", 1)[0]
        at = text.find(first, cursor, row.end)
        begin = at if at >= 0 else cursor
        found.append(replace(commitment, start=begin, end=row.end))
        cursor = begin + len(first)
    return found
