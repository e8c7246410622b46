"""The MIRT study a document's title names, and the phase that title gives its project.

A startbeslissing, a MIRT-verkenning's report or a MIRT-onderzoek's paper names its study on
its title lines: "STARTBESLISSING" over "MIRT-verkenning N99 Veenstad – Kleidorp", or
"STARTBESLISSING MIRT-VERKENNING" over "N99 Veenstad – Kleidorp", or all on one line. The
study is the document's project, and the title says which phase it is in: a startbeslissing
starts the verkenning it names, a report of a MIRT-onderzoek is written while it runs.
"""

from __future__ import annotations

import dataclasses
import re

from .phases import NOUN_PHASES
from .project_names import same_project
from .project_terms import Project
from .splitting import Document

__all__ = ["STUDY_TITLE", "title_phase"]

_BREAK = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
STUDY_TITLE = re.compile(
    rf"^[ \t]*(?:startbeslissing{_BREAK})?MIRT-(?P<phase>verkenning|planuitwerking|onderzoek)"
    rf"{_BREAK}(?P<name>(?-i:[A-Z0-9])[^\n.;:]{{2,80}}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_TITLE_WITHIN = 400  # the title stands near the top


def title_phase(text: str, document: Document, found: list[Project]) -> list[Project]:
    """``found`` with the phase the document's title gives the study it names."""
    title = STUDY_TITLE.search(
        text, document.start, min(document.end, document.start + _TITLE_WITHIN)
    )
    if title is None:
        return found
    phase = NOUN_PHASES.get(title.group("phase").lower())
    return [
        dataclasses.replace(p, phase=phase) if same_project(p.name, title.group("name")) else p
        for p in found
    ]
