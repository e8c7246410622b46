"""Agreements written as labelled blocks: a form with one label per line.

    Nr.          2.1
    Titel        Woningbouw langs de spoorlijn
    Type         uitvoeringsafspraak
    Ministeries  VRO, IenW
    Afspraak
      – Provincie: wijst de locaties aan.

Any document of an agreement genre may carry such a form: a ``Nr.`` (or ``Nummer``) line
directly over a ``Titel`` line opens one. Each bullet under the ``Afspraak`` label is a
commitment, quoted with its party label (so is each item of a list lettered or numbered
"a)", "1."); without bullets the text after the label is the one
commitment. A block whose body says "Vervallen" agrees nothing. The block ends at the first
blank line after its label lines (or at the next ``Nr.`` line).
"""

from __future__ import annotations

import re

from .agreement_record import Agreement, agreement_in
from .agreement_sentences import Commitment
from .items import enumerated_items, items_in
from .owners import find_owner, normalise_departments
from .splitting import Document
from .structure import Structure
from .textutil import normalise_space

__all__ = ["labelled_agreements"]

_NUMBER_LINE = re.compile(
    r"^[ \t]*(?:nr\.?|nummer|no\.)(?:[ \t]*+:[ \t]++|[ \t]++)"
    r"(?P<number>[A-Z]?\d{1,2}(?:[.-]\d{1,2}){0,2}[a-z]?)"
    r"[ \t]*\n[ \t]*titel[ \t]*:?[ \t]+(?P<title>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)
_TYPE = re.compile(r"^[ \t]*(?:type|soort)[ \t]*:?[ \t]+(?P<value>[^\n]+)$", re.I | re.M)
_DEPARTMENTS = re.compile(
    r"^[ \t]*(?:ministeries|ministerie|departementen|departement)[ \t]*:?[ \t]+(?P<value>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)
_AGREED = re.compile(r"^[ \t]*(?:afspraak|afspraken)[ \t]*:?[ \t]*", re.I | re.M)
_LAPSED = re.compile(r"^[ \t]*(?:vervallen|komt[ \t]+te[ \t]+vervallen)\b", re.I | re.M)
_BLANK = re.compile(r"\n[ \t]*\n")


def labelled_agreements(text: str, document: Document, structure: Structure) -> list[Agreement]:
    """The labelled blocks of ``document`` (see the module docstring); lapsed ones are left out
    but still returned as spans by :func:`labelled_spans` so nothing else reads them."""
    found: list[Agreement] = []
    for number, title, start, end in _blocks(text, document):
        if _LAPSED.search(text, start, end):
            continue
        found.append(_agreement(text, document, structure, number, title, start, end))
    return found


def labelled_spans(text: str, document: Document) -> list[tuple[int, int]]:
    """The spans of every labelled block of ``document``, lapsed ones included."""
    return [(start, end) for _n, _t, start, end in _blocks(text, document)]


def _blocks(text: str, document: Document) -> list[tuple[str, str, int, int]]:
    matches = list(_NUMBER_LINE.finditer(text, document.start, document.end))
    blocks = []
    for index, match in enumerate(matches):
        limit = matches[index + 1].start() if index + 1 < len(matches) else document.end
        blank = _BLANK.search(text, match.end(), limit)
        end = blank.start() if blank else limit
        title = normalise_space(match.group("title"))
        blocks.append((match.group("number"), title, match.start(), end))
    return blocks


def _agreement(
    text: str,
    document: Document,
    structure: Structure,
    number: str,
    title: str,
    start: int,
    end: int,
) -> Agreement:
    kind = _TYPE.search(text, start, end)
    departments_line = _DEPARTMENTS.search(text, start, end)
    departments, warnings = normalise_departments(
        departments_line.group("value") if departments_line else ""
    )
    commitments = _commitments(text, start, end)
    chapter = number.split(".", 1)[0]
    return agreement_in(
        document,
        structure,
        f"a{number}",
        number,
        title,
        commitments,
        start,
        end,
        types=(normalise_space(kind.group("value")),) if kind else (),
        departments=departments,
        chapter=chapter if chapter != number else None,
        warnings=tuple(warnings) + (() if commitments else (f"{number} has no commitments",)),
    )


def _commitments(text: str, start: int, end: int) -> list[Commitment]:
    label = _AGREED.search(text, start, end)
    if label is None:
        return []
    bullets = items_in(text, label.end(), end) or enumerated_items(text, label.end(), end)
    if bullets:
        return [
            Commitment(b.text, find_owner(b.text), b.sub_items, b.start, b.end) for b in bullets
        ]
    body = normalise_space(text[label.end() : end])
    if not body:
        return []
    return [Commitment(body, find_owner(body), (), label.end(), end)]
