"""Stage 7: MIRT projects from a MIRT-brief's region sections ("2.1. Regio Noord" … "Nationaal").

Every numbered subsection of a region section is a project; unnumbered
subheadings inside it ("Lelylijn", "Nedersaksenlijn") are projects with that
project as parent. The phase is read from what the text says has started or
been decided (the MIRT rules: onderzoek → startbeslissing → verkenning →
voorkeursbeslissing → planuitwerking → projectbeslissing → realisatie →
opleveringsbeslissing); formal decisions and other dated events become milestones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .splitting import Document
from .structure import Section, Structure
from .textutil import normalise_space, sentence_spans

__all__ = ["MIRT_REGIONS", "Milestone", "Project", "find_projects"]

MIRT_REGIONS = {
    "noord": "Noord",
    "noordwest": "Noordwest",
    "zuidwest": "Zuidwest",
    "oost": "Oost",
    "zuid": "Zuid",
    "west": "West",
    "nationaal": "Nationaal",
    "goederencorridors": "Goederencorridors",
}
_REGION = re.compile(
    r"^(?:Regio\s+|MIRT[- ]regio\s+)?(?P<name>Noordwest|Zuidwest|Noord|Oost|Zuid|West|"
    r"Nationaal|Goederencorridors)\b",
    re.IGNORECASE,
)
# Most advanced first: the first phase with a "started/decided" cue wins.
_PHASE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "opgeleverd",
        re.compile(
            r"opleveringsbeslissing|volledig (?:is )?opgeleverd|opening verricht|"
            r"in gebruik (?:genomen|gesteld)",
            re.I,
        ),
    ),
    (
        "realisatie",
        re.compile(
            r"realisatiefase|projectbeslissing|start(?:handeling| van de realisatie)|"
            r"begonnen (?:worden )?met de realisatie|aanbesteding|startschot|in uitvoering",
            re.I,
        ),
    ),
    (
        "planuitwerking",
        re.compile(
            r"planuitwerking|planning- en studiefase|voorkeursbeslissing|"
            r"(?:ontwerp)?projectbesluit|voorkeursvariant",
            re.I,
        ),
    ),
    ("verkenning", re.compile(r"\bverkenning\b|startbeslissing", re.I)),
    ("onderzoek", re.compile(r"\bonderzoek\b|\bMIRT-onderzoek\b|onderzocht", re.I)),
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
    region: str
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


def find_projects(
    text: str, documents: tuple[Document, ...], structure: Structure
) -> tuple[Project, ...]:
    """Projects of every MIRT-brief in the bundle, in document order."""
    projects: list[Project] = []
    for document in documents:
        if document.kind != "mirt_brief":
            continue
        sections = [s for s in structure.sections if s.document == document.identifier]
        regions = {s.identifier: region for s in sections if (region := _region_of(s))}
        for section in sections:
            parent = next((s for s in sections if s.identifier == section.parent), None)
            if parent is None:
                continue
            if section.parent in regions and section.number:
                region = regions[section.parent]
                projects.append(_project(text, section, region, None, document))
            elif parent.parent in regions and section.number is None:
                region = regions[parent.parent]
                projects.append(_project(text, section, region, parent.identifier, document))
    return tuple(projects)


def _project(
    text: str, section: Section, region: str, parent: str | None, document: Document
) -> Project:
    body = text[section.heading_end : section.end]
    return Project(
        identifier=f"{section.identifier}.project",
        name=section.title,
        region=region,
        phase=_phase(body),
        paused=bool(_PAUSED.search(section.title) or _PAUSED.search(body[:400])),
        parent=f"{parent}.project" if parent else None,
        document=document.identifier,
        section=section.identifier,
        milestones=tuple(_milestones(text, section.heading_end, section.end)),
        start=section.start,
        end=section.end,
    )


def _phase(body: str) -> str | None:
    for phase, cue in _PHASE_CUES:
        if cue.search(body):
            return phase
    return None


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
