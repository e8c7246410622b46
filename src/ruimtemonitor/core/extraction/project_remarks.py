"""The phase a remark gives an item it points to by its label and number.

An agenda or afsprakenlijst may put its notes under the list and point back to an item by its
label: "Actie 2.2  Fietsroute X - Y" in the list, "Actie 2.2: de aanleg is in 2031 gestart" in
the notes below. The note says what the item's project is doing, so a project without a phase
takes the one that note states.
"""

from __future__ import annotations

import dataclasses
import re

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
        return project
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
