"""Parties and areas named in a letter: ministries with their aliases, provinces, municipalities,
regions, Rijkswaterstaat, ProRail; NOVEX areas, provinces, MIRT regions, housing areas.

Names come from the reference data (``ruimtemonitor.core.reference``), compiled once into a
single prefix-tree regex (one pass over the text, however many names there are).
Abbreviations are matched case-sensitively, so "EZ" is not found in "deze" and "Rijk" is
not the adjective "rijk"; full names case-insensitively ("provincie Gelderland"). The
longest name wins ("Regio Groningen-Assen" over "Groningen"). A hyphen and a space are
interchangeable and a name may wrap over a line ("Arnhem-Nijmegen-\\nFoodvalley").
All 342 municipalities are in the reference data (CBS, 1 January 2025). Their names are
matched case-sensitively as whole words ("Ede", "Hof van Twente"; never "ede" or "EDE"), and a
name that is also a common word or names something else ("Best", "Goes", "Sluis", "Putten")
only after "gemeente" ("gemeente Best"). A province or area of the same name keeps the bare
name ("Utrecht", "Groningen", housing area "Alkmaar"); "gemeente Utrecht" is the municipality.
Other municipalities (historic ones in older letters), regional partnerships and water boards
are recognised by their pattern ("gemeente Haaren", "gemeenten Zwolle en Deventer", "Regio
Foodvalley", "Waterschap Aa en Maas") and get a slug derived from the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ruimtemonitor.core.dutch._date_grammar import FULL_MONTH
from ruimtemonitor.core.dutch._text import GAP, LOWER, OPT_GAP, UPPER, slugify, trie_regex
from ruimtemonitor.core.reference import areas, municipalities, organisations

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


# Municipal names that are also common words, or that letters mostly use for something else (a
# lock, a brook, a village of another municipality): found only as "gemeente Best".
NEEDS_GEMEENTE = frozenset(
    {"Best", "Beek", "Buren", "Duiven", "Goes", "Huizen", "Laren", "Putten", "Sluis", "Stein",
     "Wierden"}
)  # fmt: skip


def _bare_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """A municipality's names that may stand alone: not a common word, not "Bergen (L.)"."""
    return tuple(name for name in names if name not in NEEDS_GEMEENTE and "(" not in name)


# slug, kind, spellings, municipal: a municipality's names are case-sensitive and tried after
# the other names, so "Zwolle Spoorzone" and "Den Haag CID-Binckhorst" stay housing areas.
Entry = tuple[str, str, tuple[str, ...], bool]


def _compile(entries: list[Entry], extra: str = "") -> _Gazetteer:
    lookup: dict[str, tuple[str, str]] = {}
    tiers: tuple[list[list[str]], list[list[str]]] = ([], [])
    for slug, kind, names, municipal in entries:
        for name in names:
            if name and _key(name) not in lookup:
                lookup[_key(name)] = (slug, kind)
                case_sensitive = municipal or _is_abbreviation(name)
                tiers[municipal].append(_fragments(name, case_sensitive))
    trie = "|".join(trie_regex(tier) for tier in tiers if tier) or "(?!)"
    # Not inside a web or e-mail address ("Foodvalley.nl", "info@regiofoodvalley.nl").
    pattern = rf"(?<![\w&@./-])(?:(?P<ref>{trie})(?![\w&-])(?!\.[a-z]{{2,4}}\b){extra})"
    return _Gazetteer(re.compile(pattern), lookup)


# Municipalities and partnerships, recognised by the word that introduces them.
_CAP = rf"(?:IJ|[{UPPER}])[{LOWER}'’]+"
_PLACE = (
    rf"(?:'s-|'t{GAP}|(?:Den|De|Het){GAP})?{_CAP}(?:-(?:{_CAP}|[{LOWER}]+-{_CAP}))*"
    rf"(?:{GAP}(?:aan|op|in|bij)(?:{GAP}(?:den|de|der))?{GAP}{_CAP})?"
)
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
    rf"|(?P<rg>(?:Regio{GAP}|regio[ \t\u00a0]+)"
    rf"(?P<rg_name>(?:IJ|[{UPPER}])[\w'’]+(?:-[{UPPER}][\w'’]+)*"
    rf"(?:{GAP}(?:van{GAP}de|van|aan{GAP}de){GAP}[{UPPER}][\w'’]+)?))(?![\w])"
    rf"|(?P<ws>[Ww]aterschap{GAP}(?P<ws_name>{_CAP}(?:{GAP}(?:en|van|de){GAP}{_CAP})*))(?![\w])"
)


@cache
def _municipal_names() -> dict[str, str]:
    """Every municipality's name and aliases (normalised) → its slug, for "gemeente X"."""
    return {
        _key(name): gemeente.slug
        for gemeente in municipalities()
        for name in (gemeente.name, *gemeente.aliases)
    }


@cache
def _known_place() -> str:
    """A municipality's name as written after "gemeente", case-sensitive, longest first:
    "Hof van Twente", "Nuenen, Gerwen en Nederwetten", "'s-Gravenhage", "Bergen (NH.)"."""
    names = {name for gemeente in municipalities() for name in (gemeente.name, *gemeente.aliases)}
    return trie_regex([_fragments(name, True) for name in sorted(names)])


def _entry(slug: str, kind: str, names: tuple[str, ...], *, bare: bool = True) -> Entry:
    """A municipality's names are left to the "gemeente X" pattern, or (``bare``, for areas)
    matched alone too when they are no common word."""
    if kind == "gemeente":
        return slug, kind, _bare_names(names) if bare else (), True
    return slug, kind, names, False


@cache
def _known_place_re() -> re.Pattern[str]:
    return re.compile(rf"{_known_place()}(?![\w-])|{_PLACE}")


@cache
def _parties() -> _Gazetteer:
    # A municipality is a party when the text names the council ("gemeente Ede"); "Ede" alone
    # names the place (an area), as in "A12 Ede–Grijsoord" or "knooppunt Hoevelaken".
    entries = [_entry(o.slug, o.kind, o.spellings(), bare=False) for o in organisations()]
    known = _known_place()
    gm = (
        rf"|(?P<gm>[Gg]emeenten?{GAP}(?P<gm_names>(?:{known}(?![\w-])|{_PLACE})"
        rf"(?:(?:,{GAP}|{GAP}en{GAP}|/)(?:{known}(?![\w-])|{_PLACE}))*))(?![\w])"
    )
    return _compile(entries, gm + _PATTERNS)


@cache
def _areas() -> _Gazetteer:
    entries = [_entry(a.slug, a.kind, (a.name, *a.aliases)) for a in areas()]
    known = _known_place()
    # "gemeente Best", "gemeenten Ede en Wageningen": only names of known municipalities, so
    # "gemeente Ede, Regio Foodvalley" leaves the region to be found on its own.
    gm = (
        rf"|(?P<gm>[Gg]emeenten?{GAP}(?P<gm_names>{known}(?![\w-])"
        rf"(?:(?:,{GAP}|{GAP}en{GAP}|/){known}(?![\w-]))*))"
    )
    return _compile(entries, gm)


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
            found += _municipalities_in(text, match, _known_place_re())
        elif match.group("rg"):
            if _key(match.group("rg_name")).replace(" ", "-") not in _COMPASS:
                slug = "regio-" + slugify(match.group("rg_name"))
                found.append(NameMatch(match.start(), match.end(), match.group(), slug, "regio"))
        elif match.group("ws"):
            slug = "waterschap-" + slugify(match.group("ws_name"))
            found.append(NameMatch(match.start(), match.end(), match.group(), slug, "waterschap"))
    return found


def _municipalities_in(text: str, match: re.Match[str], place: re.Pattern[str]) -> list[NameMatch]:
    """Each municipality of "gemeenten Ede en Wageningen", spanning its name only; a known one
    gets its reference slug ("gemeente Den Haag" → gemeente-s-gravenhage)."""
    known = _municipal_names()
    found = []
    for item in place.finditer(text, match.start("gm_names"), match.end("gm_names")):
        name = item.group()
        if name.split()[0] in _NOT_A_PLACE:
            continue
        slug = known.get(_key(name)) or "gemeente-" + slugify(name)
        found.append(NameMatch(item.start(), item.end(), name, slug, "gemeente"))
    return found


@cache
def _known_only_re() -> re.Pattern[str]:
    return re.compile(rf"{_known_place()}(?![\w-])")


# A bare municipal name that is part of an organisation's name ("Stadsregio Rotterdam",
# "Havenbedrijf Rotterdam", "Metropoolregio Rotterdam Den Haag"), a letterhead's address
# ("2500 EX Den Haag"), or the place and date a letter was written or signed ("Den Haag,
# 3 december 2018", "te Assen op 4 juni 2025") is not a place the text is about.
_MONTH = FULL_MONTH
_ORGANISATION_BEFORE = re.compile(
    rf"(?:(?:Stads|Metropool|Vervoer)?[Rr]egio|Havenbedrijf|Port{GAP}of){GAP}$"
)
_ADDRESS_BEFORE = re.compile(rf"\b\d{{4}}{GAP}?[A-Z]{{2}}{GAP}$")
_DATE_AFTER = re.compile(rf",?{GAP}?\d{{1,2}}{GAP}(?:{_MONTH})\b")
_SIGNED_BEFORE = re.compile(rf"\b(?:te|Te){GAP}$")
_SIGNED_AFTER = re.compile(rf"{GAP}op{GAP}\d{{1,2}}{GAP}(?:{_MONTH})\b")


def _names_no_place(text: str, item: NameMatch, previous_skipped: int) -> bool:
    before = text[max(0, item.start - 40) : item.start]
    if _ORGANISATION_BEFORE.search(before) or _ADDRESS_BEFORE.search(before):
        return True
    if previous_skipped >= 0 and not text[previous_skipped : item.start].strip():
        return True  # the second place of "Metropoolregio Rotterdam Den Haag"
    after = text[item.end : item.end + 40]
    if _DATE_AFTER.match(after):
        return True
    return bool(_SIGNED_BEFORE.search(before) and _SIGNED_AFTER.match(after))


def find_areas(text: str) -> list[NameMatch]:
    """NOVEX areas, provinces, landsdelen, MIRT regions, large-scale housing areas and
    municipalities."""
    gazetteer = _areas()
    found: list[NameMatch] = []
    skipped_end = -1
    for match in gazetteer.pattern.finditer(text):
        if match.group("ref") is not None:
            item = _reference_match(gazetteer, match)
            if (
                item is not None
                and item.kind == "gemeente"
                and _names_no_place(text, item, skipped_end)
            ):
                skipped_end = item.end
                continue
            if item is not None:
                found.append(item)
        elif match.group("gm"):
            found += _municipalities_in(text, match, _known_only_re())
            # "de gemeenten Alkmaar, Apeldoorn, Hengelo/Enschede en Helmond" also names the
            # housing areas, "gemeente Utrecht" the province's name: what a name found alone
            # finds is kept beside the municipality.
            for inner in gazetteer.pattern.finditer(text, match.start("gm_names"), match.end()):
                item = _reference_match(gazetteer, inner) if inner.group("ref") else None
                if item is not None and item.kind != "gemeente":
                    found.append(item)
    found.sort(key=lambda item: (item.start, item.end))
    return found
