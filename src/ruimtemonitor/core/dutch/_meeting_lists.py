"""Meetings listed after a colon, each as a region with its day.

"de uitkomsten van de bestuurlijke overleggen MIRT van dit najaar: Noord op 4 november
(Assen), Oost op 5 november en de Noordvleugel op 9 november": a plural meeting name closed by
a colon over a run of "<region> op <date>", an optional bracket (the town) after each, of
"op <date> (<landsdeel>, <town>)" or of "<region> (<town>, <date>)"; or a plural name with no
colon and, in its sentence or the next, "op 10 april (Noordwest), 17 april (Oost)". Each item
is one meeting of that kind; the region is a landsdeel when the item names one. Every label
must name a region (a landsdeel, a "vleugel", the Randstad or an area of the reference data):
"… overleggen MIRT zijn twee stappen afgesproken: de schouw op 3 april en het besluit op
4 april" lists steps, not meetings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ruimtemonitor.core.dutch._meeting_grammar import DATE, KIND, LANDSDEEL, WEEKDAY
from ruimtemonitor.core.dutch._text import GAP, UPPER
from ruimtemonitor.core.dutch.gazetteer import find_areas

__all__ = ["listed_after_colon"]

# The plural name ("overleggen", "BO's") and the colon that opens its list, in one sentence.
_PLURAL_HEAD = re.compile(rf"\b{KIND}[^.:;\n]{{0,60}}:", re.IGNORECASE)
_PLURAL = re.compile(r"overleggen|\bBOL?['’]s", re.IGNORECASE)
# What goes before an item: a comma, a semicolon or "en", with blanks or a line break around
# it, or only blanks. Two optional gaps side by side would split a run of blanks every way
# they can, and try each (cubic in the run).
_SEPARATOR = rf"(?:{GAP}?[,;]|{GAP}en)?{GAP}?"
# ", Oost-Nederland op 13 november (Zwolle)", " en de Noordvleugel op 20 november"
_ITEM = re.compile(
    rf"{_SEPARATOR}(?P<label>(?:de{GAP})?[^\W\d_][\w/'’-]*(?:{GAP}[\w/'’-]+){{0,2}})"
    rf"{GAP}op{GAP}{WEEKDAY}?{DATE}(?:{GAP}?\([^()\n]{{0,60}}\))?",
    re.IGNORECASE,
)
# ": op 21 april (Noordwest, in Lelystad) en op 28 april (Zuidwest)": the day first, the
# region opening the bracket after it; the town may stand between ("op 4 april in Assen (Noord)").
_BRACKET_ITEM = re.compile(
    rf"{_SEPARATOR}(?:op{GAP})?{WEEKDAY}?{DATE}"
    rf"(?:{GAP}(?:in|te){GAP}(?-i:[{UPPER}])[\w'’-]+(?:{GAP}(?-i:[{UPPER}])[\w'’-]+)?)?{GAP}?\({GAP}?"
    rf"(?P<label>{LANDSDEEL}(?:-Nederland)?)(?:{GAP}?[,;][^()\n]{{0,60}})?\)",
    re.IGNORECASE,
)
# ": Zuid-Nederland (Zandhoven, 10 april), Oost-Nederland (Veenstad, 17 april)": the region first,
# the day in the bracket after it, a town before the day if any.
_LABEL_BRACKET_ITEM = re.compile(
    rf"{_SEPARATOR}(?P<label>(?:de{GAP})?[^\W\d_][\w/'’-]*(?:{GAP}[\w/'’-]+){{0,2}})"
    rf"{GAP}?\({GAP}?(?:[^\W\d_][\w'’ -]{{0,30}},{GAP})?{WEEKDAY}?{DATE}{GAP}?\)",
    re.IGNORECASE,
)

# "de Zuidvleugel", "regio Oost", "Noord-Nederland": a region of the MIRT by its own word.
_ARTICLE = re.compile(rf"^(?:en{GAP})?(?:de{GAP})?(?:(?:regio|landsdeel){GAP})?", re.IGNORECASE)
_REGION_LABEL = re.compile(
    rf"(?:{LANDSDEEL}(?:-Nederland)?|(?:Noord|Zuid)vleugel|Randstad)", re.IGNORECASE
)


def _names_a_region(label: str) -> bool:
    """Whether the whole label (after "en", "de") names a region or a known area."""
    rest = label[_ARTICLE.match(label).end() :]  # type: ignore[union-attr]
    return all(  # "de Zuidvleugel/Zeeland": each part a region
        _REGION_LABEL.fullmatch(part)
        or any(m.start == 0 and m.end == len(part) for m in find_areas(part))
        for part in rest.split("/")
    )


def listed_after_colon(text: str) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each (meeting name, list item) pair of the lists described in the module docstring;
    a list needs two items at least."""
    heads = (
        _PLURAL_HEAD.search(text, max(0, plural.start() - 40), plural.end() + 80)
        for plural in _PLURAL.finditer(text)  # a plain word first: few letters hold one
    )
    spans = {h.span(): h for h in heads if h is not None}
    for head in spans.values():
        if not _PLURAL.search(head.group("kind")):
            continue  # one meeting's name over a colon introduces its outcome, not a list
        items = []
        position = head.end()
        for form in (_ITEM, _BRACKET_ITEM, _LABEL_BRACKET_ITEM):
            while (item := form.match(text, position)) is not None:
                items.append(item)
                position = item.end()
            if items:
                break
        if len(items) >= 2 and all(_names_a_region(item.group("label")) for item in items):
            for item in items:
                yield head, item
    yield from _listed_in_next_sentence(text)


# The plural name without a colon ("de uitkomsten van de bestuurlijke overleggen MIRT van dit
# voorjaar.") and, in its own sentence or the next, a run "op 3 maart (Noord), 9 maart (Oost)
# en 16 maart (Zuid)": the days of those meetings, each with its landsdeel in brackets.
_PLURAL_NAME = re.compile(rf"\b{KIND}", re.IGNORECASE)
_RUN_START = re.compile(rf"\bop{GAP}", re.IGNORECASE)


def _listed_in_next_sentence(text: str) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each (meeting name, item) of a bracketed run after a plural name with no colon."""
    for plural in _PLURAL.finditer(text):
        head = _PLURAL_NAME.search(text, max(0, plural.start() - 40), plural.end() + 20)
        if (
            head is None
            or not _PLURAL.search(head.group("kind"))
            or text.startswith(":", head.end())
        ):
            continue
        stops = [m.end() for m in re.finditer(r"[.!?](?=\s)", text[head.end() : head.end() + 400])]
        limit = head.end() + (stops[1] if len(stops) > 1 else 400)
        for start in _RUN_START.finditer(text, head.end(), limit):
            items = []
            position = start.start()
            while (item := _BRACKET_ITEM.match(text, position)) is not None and item.end() <= limit:
                items.append(item)
                position = item.end()
            if len(items) >= 2:
                for item in items:
                    yield head, item
                break
