"""Words and shapes that make a title a project, and where a project's region comes from.

Shared by the heading rules (``projects.py``) and the row and list rules (``project_rows.py``):
what names infrastructure (a road number, a line, a lock, a corridor named after its ends),
what is a category or a theme rather than a project, region headings and the MIRT region of
a province, and the milestones a project's text names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ruimtemonitor.core.dutch import find_areas
from ruimtemonitor.core.reference import areas

from .splitting import Document
from .structure import Section
from .textutil import iter_lines, normalise_space, once_per_extraction, sentence_spans

__all__ = [
    "AD",
    "AGENDA_NUMBER",
    "CATEGORY",
    "CITY_PAIR",
    "CLAUSE",
    "COLUMN_WORDS",
    "CROSS_REFERENCE",
    "DECISIONS",
    "HOUSING_AREA",
    "INFRA",
    "MEETING_REGION",
    "MIRT_REGIONS",
    "NOT_A_PROJECT",
    "PAUSED",
    "PERSON",
    "PHASE_BODY",
    "PLACE_DATE",
    "PROGRAMME",
    "REGION",
    "REGIONAL_MEETING",
    "REGION_LINE",
    "TREKKER_PARTY",
    "Milestone",
    "Project",
    "agenda_item",
    "default_region",
    "document_project",
    "meeting_title",
    "milestones",
    "names_area",
    "numbers_agenda_items",
    "province_region",
    "region_at",
    "region_marks",
    "region_name",
    "region_of",
    "regions_of_provinces",
]

# The party a trekker cell of an action or project table starts with, by its kind or a
# ministry's initials ("gemeente Noordstad", "regio Voorbeeld", "IenW"): where a row flattened
# with single spaces stops naming the work. Case-sensitive; a regex fragment.
TREKKER_PARTY = (
    r"(?:gemeenten?|provincies?|waterschap|hoogheemraadschap|regio|Rijk|Rijkswaterstaat|RWS|"
    r"ProRail|ministerie|(?:VRO|IenW|BZK|EZK|LNV|LVVN|KGG|OCW|VWS)\b)"
)

MIRT_REGIONS = {
    "noord": "Noord",
    "noordwest": "Noordwest",
    "zuidwest": "Zuidwest",
    "oost": "Oost",
    "zuid": "Zuid",
    "west": "West",
    "nationaal": "Nationaal",
    "nationale projecten": "Nationaal",
    "goederencorridors": "Goederencorridors",
    "zuidvleugel": "Zuidwest",
    "zuidvleugel/zeeland": "Zuidwest",
}
REGION = re.compile(
    r"^(?:Regio\s+|MIRT[- ]regio\s+)?(?P<name>Noordwest|Zuidwest|Noord|Oost|Zuid|West|"
    r"Nationaal|Goederencorridors)\b",
    re.IGNORECASE,
)
INFRA = re.compile(
    r"(?<![\w])[AN]\d{1,3}(?!\d)|(?<=[a-z])A\d{1,3}\b|(?<!richt)(?<!beleids)(?<!tijd)lijn\b|"
    r"spoor|station|sluis|sluizen|brug\b|bruggen|tunnel|weg\b|wegen\b|\bring\b|buitenring|"
    r"binnenring|ringweg|knooppunt|vaarweg|kanaal|kanalen|"
    r"fiets|dijk|terminal|\bOV\b|\bHOV\b|verbinding|corridor|aansluiting|viaduct|zeetoegang|"
    r"route\b|passage|\btram|tram\b|metro|ontsluiting|rondweg|traverse|verbreding|spoorzone|wegvak|dok\b|"
    # "Snelheidsverhoging Zwolle - Leeuwarden": a line upgraded for faster trains
    r"snelheidsverhoging|"
    # "Internationale trein Arnhem–Düsseldorf", "Keervoorziening Zaandam",
    # "Verkeersmanagement Noordvleugel": a service or a measure on the network
    r"\btrein\b|keervoorziening|verkeersmanagement|"
    # "Sprinter Breda - Tilburg", "Intercity Zwolle - Leeuwarden": a train service
    r"\bsprinter|\bintercity|"
    r"oeververbinding|vaargeul|haven(?:s)?\b|MIRT-onderzoek|MIRT-verkenning|trac[ée]\b|"
    r"(?<!loop)baan\b|ecoduct|onderdoorgang|\bERTMS\b|hub\b|transferium|\bP\+R\b|waterweg|"
    # "Verkenning Oostkant Amsterdam": a study named after its phase and its place
    r"^(?:MIRT-)?(?:verkenning|planuitwerking)\s+(?-i:[A-Z])|"
    # "Woningbouwlocatie Utrecht Merwede": a housing site named after its place
    r"^(?:woningbouw|ontwikkel)locatie\s+(?-i:[A-Z])|"
    # "Herstructurering Parkstad", "Gebiedsontwikkeling Haven-Stad", "Herstructurering
    # centrum Oosterhout", "Transformatie Veldhoek, Kanaalzone": an area development, a
    # lower-case part of a named place
    r"^(?:herstructurering|gebiedsontwikkeling|herontwikkeling|transformatie)\s+(?-i:[a-z]+\s+){0,2}"
    r"(?-i:[A-Z])|"
    # "Uiterwaarden Maas bij Venlo", "Nevengeul Beneden-IJssel": room for a river;
    # "Technologie Campus Noord": a campus is a site
    r"uiterwaard|rivierverruiming|nevengeul|hoogwatergeul|\bcampus\b",
    re.IGNORECASE,
)
# "Amsterdam-Eindhoven", "Den Haag-Rotterdam": a corridor named after its ends.
# "Grensregio Zuid-Limburg", "Noord-Holland" are one place with a compass word, no pair.
CITY_PAIR = re.compile(
    r"^(?:[A-Z][\w'’.]+(?:\s[A-Za-z][\w'’]+)?"
    r"(?<!\bNoord)(?<!\bZuid)(?<!\bOost)(?<!\bWest)(?<!\bMidden)[-–])+[A-Z][\w'’]+$"
    r"|\((?:[A-Z][\w'’.]+[-–])+[A-Z][\w'’]+\)"
    # "Hoorn – Enkhuizen", "Bergen op Zoom – Roosendaal": two places, a spaced dash between
    r"|^[A-Z][\w'’.]+(?:[ \t](?:[A-Z][\w'’.-]+|op|aan|den|de|an)){0,2}[ \t]+[–—-][ \t]+"
    r"[A-Z][\w'’.-]+(?:[ \t](?:[A-Z][\w'’.-]+|op|aan|den|de|an)){0,2}$"
)
# A heading that names a kind of infrastructure, not one piece of it.
CATEGORY = re.compile(
    r"^(?:wegen|weg|vaarwegen|vaarweg|spoor|spoorwegen|fiets|fietsroutes|ov|water|"
    r"hoofdwegennet|hoofdvaarwegennet|openbaar\s+vervoer|goederenvervoer|mobiliteit|"
    r"bereikbaarheid|infrastructuur|wegen\s+en\s+vaarwegen|projecten|overige\s+projecten|"
    r"uitgestelde\s+projecten|gepauzeerde\s+projecten|regio'?s|"
    # a kind of work in the plural ("Stationsgebieden", "Fietsroutes", "Knooppunten"): a
    # group; not a proper name in the plural ("Zilverkreeksluizen")
    r"(?:stations|snelfiets|fiets|spoor|trein|bus|ov-|hov-)?(?:gebieden|routes|lijnen|"
    r"knooppunten|verbindingen|corridors|stations))$",
    re.IGNORECASE,
)
AGENDA_NUMBER = re.compile(r"^A\d{1,2}[.:]?\s*(?:[–—-]\s*)?(?=[A-Z])")
# "Mobiliteit, onder voorwaarde van …": a wrapped clause; not "Amsterdam Centraal, fase 2".
CLAUSE = re.compile(r",\s+[a-z]\w*(?:\s+\S+){3,}")
# "Ad 1 – Lelylijn", "Ad 2  Spoorzone Ede": the number of a point answered, no part of the name
AD = re.compile(r"^(?:ad|re|bij)\s+\d{1,2}(?:\s*[–—:.-]\s*|\s+(?=(?-i:[A-Z0-9])))", re.IGNORECASE)
PERSON = re.compile(r"^(?:[A-Z]\.){1,4}\s*(?:[a-z]+\s+)*[A-Z]")  # "M.A. Verstegen-Hoogland"
COLUMN_WORDS = re.compile(r"\b(?:budget|raming|fase|bijdrage|regio|project|corridor|stand)\b", re.I)
NOT_A_PROJECT = re.compile(
    r"^(?:algeme(?:en|ne)\b|inleiding|deelnemers|afwezig|gevraagde\s+beslissing|beoogd\s+effect|"
    r"aanleiding|argumenten|kanttekeningen|planning$|tabel\b|afspraken\s+tussen\b|tot\s+slot|"
    r"financi|moties|motie\b|toezegging|vervolg|uitkomsten|rondvraag|verslag\b|"
    r"opening|sluiting|mededeling|kamerstuk|reservering|gebiedsagenda|bijdrage|hoofdstuk|"
    # "Fonds herstructurering X", "Subsidieregeling Y", "Krediet Z": money for works, no work
    r"fonds\b|subsidie|krediet\b|"
    # "Veenweide X": peat meadows are a theme of land use, no work
    r"veenweide|"
    r"afspraken$|(?:besluiten-\s+en\s+)?afsprakenlijst\b|besluitenlijst\b|"
    r"(?:waterveiligheid|klimaatadaptatie|woningbouw|energie|natuur|landbouw|stikstof|bodem|"
    r"erfgoed|netcongestie|drinkwater|zoetwater|defensie|bereikbaarheid:|novex|ruimtelijke|waterstof|"
    r"woondeals?)\b|"
    # "Netaansluitingen Havenstad", "Zon op dijken", "Windpark X": energy, no spatial project
    r"net(?:aansluiting|uitbreiding|verzwaring|versterking|capaciteit)\w*|zon\b|zonne\w*|"
    r"wind(?:park|energie|turbine|molen)\w*|elektriciteit\w*|hoogspanning\w*|laadinfra\w*|"
    # "Ruimte voor buisleidingen", "Ruimte voor waterstof": room kept for a kind of use is a
    # need, no work ("Ruimte voor de Rivier" names a programme)
    r"ruimte\s+voor\s+(?!de\s|het\s)(?-i:[a-z])|"
    # "Zuid-Holland", "Oost-Nederland": a region; not "Zuid-Willemsvaart", a waterway
    r"(?:noord|zuid|oost|west|midden|noordoost|noordwest|zuidoost|zuidwest)-"
    r"(?![\w'’]*(?:vaart|kanaal|dijk|weg|lijn|spoor)\b)[A-Z]|"
    # "Voortgang woondeals Oost": a report on progress, not a project's name
    # "THEMA A: Wonen langs de X-lijn": a heading labelled as a theme names no work
    r"thema\b|"
    r"voortgang\b|bespreekpunten|aanwezig|samenvatting|bijlage|regionale\s+aandachtspunten|monitoring|"
    r"woningbouw(?:\s+en\s+mobiliteit)?$|bereikbaarheid$|mobiliteit$|overig|conclusie|"
    # "Overzicht projecten in het MIRT (selectie)": a list, not one project
    # "Stand van zaken" is a heading, "Stand van zaken A58 Eindhoven–Tilburg" one project's
    # "Voorkeursbeeld energie-infrastructuur …": a picture or strategy to draw up is a paper
    r"(?:voorkeurs|toekomst|ontwikkel)beeld\b|(?:gebieds|ontwikkel)?visie\b|ontwikkelstrategie|"
    # "Regionale Energiestrategie X", "Verstedelijkingsstrategie Y", "RES Z": a strategy is a
    # paper of a region's plans, no work
    r"(?:regionale\s+)?[\w-]*strategie\b|(?-i:RES)\b|"
    r"toelichting|overzicht|stand\s+van\s+zaken(?!\s+(?:[AN]\d|(?-i:[A-Z])))|"
    # "Plaats : Provinciehuis", "Datum", "Locatie: …": the labels of a meeting's head
    r"(?:plaats|datum|tijd|locatie|vergaderdatum)(?:[ \t]*:|$))",
    re.IGNORECASE,
)
PHASE_BODY = re.compile(
    r"\b(?:(?:verkenning|planuitwerking|planstudie|realisatie|onderzoek)s?fase|verkenning|"
    r"planuitwerking|"
    r"planstudie|realisatie|tracébesluit|projectbeslissing|voorkeursbeslissing|startbeslissing|"
    r"MIRT-onderzoek|MIRT-verkenning|openstelling|in\s+uitvoering|in\s+aanbouw)\b",
    re.IGNORECASE,
)
REGION_LINE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:MIRT[- ])?(?:regio|landsdeel)\s+)?"
    r"(?P<name>Noordwest|Zuidwest|Noord|Oost|Zuid|West|Nationaal|Nationale\s+projecten|"
    r"Goederencorridors|Zuidvleugel(?:/Zeeland)?|Randstad)(?:[- ]Nederland)?"
    # "Regio Oost ————————": a heading drawn out to the margin by a rule
    r"(?:[ \t]+[—–=_─━-]{3,})?\s*$",
    re.IGNORECASE,
)
# "BO MIRT Noord-Holland/Flevoland" is a meeting named by its provinces, not landsdeel Noord:
# a compass word only names the landsdeel when no other hyphenated name goes on.
_MEETING_NAME = (
    r"\b(?:BO|Bestuurlijk\s+Overleg)\s+MIRT\s+(?P<name>Noordwest|Zuidwest|Noord|Oost|Zuid|"
    r"Zuidvleugel)"
)
MEETING_REGION = re.compile(_MEETING_NAME + r"(?:-Nederland)?(?![-\w])", re.IGNORECASE)
# Any regional BO MIRT, also one named by its provinces: a letter about such a meeting.
REGIONAL_MEETING = re.compile(_MEETING_NAME, re.IGNORECASE)
DECISIONS = re.compile(
    r"\b(?P<kind>startbeslissing|voorkeursbeslissing|projectbeslissing|opleveringsbeslissing|"
    r"bestuursovereenkomst|BOK|openstelling|ingebruikname|oplevering|gunning|starthandeling|startschot)\b",
    re.IGNORECASE,
)
# "Woningbouw Almere Pampus", "Woningbouw Emmen Centrum-Oost": housing in a named area of a
# place is an area project; "Woningbouw Haarlemmermeer" (a place alone) is a theme;
# "Woningbouw Zwolle-Kampen" (two places joined, also by "en") is the area between them.
HOUSING_AREA = re.compile(
    r"^Woningbouw\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}|"
    r"(?!(?:Noord|Zuid|Oost|West|Midden)[-–])[A-Z][\w'’]+[-–][A-Z][\w'’]+|"
    # "Woningbouw Kleidorp/Klaaidoarp en Veenstad": two places (one named in two languages),
    # "Woningbouw Veenstad Noordkade en Havenfront", "… Veenstad-Oost en stationsgebied
    # Veenstad": a place and its areas
    r"[A-Z][\w'’-]+(?:(?:/|\s+)[A-Z][\w'’-]+)?\s+en\s+(?:[a-z]{4,}\s+)?[A-Z][\w'’-]+|"
    # "Woningbouw en station Veenstad Zuid (Deltagebied)": housing around a named station,
    # junction or port, one area development
    r"en\s+(?:station\w*|spoorzone|knooppunt|haven\w*)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:\s+\([^()\n]+\))?|"
    # "Woningbouw Veenstad, Kadewijk", "Woningbouw Veenstad-Noord (Kadewijk)", "Woningbouw
    # Kleidorp-Centrum / Veenstad Kadewijk": a place with its site, or two sites side by side;
    # the site may join its words by a particle ("Woningbouw Veenstad, Poort van Veenstad")
    r"(?!(?:Noord|Zuid|Oost|West|Midden)[-–])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:,\s+[A-Z][\w'’-]+(?:\s+(?:(?:van|de|der|den|aan|op)\s+)?[A-Z][\w'’-]+)?|\s+\([A-Z][^()\n]{1,40}\)|"
    # "Woningbouw Veenstad, voormalige kazerne": the site named by what it was
    r",\s+voormalige?\s+[a-z][\w'’-]{3,}|"
    r"\s*/\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
    # "… Stationsgebied-Noord (3.500 woningen)": the homes the site holds, after its name
    r"(?:\s+\(\d[\d.]*\s+(?:w|vv)oningen\))?$"  # ("vvoningen": a scan reads w as vv)
)
# "Apeldoorn, 9 juni 2022", "Den Haag, 12-11-2024": the place and date of a meeting or letter.
PLACE_DATE = re.compile(r"^[A-Z][\w'’. -]{1,40},\s+(?:\d{1,2}\s+[a-z]+\s+|\d{1,2}-\d{1,2}-)\d{4}$")
# "Rotterdam Oostflank   loopt; zie 1.1": a status row that points to an item elsewhere.
CROSS_REFERENCE = re.compile(r"\bzie\s+(?:ook\s+)?(?:afspraak\s+|paragraaf\s+|§\s*)?\d", re.I)
PROGRAMME = re.compile(r"^Programma\s+[A-Z]")  # "Programma U Ned", "Programma Hoogfrequent Spoor"
PAUSED = re.compile(r"\bgepauzeerd|pauzeren\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Milestone:
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Project:
    identifier: str
    name: str
    region: str | None
    phase: str | None
    paused: bool
    parent: str | None
    document: str
    section: str
    milestones: tuple[Milestone, ...]
    start: int
    end: int


def document_project(
    document: Document,
    tag: str,
    name: str,
    region: str | None,
    start: int,
    end: int,
    *,
    phase: str | None = None,
    paused: bool = False,
    said: tuple[Milestone, ...] = (),
) -> Project:
    """A project a list, table or line of ``document`` names outside any heading: the
    document is its section and it has no parent; ``tag`` keeps its identifier apart from
    the other projects of the document ("row120" → "<document>.row120.project")."""
    return Project(
        identifier=f"{document.identifier}.{tag}.project",
        name=name,
        region=region,
        phase=phase,
        paused=paused,
        parent=None,
        document=document.identifier,
        section=document.identifier,
        milestones=said,
        start=start,
        end=end,
    )


def region_of(section: Section) -> str | None:
    match = REGION.match(section.title)
    if match is None or len(section.title.split()) > 3:
        return None
    return MIRT_REGIONS[match.group("name").lower()]


@cache
def regions_of_provinces() -> dict[str, str]:
    """Province slug → MIRT region, from the reference data (a province's landsdeel)."""
    return {
        area.slug: MIRT_REGIONS[area.parent.removeprefix("landsdeel-")]
        for area in areas()
        if area.kind == "provincie" and area.parent.removeprefix("landsdeel-") in MIRT_REGIONS
    }


def province_region(text: str) -> str | None:
    """The MIRT region of the first province ``text`` names."""
    regions = regions_of_provinces()
    for match in find_areas(text):
        if match.kind == "provincie" and match.slug in regions:
            return regions[match.slug]
    return None


def region_name(words: str) -> str | None:
    key = " ".join(words.lower().split())
    return MIRT_REGIONS.get(key) or MIRT_REGIONS.get(key.split("/")[0])


@once_per_extraction
def region_marks(text: str, document: Document) -> list[tuple[int, str]]:
    """Where a region heading line sets the region of what follows."""
    marks: list[tuple[int, str]] = []
    for line_start, line_end in iter_lines(text, document.start, document.end):
        match = REGION_LINE.match(text[line_start:line_end].strip())
        if match is not None:
            region = region_name(match.group("name"))
            if region:
                marks.append((line_start, region))
    return marks


# "Bestuurlijk Overleg Leefomgeving Oost", "BOL Zuidwest": the region of a BOL, for the
# region of its projects only (a letter about a BOL is no letter about a BO MIRT).
_BOL_REGION = re.compile(
    r"\b(?:BOL|(?:BO|Bestuurlijk\s+Overleg)\s+Leefomgeving)\s+(?:landsdeel\s+)?"
    r"(?P<name>Noordwest|Zuidwest|"
    r"Noord|Oost|Zuid|West)(?:-Nederland)?(?![-\w])",
    re.IGNORECASE,
)


def default_region(text: str, document: Document) -> str | None:
    head = text[document.start : min(document.end, document.start + 1500)]
    meeting = MEETING_REGION.search(head)
    if meeting is None and document.kind == "afsprakenlijst":
        meeting = _BOL_REGION.search(head[:300])
    if meeting:
        return region_name(meeting.group("name"))
    return province_region(document.title or "") or (
        province_region(head) if document.kind == "ruimtelijk_arrangement" else None
    )


_AGENDA_ITEM = re.compile(r"^(?:Afspraak\s+)?A(\d{1,2})[.:]?\s*(?:[–—-]\s*)?[A-Z]")


def agenda_item(title: str) -> int | None:
    """The number of an "A3 …" title, read as an agenda's item number."""
    match = _AGENDA_ITEM.match(title)
    return int(match.group(1)) if match else None


def numbers_agenda_items(titles: list[str]) -> int:
    """Headings "A1 …", "A2 …", "A3 …" in a row number an agenda's items; they are no roads.
    The highest number of that unbroken run (0 when there is none): "A12 Ede–Grijsoord" in the
    same agenda as A1–A4 is still the road."""
    numbers = {number for t in titles if (number := agenda_item(t)) is not None}
    run = 0
    while run + 1 in numbers:
        run += 1
    return run if run >= 3 else 0


# "Woningbouw Oostflank (…)": housing in a named large-scale housing area is that area's
# project; "Woningbouw Haarlemmermeer" names a municipality, not such an area.
_HOUSING_LEAD = re.compile(r"(?:woningbouw(?:locatie)?|verstedelijking)\s+", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def names_area(title: str) -> bool:
    """A heading that is the name of a NOVEX area or a large-scale housing area, alone or
    after "Woningbouw"; places listed in brackets after it belong to the name."""
    for match in find_areas(title):
        if match.kind in {"novex", "woningbouwgebied"} and (
            match.start == 0 or _HOUSING_LEAD.fullmatch(title, 0, match.start)
        ):
            return len(_BRACKETED.sub("", title[match.end :])) <= 25
    return False


def region_at(marks: list[tuple[int, str]], offset: int) -> str | None:
    region = None
    for at, name in marks:
        if at > offset:
            break
        region = name
    return region


def milestones(text: str, start: int, end: int) -> list[Milestone]:
    found: list[Milestone] = []
    for sent_start, sent_end in sentence_spans(text, start, end):
        sentence = text[sent_start:sent_end]
        match = DECISIONS.search(sentence)
        if match is None:
            continue
        kind = match.group("kind").lower()
        kind = "bestuursovereenkomst" if kind == "bok" else kind
        found.append(Milestone(kind, normalise_space(sentence), sent_start, sent_end))
    return found


# "BO MIRT Zuid", "BOL Noord-Nederland": the meeting of a region titles the list, no project
_MEETING = re.compile(
    r"^(?:BO[ \t]+MIRT|BOL?|Bestuurlijk[ \t]+Overleg(?:[ \t]+(?:MIRT|Leefomgeving))?)[ \t]+",
    re.IGNORECASE,
)


# "BOL ZUID-HOLLAND", "BO Noord-Holland/Flevoland": a meeting named by its province(s)
_PROVINCES = re.compile(
    r"(?:(?:Noord|Zuid)-Holland|Noord-Brabant|Gelderland|Overijssel|Flevoland|Drenthe|Friesland"
    r"|Fryslân|Groningen|Utrecht|Zeeland|Limburg)(?:[ \t]*(?:/|en)[ \t]*(?:(?:Noord|Zuid)-)?"
    r"[A-Z][a-zâ]{2,12})?[ \t]*$",
    re.IGNORECASE,
)


def meeting_title(title: str) -> bool:
    """Whether ``title`` names a region's meeting (a list's title line), not a project."""
    meeting = _MEETING.match(title.strip())
    rest = title.strip()[meeting.end() :] if meeting is not None else ""
    return meeting is not None and (
        REGION_LINE.match(rest) is not None or _PROVINCES.match(rest) is not None
    )
