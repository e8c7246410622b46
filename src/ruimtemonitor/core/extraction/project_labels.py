"""Labels before a project's name that number or mark the item, not the work.

An afsprakenlijst letters its items ("B) Spoorlijn X - Y"), an information letter to a
council numbers its subjects ("Onderwerp 2 – Rondweg Z"), an agenda its action points
("Actiepunt 4 Kade W"), a list of decisions its decisions ("Besluit 2 Brug V", "Afspraak
B-3 Haven U", "7. Sluis T"). The register finds a project again by its name, so the mark that
only orders the items is left off, and so is the phase a list writes in brackets after the
name ("N99 X – Y (planuitwerking): …"), which is the project's phase, no part of its name.
"""

from __future__ import annotations

import re

__all__ = ["name_without_label", "without_order_word"]

# "Project X", "MIRT-project X": the word "project" before a name.
_PROJECT_WORD = r"(?:MIRT-)?[Pp]roject[ \t]+(?=[A-Z0-9])"
# "B) X", "b) X": a letter that marks the item.
_LETTER_MARK = r"[A-Za-z]\)[ \t]+(?=[A-Z0-9])"
# "Onderwerp 2 – X", "Actiepunt 4 X", "Onderdeel B: X", "Actie R2 X", "Besluit 3 X",
# "Afspraak C-4 X", "Punt 7 X": an ordering word with its number, letter or code.
_ORDER_WORD = (
    r"(?:Onderwerp|Actiepunt|Agendapunt|Onderdeel|Actie|Maatregel|Besluit|Afspraak|Punt)[ \t]+"
    r"(?:[A-Z]{0,3}[.-]?\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z])"
    r"(?:[ \t]*[–—:.-])?[ \t]+(?=[A-Z0-9])"
)
# "3. X", "12. X": the item's number alone, with its point.
_NUMBER_MARK = r"\d{1,2}\.[ \t]+(?=[A-Z])"
# "Project : X" (a label block with "Stand :", "Planning :"), "Project 2 – X", "Verzoek 1 – X"
# (a request letter numbers the works it asks for): the label word and its number or colon.
_NUMBERED_WORD = (
    r"(?:(?:MIRT-)?[Pp]roject|Verzoek|Vraag|Dossier)"
    r"(?:[ \t]+\d{1,2}[a-z]?[ \t]*[–—:.-]|[ \t]*:)[ \t]+(?=[A-Z0-9'‘])"
)
_LABEL = re.compile(
    rf"^(?:{_NUMBERED_WORD}|{_PROJECT_WORD}|{_LETTER_MARK}|{_ORDER_WORD}|{_NUMBER_MARK})"
)


_ORDER_LABEL = re.compile(rf"^{_ORDER_WORD}")


def without_order_word(title: str) -> str:
    """``title`` without a leading ordering word and its number ("Besluit 5  X" -> "X"), so
    that a heading's name is tested as the name it is; ``title`` when nothing would be left."""
    label = _ORDER_LABEL.match(title)
    return title[label.end() :] if label is not None and title[label.end() :].split() else title


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
