"""Who a commitment binds and which departments an agreement involves, from reference data.

The owner is the party a commitment names as its subject ("Het Rijk …" → ``Rijk``, "De
provincie Zeeland …", "Defensie en IenW …"); provinces, ministries and agencies are taken
from ``core.reference`` with their aliases, never from names written into a pattern.
"""

from __future__ import annotations

import re

from ruimtemonitor.core.reference import normalise_department, organisations

__all__ = ["find_owner", "normalise_departments", "opens_with_party", "sentence_owner"]

_DEPARTMENT_SPLIT = re.compile(r"\s*(?:,|;|/|\+|\ben\b)\s*", re.IGNORECASE)


def _party_pattern() -> str:
    """Who can own a commitment, from the reference data: every province by name (with its
    aliases: "Fryslân", "Friesland"), every ministry and executive agency by abbreviation and
    alias, and the kinds of party a letter names without a name (gemeenten, regio)."""
    provinces: set[str] = set()
    agencies: set[str] = {"GO", "netbeheerders"}
    for organisation in organisations():
        if organisation.kind == "provincie":
            provinces.update(
                name.removeprefix("Provincie ").removeprefix("provincie ")
                for name in organisation.spellings()
                if name
            )
        elif organisation.kind in {"ministerie", "uitvoeringsorganisatie"}:
            agencies.update(
                spelling for spelling in organisation.spellings() if spelling and len(spelling) < 40
            )

    def alternatives(names: set[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    return (
        rf"(?:[Hh]et\s+|[Dd]e\s+)?(?:Rijk|rijk|[Pp]rovincies?(?:\s+(?:{alternatives(provinces)}))?"
        rf"|[Gg]emeenten?|[Ww]aterschappen|[Rr]egio(?:'s|’s)?|[Mm]inisterie\s+van\s+\w+"
        rf"|{alternatives(agencies)}|{alternatives(provinces)}"
        rf"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=\s+en\s+(?:het\s+)?Rijk))"
    )


_PARTY = _party_pattern()
_OWNER = re.compile(
    rf"^(?:Ondertussen\s+|Daarnaast\s+|Ook\s+)?(?P<parties>{_PARTY}(?:\s*(?:,|en)\s*{_PARTY})*)\b"
)
_JOINT_START = re.compile(
    r"^(?:we|wij|om|in te|open te|gezamenlijk|samen|aandacht|met elkaar|dat we|te )\b",
    re.IGNORECASE,
)


def normalise_departments(as_written: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Departments from a "Betrokken departementen:" list, normalised, and warnings for unknowns."""
    found: list[str] = []
    warnings: list[str] = []
    cleaned = as_written.strip().rstrip(".")
    if normalise_department(cleaned) == "*":
        return ("*",), ()
    for part in _DEPARTMENT_SPLIT.split(cleaned):
        part = part.strip(" .")
        if not part:
            continue
        value = normalise_department(part)
        if value is None:
            warnings.append(f"unknown department {part!r} kept as written")
            value = part
        if value not in found:
            found.append(value)
    return tuple(found), tuple(warnings)


def find_owner(text: str, default: str | None = None) -> str | None:
    """The party a commitment's text names as its subject ("Het Rijk …" → "Rijk")."""
    stripped = text.strip()
    match = _OWNER.match(stripped)
    if match:
        # blanks made single first: a split tried at every blank of a long run is quadratic
        parties = re.split(r"\s*(?:,|\ben\b)\s*", " ".join(match.group("parties").split()))
        names = [_party_label(p) for p in parties if p.strip()]
        return " en ".join(dict.fromkeys(n for n in names if n)) or default
    if _JOINT_START.match(stripped):
        return default
    return default if default and stripped[:1].islower() else None


def opens_with_party(text: str) -> bool:
    """Whether the text names a party as its first words ("de provincie Limburg stort …"),
    so that it is an undertaking of its own rather than a part of the line above it."""
    return _OWNER.match(text.strip()) is not None


def _party_label(party: str) -> str:
    party = re.sub(r"^(?:het|de)\s+", "", party.strip(), flags=re.IGNORECASE)
    if party.lower() == "rijk":
        return "Rijk"
    department = normalise_department(party)
    if department and department != "*":
        return department
    if party.lower().startswith("provincie"):
        return party[0].lower() + party[1:]
    return party


def sentence_owner(sentence: str) -> str | None:
    match = re.search(
        r"\b(?P<a>(?:het\s+)?Rijk|[Pp]rovincies?|[Rr]egio|[Gg]emeenten?|Defensie|IenW|VRO)\s+en\s+"
        r"(?P<b>(?:de\s+)?(?:[Pp]rovincies?|[Rr]egio|[Gg]emeenten?|Rijk|Defensie|[A-Z][a-z]+))\b",
        sentence,
    )
    if match:
        return f"{_party_label(match.group('a'))} en {_party_label(match.group('b'))}"
    return None
