"""The name of a project: what a unit's head names, where the name ends, and whether it names
a piece of infrastructure or an area (``project_reader`` reads the heads).

A name is a road number with its section ("A12 Ede – Grijsoord"), a "Programma …", a
corridor named after its ends, a NOVEX or housing area, or an object word (lijn, station,
sluis, brug, dijk, knooppunt, fietsroute, gebiedsontwikkeling …) beside a proper name
("Station Zandhoven", "Brug over de Molenbeek") or in one compound with a place
("Zilverlijn"). Not a name: a theme ("Energiehaven en waterstof"), a region, a date, a table
header, a sentence, the letter or its meeting. The name ends where the head goes on about it
(a colon, a cell, a remark in brackets, a lower-case description, a phase cell).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import PREVIOUS_NUMBER
from .project_name_forms import other_name_form, work_after_road
from .project_sites import housing_site, site_after_place
from .project_terms import (
    CITY_PAIR,
    COLUMN_WORDS,
    HOUSING_AREA,
    NOT_A_PROJECT,
    TREKKER_PARTY,
    find_areas,
    names_area,
)
from .textutil import normalise_space

__all__ = [
    "BRACKETED_PHASE",
    "capitalised",
    "changed",
    "cut_name",
    "item_subject",
    "named_object",
    "names_address",
    "names_paper",
    "names_theme",
    "object_word",
    "paper_after",
    "proper_name",
    "same_project",
    "studied_name",
    "trailing_party",
    "without_remark",
]

# Where the name ends and the head goes on about it: a colon, a cell, a sentence's end, a
# clause after a comma or dash ("…, waarbij de provincie …", "… – de verkenning start").
_NAME_END = re.compile(
    r":(?:\s|$)|[ \t]+€|\t|[ \t]*[|│]|[ \t]{2,}|\.(?:\s|$)|;|,[ \t]+(?=[a-z]\w*(?:[ \t]+\S+){2,})"
    r"|[ \t]+[–—-][ \t]+(?=(?:de|het|een|is|wordt|start|loopt)\b)"
)
BRACKETED_PHASE = re.compile(
    r"[ \t]*\((?P<phase>(?:MIRT-)?(?:onderzoek|verkenning|planuitwerking|planstudie|realisatie))"
    r"\)",
    re.IGNORECASE,
)
# A name starts with its object, not with an article or a preposition of a sentence.
_NOT_A_NAME_START = frozenset((
    "de", "het", "een", "dit", "deze", "die", "dat", "in", "op", "voor", "over", "met", "bij",
    "naar", "tot", "van", "zie", "totaal", "subtotaal", "bijlage", "tabel", "figuur", "kaart",
    "bron", "ook", "en", "of", "om", "als", "wat", "wie", "waar", "hoe", "wij", "we", "ik", "u",
    "zij", "bijdrage", "bijdragen", "financiering", "kosten", "voortgang", "stand", "projecten",
    "rijk", "provincie", "gemeente", "regio", "waterschap", "ministerie", "aanvullende",
    "ontwikkelstrategie", "thema", "onderwerp", "betreft", "onderzoek", "informeren", "afspraak",
    # a MIRT decision names the paper or the step, not the object: "Startbeslissing MIRT-…"
    "startbeslissing", "voorkeursbeslissing", "projectbeslissing", "opleveringsbeslissing",
    "tracébesluit", "ontwerp-tracébesluit",
    # "Directoraat-Generaal Mobiliteit": a department in the letterhead
    "directoraat-generaal",
))  # fmt: skip
_ROAD = re.compile(r"^(?:rijksweg[ \t]+)?[AN]\d{1,3}(?![\d.,])(?:\b|/)", re.IGNORECASE)
_PROGRAMME = re.compile(r"^Programma[ \t]+[A-Z0-9]")
# The kinds of object a project is, whole or at the end of a compound ("Zilverlijn",
# "Twentekanaal", "OV-knooppunt", "Dijkversterking …").
_OBJECT = re.compile(
    r"(?:spoor\w*|\w*lijn|station\w*|\w*station|halte|\w*vaarweg|\w*kanaal|\w*kanalen|\w*vaart|\w*sluis|oever\w*"
    r"|\w*sluizen|\w*brug|\w*bruggen"
    r"|\w*tunnel|\w*tram|\w*dijk\w*|\w*knooppunt|\w*knoop|aansluiting|\w*fietsroutes?|\w*fietspad|"
    r"gebiedsontwikkeling|herontwikkeling|herbestemming|transformatie(?:gebied)?|\w*zone|corridor|ring|binnenring|buitenring|\w*ringweg|"
    r"rondweg|"
    r"\w*verbinding|viaduct|ecoduct|\w*haven|terminal|\w*dok|\w*weg|tram\w*|metro\w*|HOV|OV|"
    r"vaargeul|zeetoegang|traverse|wegvak|verbreding|\w*baan|transferium|uiterwaard\w*|"
    r"nevengeul|hoogwatergeul|rivierverruiming|herstructurering|ontsluiting|keervoorziening|verkeersmanagement|\w*route|\w*tracé|trein|sprinter|intercity|"
    r"airport|vliegveld|"
    # "Woningbouwlocatie Oostkant", "Greenport Westland": a named housing or business area
    r"woningbouwlocatie|greenport|bedrijventerrein|bedrijvenpark|campus|"
    # "Fietsenstalling bij station X", "Kade-uitbreiding Y": parking and quays are works too
    # "Kadeversterking X", "Kademuurvernieuwing Y": a quay strengthened, as a dike is
    r"\w*stalling|\w*kade(?:mur(?:en)?|muur)?(?:versterking|vernieuwing|verbetering|herstel)?|"
    # "Emplacement Veenstad": a rail yard
    r"\w*emplacement|"
    # "Landschap Duinrand en Weide", "Rivierlandschap X", "Landschapspark Y": a named
    # landscape is an area project
    r"\w*landschap|landschapspark|"
    # "Rivierpark X", "Stadspark Y": a park laid out on a river's floodplain or in a town
    r"(?:rivier|stads|natuur|uiterwaarden)park)",
    re.IGNORECASE,
)
# The first word of a compound that names a kind, not a place: "Spoorlijn", "Fietsroute".
_GENERIC = frozenset(
    [
        "spoor",
        "trein",
        "tram",
        "metro",
        "bus",
        "vaar",
        "fiets",
        "snelfiets",
        "hoofd",
        "rijks",
        "ring",
        "rond",
        "provinciale",
        "toegangs",
        "ontsluitings",
        "verbindings",
        "water",
        "zee",
        "binnen",
        "buiten",
        "station",
        "stations",
        "weg",
        "wegen",
        "lokaal",
        "regionaal",
        "hoofdspoor",
        "dubbel",
        "enkel",
        "nieuwe",
        "ov",
    ]
)
# "Ruimtelijk Arrangement Rijk – Provincie X", "Raadsvergadering", "Noordwest-Nederland": the
# letter, its meeting or a region, not an object.
_PAPER_OR_REGION = re.compile(
    r"arrangement|afsprakenlijst|\bbrief\b|overeenkomst|convenant|agenda\b|vergadering|overleg"
    r"|^(?:noord|zuid|oost|west|midden)\w*-(?:nederland|holland|brabant|limburg)\b",
    re.IGNORECASE,
)
_THEME = re.compile(
    r"(?:bereikbaarheid|mobiliteit|wonen|leefbaarheid|leefomgeving|economie|werkgelegenheid)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Small words inside names: "Alphen aan den Rijn", "Brug over de Molenbeek".
_NAME_PARTICLES = frozenset(
    ["aan", "den", "de", "het", "op", "bij", "over", "om", "van", "der", "te", "ter", "en"]
)
_ADDRESS = re.compile(r"(?:weg|straat|laan|plein|kade|singel)[ \t]+\d{1,4}(?:[-–]\d{1,4})?\b", re.I)
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")


# "… (N999 Veenstad - Kleidorp)": a road number with the section's ends, in brackets at the end
_ROAD_SECTION_AFTER = re.compile(
    r"\([AN]\d{1,3}[ \t]+[A-Z][^()\n]{1,40}?[ \t][–—-][ \t][^()\n]{2,40}\)$"
)
_SPELLED_HOV = re.compile(r"hoogwaardig[ \t]+openbaar[ \t]+vervoer\b", re.IGNORECASE)


def named_object(name: str) -> bool:
    """Whether ``name`` is the name of a piece of infrastructure or an area (module doc)."""
    words = name.split()
    if not words or len(words) > 9 or not (name[0].isupper() or name[0].isdigit()):
        return False
    if len(words) >= 2 and name.isupper() and not _ROAD.match(name):
        # "SPOORLIJN VEENSTAD - KLEIDORP": a heading in capitals is judged in ordinary case
        ordinary = _ordinary_case(name)
        return not ordinary.isupper() and named_object(ordinary)
    spelled = _SPELLED_HOV.match(name)
    if spelled is not None:  # "Hoogwaardig openbaar vervoer X - Y": the HOV line written out
        return named_object("HOV" + name[spelled.end() :])
    first = words[0].strip("(\"'‘“").casefold()
    if first in _NOT_A_NAME_START:
        return False
    if re.search(r"[›»>]", name):
        return False  # "Home › Projecten › Maasroute": a page's breadcrumb trail
    if _YEAR.search(name) or len(COLUMN_WORDS.findall(name)) >= 2:
        return False  # "Apeldoorn, 4 juni 2026", "Corridor  Budget  Fase": a date, a header
    if _ROAD.match(name):
        return True
    if _PROGRAMME.match(name):  # not "Programma Woningbouw en Mobiliteit": a theme's
        return not NOT_A_PROJECT.match(name.split(None, 1)[1])
    if _PAPER_OR_REGION.search(name) or _ADDRESS.search(name) or name[0].isdigit():
        return False
    if HOUSING_AREA.match(name) or housing_site(name):
        # "Woningbouw Almere Pampus", "Enschede, Kennispark-Zuid (2.500 woningen)": housing
        # in a named area of a place
        return True
    if NOT_A_PROJECT.match(name):
        return False  # "Netcongestie …", "Zuidwest-Fryslân": a theme or a region
    if _ROAD_SECTION_AFTER.search(name) and not _THEME.match(name):
        return True  # "Middenas (N999 Veenstad - Kleidorp)": a work's name over its road
    joined = re.match(r"^\S+ en (?=[a-z])", name)
    if joined is not None and not named_object(
        name[joined.end() :][:1].upper() + name[joined.end() + 1 :]
    ):
        return False  # "Energiehaven en waterstof": an object joined to a theme is a theme
    if sum(1 for w in words if w[:1].islower() and w not in _NAME_PARTICLES) > 2:
        return False  # "ProRail onderzoekt een extra perron op station …": a sentence
    if names_area(name) or _area_of_place(name):
        return True
    if _THEME.match(name):
        # "Bereikbaarheid Veenstad-Noord": a theme of a place, not an object; with the roads
        # it is about in brackets ("… X - Y (A98/A99)") it names their project, with a MIRT
        # phase in brackets ("… X - Y (MIRT-onderzoek)") the study or project of that phase
        return bool(_ROADS_IN_BRACKETS.search(name)) or _studied_places(name)
    if CITY_PAIR.match(name) and not name.isupper():
        return True
    tokens = _WORD.findall(re.sub(r"['’]s-", "", name))
    for index, token in enumerate(tokens):
        for part in token.split("-"):
            if not _OBJECT.fullmatch(part):
                continue
            if _named_around(tokens, index) or _named_compound(part):
                return True
    if object_after_place(name):
        return True  # "Veenplassen, vaarweg en recreatie": an area and the work in it
    return other_name_form(name, named_object)


# "Veenplassen, vaarweg en recreatie", "Kleidorp Noord, fietsbrug over de Aa": a proper name
# of a place or area, a comma, then the kind of work there in lower case.
_PLACE_COMMA_WORK = re.compile(
    r"^(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}),[ \t]+(?P<work>[a-z][\w-]*)"
)


def object_after_place(head: str) -> int:
    """Where the work's word ends in a head "Place, work …" (``_PLACE_COMMA_WORK``), so that
    the comma is not read as the name's end; 0 for any other head."""
    match = _PLACE_COMMA_WORK.match(head)
    if match is None or not _OBJECT.fullmatch(match.group("work")):
        return 0
    if NOT_A_PROJECT.match(match.group("place")) or _PAPER_OR_REGION.search(match.group("place")):
        return 0
    return match.end()


# After a municipality, the proper names of an area of it: "Centrum en Westhaven", "Noorderpark".
_AREA_NAMES = re.compile(r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+(?:en[ \t]+)?[A-Z][\w'’-]+){0,2}")


def _area_of_place(name: str) -> bool:
    """ "Veenstad Noorderpark", "Kleidorp Centrum en Westhaven": a named area of a place (an
    area development) is an object, without an object word."""
    bare = name.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*")
    place = next(iter(find_areas(bare)), None)
    return (
        place is not None
        and place.kind == "gemeente"
        and place.start == 0
        and _AREA_NAMES.fullmatch(bare, place.end) is not None
        and not NOT_A_PROJECT.match(bare[place.end :].strip())
    )


# "(A98/A99)", "(A98 / N99)" or ": N98 en N99" after a theme of a place: the roads it is about.
_ROADS_IN_BRACKETS = re.compile(
    r"(?:\((?:[AN]\d{1,3}(?:[ \t]*/[ \t]*|,[ \t]*)?)+\)"
    r"|:[ \t]+[AN]\d{1,3}(?:(?:/|,[ \t]*|[ \t]+en[ \t]+)[AN]\d{1,3})*)\s*$"
)


# "Bereikbaarheid Veenstad-Zuid / Kleidorp (MIRT-onderzoek)": places, then a MIRT phase
# Each word is taken whole (possessive), so a long run of words that ends in no phase fails
# at once instead of trying every way to cut the words into letters.
_STUDIED_PLACES = re.compile(
    r"(?:[ \t]*(?:[–—/-]|en\b)?[ \t]*[A-Z][\w'’]*+(?:-[A-Z][\w'’]*+)*+)++"
    + BRACKETED_PHASE.pattern,
    re.IGNORECASE,
)


def studied_name(name: str, rest: str) -> str:
    """ "Bereikbaarheid X - Y" before "(MIRT-onderzoek)": the phase in brackets after a theme
    of places makes it the name of a MIRT project, with the brackets kept in the name."""
    bracket = BRACKETED_PHASE.match(rest)
    if bracket is None or named_object(name):
        return name
    studied = name + bracket.group()
    return studied if named_object(studied) else name


def _studied_places(name: str) -> bool:
    theme = _THEME.match(name)
    return theme is not None and _STUDIED_PLACES.fullmatch(name, theme.end()) is not None


# "Motie Naam en Naam over de X", "Toezegging over X", "Toezegging station X": the heading of
# a motion or a commitment in a letter to parliament, over what it is about.
_ITEM_SUBJECT = re.compile(
    r"^(?:motie\b[^\n]*?[ \t]over|toezegging(?:[^\n]*?[ \t]over)?)[ \t]+"
    r"(?:(?:de|het|een)[ \t]+)?(?=\S)",
    re.IGNORECASE,
)
_BARE_ROAD = re.compile(r"[AN]\d{1,3}")
_SUBJECT_SKIP = 4  # lower-case words before the object ("geluid langs de") left out


def item_subject(content: str) -> tuple[int, str] | None:
    """Where in ``content`` and what the heading of a motion or a commitment is about, from
    the first word on which it names an object ("… over geluid Spoorlijn X bij Y (Kamerstuk
    …)" → "Spoorlijn X bij Y"), or None."""
    heading = _ITEM_SUBJECT.match(content)
    if heading is None:
        return None
    words = content[heading.end() :].split("(")[0].rstrip().split(" ")
    at = heading.end()
    for skip in range(min(_SUBJECT_SKIP, len(words) - 1) + 1):
        if skip:
            if not words[skip - 1][:1].islower():
                break
            at += len(words[skip - 1]) + 1
        first = words[skip]
        if first[:1].islower() and not object_word(first):
            continue  # "geluid", "trillingen": what the motion asks about the object
        subject = " ".join(words[skip:])
        name = cut_name(subject)[0]
        if _BARE_ROAD.fullmatch(name):
            return None  # "Motie X over de N99": a road, not a project with its section
        if named_object(capitalised(name)):
            return at, subject
    return None


def capitalised(name: str) -> str:
    """ "station X" judged as a name: a subject after "over" may start in lower case."""
    return name[:1].upper() + name[1:]


def object_word(word: str) -> bool:
    """Whether ``word`` names a kind of object ("station", "Zilverlijn", "fietsroute")."""
    return _OBJECT.fullmatch(word) is not None


# "Postweg 1-6, Veenstad": a street address of a letterhead, never a project.
_STREET_ADDRESS = re.compile(
    r"^[A-Z][\w'’-]*(?:weg|straat|laan|plein|kade|singel)[ \t]+\d{1,4}(?:[-–]\d{1,4})?[a-z]?"
    r"(?:,|[ \t]*$)"
)


_CHANGE_TAIL = re.compile(
    r"[ \t]+(?:aangepast|gewijzigd|ongewijzigd|vervallen|nieuw)\b[^\n]*", re.IGNORECASE
)


def changed(name: str, earlier: str) -> bool:
    """Whether ``name`` is ``earlier`` with what a list of changes says of it ("X aangepast
    (bedrag en planning)", "Y vervallen"): the same project named again."""
    return name.startswith(earlier) and _CHANGE_TAIL.fullmatch(name, len(earlier)) is not None


_TRAILING_REMARK = re.compile(r"[ \t]*\([^()\n]*\)$")


def without_remark(line: str) -> str:
    """A heading without the reference in brackets after it ("(Kamerstuk 36 100, nr. 12)")."""
    return _TRAILING_REMARK.sub("", line) if line.endswith(")") else line


def names_address(name: str) -> bool:
    """Whether ``name`` is a street address ("Postweg 1-6, Veenstad")."""
    return _STREET_ADDRESS.match(name) is not None


def names_paper(name: str) -> bool:
    """ "Uitvoeringsagenda NOVEX-gebied X", "Ruimtelijk Arrangement Rijk – Provincie Y": the
    letter, its agreement, agenda or meeting, or a region, named as a project."""
    return bool(_PAPER_OR_REGION.search(name))


# ": handreiking", ": leidraad" after a name: the unit delivers a paper on it, not a work;
# so does ", transformatie X: uitwerkingsplan …" after a place (a plan step of a site).
_PAPER_AFTER = re.compile(
    r"^(?:,[^:\n]{1,60})?[ \t]*:[ \t]*(?:handreiking|richtlijn|leidraad|notitie|rapport|"
    r"factsheet|brochure|handboek|afwegingskader|checklist|uitwerkingsplan)\b",
    re.IGNORECASE,
)


def paper_after(rest: str) -> bool:
    """ "Groene daken Oostzone: handreiking": what follows a name says the unit delivers a
    paper on the place, no work."""
    return _PAPER_AFTER.match(rest) is not None


def names_theme(name: str) -> bool:
    """ "Bereikbaarheid Veenstad-Noord", "Wonen in X": a theme of a place, no object; "Station
    en centrum": a kind of object joined to a theme, no name (not "Lelylijn en …")."""
    if _THEME.match(name):
        return (
            not names_area(name)
            and not _ROADS_IN_BRACKETS.search(name)
            and not _studied_places(name)
        )
    joined = re.match(r"^(\S+) en (?=[a-z])", name)
    return joined is not None and not named_object(name) and not named_object(joined.group(1))


_CAPITAL_ARTICLES = frozenset(("de", "het"))


def proper_name(name: str) -> bool:
    """ "Centrale As", "Haak om Leeuwarden": a short name with a capital after its first word
    that is no theme, region, date, party or paper (an object word may lack)."""
    words = name.split()
    first = words[0].casefold() if words else ""
    if first in _CAPITAL_ARTICLES and len(words) >= 2 and words[0][:1].isupper():
        # "De Centrale As", "Het Groene Kruis": a capitalised article and a capitalised word
        # after it open the proper name itself ("De Provincie" stays a party)
        first = words[1].casefold() if words[1][:1].isupper() else first
    return (
        2 <= len(words) <= 6
        and name[:1].isupper()
        and any(w[:1].isupper() for w in words[1:])
        and first not in _NOT_A_NAME_START
        and not NOT_A_PROJECT.match(name)
        and not (first != words[0].casefold() and NOT_A_PROJECT.match(name.split(None, 1)[1]))
        and not _PAPER_OR_REGION.search(name)
        and not _YEAR.search(name)
        and sum(1 for w in words if w[:1].islower() and w not in _NAME_PARTICLES) <= 1
    )


def _ordinary_case(name: str) -> str:
    """ "SPOORLIJN VEENSTAD EN STATION ZUID" → "Spoorlijn Veenstad en Station Zuid"; each
    part of a hyphenated pair of places keeps its capital ("HOEK-VELD" → "Hoek-Veld")."""
    return " ".join(
        w.lower()
        if w.lower() in _NAME_PARTICLES
        else "-".join(part[:1] + part[1:].lower() for part in w.split("-"))
        for w in name.split()
    )


def _named_around(tokens: list[str], index: int) -> bool:
    """A proper name beside the object: "Station Zandhoven", "Brug over de Molenbeek",
    "OV-knooppunt Sloterdijk"; not the object itself capitalised as the first word."""
    if index > 0 and tokens[index][:1].isupper() and not tokens[index].isupper():
        return True  # "Hoekse Lijn", "Zuidelijke Ringweg": a capitalised object is a name
    for position, token in enumerate(tokens):
        if position == index and not ("-" in token and token[:1].isupper()):
            continue
        if position == 0 and position != index:
            continue  # "Spoor en Water": the first word is capitalised as any first word is
        parts = token.split("-") if position == index else [token]
        for part in parts:
            if _OBJECT.fullmatch(part) and position == index:
                continue
            if (
                (part[:1].isupper() and not part.isupper())
                or (part.isupper() and len(part) <= 4)
                or re.fullmatch(r"[AN]\d{1,3}", part)
            ):
                return True
    return False


_COMPOUND_ENDS = (
    "lijn", "route", "tracé", "station", "kanaal", "kanalen", "vaart", "sluizen", "dok", "haven",
    "sluis", "brug", "tunnel", "dijk", "weg", "zone", "baan", "knooppunt", "verbinding",
)  # fmt: skip


def _named_compound(word: str) -> bool:
    """ "Zilverlijn", "Zuidasdok", "Twentekanaal": a place before the object in one word."""
    if not word[:1].isupper():
        return False
    match = _OBJECT.fullmatch(word)
    if match is None:
        return False
    lower = word.casefold()
    for suffix in _COMPOUND_ENDS:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            return lower[: -len(suffix)].rstrip("s-") not in _GENERIC
    return False


def cut_name(head: str) -> tuple[str, str]:
    """The name at the start of a head and the rest of the head after it."""
    place = _PLACE_COLON.match(head)
    if (
        place is not None
        and not named_object(place.group("place"))
        and not NOT_A_PROJECT.match(place.group("place"))
        and place.group("place").casefold() not in _NOT_A_NAME_START
    ):
        # "Den Helder: haven en N250", "Oss: knooppunt Y (A50/A59)": a place heads the name
        name, rest = cut_name(head[place.end() :])
        first = name.split()[0] if name.split() else ""
        if _OBJECT.fullmatch(first.split("-")[-1]) or first[:1].isupper() or _ROAD.match(first):
            return f"{place.group('place')}: {name}", rest
    # "Terneuzen, woningbouw Westelijke Kanaaloever": the comma after a housing site's place
    # goes on to the site, it opens no clause
    end = _NAME_END.search(
        head, site_after_place(head) or object_after_place(head) or work_after_road(head)
    )
    name, rest = (head[: end.start()], head[end.start() :]) if end else (head, "")
    remark = _REMARK.search(name)
    if remark is not None:  # "… Tilburg (datum laatste wijziging 15-06-2012)", "(provinciaal)"
        name, rest = name[: remark.start()], name[remark.start() :] + rest
    described = _description(name)
    if described is not None:  # "Vaarweg X – Y verdieping van de vaargeul door …"
        name, rest = name[:described], name[described:] + rest
    bracketed = BRACKETED_PHASE.search(name)
    if bracketed is not None:
        rest = name[bracketed.start() :] + rest
        name = name[: bracketed.start()]
    name = PREVIOUS_NUMBER.sub("", name)
    phase_word = _TRAILING_PHASE.search(name)
    if phase_word is not None:  # "A58 X–Y planuitwerking": a row's cells run together
        rest = name[phase_word.start() :] + rest
        name = name[: phase_word.start()]
    party = trailing_party(name)
    if party is not None:  # "Fietspad Oost gemeente Noordstad 2027 450.000": a row's cells
        rest = name[party:] + rest
        name = name[:party]
    return name.strip(" \t–—-:"), rest


_TRAILING_PHASE = re.compile(
    r"[ \t]+(?-i:onderzoek|verkenning|planuitwerking|planstudie|realisatie|opgeleverd)\b.*$"
)
# The trekker cell of a row flattened with single spaces, with a year or a sum after it in
# the last or the last but one word: the party word (at the start of its run of spaces) and
# the figure are found apart, so a long line is read once, not from every party word.
_PARTY_WORD = re.compile(rf"(?<![ \t])[ \t]+{TREKKER_PARTY}\b")
_ROW_FIGURE = re.compile(r"(?:19|20)\d{2}|\d{1,3}(?:\.\d{3})+|p\.m\.|n\.t\.b\.")


def trailing_party(name: str) -> int | None:
    """Where the trekker cell starts in a name that runs on into a row's cells
    ("Fietspad Oost gemeente Noordstad 2027 450.000"), or None."""
    text = name[:-1] if name.endswith("\n") else name
    end = len(text)
    figure_space = -1  # the space before the last figure among the last two words
    for _word in range(2):
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        space = max(text.rfind(" ", 0, end), text.rfind("\t", 0, end))
        if space < 0:
            break
        if _ROW_FIGURE.fullmatch(text, space + 1, end):
            figure_space = space
            break
        end = space
    if figure_space < 0:
        return None
    if "\n" in text[figure_space:]:
        return None
    party = _PARTY_WORD.search(text, text.rfind("\n", 0, figure_space) + 1, figure_space)
    return None if party is None else party.start()


_REMARK = re.compile(r"[ \t]*\((?:[a-z]|[^()]*\d{1,2}-\d{1,2}-\d{4})[^()]*\)?")


def _description(name: str) -> int | None:
    """Where a lower-case description runs on after the name: three or more lower-case words
    that are not the small words inside names."""
    words = list(re.finditer(r"\S+", name))
    for position, word in enumerate(words[1:], 1):
        if not word.group()[:1].islower() or word.group() in _NAME_PARTICLES:
            continue
        tail = [w.group() for w in words[position:]]
        if sum(1 for w in tail if w[:1].islower() and w not in _NAME_PARTICLES) >= 3:
            return word.start()
        return None
    return None


_PLACE_COLON = re.compile(r"^(?P<place>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?):[ \t]+(?=\S)")


def same_project(one: str, other: str) -> bool:
    """Whether two names are of one project ("A12 Ede – Grijsoord", "A12 Ede-Grijsoord")."""
    a, b = _key(one), _key(other)
    return a == b or (min(len(a), len(b)) >= 8 and (a.startswith(b) or b.startswith(a)))


_DASHES_AND_SPACE = re.compile(r"[\s–—-]+")


@lru_cache(maxsize=16384)
def _key(name: str) -> str:
    """The name folded for comparison; kept, since one name is compared with many."""
    return _DASHES_AND_SPACE.sub(" ", normalise_space(name).casefold()).strip()
