"""A housing location written as its place, a comma and its site.

Agendas, arrangements and afsprakenlijsten head a housing location with the municipality and
the site's own name: "Gouda, Westergouwe", "Heerlen, Maankwartier fase 2 (400 woningen)",
"Terneuzen, woningbouw Westelijke Kanaaloever". No object word ("station", "lijn") says it is
a work, so the homes do: the heading counts them or says "woningbouw", or the text under it
speaks of homes (then the site is one name). Places in a row ("Deventer, Zutphen en
Apeldoorn") and a place with a date name no site. The comma after the place ends no name.
"""

from __future__ import annotations

import re

from ..dutch.gazetteer import find_areas

__all__ = ["housing_site", "names_homes", "site_after_place"]

# "Bergen op Zoom, ", "'s-Hertogenbosch, ", "Den Helder, ": a place's capitalised words, with
# the particles of Dutch place names between them.
_PLACE = re.compile(
    r"(?:'s[ -])?[A-Z][\w'’-]+"
    r"(?:[ \t](?:(?:aan|op|bij|in|ter|ten|van|den|de|der|het)[ \t]){0,3}[A-Z][\w'’-]+){0,3}"
    r",[ \t]+"
)
# The site: a proper name, or "woningbouw(locatie)", "locatie" or the kind of development
# ("transformatie", "herontwikkeling") before one; at most ten words.
_SITE = re.compile(
    r"(?:(?:woningbouw(?:locatie)?|locatie|transformatie|herontwikkeling|herstructurering|"
    r"gebiedsontwikkeling)[ \t]+)?[A-Z]\S*(?:[ \t]+\S+){0,9}"
)
# "Westergouwe", "Bergse Haven", "Kennispark-Zuid": one proper name of at most three words.
_ONE_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")
_HOMES = re.compile(r"\bwoning(?:en|bouw\w*|-)", re.IGNORECASE)
_DATE_AFTER = re.compile(r"\d{1,2}[ \t]+[a-z]+[ \t]+\d{4}|\d{1,2}-\d{1,2}-\d{4}")
_BODY_WITHIN = 300  # the text right under the heading


def housing_site(title: str, body: str = "") -> bool:
    """Whether ``title`` heads a housing location "Place, Site": the title or the first
    lines of ``body`` under it speak of homes, and the site is no second place."""
    title = title.strip()
    place = _PLACE.match(title)
    if place is None or _DATE_AFTER.match(title, place.end()):
        return False
    site = title[place.end() :]
    if _SITE.fullmatch(site) is None:
        return False
    if any(m.kind == "gemeente" and m.start == 0 for m in find_areas(site)):
        return False  # "Deventer, Zutphen en Apeldoorn": places in a row
    if _HOMES.search(site):
        return True
    # homes said only below: the site is one name ("Gouda, Westergouwe"), not a row of
    # names ("Hart van Holland, Bollenstreek en Midden-Holland": regions of a chapter)
    return _ONE_NAME.fullmatch(site) is not None and bool(_HOMES.search(body[:_BODY_WITHIN]))


def site_after_place(head: str) -> int:
    """Where the site starts in a head that names a housing location ("Terneuzen, " before
    "woningbouw Westelijke Kanaaloever"), so that the comma is not read as the name's end;
    0 for any other head."""
    place = _PLACE.match(head)
    return place.end() if place is not None and housing_site(head) else 0


def names_homes(name: str) -> bool:
    """Whether a subject cell speaks of homes ("Amersfoort, woningbouwlocatie")."""
    return _HOMES.search(name) is not None
