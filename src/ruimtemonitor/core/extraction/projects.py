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

import dataclasses
import re

from .action_rows import action_row_projects
from .decision_works import decided_work
from .nested_phases import without_nested_phases
from .patterns import PREVIOUS_NUMBER, TABLE_ROW
from .phase_columns import column_phases
from .phases import NOUN_PHASES, project_phase, stated_phase
from .project_blocks import block_candidates, lapsed
from .project_filters import names_no_project, on_signature_row
from .project_heads import groups_lettered, groups_only
from .project_labels import name_without_label, without_order_word
from .project_layouts import (
    address_row,
    credit_subject_project,
    field_line,
    strip_item_number,
    subject_table_projects,
    subject_table_spans,
)
from .project_pages import make_project, one_phase_label, page_project
from .project_pairs import pair_row_spans, pair_table_projects
from .project_reader import general_projects, read_projects
from .project_remarks import remark_phase
from .project_rows import cell_projects, list_projects, paren_projects, table_projects
from .project_sentences import before_reports, sentence_projects
from .project_sites import housing_site
from .project_tables import name_table_projects, no_project_tables
from .project_terms import (
    AD,
    AGENDA_NUMBER,
    CATEGORY,
    CITY_PAIR,
    CLAUSE,
    COLUMN_WORDS,
    CROSS_REFERENCE,
    HOUSING_AREA,
    INFRA,
    MIRT_REGIONS,
    NOT_A_PROJECT,
    PERSON,
    PHASE_BODY,
    PLACE_DATE,
    PROGRAMME,
    REGION_LINE,
    REGIONAL_MEETING,
    Milestone,
    Project,
    agenda_item,
    default_region,
    meeting_title,
    names_area,
    numbers_agenda_items,
    region_at,
    region_marks,
    region_name,
    region_of,
)
from .project_titles import title_phase
from .splitting import Document
from .structure import AfspraakBlock, Section, Structure
from .subject_projects import SUBJECT_KINDS, subject_projects
from .subject_works import subject_works
from .textutil import normalise_space
from .wrapped_rows import row_note_phase, wrapped_row_spans

__all__ = ["MIRT_REGIONS", "Milestone", "Project", "find_projects", "project_phase"]


def find_projects(
    text: str,
    documents: tuple[Document, ...],
    structure: Structure,
    blocks: tuple[AfspraakBlock, ...] = (),
    *,
    layout_rules: bool = True,
) -> tuple[Project, ...]:
    """Projects of every document in the bundle, in document order. ``layout_rules=False``
    runs the general reader (``project_reader``) alone, to measure it."""
    projects: list[Project] = []
    blocks_of: dict[str, list[AfspraakBlock]] = {}  # grouped once, not filtered per document
    for block in blocks:
        blocks_of.setdefault(block.document, []).append(block)
    for document in documents:
        if not layout_rules:
            read = read_projects(text, document)
            projects.extend(_phase_said_nearby(text, document, p) for p in read)
            continue
        if document.kind == "mirt_project" or (
            document.kind == "other" and one_phase_label(text, document)
        ):
            projects.extend(general_projects(text, document, [page_project(text, document)]))
            continue
        found = _projects_of(text, document, structure, blocks_of.get(document.identifier, []))
        found.extend(subject_table_projects(text, document, found, default_region(text, document)))
        found.extend(pair_table_projects(text, document, found, default_region(text, document)))
        found.extend(table_projects(text, document, found, default_region(text, document)))
        found.extend(action_row_projects(text, document, found, default_region(text, document)))
        found.extend(cell_projects(text, document, found, default_region(text, document)))
        found.extend(list_projects(text, document, found, default_region(text, document)))
        found.extend(paren_projects(text, document, found, default_region(text, document)))
        found.extend(name_table_projects(text, document, found, default_region(text, document)))
        if document.kind == "ruimtelijk_arrangement":
            found.extend(_item_projects(text, document, found))
        if document.kind in SUBJECT_KINDS:
            found.extend(subject_projects(text, document, found))
        found.extend(credit_subject_project(text, document, found, default_region(text, document)))
        found = general_projects(text, document, found)
        # a wrapped line of a row in such a table ("Vathorst-West" under "Amersfoort,
        # woningbouwlocatie") heads nothing
        wrapped = pair_row_spans(text, document) + wrapped_row_spans(text, document)
        found = [p for p in found if not any(s <= p.start < e for s, e in wrapped)]
        found = subject_works(text, document, found, default_region(text, document))
        found = decided_work(text, document, found, default_region(text, document))
        said = sentence_projects(text, document, found)
        found = title_phase(text, document, [*before_reports(text, found, said), *said])
        found = [remark_phase(text, document, _phase_said_nearby(text, document, p)) for p in found]
        found = [row_note_phase(text, document, project) for project in found]
        found = column_phases(text, document, found)
        found = without_nested_phases(text, found)
        projects.extend(sorted(found, key=lambda p: p.start))
    kept = [
        p for p in projects if not names_no_project(p.name) and not on_signature_row(text, p.start)
    ]
    return tuple(_without_label(project) for project in _once_per_bundle(kept))


def _once_per_bundle(projects: list[Project]) -> tuple[Project, ...]:
    """A letter or bundle reports a project once: a council letter and the afsprakenlijst it
    encloses both head "Spoorlijn Zwolle - Emmen"; the first keeps the phase the other
    states."""
    kept: dict[str, int] = {}
    out: list[Project] = []
    for project in projects:
        key = normalise_space(project.name).casefold()
        index = kept.get(key)
        if index is None:
            kept[key] = len(out)
            out.append(project)
        elif out[index].phase is None and project.phase is not None:
            out[index] = dataclasses.replace(out[index], phase=project.phase)
    return tuple(out)


def _without_label(project: Project) -> Project:
    """The name without a leading label ("Project", "B)", "Onderwerp 2 –"), so that letters
    which label a project and letters which do not name the same one (the register finds a
    project again by its name). Applied after the bundle's own deduplication: both records
    keep their money and milestones, and the register joins them."""
    name = name_without_label(project.name)
    if name == project.name:
        return project
    return dataclasses.replace(project, name=name)


_NEARBY = 3000
# "5.1 Partijen zetten zich in voor de verbetering van de spoorverbinding Arnhem-Zutphen-
# Deventer.", "5.2 De verkenning A12/A15 ViA15 is in 2023 hervat": an arrangement's numbered
# agreement written as one sentence about one named line or road.
_SENTENCE_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}|[A-H])\.\d{1,2}\.?[ \t]+(?=[A-Z])", re.M)
_NAMED_IN_ITEM = re.compile(
    r"\b(?P<name>(?:spoorverbinding|spoorlijn|vaarweg|wegverbinding)\s+"
    r"[A-Z][\w'’]+(?:[-–][A-Z][\w'’]+)+)"
    r"|\b(?:MIRT-)?(?:verkenning|planuitwerking)\s+"
    r"(?P<road>[AN]\d{1,3}(?:/[AN]\d{1,3})*(?:\s+[A-Z][\w-]*){0,2})\b"
)


def _item_projects(text: str, document: Document, found: list[Project]) -> list[Project]:
    """Projects an arrangement's one-sentence agreements name (``_SENTENCE_ITEM``)."""
    spans = [(p.start, p.end) for p in found]
    names = {normalise_space(p.name).casefold() for p in found}
    out: list[Project] = []
    for item in _SENTENCE_ITEM.finditer(text, document.start, document.end):
        stop = text.find(".", item.end(), min(document.end, item.end() + 400))
        sentence = text[item.end() : stop if stop >= 0 else item.end() + 400]
        named = _NAMED_IN_ITEM.search(sentence)
        if named is None or any(s <= item.start() < e for s, e in spans):
            continue
        name = named.group("name") or named.group("road")
        if normalise_space(name).casefold() in names:
            continue
        names.add(normalise_space(name).casefold())
        start = item.end() + named.start()
        out.append(
            dataclasses.replace(
                make_project(
                    text,
                    document.identifier,
                    name,
                    default_region(text, document),
                    start,
                    item.end(),
                    item.end() + len(sentence),
                    document,
                ),
                identifier=f"{document.identifier}.item{start}.project",
            )
        )
    return out


_BRACKETED_PHASE = re.compile(
    r"[ \t]*\((?:MIRT-)?(onderzoek|verkenning|planuitwerking|planstudie|realisatie)\)", re.I
)
# "Spoorverbinding Maastricht–Aken": a kind of line or road before the two places it joins.
_KIND_CORRIDOR = re.compile(
    r"(?:spoor\w*|\w*verbinding|\w*lijn|\w*route|corridor|vaarweg)[ \t]+"
    r"(?P<pair>(?-i:[A-Z])[\w'’.]+(?:[ \t](?-i:[A-Z])[\w'’.]+)?[ \t]*[–—-][ \t]*"
    r"(?-i:[A-Z])[\w'’.]+(?:[ \t](?-i:[A-Z])[\w'’.]+)?)",
    re.IGNORECASE,
)
_DASH = r"[ \t]*[–—-][ \t]*"
_NAME_KEY = re.compile(r"^[^:(]{3,60}?(?=\s*(?:[:(]|$))")


def _phase_said_nearby(text: str, document: Document, project: Project) -> Project:
    """A row or list item without a phase takes the one a sentence close by states about it
    by name ("Toelichting bij de tabel: De A12 Ede–Grijsoord is in realisatie")."""
    key = _NAME_KEY.match(project.name)
    if project.phase is not None or key is None:
        return project
    words = key.group().strip()
    if len(words) < 4:
        return project
    start = max(document.start, project.start - _NEARBY)
    stop = min(document.end, project.end + _NEARBY)
    pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)", re.IGNORECASE)
    corridor = _KIND_CORRIDOR.fullmatch(words)
    if corridor is not None:  # "Spoorverbinding X–Y" spoken of as "de kwartierdienst X–Y"
        ends = [re.escape(end.strip()) for end in re.split(r"[–—-]", corridor.group("pair"))]
        pair = _DASH.join(ends)
        pattern = re.compile(rf"(?<!\w)(?:{re.escape(words)}|{pair})(?![\w–—-])", re.IGNORECASE)
    for match in pattern.finditer(text, start, stop):
        if project.start <= match.start() < project.end:
            continue
        bracketed = _BRACKETED_PHASE.match(text, match.end())
        if bracketed is not None:  # a table row "Programma Nedersaksenlijn (onderzoek) | € 3 mln."
            return dataclasses.replace(project, phase=NOUN_PHASES[bracketed.group(1).lower()])
        left = max(text.rfind(". ", start, match.start()), text.rfind("\n\n", start, match.start()))
        right = text.find(". ", match.end(), stop)
        # The sentence up to a little after the name: "…, en de N33 is opgeleverd" is about
        # the N33, not about what the sentence named first.
        sentence = text[max(left, start) : min(right if right >= 0 else stop, match.end() + 120)]
        phase = stated_phase(sentence)
        if phase is not None:
            return dataclasses.replace(project, phase=phase)
    return project


def _projects_of(
    text: str, document: Document, structure: Structure, blocks: list[AfspraakBlock]
) -> list[Project]:
    """``blocks``: the afspraak blocks of ``document`` alone, in order."""
    sections = list(structure.of(document.identifier))
    regions = {s.identifier: region for s in sections if (region := region_of(s))}
    marks = region_marks(text, document)
    fallback = default_region(text, document)
    # A letter about a BO MIRT (its title or head names the meeting) reports per project, as
    # an afsprakenlijst does: a heading over a paragraph about its MIRT phase is a project.
    about_meeting = document.kind == "afsprakenlijst" or bool(
        REGIONAL_MEETING.search(text[document.start : min(document.end, document.start + 1500)])
    )
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
    # "Nr. 2.1" over "Titel …", "2A  Naam. Wat: …": items without a heading line
    known = {c[2] for c in candidates}
    candidates.extend(c for c in block_candidates(text, document) if c[2] not in known)
    candidates.sort(key=lambda c: c[2])
    # rows of task and finance tables, and of subject tables (read by project_layouts)
    tables = no_project_tables(text, document) + subject_table_spans(text, document)
    agenda_numbers = numbers_agenda_items([c[0] for c in candidates])
    parents: dict[str, Section] = {s.identifier: s for s in sections}
    child_start: dict[str, int] = {}  # where the first numbered subsection of a section starts
    for s in sections:
        if s.number is not None and s.parent and s.parent not in child_start:
            child_start[s.parent] = s.start
    items = 0  # numbered items that are not procedure ("Opening", "Rondvraag")
    named: list[tuple[str, str | None, int, int, int, str]] = []  # items named like a project
    for title, number, start, heading_end, end, identifier in candidates:
        title = without_order_word(strip_item_number(AD.sub("", title)))
        if (item := agenda_item(title)) is not None and item <= agenda_numbers:
            title = AGENDA_NUMBER.sub("", title)  # "A1 Gebiedsproces …": A1 is a number here
        if (
            start in seen
            or any(s <= start < e for s, e in tables)
            or DATED.search(title)
            # "Stad, transformatie X (3.000 woningen)", "…, voormalige kazerne (…)": a site of
            # homes, no wrapped clause
            or (
                CLAUSE.search(title)
                and not INFRA.search(title)
                and not housing_site(title)
                and not HOUSING_AREA.match(title.strip())
            )
            or PERSON.match(title)
            or address_row(title)
            or field_line(title)
            or "www." in title
            or "kst-" in title
            or REGION_LINE.match(title)
            or meeting_title(title)
            or (
                NOT_A_PROJECT.match(title)
                and not HOUSING_AREA.match(title.strip())
                and not names_area(title)
            )
            or PLACE_DATE.match(title.strip())
            or CROSS_REFERENCE.search(title)
            or CATEGORY.match(title.strip(" .:"))
            or len(COLUMN_WORDS.findall(title)) >= 2
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
            region_at(marks, start)
            or (regions.get(section.parent or "") if section else None)
            or fallback
        )
        # "02  Zeewering X, Y (Noordwest-Nederland)": a numbered heading tagged with its MIRT
        # region reports on one project of that region; the tag is no part of the name
        tag = _REGION_TAG.search(title) if number is not None else None
        if tag is not None:
            title = title[: tag.start()].rstrip()
            region = region_name(tag.group("name")) or region
        body = text[heading_end:end]
        # "Gouda, Westergouwe" over a paragraph on its homes, "Den Helder, Stelling en
        # Willemsoord: woningbouw en ontsluiting (1.100 woningen)": a housing location
        site = housing_site(title, body)
        if lapsed(body):
            continue  # "4.1 Gebied X" over "Vervallen; opgenomen in …": nothing to report on
        if identifier in child_start and groups_only(text[heading_end : child_start[identifier]]):
            continue  # "2.1 Herprioritering" right over "2.1.1 …": it only groups subsections
        if number and groups_lettered(number, start, body, candidates):
            continue  # "3.  Brainport X" right over "3a. Station X" and "3b. …": a group
        if (
            number
            and identifier in child_start
            and re.match(rf"\s*{re.escape(number.rstrip('.'))}\.1\b", body)
        ):
            # "3 Regio's" over the section "3.1 Noord": a chapter, not a project (an article
            # over its leden "2.1 Het Rijk start …" is no chapter: leden are no sections)
            continue
        title = PREVIOUS_NUMBER.sub("", title)  # "Waterstofcluster Eemshaven (eerder: 2.1)"
        if ":" in title and len(title.split()) > 8:
            title = title.split(":", 1)[0]  # "Oude Lijn: ruggengraat van de Zuidelijke Randstad"
        head, joined, tail = title.partition(" en ")
        if (
            joined
            and INFRA.search(tail)
            and not (_names_infrastructure(head) or _NAMES.match(head) or _PLACE_COLON.match(head))
            and not HOUSING_AREA.match(title.strip())
        ):
            continue  # "Waterstof en de Eemshaven": a theme that names a place with a port
        if joined and len(head.split()) == 1 and NOT_A_PROJECT.match(tail.strip()):
            continue  # "Energiehaven en waterstof": a port joined to a theme is a theme
        row = bool(TABLE_ROW.search(title))  # "4  Aanpak Ring Zuid  RWS en …": a table row
        if joined and len(title.split()) > 8 and _names_infrastructure(head) and not row:
            title = head  # "Lelylijn en de bereikbaarheid van Noord-Nederland via Heerenveen …"
        # "Spoorlijn X - Y - Z, tweede perron Y": a spaced dash between places is no word
        words = sum(1 for word in title.split() if word not in ("-", "–", "—"))
        if _theme_phrase(title):
            continue
        is_project = (
            words <= 8
            and (
                bool(INFRA.search(title))
                or names_area(title)
                or bool(HOUSING_AREA.match(title.strip()))
                or bool(CITY_PAIR.match(title.strip()))
                # "Volkerak-Zoommeer: zoetwatervoorziening": the name before the colon
                or bool(CITY_PAIR.match(title.split(":", 1)[0].strip()))
                or bool(PROGRAMME.match(title.strip()))
                # "B.2  Veenstad, Kadewijk": a numbered item naming a place and its site
                or (number is not None and words <= 4 and bool(_NAMES.match(title.strip())))
                or tag is not None
                or (
                    document.kind == "mirt_brief"
                    and under_region
                    and number is not None
                    and identifier not in child_start  # "2.1 Herprioritering" over 2.1.1
                )
                # "2. Voortgang projecten" over "2.3 Zuidas Amsterdam": a subsection of a section
                # about projects is one
                or (
                    number is not None
                    and section is not None
                    and _about_projects(parents.get(section.parent or ""))
                )
                # "2.1 Verstedelijking Almere Pampus" in an agenda, over a paragraph about its
                # MIRT-onderzoek: a named area whose text speaks of MIRT phases
                or (
                    document.kind in {"uitvoeringsagenda", "ruimtelijk_arrangement"}
                    and _proper_name(title)
                    and bool(PHASE_BODY.search(body[:500]))
                )
                or (
                    (under_region or region_at(marks, start) or document.kind == "afsprakenlijst")
                    and words <= 8
                    and bool(PHASE_BODY.search(body[:500]))
                )
                or (
                    about_meeting
                    and _proper_name(title)
                    and stated_phase(body[: body.find(".", 0, 300) + 1 or 300]) is not None
                )
            )
        )
        is_project = is_project or site
        if number is not None and section is not None:
            items += 1
        if not is_project:
            if document.kind == "afsprakenlijst" and section is not None and number is not None:
                named.append((title, region, start, heading_end, end, identifier))
            continue
        seen.add(start)
        found.append(
            make_project(text, identifier, title, region, start, heading_end, end, document)
        )
    # An afsprakenlijst whose numbered items are mostly projects numbers one per project: an
    # item named like one ("6. Verkeersmanagement Noordvleugel", "5) Beter Benutten
    # Zuid-Nederland") is one too.
    if named and 2 * sum(1 for p in found if p.section in parents) >= items:
        for title, region, start, heading_end, end, identifier in named:
            if _proper_name(title) and not _PROCEDURE.match(title):
                found.append(
                    make_project(text, identifier, title, region, start, heading_end, end, document)
                )
    return found


# "Zwolle, Stationsgebied en Spoorzone": names of a place and its areas in a row, one area
# development (a theme joined to a place has no comma list of names).
_NAMES = re.compile(r"^[A-Z][\w'’-]+(?:,[ \t]+[A-Z][\w'’-]+)+$")
# "Rotterdam-Zuid: Stadionpark en OV-ontsluiting": a place before a colon heads the item.
_PLACE_COLON = re.compile(r"^[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?:[ \t]")
# "Brief over fasering Twentekanalen   12-3-2020   afgedaan": a dated row of a task list.
DATED = re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?![\w-])")
_REGION_TAG = re.compile(
    r"\((?:(?:MIRT[- ])?regio[ \t]+)?(?P<name>Noordwest|Zuidwest|Noord|Oost|Zuid|West)"
    r"(?:[- ]Nederland)?\)[ \t]*$",
    re.IGNORECASE,
)
_PROCEDURE = re.compile(r"^(?:vaststelling|opening|verslag|mededeling|agenda)", re.IGNORECASE)


_PROJECTS_TITLE = re.compile(r"\bprojecten\b", re.IGNORECASE)


def _about_projects(parent: Section | None) -> bool:
    """A section headed "Projecten", "Voortgang projecten", "Stand van de projecten"."""
    return (
        parent is not None
        and bool(_PROJECTS_TITLE.search(parent.title))
        and len(parent.title.split()) <= 5
    )


def _proper_name(title: str) -> bool:
    """ "Centrale As", "Haak om Leeuwarden": a name, not a theme ("Goederenvervoer over het
    spoor") — some word after the first is capitalised."""
    return len(title.split()) <= 6 and any(w[:1].isupper() for w in title.split()[1:])


_ABOUT_THE = re.compile(r"\b(?:over|van|voor|op|langs|door)\s+(?:het|de)\b")


def _theme_phrase(title: str) -> bool:
    """ "Goederenvervoer over het spoor": a phrase of common nouns about "het spoor", "de
    weg" (none capitalised after the first, no number) is a theme; a project has a name."""
    words = title.split()
    return (
        len(words) >= 3
        and bool(_ABOUT_THE.search(title))
        and not any(mark in title for mark in ",:/")
        and not any(w[:1].isupper() or w[:1].isdigit() or w[:1] in "(/" for w in words[1:])
        and not re.search(r"\d", words[0])
    )


def _names_infrastructure(words: str) -> bool:
    return bool(
        INFRA.search(words)
        or CITY_PAIR.match(words.strip())
        or names_area(words)
        or PROGRAMME.match(words.strip())
    )
