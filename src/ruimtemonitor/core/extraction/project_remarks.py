"""The phase a remark gives an item it points to by its label and number.

An agenda or afsprakenlijst may put its notes under the list and point back to an item by its
label: "Actie 2.2  Fietsroute X - Y" in the list, "Actie 2.2: de aanleg is in 2031 gestart" in
the notes below. The note says what the item's project is doing, so a project without a phase
takes the one that note states. So does a sentence elsewhere that names a project "Line, part
Place" by its line and then its part as the subject of a clause ("De Tramlijn rijdt sinds 2020;
de verlenging naar Kleidorp is in uitvoering" for "Tramlijn, verlenging Kleidorp").
"""

from __future__ import annotations

import dataclasses
import re

from .item_notes import NOTE_ON_ITEM
from .phases import stated_phase
from .project_terms import Project
from .splitting import Document

__all__ = ["remark_phase"]

# "Actie 2.2", "Besluit 3", "Punt 4b", "Afspraak B-1": a label word with the item's number,
# all that stands on the line before the project's name.
_ITEM_LABEL = re.compile(
    r"^[ \t]*(?P<word>actie|actiepunt|agendapunt|besluit|afspraak|punt|maatregel)[ \t]+"
    r"(?P<number>(?:[A-Z]{1,2}[.-]?)?\d{1,2}(?:\.\d{1,2})?[a-z]?)[ \t]*[:.–—-]?[ \t]*$",
    re.IGNORECASE,
)


def remark_phase(text: str, document: Document, project: Project) -> Project:
    """``project`` with the phase a note elsewhere in ``document`` states about the item whose
    label and number stand before its name, when it has none."""
    if project.phase is not None:
        return project
    line_start = text.rfind("\n", document.start, project.start) + 1
    label = _ITEM_LABEL.match(text[line_start : project.start])
    if label is None:
        noted = _noted_phase(text, document, project, line_start)
        return noted if noted.phase is not None else _part_phase(text, document, project)
    note = re.compile(
        rf"^[ \t]*{re.escape(label['word'])}[ \t]+{re.escape(label['number'])}[ \t]*:[ \t]*"
        r"(?P<note>[^\n]+(?:\n[^\n]+)*)",
        re.IGNORECASE | re.MULTILINE,
    )
    for match in note.finditer(text, document.start, document.end):
        if match.start() == line_start:
            continue
        sentence = match["note"].split(". ", 1)[0]
        phase = stated_phase(sentence)
        if phase is not None:
            return dataclasses.replace(project, phase=phase)
    return project


# "3.3\tStation X, overkapping\tGeen afspraken": a row or item numbered bare before its name.
_BARE_NUMBER = re.compile(r"[ \t]*(?P<number>\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)[.)]?[ \t]+")


_NOTES = re.compile(NOTE_ON_ITEM.pattern, NOTE_ON_ITEM.flags | re.MULTILINE)


def _noted_phase(text: str, document: Document, project: Project, line_start: int) -> Project:
    """The phase a note below the list states about an item numbered bare ("3.3  Station X"
    and, under the table, "Toelichting bij 3.3: de overkapping is … in gebruik genomen")."""
    bare = _BARE_NUMBER.match(text, line_start)
    if bare is None or not text.startswith(project.name[:12], bare.end()):
        return project
    for note in _NOTES.finditer(text, document.start, document.end):
        if note["number"] != bare["number"]:
            continue
        stop = text.find("\n\n", note.end(), document.end)
        said = " ".join(text[note.end() : stop if stop >= 0 else document.end].split())
        phase = stated_phase(said.split(". ", 1)[0])
        if phase is not None:
            return dataclasses.replace(project, phase=phase)
    return project


# "Tramlijn Oost, verlenging Kleidorp", "Spoorlijn X, verdubbeling Veenstad-Noord": a work's
# name, a comma, the part of the work in lower case and the place it reaches
_PART_NAME = re.compile(
    r"^(?P<whole>[A-ZÀ-Ý][^,\n]{2,40}),[ \t]+(?P<part>[a-zà-ÿ]{5,})[ \t]+"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ \t][A-ZÀ-Ý][\w'’-]+)?)$"
)


def _part_phase(text: str, document: Document, project: Project) -> Project:
    """The phase a clause states whose subject is the part of the project's name ("de
    verlenging naar Kleidorp is in uitvoering"), in a sentence that names the whole work."""
    named = _PART_NAME.match(project.name.strip())
    if named is None:
        return project
    clause = re.compile(
        rf"(?:^|[;,][ \t]+|\ben[ \t]+)(?:de|het)[ \t]+{re.escape(named['part'])}[ \t]+"
        rf"(?:\w+[ \t]+){{0,2}}{re.escape(named['place'])}\b[^;,]*",
        re.IGNORECASE,
    )
    whole = re.compile(rf"\b{re.escape(named['whole'])}\b", re.IGNORECASE)
    body = " ".join(text[document.start : document.end].split())
    for sentence in re.split(r"(?<=[.!?])[ \t]+(?=[A-ZÀ-Ý])", body):
        if whole.search(sentence) is None:
            continue
        for part in clause.finditer(sentence):
            phase = stated_phase(part.group())
            if phase is not None:
                return dataclasses.replace(project, phase=phase)
    return project
