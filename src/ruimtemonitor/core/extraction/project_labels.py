"""Labels before a project's name that number or mark the item, not the work.

An afsprakenlijst letters its items ("B) Spoorlijn X - Y"), an information letter to a
council numbers its subjects ("Onderwerp 2 – Rondweg Z"), an agenda its action points
("Actiepunt 4 Kade W"). The register finds a project again by its name, so the mark that
only orders the items is left off, and so is the phase a list writes in brackets after the
name ("N99 X – Y (planuitwerking): …"), which is the project's phase, no part of its name.
"""

from __future__ import annotations

import re

__all__ = ["name_without_label"]

# "Project X", "MIRT-project X": the word "project" before a name.
_PROJECT_WORD = r"(?:MIRT-)?[Pp]roject[ \t]+(?=[A-Z0-9])"
# "B) X", "b) X": a letter that marks the item.
_LETTER_MARK = r"[A-Za-z]\)[ \t]+(?=[A-Z0-9])"
# "Onderwerp 2 – X", "Actiepunt 4 X", "Onderdeel B: X", "Actie R2 X": an ordering word with
# its number, letter or code.
_ORDER_WORD = (
    r"(?:Onderwerp|Actiepunt|Agendapunt|Onderdeel|Actie|Maatregel)[ \t]+"
    r"(?:[A-Z]{0,3}\.?\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z])"
    r"(?:[ \t]*[–—:.-])?[ \t]+(?=[A-Z0-9])"
)
_LABEL = re.compile(rf"^(?:{_PROJECT_WORD}|{_LETTER_MARK}|{_ORDER_WORD})")


# "(planuitwerking)", "(MIRT-onderzoek)" after the name
_PHASE_AFTER = re.compile(
    r"[ \t]*\((?:MIRT-)?(?:onderzoek|verkenning|planuitwerking|planstudie|realisatie)\)$",
    re.IGNORECASE,
)


def name_without_label(name: str) -> str:
    """``name`` without a leading label that only marks or numbers the item, or a phase in
    brackets after it; the name itself when nothing would be left."""
    label = _LABEL.match(name)
    if label is not None and name[label.end() :].split():
        name = name[label.end() :]
    phase = _PHASE_AFTER.search(name)
    if phase is not None and name[: phase.start()].split():
        name = name[: phase.start()]
    return name
