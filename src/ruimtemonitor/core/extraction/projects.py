"""Stage 7: projects in every genre: sections, items and agreements that are projects.

A heading, numbered item or "Afspraak N.M" block is a project when its title names a piece of
infrastructure (a road number, a line, lock, station, route, corridor …) or, under a MIRT
region heading, when its text speaks of MIRT phases. In a MIRT-brief every numbered
subsection of a region section is a project, and its unnumbered subheadings are child
projects. A MIRT project page is one project. The region comes from the region heading
above it, the meeting of an afsprakenlijst or the province the text names. The phase is
what the text says the project is in now ("Fase: Verkenning", "is in planuitwerking", "de
projectbeslissing is genomen"); a decision still to come does not move it on (the MIRT
rules: onderzoek → startbeslissing → verkenning → voorkeursbeslissing → planuitwerking →
projectbeslissing → realisatie → opleveringsbeslissing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ruimtemonitor.core.dutch import find_areas
from ruimtemonitor.core.reference import areas

from .patterns import CELL_SEPARATOR
from .phases import NOUN_PHASES, project_phase
from .splitting import Document
from .structure import AfspraakBlock, Section, Structure
from .textutil import iter_lines, normalise_space, sentence_spans

__all__ = ["MIRT_REGIONS", "Milestone", "Project", "find_projects", "project_phase"]

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
_REGION = re.compile(
    r"^(?:Regio\s+|MIRT[- ]regio\s+)?(?P<name>Noordwest|Zuidwest|Noord|Oost|Zuid|West|"
    r"Nationaal|Goederencorridors)\b",
    re.IGNORECASE,
)
_INFRA = re.compile(
    r"(?<![\w])[AN]\d{1,3}(?!\d)|(?<=[a-z])A\d{1,3}\b|(?<!richt)(?<!beleids)(?<!tijd)lijn\b|"
    r"spoor|station|sluis|sluizen|brug\b|bruggen|tunnel|weg\b|wegen\b|\bring\b|buitenring|"
    r"binnenring|ringweg|knooppunt|vaarweg|kanaal|kanalen|"
    r"fiets|dijk|terminal|\bOV\b|\bHOV\b|verbinding|corridor|aansluiting|viaduct|zeetoegang|"
    r"route\b|passage|\btram|metro|rondweg|traverse|verbreding|spoorzone|wegvak|dok\b|"
    r"oeververbinding|vaargeul|haven(?:s)?\b|MIRT-onderzoek|MIRT-verkenning",
    re.IGNORECASE,
)
# "Amsterdam-Eindhoven", "Den Haag-Rotterdam": a corridor named after its ends.
_CITY_PAIR = re.compile(
    r"^(?:[A-Z][\w'’.]+(?:\s[A-Za-z][\w'’]+)?[-–])+[A-Z][\w'’]+$"
    r"|\((?:[A-Z][\w'’.]+[-–])+[A-Z][\w'’]+\)"
)
# A heading that names a kind of infrastructure, not one piece of it.
_CATEGORY = re.compile(
    r"^(?:wegen|weg|vaarwegen|vaarweg|spoor|spoorwegen|fiets|fietsroutes|ov|water|"
    r"hoofdwegennet|hoofdvaarwegennet|openbaar\s+vervoer|goederenvervoer|mobiliteit|"
    r"bereikbaarheid|infrastructuur|wegen\s+en\s+vaarwegen|projecten|overige\s+projecten|"
    r"uitgestelde\s+projecten|gepauzeerde\s+projecten)$",
    re.IGNORECASE,
)
_AGENDA_NUMBER = re.compile(r"^A\d{1,2}[.:]?\s*(?:[–—-]\s*)?(?=[A-Z])")
_CLAUSE = re.compile(r",\s+[a-z]")  # "Mobiliteit, onder voorwaarde van …": a wrapped clause
_AD = re.compile(r"^(?:ad|re|bij)\s+\d{1,2}\s*[–:.-]\s*", re.IGNORECASE)  # "Ad 1 – Lelylijn"
_PERSON = re.compile(r"^(?:[A-Z]\.){1,4}\s*(?:[a-z]+\s+)*[A-Z]")  # "M.A. Verstegen-Hoogland"
_COLUMN_WORDS = re.compile(
    r"\b(?:budget|raming|fase|bijdrage|regio|project|corridor|stand)\b", re.I
)
_NOT_A_PROJECT = re.compile(
    r"^(?:algemeen|inleiding|tot\s+slot|financi|moties|toezegging|vervolg|uitkomsten|rondvraag|"
    r"opening|sluiting|mededeling|kamerstuk|reservering|gebiedsagenda|bijdrage|hoofdstuk|"
    r"afspraken$|"
    r"(?:waterveiligheid|klimaatadaptatie|woningbouw|energie|natuur|landbouw|stikstof|bodem|"
    r"erfgoed|netcongestie|drinkwater|defensie|bereikbaarheid:|novex|ruimtelijke)\b|"
    r"(?:noord|zuid|oost|west|midden|noordoost|noordwest|zuidoost|zuidwest)-[A-Z]|"
    r"bespreekpunten|aanwezig|samenvatting|bijlage|regionale\s+aandachtspunten|monitoring|"
    r"woningbouw(?:\s+en\s+mobiliteit)?$|bereikbaarheid$|mobiliteit$|overig|conclusie)",
    re.IGNORECASE,
)
_PHASE_BODY = re.compile(
    r"\b(?:(?:verkenning|planuitwerking|realisatie|onderzoek)s?fase|verkenning|planuitwerking|"
    r"planstudie|realisatie|tracébesluit|projectbeslissing|voorkeursbeslissing|startbeslissing|"
    r"MIRT-onderzoek|MIRT-verkenning|openstelling|in\s+uitvoering)\b",
    re.IGNORECASE,
)
_REGION_LINE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:MIRT[- ])?(?:regio|landsdeel)\s+)?"
    r"(?P<name>Noordwest|Zuidwest|Noord|Oost|Zuid|West|Nationaal|Nationale\s+projecten|"
    r"Goederencorridors|Zuidvleugel(?:/Zeeland)?)(?:[- ]Nederland)?\s*$",
    re.IGNORECASE,
)
_MEETING_REGION = re.compile(
    r"\b(?:BO|Bestuurlijk\s+Overleg)\s+MIRT\s+(?P<name>Noordwest|Zuidwest|Noord|Oost|Zuid|"
    r"Zuidvleugel)",
    re.IGNORECASE,
)
_DECISIONS = re.compile(
    r"\b(?P<kind>startbeslissing|voorkeursbeslissing|projectbeslissing|opleveringsbeslissing|"
    r"bestuursovereenkomst|BOK|openstelling|ingebruikname|oplevering|gunning|starthandeling|startschot)\b",
    re.IGNORECASE,
)
_PAUSED = re.compile(r"\bgepauzeerd|pauzeren\b", re.IGNORECASE)


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


def _region_of(section: Section) -> str | None:
    match = _REGION.match(section.title)
    if match is None or len(section.title.split()) > 3:
        return None
    return MIRT_REGIONS[match.group("name").lower()]


@cache
def _regions_of_provinces() -> dict[str, str]:
    """Province slug → MIRT region, from the reference data (a province's landsdeel)."""
    return {
        area.slug: MIRT_REGIONS[area.parent.removeprefix("landsdeel-")]
        for area in areas()
        if area.kind == "provincie" and area.parent.removeprefix("landsdeel-") in MIRT_REGIONS
    }


def _province_region(text: str) -> str | None:
    """The MIRT region of the first province ``text`` names."""
    regions = _regions_of_provinces()
    for match in find_areas(text):
        if match.kind == "provincie" and match.slug in regions:
            return regions[match.slug]
    return None


def _region_name(words: str) -> str | None:
    key = " ".join(words.lower().split())
    return MIRT_REGIONS.get(key) or MIRT_REGIONS.get(key.split("/")[0])


def find_projects(
    text: str,
    documents: tuple[Document, ...],
    structure: Structure,
    blocks: tuple[AfspraakBlock, ...] = (),
) -> tuple[Project, ...]:
    """Projects of every document in the bundle, in document order."""
    projects: list[Project] = []
    for document in documents:
        if document.kind == "mirt_project":
            projects.append(_page_project(text, document))
            continue
        found = _projects_of(text, document, structure, blocks)
        found.extend(_table_projects(text, document, found, _default_region(text, document)))
        found.extend(_cell_projects(text, document, found, _default_region(text, document)))
        projects.extend(sorted(found, key=lambda p: p.start))
    return tuple(projects)


def _region_marks(text: str, document: Document) -> list[tuple[int, str]]:
    """Where a region heading line sets the region of what follows."""
    marks: list[tuple[int, str]] = []
    for line_start, line_end in iter_lines(text, document.start, document.end):
        match = _REGION_LINE.match(text[line_start:line_end].strip())
        if match is not None:
            region = _region_name(match.group("name"))
            if region:
                marks.append((line_start, region))
    return marks


def _default_region(text: str, document: Document) -> str | None:
    head = text[document.start : min(document.end, document.start + 1500)]
    meeting = _MEETING_REGION.search(head)
    if meeting:
        return _region_name(meeting.group("name"))
    return _province_region(document.title or "") or (
        _province_region(head) if document.kind == "ruimtelijk_arrangement" else None
    )


def _projects_of(
    text: str, document: Document, structure: Structure, blocks: tuple[AfspraakBlock, ...]
) -> list[Project]:
    sections = list(structure.of(document.identifier))
    regions = {s.identifier: region for s in sections if (region := _region_of(s))}
    marks = _region_marks(text, document)
    fallback = _default_region(text, document)
    found: list[Project] = []
    seen: set[int] = set()
    candidates: list[tuple[str, str | None, int, int, int, str]] = []
    for section in sections:
        candidates.append(
            (
                section.title,
                section.number,
                section.start,
                section.heading_end,
                section.end,
                section.identifier,
            )
        )
    for block in blocks:
        if block.document == document.identifier:
            candidates.append(
                (
                    block.title,
                    block.number,
                    block.start,
                    block.header_end,
                    block.end,
                    f"{document.identifier}.a{block.number}",
                )
            )
    candidates.sort(key=lambda c: c[2])
    agenda_numbers = _numbers_agenda_items([c[0] for c in candidates])
    parents: dict[str, Section] = {s.identifier: s for s in sections}
    for title, number, start, heading_end, end, identifier in candidates:
        title = _AD.sub("", title)
        if agenda_numbers:
            title = _AGENDA_NUMBER.sub("", title)  # "A1 Gebiedsproces …": A1 is a number here
        if (
            start in seen
            or (_CLAUSE.search(title) and not _INFRA.search(title))
            or _PERSON.match(title)
            or "www." in title
            or "kst-" in title
            or _REGION_LINE.match(title)
            or _NOT_A_PROJECT.match(title)
            or _CATEGORY.match(title.strip(" .:"))
            or len(_COLUMN_WORDS.findall(title)) >= 2
            or title.lower().startswith(("ten laste", "zie ", "bron"))
        ):
            continue
        section = parents.get(identifier)
        under_region = section is not None and (
            section.parent in regions
            or (
                parents.get(section.parent or "") is not None
                and parents[section.parent or ""].parent in regions
            )
        )
        region = (
            _region_at(marks, start)
            or (regions.get(section.parent or "") if section else None)
            or fallback
        )
        body = text[heading_end:end]
        if ":" in title and len(title.split()) > 8:
            title = title.split(":", 1)[0]  # "Oude Lijn: ruggengraat van de Zuidelijke Randstad"
        words = len(title.split())
        is_project = words <= 8 and (
            bool(_INFRA.search(title))
            or _names_area(title)
            or bool(_CITY_PAIR.match(title.strip()))
            or (document.kind == "mirt_brief" and under_region and number is not None)
            or (
                (under_region or _region_at(marks, start) or document.kind == "afsprakenlijst")
                and words <= 8
                and bool(_PHASE_BODY.search(body[:500]))
            )
        )
        if not is_project:
            continue
        seen.add(start)
        found.append(_make(text, identifier, title, region, start, heading_end, end, document))
    return found


_FUNDING_ROW = re.compile(
    r"^(?:gemeente|provincie|rijk|regio\s+deal|programma\s+woningbouw|woningbouwimpuls|totaal|"
    r"bron|bijdrage)\b|cofinanciering|\bbijdrage\b",
    re.IGNORECASE,
)
_PHASE_CELL = re.compile(
    r"^(?:MIRT-)?(?P<phase>onderzoek|verkenning|planuitwerking|planstudie|realisatie|"
    r"opgeleverd)$",
    re.IGNORECASE,
)
_ROW = re.compile(
    r"^(?P<name>[^€\n]{3,80}?)\s+€[^\n]*?\s(?P<phase>onderzoek|verkenning|planuitwerking|"
    r"realisatie|opgeleverd)\s*$"
    r"|^(?P<name2>[^€\n]{3,80}?)\s+(?P<phase2>onderzoek|verkenning|planuitwerking|realisatie|"
    r"opgeleverd)(?:\s+(?:€\s*)?[\d.,]+(?:\s*(?:mln|mld)\.?)?){1,3}\s*$",
    re.IGNORECASE,
)


def _table_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """Rows of project tables: "A15 Papendrecht–Gorinchem   verkenning   € 290 mln."."""
    spans = [(p.start, p.end) for p in found if p.section != document.identifier]
    names = {normalise_space(p.name).casefold() for p in found}
    marks = _region_marks(text, document)
    rows: list[Project] = []
    for line_start, line_end in iter_lines(text, document.start, document.end):
        line = text[line_start:line_end].strip()
        cells = [c for c in CELL_SEPARATOR.split(line) if c]
        if len(cells) >= 3 and re.fullmatch(r"(?:[A-H]\.?)?\d{1,2}\.?", cells[0].strip()):
            cells = cells[1:]  # "4 | Aanpak Ring Zuid | …": the number is the row's, not a name
        name = phase = None
        described = False  # "Kampen Noordrand: woonwijk aan het Zwarte Water | gemeente | 2025"
        if len(cells) >= 2 and any(_PHASE_CELL.match(c) or "€" in c for c in cells[1:]):
            name = cells[0]
            phase = next((c for c in cells[1:] if _PHASE_CELL.match(c)), None)
        elif len(cells) >= 3:
            name, _, rest = cells[0].partition(":")
            described = bool(rest.strip()) and len(name.split()) <= 4 and name[:1].isupper()
        elif (row := _ROW.match(line)) is not None:
            name = row.group("name") or row.group("name2")
            phase = row.group("phase") or row.group("phase2")
        if (
            name is None
            or len(name.split()) > 8
            or _FUNDING_ROW.search(name)
            or _NOT_A_PROJECT.match(name.strip())
        ):
            continue
        if not (described or _INFRA.search(name) or _CITY_PAIR.match(name)) or _CATEGORY.match(
            name
        ):
            continue
        if normalise_space(name).casefold() in names or any(s <= line_start < e for s, e in spans):
            continue
        names.add(normalise_space(name).casefold())
        offset = text.find(name, line_start, line_end)
        phase_name = NOUN_PHASES.get((phase or "").lower())
        rows.append(
            Project(
                identifier=f"{document.identifier}.row{line_start}.project",
                name=name.strip(" –—-:"),
                region=_region_at(marks, line_start) or fallback,
                phase=phase_name
                or ("opgeleverd" if (phase or "").lower() == "opgeleverd" else None),
                paused=False,
                parent=None,
                document=document.identifier,
                section=document.identifier,
                milestones=(),
                start=offset,
                end=line_end,
            )
        )
    return rows


_ROAD_START = re.compile(r"^[AN]\d{1,3}(?:/[AN]\d{1,3})?\s+[A-Z]")
_PHASE_START = re.compile(
    r"^(?:MIRT-)?(?:onderzoek|verkenning|planuitwerking|planstudie|realisatie|opgeleverd)\b", re.I
)


def _cell_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """Project names standing on a line of their own in a table flattened one cell per line:
    "A1/A30 Barneveld" followed by "Planuitwerking. Het ontwerp-tracébesluit …"."""
    lines = [(s, e) for s, e in iter_lines(text, document.start, document.end) if e > s]
    starts = {p.start for p in found}
    names = {normalise_space(p.name).casefold() for p in found}
    marks = _region_marks(text, document)
    cells: list[tuple[int, int, str]] = []
    agenda = _numbers_agenda_items([text[s:e].strip() for s, e in lines])
    for index, (start, end) in enumerate(lines[:-1]):
        line = text[start:end].strip()
        following = text[lines[index + 1][0] : lines[index + 1][1]].strip()
        if start in starts or len(line.split()) > 6 or line.endswith((".", ",", ";", ":")):
            continue
        if not (_INFRA.search(line) or _CITY_PAIR.search(line)) or _CATEGORY.match(line):
            continue
        if not (
            _PHASE_START.match(following) or (_ROAD_START.match(line) and following[:1].isupper())
        ):
            continue
        if normalise_space(line).casefold() in names or _NOT_A_PROJECT.match(line):
            continue
        if agenda and _AGENDA_NUMBER.match(line):
            continue
        cells.append((start, end, line))
    out: list[Project] = []
    for position, (start, end, line) in enumerate(cells):
        stop = cells[position + 1][0] if position + 1 < len(cells) else min(document.end, end + 800)
        out.append(
            Project(
                identifier=f"{document.identifier}.cell{start}.project",
                name=line,
                region=_region_at(marks, start) or fallback,
                phase=project_phase(text[end:stop]),
                paused=bool(_PAUSED.search(text[end:stop][:400])),
                parent=None,
                document=document.identifier,
                section=document.identifier,
                milestones=tuple(_milestones(text, end, stop)),
                start=start,
                end=stop,
            )
        )
    return out


def _numbers_agenda_items(titles: list[str]) -> bool:
    """Headings "A1 …", "A2 …", "A3 …" in a row number an agenda's items; they are no roads."""
    numbers = {
        int(m.group(1))
        for t in titles
        if (m := re.match(r"^(?:Afspraak\s+)?A(\d{1,2})[.:]?\s*(?:[–—-]\s*)?[A-Z]", t))
    }
    return {1, 2, 3} <= numbers


def _names_area(title: str) -> bool:
    """A heading that is the name of a NOVEX area or a large-scale housing area."""
    for match in find_areas(title):
        if match.kind in {"novex", "woningbouwgebied"} and match.start == 0:
            return len(title) - match.end <= 25
    return False


def _region_at(marks: list[tuple[int, str]], offset: int) -> str | None:
    region = None
    for at, name in marks:
        if at > offset:
            break
        region = name
    return region


def _make(
    text: str,
    identifier: str,
    title: str,
    region: str | None,
    start: int,
    heading_end: int,
    end: int,
    document: Document,
) -> Project:
    body = text[heading_end:end]
    return Project(
        identifier=f"{identifier}.project",
        name=" ".join(title.split()).strip(" –—-:"),
        region=region,
        phase=project_phase(body),
        paused=bool(_PAUSED.search(title) or _PAUSED.search(body[:400])),
        parent=None,
        document=document.identifier,
        section=identifier,
        milestones=tuple(_milestones(text, heading_end, end)),
        start=start,
        end=end,
    )


_PAGE_NAME = re.compile(
    r"^[ \t]*(?:project(?:naam)?|naam)[ \t]*:[ \t]*(?P<name>[^\n]+)$", re.I | re.M
)
_PAGE_REGION = re.compile(
    r"^[ \t]*(?:MIRT[- ]?regio|regio|landsdeel)(?:[ \t]*:[ \t]*|[ \t]{2,})(?P<name>[^\n]+)$",
    re.I | re.M,
)


def _page_project(text: str, document: Document) -> Project:
    """A MIRT project page: the whole document is one project."""
    body = text[document.start : document.end]
    named = _PAGE_NAME.search(body)
    name = named.group("name") if named else _page_title(body) or document.title or ""
    labelled = _PAGE_REGION.search(body)
    region = None
    if labelled:
        words = re.sub(r"(?i)^(?:regio|mirt[- ]regio)\s+", "", labelled.group("name").strip())
        region = _region_name(re.split(r"[\s,(]", words)[0].replace("-Nederland", ""))
    region = region or _default_region(text, document)
    if region is None:
        region = _province_region(body)
    start = document.start
    return _make(text, document.identifier, name, region, start, start, document.end, document)


_PAGE_LABEL = re.compile(
    r"^[ \t]*(?:(?:project)?fase|MIRT[- ]?regio|projectnummer|status)(?:[ \t]*:|[ \t]{2,}\S)",
    re.I | re.M,
)
_CHROME = re.compile(
    r"[›»>]|^MIRT[- ](?:overzicht|projectenoverzicht)\b|^home\b|deel\s+deze\s+pagina|"
    r"\bprint\b|download|cookie|^https?://|^www\.",
    re.I,
)


def _page_title(body: str) -> str:
    """The project name above a page's labels, past the site's title and breadcrumb."""
    label = _PAGE_LABEL.search(body)
    head = body[: label.start()] if label else body[:600]
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    for line in reversed(lines):
        if not _CHROME.search(line) and len(line) <= 100 and ":" not in line:
            return line
    return ""


def _milestones(text: str, start: int, end: int) -> list[Milestone]:
    found: list[Milestone] = []
    for sent_start, sent_end in sentence_spans(text, start, end):
        sentence = text[sent_start:sent_end]
        match = _DECISIONS.search(sentence)
        if match is None:
            continue
        kind = match.group("kind").lower()
        kind = "bestuursovereenkomst" if kind == "bok" else kind
        found.append(Milestone(kind, normalise_space(sentence), sent_start, sent_end))
    return found
