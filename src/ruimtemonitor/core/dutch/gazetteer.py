"""Parties and areas named in a letter: ministries with their aliases, provinces, municipalities,
regions, Rijkswaterstaat, ProRail; NOVEX areas, provinces, MIRT regions, housing areas.

Names come from the reference data (``ruimtemonitor.core.reference``), compiled once into a
single prefix-tree regex (one pass over the text, however many names there are).
Abbreviations are matched case-sensitively, so "EZ" is not found in "deze" and "Rijk" is
not the adjective "rijk"; full names case-insensitively ("provincie Gelderland"). The
longest name wins ("Regio Groningen-Assen" over "Groningen"). A hyphen and a space are
interchangeable and a name may wrap over a line ("Arnhem-Nijmegen-\\nFoodvalley").
Municipalities, regional partnerships and water boards are not in the reference data; they
are recognised by their pattern ("gemeente Ede", "gemeenten Zwolle en Deventer", "Regio
Foodvalley", "Waterschap Aa en Maas") and get a slug derived from the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ruimtemonitor.core.dutch._text import GAP, LOWER, OPT_GAP, UPPER, slugify, trie_regex
from ruimtemonitor.core.reference import areas, organisations

__all__ = ["NameMatch", "find_areas", "find_parties"]


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A named party or area; ``text[start:end] == as_written``.

    ``slug`` is the reference slug ("provincie-gelderland", "ienw") or a derived one
    ("gemeente-ede", "regio-foodvalley"); ``kind`` the reference kind ("ministerie",
    "provincie", "novex" …) or ``gemeente`` / ``regio`` / ``waterschap``. For
    municipalities the span is the name only ("Ede" in "gemeente Ede"), so each name of
    "gemeenten Zwolle en Deventer" (or "Hengelo/Enschede") has its own span.
    """

    start: int
    end: int
    as_written: str
    slug: str
    kind: str


_HYPHEN = rf"(?:-{OPT_GAP}|{GAP})"


def _is_abbreviation(spelling: str) -> bool:
    """ "EZ", "I&W", "IenW", "RWS", "ProRail", "Rijk": short or odd capitals -> case-sensitive."""
    if any(char.isspace() for char in spelling):
        return False
    if len(spelling) <= 5:
        return True
    return any(char.isupper() for char in spelling[1:]) or not spelling.replace("-", "").isalpha()


def _key(written: str) -> str:
    return " ".join(written.casefold().replace("-", " ").split())


def _fragments(spelling: str, case_sensitive: bool) -> list[str]:
    """One regex fragment per character: letters (with both cases unless case-sensitive),
    flexible whitespace for spaces and hyphens."""
    out = []
    for char in spelling:
        if char == " ":
            out.append(GAP)
        elif char == "-":
            out.append(_HYPHEN)
        elif char.isalpha() and not case_sensitive and char.lower() != char.upper():
            out.append(f"[{re.escape(char.upper())}{re.escape(char.lower())}]")
        else:
            out.append(re.escape(char))
    return out


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    pattern: re.Pattern[str]
    lookup: dict[str, tuple[str, str]]  # normalised spelling -> (slug, kind)


def _compile(entries: list[tuple[str, str, tuple[str, ...]]], extra: str = "") -> _Gazetteer:
    lookup: dict[str, tuple[str, str]] = {}
    spellings: list[tuple[str, bool]] = []
    for slug, kind, names in entries:
        for name in names:
            if name and _key(name) not in lookup:
                lookup[_key(name)] = (slug, kind)
                spellings.append((name, _is_abbreviation(name)))
    trie = trie_regex([_fragments(name, cs) for name, cs in spellings])
    # Not inside a web or e-mail address ("Foodvalley.nl", "info@regiofoodvalley.nl").
    pattern = rf"(?<![\w&@./-])(?:(?P<ref>{trie})(?![\w&-])(?!\.[a-z]{{2,4}}\b){extra})"
    return _Gazetteer(re.compile(pattern), lookup)


# Municipalities and partnerships, recognised by the word that introduces them.
_CAP = rf"(?:IJ|[{UPPER}])[{LOWER}'’]+"
_PLACE = (
    rf"(?:'s-|'t{GAP}|(?:Den|De|Het){GAP})?{_CAP}(?:-(?:{_CAP}|[{LOWER}]+-{_CAP}))*"
    rf"(?:{GAP}(?:aan|op|in|bij)(?:{GAP}(?:den|de|der))?{GAP}{_CAP})?"
)
_PLACE_RE = re.compile(_PLACE)
_NOT_A_PLACE = {
    "Regio",
    "Provincie",
    "Provincies",
    "Rijk",
    "Rijkswaterstaat",
    "Nederland",
    "Gemeente",
}
_COMPASS = {"noord", "zuid", "oost", "west", "noordwest", "noordoost", "zuidwest", "zuidoost",
            "nationaal", "noord-nederland", "oost-nederland"}  # fmt: skip
_PATTERNS = (
    rf"|(?P<gm>[Gg]emeenten?{GAP}(?P<gm_names>{_PLACE}(?:(?:,{GAP}|{GAP}en{GAP}|/){_PLACE})*))(?![\w])"
    rf"|(?P<rg>(?:Regio{GAP}|regio[ \t\u00a0]+)"
    rf"(?P<rg_name>(?:IJ|[{UPPER}])[\w'’]+(?:-[{UPPER}][\w'’]+)*"
    rf"(?:{GAP}(?:van{GAP}de|van|aan{GAP}de){GAP}[{UPPER}][\w'’]+)?))(?![\w])"
    rf"|(?P<ws>[Ww]aterschap{GAP}(?P<ws_name>{_CAP}(?:{GAP}(?:en|van|de){GAP}{_CAP})*))(?![\w])"
)


@cache
def _parties() -> _Gazetteer:
    entries = [(o.slug, o.kind, o.spellings()) for o in organisations()]
    return _compile(entries, _PATTERNS)


@cache
def _areas() -> _Gazetteer:
    return _compile([(a.slug, a.kind, (a.name, *a.aliases)) for a in areas()])


def _reference_match(gazetteer: _Gazetteer, match: re.Match[str]) -> NameMatch | None:
    found = gazetteer.lookup.get(_key(match.group("ref")))
    if found is None:
        return None
    return NameMatch(match.start(), match.end("ref"), match.group("ref"), *found)


def find_parties(text: str) -> list[NameMatch]:
    """Ministries, the Rijk, provinces, RWS, ProRail, municipalities, regions and water boards."""
    gazetteer = _parties()
    found: list[NameMatch] = []
    for match in gazetteer.pattern.finditer(text):
        if match.group("ref") is not None:
            item = _reference_match(gazetteer, match)
            if item is not None:
                found.append(item)
        elif match.group("gm"):
            for place in _PLACE_RE.finditer(text, match.start("gm_names"), match.end("gm_names")):
                name = place.group()
                if name.split()[0] not in _NOT_A_PLACE:
                    found.append(
                        NameMatch(
                            place.start(),
                            place.end(),
                            name,
                            "gemeente-" + slugify(name),
                            "gemeente",
                        )
                    )
        elif match.group("rg"):
            if _key(match.group("rg_name")).replace(" ", "-") not in _COMPASS:
                slug = "regio-" + slugify(match.group("rg_name"))
                found.append(NameMatch(match.start(), match.end(), match.group(), slug, "regio"))
        elif match.group("ws"):
            slug = "waterschap-" + slugify(match.group("ws_name"))
            found.append(NameMatch(match.start(), match.end(), match.group(), slug, "waterschap"))
    return found


def find_areas(text: str) -> list[NameMatch]:
    """NOVEX areas, provinces, landsdelen, MIRT regions and large-scale housing areas."""
    gazetteer = _areas()
    found = (_reference_match(gazetteer, match) for match in gazetteer.pattern.finditer(text))
    return [item for item in found if item is not None]
