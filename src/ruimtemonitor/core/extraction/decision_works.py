"""The work a council proposal's decision point agrees to the design of.

"1. in te stemmen met het Voorlopig Ontwerp Stationsomgeving X:" names the one work the
proposal is about, after "Ontwerp"; the lettered lines under it ("a. een overdekte
fietsenstalling …", "b. een busstation …") list its parts, and a budget row that names a
part again ("Busstation;-;350;200;550") is a line of the work's budget, no project of its own.

A credit decision point "1. Een krediet van € … beschikbaar te stellen voor het project X;"
names the work the same way, after "het project". Sub-works coded with the decision point's
number and a letter ("3a  Fietspad …", "3b  Tunnel …", in a list or a cost table, at least two
with one number) are parts of that work: a project read on such a line, or named by one, is none.
A credit "1° … voor de snelfietsroute X - Y met fietsbrug …" names the work by its kind of
object in lower case, perhaps wrapped over two lines; a part joined by "met" is no part of it.
"""

from __future__ import annotations

import re

from .phases import project_phase
from .project_names import named_object, object_word, same_project
from .project_terms import Project, document_project
from .splitting import Document

__all__ = ["decided_work"]

# "1.  in te stemmen met het Voorlopig Ontwerp X:", "a) vast te stellen het ontwerp van de Y;"
_DESIGN = re.compile(
    r"^[ \t]*(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)][ \t]+(?:in[ \t]+te[ \t]+stemmen[ \t]+met|"
    r"vast[ \t]+te[ \t]+stellen)[ \t]+(?:het[ \t]+)?(?:(?:voorlopig|definitief)[ \t]+)?"
    r"ontwerp[ \t]+(?:(?:van|voor)[ \t]+(?:de|het)[ \t]+)?(?P<name>[^\n:;,.]*?[^ \t\n:;,.])"
    r"[ \t]*+[:;.]?[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
# "2. een krediet van € … beschikbaar te stellen voor het\n   project X;", or for a work named
# with a capital after the article: "… voor de\n   Stationsomgeving X, bestaande uit:" (a
# lower-case clause after a comma describes the work, it is no part of its name).
_CREDIT = re.compile(
    r"^[ \t]*+(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)][ \t]++[^;\n]*?krediet[^;]*?"
    r"(?:beschikbaar|ter[ \t]+beschikking)[ \t]+te[ \t]+stellen[ \t]+voor[ \t\n]+"
    r"(?:het[ \t\n]+project[ \t\n]+(?P<name>[^\n:;]*?[^ \t\n:;])[ \t]*+[:;.]?"
    r"|(?:de|het)[ \t\n]+(?P<named>(?-i:[A-Z])[^\n:;,(]*?[^ \t\n:;,(])[ \t]*+"
    r"(?:,[ \t]+(?-i:[a-z])[^\n]*|[:;.])?)[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
# "I.  een krediet van € … beschikbaar te stellen voor de herinrichting van het Stationsplein
# X, bestaande uit:": the work is named by what is done to it, in lower case, before the place.
_WORK_CREDIT = re.compile(
    r"^[ \t]*+(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)][ \t]++[^;\n]*?krediet[^;]*?"
    r"(?:beschikbaar|ter[ \t]+beschikking)[ \t]+te[ \t]+stellen[ \t]+voor[ \t\n]+(?:de|het)[ \t\n]+"
    r"(?P<named>(?:her)?(?:inrichting|aanleg|reconstructie|ombouw|vernieuwing|renovatie|"
    r"verbreding|verlenging|bouw)[ \t\n]+[^\n:;,(]*?[^ \t\n:;,(])[ \t]*+"
    r"(?:,[ \t]+(?-i:[a-z])[^\n]*|[:;.])?[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
# "Besluit 1  In te stemmen met de herinrichting van het stationsgebied X,": the proposal
# assents to a work named by what is done to it, under a decision point numbered as such
# ("1e  in te stemmen met de aanleg van de fietstunnel X, bestaande uit:": an ordinal too)
_WORK_ASSENT = re.compile(
    r"^[ \t]*+(?:(?:besluit|beslispunt)[ \t]+\d{1,2}[.:)]?|\d{1,2}(?:[.)]|e(?=[ \t]))|[a-z][.)]|"
    r"[IVX]{1,4}[.)])[ \t]++in[ \t]+te[ \t]+stemmen[ \t]+met[ \t]+(?:de|het)[ \t]+"
    r"(?P<named>(?:her)?(?:inrichting|aanleg|reconstructie|ombouw|vernieuwing|renovatie|"
    r"verbreding|verlenging)[ \t]+(?:van|voor)[ \t]+[^\n:;,(]*?[^ \t\n:;,(])[ \t]*+"
    r"(?:,[ \t]+(?-i:[a-z])[^\n]*|[:;.,])?[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
# "a.  in te stemmen met de gemeentelijke bijdrage aan de aanleg van station X en de
# spoorlijn Y - X, bestaande uit:": a contribution to a work named after what is done to it.
_CONTRIBUTION = re.compile(
    r"^[ \t]*+(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)][ \t]++in[ \t]+te[ \t]+stemmen[ \t]+met[ \t]+"
    r"(?:de|een)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:bijdrage|investering)[ \t]+(?:aan|in|voor)[ \t]+"
    r"(?:de|het)[ \t\n]+(?:aanleg|bouw|realisatie|reactivering|vernieuwing|ombouw)[ \t\n]+"
    r"(?:van[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?)?(?P<named>[^\n:;,(]*?[^ \t\n:;,(])[ \t]*+"
    r"(?:,[ \t]+(?-i:[a-z])[^\n]*|[:;.])?[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
# "1°  een krediet van € … beschikbaar te stellen voor de snelfietsroute\n    X - Y met fietsbrug
# over het kanaal, bestaande uit:": a credit for a work named in lower case by its kind of
# object, the name wrapped over the next line (a "1°" or "2." decision point).
_OBJECT_CREDIT = re.compile(
    # ("1.-  een krediet …": a decision point's number with a dash after its full stop)
    # ("1/3  een krediet …": the point's number over the number of points)
    r"^[ \t]*+(?:\d{1,2}[.)°]-?|\d{1,2}/\d{1,2}(?=[ \t])|[a-z][.)]|[IVX]{1,4}[.)])[ \t]++"
    r"[^;\n]*?krediet[^;]*?"
    r"(?:beschikbaar|ter[ \t]+beschikking)[ \t]+te[ \t]+stellen[ \t]+voor[ \t\n]+(?:de|het)[ \t\n]+"
    r"(?P<named>(?-i:[a-z])[^\W\d_]+[ \t\n]++[^\n:;,(]*?(?:\n[ \t]*+[^\n:;,(]*?)?)"
    r"[ \t]*+(?:[,(][^\n]*|[:;.])?[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
# "… X - Y met fietsbrug over het kanaal": a part joined to the work in lower case.
_WITH_PART = re.compile(r"[ \t]+(?:met|inclusief)[ \t]+(?-i:[a-z]).*$", re.IGNORECASE)
# "   3a  Fietspad langs de vaart": a sub-work coded with a number and a letter
_CODED_PART = re.compile(r"^[ \t]*(?P<num>\d{1,2})(?P<letter>[a-h])[ \t]+(?P<part>\S[^\n]*)$", re.M)
# "a.  een busstation aan de noordzijde;", "2e  …", "iii) …": a part under the decision point
# ("◇ de tunnel met toeritten;": a part under a glyph)
_PART = re.compile(r"[ \t]*(?:[a-z][.)]|\d{1,2}e|[ivx]{1,4}\)|[◇◆•–-])[ \t]+(?P<part>[^\n]*)")
_REMARK = re.compile(r"\s*\([^()]*\)")
# "aanleg van de fietstunnel X": a work built new is named by the object it builds (a
# "herinrichting van het stationsgebied X" keeps its noun: the place is there already).
_NEW_WORK = re.compile(r"^aanleg[ \t]+van[ \t]+(?:de|het)[ \t]+(?=\S+[ \t]+\S)", re.IGNORECASE)


def decided_work(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """``found`` with the work a raadsvoorstel's decision point designs (module docstring),
    without the one-word parts its lettered lines list."""
    if document.kind != "raadsvoorstel":
        return found
    match = (
        _DESIGN.search(text, document.start, document.end)
        or _CREDIT.search(text, document.start, document.end)
        or _WORK_CREDIT.search(text, document.start, document.end)
        or _CONTRIBUTION.search(text, document.start, document.end)
        or _WORK_ASSENT.search(text, document.start, document.end)
        or _OBJECT_CREDIT.search(text, document.start, document.end)
    )
    if match is None:
        return found
    found = _without_coded_parts(text, document, found)
    group = "name" if match.groupdict().get("name") else "named"
    name = " ".join(match.group(group).split())
    if match.re is _OBJECT_CREDIT:
        if not object_word(name.split()[0]):
            return found  # "voor de uitvoering van …": no kind of object
        name = _WITH_PART.sub("", name)
    if match.re in (_WORK_CREDIT, _WORK_ASSENT):
        name = _NEW_WORK.sub("", name)  # "aanleg van de fietstunnel X": the new work itself
    name = name[:1].upper() + name[1:]
    if not (named_object(name) or _named_work(match, name)) or len(name.split()) > 8:
        return found
    parts = []
    for line in text[match.end() + 1 : document.end].split("\n"):
        part = _PART.fullmatch(line)
        if part is None:
            break
        parts.append(part.group("part").casefold())
    words = {word.strip(";,.") for part in parts for word in part.split()}
    out = [
        p
        for p in found
        if not (
            len(_REMARK.sub("", p.name).split()) == 1
            and _REMARK.sub("", p.name).casefold() in words
        )
        and not _costed_part(p.name, words)
    ]
    if any(same_project(p.name, name) for p in out):
        return out
    if match.re in (_WORK_CREDIT, _WORK_ASSENT) and any(
        p.name.casefold() in name.casefold() for p in out
    ):
        return out  # "aanleg van station X" when "Station X" is read already: the same work
    start = match.start(group)
    # a contribution to a work someone else builds: the proposal tells the phase it is in
    phase = project_phase(text[match.end() : document.end]) if match.re is _CONTRIBUTION else None
    work = document_project(document, "design", name, fallback, start, document.end, phase=phase)
    return sorted([*out, work], key=lambda p: p.start)


# "bouw tunnel", "aanleg wandelpaden": a budget line in lower case, what is done to a part
_COST_LINE = re.compile(
    r"^(?=(?-i:[a-z]))(?:bouw|aanleg|verlegging|sloop|inrichting|herinrichting|realisatie)"
    r"[ \t]+(?P<rest>[^\W\d_][^\n]{0,60})$",
    re.IGNORECASE,
)


def _costed_part(name: str, words: set[str]) -> bool:
    """Whether ``name`` is a budget line for a part the decision point lists ("bouw tunnel"
    under "◇ de tunnel met toeritten"): what is done, then words of that part only."""
    line = _COST_LINE.match(" ".join(name.split()))
    return line is not None and all(w.casefold() in words for w in line.group("rest").split())


_WORK_NOUN = re.compile(r"^\S+[ \t\n]+(?:(?:van|voor)[ \t\n]+(?:de|het)[ \t\n]+)?", re.IGNORECASE)


def _named_work(match: re.Match[str], name: str) -> bool:
    """Whether a work named by what is done to it ("Reconstructie van het Marktplein X")
    names a place or object after that noun."""
    rest = _WORK_NOUN.sub("", name)
    return (
        match.re in (_WORK_CREDIT, _WORK_ASSENT)
        and rest != name
        and named_object(rest[:1].upper() + rest[1:])
    )


def _without_coded_parts(text: str, document: Document, found: list[Project]) -> list[Project]:
    """``found`` without the projects read on, or named by, a coded sub-work line."""
    lines = list(_CODED_PART.finditer(text, document.start, document.end))
    numbers = [m.group("num") for m in lines]
    lines = [m for m in lines if numbers.count(m.group("num")) >= 2]
    if not lines:
        return found
    said = [" ".join(m.group("part").split()).casefold() for m in lines]

    def part(project: Project) -> bool:
        if any(m.start() <= project.start < m.end() for m in lines):
            return True
        name = " ".join(_REMARK.sub("", project.name).split()).casefold()
        name = _CODE.sub("", name)
        return any(line.startswith(name) for line in said)

    return [p for p in found if not part(p)]


_CODE = re.compile(r"^\d{1,2}[a-h][ \t]+")
