"""The project a letter is about when its subject or title names it and no heading does.

A council letter, a bestuursovereenkomst or a study often gives the work it is about no
heading of its own: the subject line or the title names it, and one sentence states its phase.
"""

from __future__ import annotations

import dataclasses
import re

from .phases import stated_phase
from .project_name_forms import road_in_long_subject
from .project_pages import make_project
from .project_terms import CITY_PAIR, INFRA, Project, default_region, province_region
from .project_titles import STUDY_TITLE
from .splitting import Document
from .textutil import normalise_space

__all__ = ["SUBJECT_KINDS", "subject_projects"]

SUBJECT_KINDS = frozenset({"raadsvoorstel", "raadsinformatiebrief", "other"})
# "het project Zaancorridor zich in de planuitwerking bevindt"
_PROJECT_NAMED = re.compile(
    r"\b[Hh]et\s+project\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)
# "BESTUURSOVEREENKOMST" over "Hoogfrequent spoor Leiden - Gouda", or "Convenant
# Spoorzone Ede" on one line: the work an agreement is about, under the agreement's kind.
_AGREEMENT_TITLE = re.compile(
    r"^\s*(?:bestuurs|samenwerkings|realisatie|uitvoerings|financierings)?"
    r"(?:overeenkomst|convenant)(?:[ \t]+(?:inzake|over|voor|betreffende)\b)?"
    r"(?:[ \t]*\n[ \t]*|[ \t]+(?=(?-i:[A-Z0-9])))(?P<name>(?-i:[A-Z0-9])[^\n]{2,100}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_THIS_PROJECT = re.compile(r"\b(?:het|dit)\s+project\b", re.IGNORECASE)

# "Aanvullende bijdrage De Ronde Boog (N99/N98)": the capitalised name the road numbers in
# brackets belong to, after the lower-case words of the subject.
_NAME_BEFORE_ROADS = re.compile(
    r"(?<=[a-z][ \t])(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4}[ \t]+"
    r"(?P<roads>\((?:[AN]\d{1,3}(?:[ \t]*/[ \t]*|,[ \t]*|[ \t]*en[ \t]*)?)+\)))"
)


def _titled_subject(
    text: str, document: Document, body: str, titled: re.Match[str] | None, most_words: int
) -> Project | None:
    """The infrastructure a title line names, with the phase the first sentence about "het
    project" states."""
    if titled is None:
        return None
    name = titled.group("name").strip()
    if len(name.split()) > most_words or not (INFRA.search(name) or CITY_PAIR.search(name)):
        return None
    sentences = [s for s in re.split(r"(?<=[.;])\s+", body) if _THIS_PROJECT.search(s)]
    sentence = next((s for s in sentences if stated_phase(s) is not None), "")
    return _subject(text, document, name, document.start + titled.start("name"), sentence)


def subject_projects(text: str, document: Document, found: list[Project]) -> list[Project]:
    """The project a letter is about, named in its subject, without a heading of its own:
    "het project InnovA58 zit in de planuitwerking" under "Onderwerp: … bijdrage InnovA58",
    "het project Zaancorridor" in a "BESTUURSOVEREENKOMST ZAANCORRIDOR"; the work named
    under an agreement's kind ("BESTUURSOVEREENKOMST" over "Spoorlijn X - Y"); or, in a letter
    with no other project, a council proposal whose subject names the work ("Bijdrage
    OV-knooppunt Sloterdijk") when a sentence states the project's phase now. A subject
    merely naming a road whose project the text does not report on is no project."""
    body = text[document.start : document.end]
    head = body[:300].casefold()
    names = {normalise_space(p.name).casefold() for p in found}
    for named in _PROJECT_NAMED.finditer(body):
        name = named.group("name")
        if len(name) >= 5 and name.casefold() in head and name.casefold() not in names:
            stop = re.search(r"[.;]", body[named.end() :])
            sentence = body[named.start() : named.end() + (stop.start() if stop else 200)]
            return [_subject(text, document, name, document.start + named.start(), sentence)]
    if not found:
        for titled, most_words in (
            (_AGREEMENT_TITLE.match(body), 12),
            (STUDY_TITLE.search(body, 0, 400), 8),
        ):
            subject = _titled_subject(text, document, body, titled, most_words)
            if subject is not None:
                return [subject]
    title = document.title or ""
    granted = _GRANT_SUBJECT.match(title) if not found and document.kind == "other" else None
    # "Betreft: subsidieverlening Fietsroute X - Y (F12)" over "… voor de aanleg van de
    # Fietsroute X - Y": a grant decision is about the work its subject names and its text
    # names again
    if granted is not None and INFRA.search(granted["name"]) and body.count(granted["name"]) >= 2:
        return [_subject(text, document, granted.group("name"), document.start, "")]
    infra = INFRA.search(title)
    road = road_in_long_subject(title)  # "Bijdrage aan de aanpassing van … A1 X-Zuid / Y"
    if found or infra is None or (len(title.split()) > 8 and not road) or ":" in title:
        return []
    for sentence in re.split(r"(?<=[.;])\s+", body):
        if _THIS_PROJECT.search(sentence) and stated_phase(sentence) is not None:
            name = road or title[title.rfind(" ", 0, infra.start()) + 1 :]
            named = _NAME_BEFORE_ROADS.search(title)
            if named is not None and named.end("roads") > infra.start():
                name = named.group("name")  # "bijdrage De Centrale As (N99/N98)": the name
            return [_subject(text, document, name, document.start, sentence)]
    return []


_GRANT_SUBJECT = re.compile(
    r"^(?:subsidie(?:verlening|vaststelling|beschikking|toekenning)?|bijdrage)[ \t]+"
    r"(?:(?:voor|aan)[ \t]+(?:de[ \t]+|het[ \t]+)?)?"
    r"(?P<name>(?-i:[A-Z])[\w'’/-]*(?:[ \t]+(?:[–—-]|(?-i:[A-Z])[\w'’/-]*)){1,6})"
    r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]*$",
    re.IGNORECASE,
)


def _subject(text: str, document: Document, name: str, start: int, sentence: str) -> Project:
    region = default_region(text, document) or province_region(text[document.start : document.end])
    project = make_project(text, document.identifier, name, region, start, start, start, document)
    return dataclasses.replace(
        project,
        identifier=f"{document.identifier}.subject.project",
        phase=stated_phase(sentence),
        end=document.end,
    )
