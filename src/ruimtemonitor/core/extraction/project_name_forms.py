"""Further forms of a project's name that the object words of ``project_names`` miss.

A heading may name its object without the object word standing apart: a place glued to the
kind of object in one word ("…corridor", "…boog": a rail curve), a proper name with the two
ends of the line in brackets, or a place before a colon over a named object. These are asked
last, after every rule that says a heading is a theme, a region, a paper or a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .project_terms import Project

__all__ = [
    "continues_head",
    "continues_label_cell",
    "other_name_form",
    "road_in_long_subject",
    "row_among_taken",
    "same_line",
    "work_after_road",
]

# "Xcorridor", "Xboog": a place and the kind of object in one word (not "Spoorboog",
# "Goederencorridor": a kind before a kind).
# "Xterrein": a site named after its place (not "Bedrijventerrein": a kind of site).
_GLUED = re.compile(r"(?P<place>[A-Z][a-zà-ÿ]{2,})(?:corridor|boog|terrein)", re.UNICODE)
_KIND_FIRST = frozenset((
    "spoor", "goederen", "trein", "fiets", "weg", "vaar", "ov", "hoofd", "bedrijven",
    "industrie", "haven", "emplacement", "sport", "woon", "werk", "rangeer", "opslag",
))  # fmt: skip
# "Veenstad, Kleidorp-Centrum" (a row's cell): a place, then a named part of a place.
_PLACE_AND_PART = re.compile(
    r"^[A-Z][\w'’.-]+(?:[ \t][\w'’.-]+){0,3},[ \t]+"
    r"(?!(?:Noord|Zuid|Oost|West|Midden)-)[A-Z][\w'’]+-(?:Centrum|Noord|Oost|Zuid|West)$"
)
# "Xline (Plaats - Plaats)": a proper name with the two ends of the line in brackets.
_PLACE = r"[A-Z][\w'’.]+(?:[ \t]+(?:[A-Z][\w'’.]+|aan|den|op|de))?"
_ENDS_IN_BRACKETS = re.compile(rf"^[A-Z][\w'’-]{{3,}}[ \t]+\({_PLACE}[ \t]*[–—-][ \t]*{_PLACE}\)$")
# "Veenstad-West en Nieuw-Kleidorp": a named part of a place and another place, one area.
_PART = r"(?!(?:Noord|Zuid|Oost|West|Midden)-)[A-Z][\w'’]+"
_PARTS_JOINED = re.compile(
    rf"^(?:{_PART}-(?:Centrum|Noord|Oost|Zuid|West)[ \t]+en[ \t]+[A-Z][\w'’-]+"
    rf"|[A-Z][\w'’-]+[ \t]+en[ \t]+{_PART}-(?:Centrum|Noord|Oost|Zuid|West))$"
)
# "Plaats: N99 en …", "Plaats: Spoorzone …": a place before a colon heads the name.
_PLACE_COLON = re.compile(r"^[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?:[ \t]+(?=\S)")


def other_name_form(name: str, named: Callable[[str], bool]) -> bool:
    """Whether ``name`` names an object in one of the forms of the module docstring;
    ``named`` judges the part after a place and a colon."""
    first = name.split(maxsplit=1)[0].rstrip(",:;") if name.split() else ""
    glued = _GLUED.fullmatch(first)
    if glued is not None and glued.group("place").casefold() not in _KIND_FIRST:
        return True
    if _ENDS_IN_BRACKETS.match(name) or _PLACE_AND_PART.match(name) or _PARTS_JOINED.match(name):
        return True
    if work_after_road(name) == len(name):  # "N99, ongelijkvloerse kruising X"
        return True
    colon = _PLACE_COLON.match(name)
    return colon is not None and named(name[colon.end() :])


# "(informatief)", "(nieuw)", "(vervallen)": a short remark in brackets on a line of its own.
_REMARK_LINE = re.compile(r"\([a-z][\w -]{1,30}\)")


def continues_head(head: str, line: str) -> bool:
    """Whether ``line``, right under ``head``, belongs to the head: a remark on it in
    brackets, a line of "====" or "----" underlining it, or the rest of a name wrapped after
    a dash ("Snelfietsroute X – Y –" over "Z"); the head's unit goes on under it."""
    return (
        _REMARK_LINE.fullmatch(line.strip()) is not None
        or _UNDERLINE.fullmatch(line.strip()) is not None
        or head.rstrip().endswith(("–", "—", " -"))
    )


# "Station X" over "=========": a heading underlined in a plain-text export.
_UNDERLINE = re.compile(r"([=~_*-])\1{2,}")


def same_line(text: str, one: int, other: int) -> bool:
    """ "Opgave 1: Spoorzone X" found by a layout rule and "Spoorzone X" read by the general
    reader: one head."""
    return text.rfind("\n", 0, one) == text.rfind("\n", 0, other)


def row_among_taken(start: int, tables: list[tuple[int, int]], found: list[Project]) -> bool:
    """Whether a row read at ``start`` stands in a table of which at least two other rows
    were taken as projects: a sibling row of theirs names a project too (a place's name
    misspelt in it hides it from the rules that took the others)."""
    return any(
        s <= start < e and sum(1 for p in found if s <= p.start < e and p.start != start) >= 2
        for s, e in tables
    )


# "… van de aansluiting A1 Veenstad-Zuid / Kleidorp": a road number with its section.
_ROAD_SECTION = re.compile(
    r"(?<![\w-])[AN]\d{1,3}(?:/[AN]\d{1,3})?[ \t]+[A-Z][\w'’]+(?:[-–][A-Z][\w'’]+)*"
)
_LONG_SUBJECT = 8


def road_in_long_subject(title: str) -> str | None:
    """The road with its section that a long subject line names ("Bijdrage aan de
    aanpassing van de aansluiting A1 X-Zuid / Y" → "A1 X-Zuid"): the work a council proposal
    is about when its words run on around the name; None for a short subject or without one."""
    if len(title.split()) <= _LONG_SUBJECT:
        return None
    road = _ROAD_SECTION.search(title)
    return road.group() if road is not None else None


# "| Partijen  | Rijk, provincie, gemeenten |" over "|           | Ede, Wageningen en Rhenen |": a
# two-cell row of a markdown table, its label cell empty.
_EMPTY_LABEL_ROW = re.compile(r"^[ \t]*+\|[ \t]*+\|[ \t]*+[^\s|][^|\n]*+\|?[ \t]*+$")
_LABEL_ROW = re.compile(r"^[ \t]*+\|[ \t]*+[^\s|][^|\n]*+\|[ \t]*+[^\s|][^|\n]*+\|?[ \t]*+$")


def continues_label_cell(line: str, before: str) -> bool:
    """A row of a two-column markdown table whose label cell is empty, under another row of
    two cells: the value cell of the row above wrapped onto a line of its own; it names the
    rest of that value (a list of parties), no project."""
    return bool(_EMPTY_LABEL_ROW.match(line)) and bool(
        _LABEL_ROW.match(before) or _EMPTY_LABEL_ROW.match(before)
    )


# "N999, ongelijkvloerse kruising Voorbeeldrade", "A7, nieuwe aansluiting Zuid Heerenveen":
# a road's number, a comma, the work in one or two lower-case words and the place it lies at,
# the whole head (or a remark in brackets after it): the comma opens no clause.
_ROAD_COMMA_WORK = re.compile(
    r"[ \t]*(?-i:[AN])\d{1,3}[a-z]?,[ \t]+(?!(?:de|het|een|is|wordt|zijn|en|of)\b)"
    r"[a-zà-ÿ][\w-]{2,30}(?:[ \t]+[a-zà-ÿ][\w-]{2,30})?"
    r"(?:[ \t]+[A-Z][\w'’-]{1,40}){1,3}[ \t]*(?=\(|$)"
)


def work_after_road(head: str) -> int:
    """Where the name ends in a head "N99, work at Place" (``_ROAD_COMMA_WORK``), so that
    the comma after the road is not read as the name's end; 0 for any other head."""
    match = _ROAD_COMMA_WORK.match(head)
    return 0 if match is None else match.end()
