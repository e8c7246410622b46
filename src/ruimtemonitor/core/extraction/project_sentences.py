"""Projects a letter reports on in a sentence of its own, without a heading.

A letter to the Kamer reports on a project in running text as often as under a heading:
"Voor de N99 Veenstad – Kleidorp is de verkenning afgerond.", "De verkenning voor de
Oostelijke Ringweg Veenstad is in mei gestart.", "De A99 Kleidorp – Moerdam is in juni
opengesteld voor verkeer." What makes such a sentence a report, and not a road named in
passing, is its form: the named object is its subject (or the subject's phase is of it), it
opens the sentence, and the sentence says what phase the project is in or which MIRT step it
took. A road named after a verb ("In het BO is ook de N99 besproken"), as a place ("bij
Kleidorp") or as the destination of money is none. The phase is the one the sentence states
now (``phases.stated_phase``): a finished study or a study still to start gives none.
"""

from __future__ import annotations

import dataclasses
import re

from .phases import project_phase, stated_phase
from .project_name_forms import same_line
from .project_names import capitalised, named_object, object_word, same_project
from .project_terms import Project, default_region, document_project, region_at, region_marks
from .splitting import Document

__all__ = ["before_reports", "reported_on", "sentence_projects"]

_NAME = r"(?P<name>[A-Za-z0-9][^\n.,;:!?]{2,90}?)"
# the finite verb after the subject: "is", "wordt", "start", "bevindt zich", "ligt" …
_VERB = (
    r"[ \t]+(?:is|zijn|wordt|worden|werd|start|starten|startte|loopt|liep|ligt|lag|bevindt"
    r"|gaat|ging|begint|begon|blijft|heeft|kan|zal)\b"
)
_STUDY = (
    r"(?:MIRT-)?(?:verkenning|planuitwerking|planstudie|realisatie|aanleg|bouw|uitvoering"
    r"|onderzoek)"
)
# A sentence opening on its subject: "Voor de X is …", "De verkenning voor de X is …", "De X
# is …"; only at the start of a sentence, where a subject stands.
_REPORT = re.compile(
    r"(?:(?<=\n\n)|(?<=[.;!?]\n)|(?<=[.!?][ \t]))[ \t]*"
    r"(?:(?:Voor|Bij)[ \t]+(?:de|het)[ \t]+"
    rf"|(?:De|Het)[ \t]+{_STUDY}[ \t]+(?:voor|van|naar|aan)[ \t]+(?:de|het)[ \t]+"
    r"|(?:De|Het)[ \t]+)"
    rf"{_NAME}(?={_VERB})",
    re.MULTILINE,
)
# What a report says: a phase, a MIRT decision, an opening.
_STEP = re.compile(
    r"\b(?:(?:MIRT-)?(?:onderzoek|verkenning|planuitwerking|planstudie)\w*|realisatie\w*"
    r"|aanleg|in[ \t]+uitvoering|opgeleverd|opengesteld|in[ \t]+gebruik[ \t]+genomen"
    r"|(?:voorkeurs|project|start|opleverings)beslissing|(?:ontwerp-)?tracébesluit)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|(?<=[.;!?])[ \t]*\n")
# Letters to the Kamer report in prose; minutes, agendas and arrangements report in items,
# and a road their prose names is the context of an item.
_REPORTING_KINDS = frozenset({"kamerbrief", "mirt_brief"})


def _report_name(name: str) -> bool:
    """A named object more than a bare road number: "A99 Veenstad – Kleidorp", "Oostelijke
    Ringweg Veenstad", "aansluiting A99/N88 Kleidorp" (an object word, then its name), not
    "N99" nor "nieuwe brug bij Kleidorp"."""
    words = name.split()
    if len(words) < 2:
        return False
    if name[:1].islower() and not (object_word(words[0]) and words[1][:1].isupper()):
        return False
    return named_object(capitalised(name))


def _opening_paragraphs(text: str, found: list[Project]) -> list[tuple[int, int]]:
    """The first paragraph under each found project's head: what it says is about that
    project. It ends at a blank line or a line that closes a sentence (cleaning joins the
    wrapped lines of a paragraph)."""
    spans = []
    for project in found:
        head_end = text.find("\n", project.start)
        end = _PARAGRAPH_END.search(text, head_end + 1) if head_end >= 0 else None
        spans.append((project.start, end.start() if end else project.end))
    return spans


def sentence_projects(text: str, document: Document, found: list[Project]) -> list[Project]:
    """Projects of ``document`` a sentence reports on (module docstring), beside ``found``."""
    if document.kind not in _REPORTING_KINDS:
        return []
    marks = region_marks(text, document)
    fallback = default_region(text, document)
    opening = _opening_paragraphs(text, found)
    out: list[Project] = []
    for report in _REPORT.finditer(text, document.start, document.end):
        name = report.group("name").strip()
        if not _report_name(name) or any(s < report.start() < e for s, e in opening):
            continue
        stop = _SENTENCE_END.search(text, report.end(), document.end)
        sentence = text[report.start() : stop.start() if stop else report.end() + 300]
        start = report.start("name")
        said = sentence.replace(name, " ", 1)  # "Voor de MIRT-onderzoek X …": not its name
        if _STEP.search(said) is None:
            continue
        if any(
            same_project(name, p.name)
            or same_line(text, start, p.start)
            or _same_proper_name(name, p.name)
            for p in [*found, *out]
        ):
            continue
        out.append(
            document_project(
                document,
                f"said{start}",
                name,
                region_at(marks, start) or fallback,
                start,
                stop.end() if stop else report.end(),
                phase=stated_phase(sentence),
            )
        )
    return out


def before_reports(text: str, found: list[Project], said: list[Project]) -> list[Project]:
    """A unit's text up to a sentence that reports on another project is its own: "A99 X"
    over "De realisatie ligt op schema." and a paragraph "De Y is in gebruik genomen." has
    the phase of the first part."""
    out: list[Project] = []
    for project in found:
        cut = min((s.start for s in said if project.start < s.start < project.end), default=None)
        if cut is not None and (phase := project_phase(text[project.start : cut])) is not None:
            project = dataclasses.replace(project, phase=phase)
        out.append(project)
    return out


def reported_on(name: str, body: str) -> bool:
    """ "Haak om Leeuwarden" over "De Haak om Leeuwarden is in aanbouw.": the unit's first
    sentence names what heads it again (or says "het werk", "het project") and states its
    phase, as of a project."""
    stop = re.search(r"[.;](?:\s|$)", body)
    sentence = body[: stop.start() if stop else 300]
    return (
        name.casefold() in sentence.casefold() or _THE_WORK.match(sentence) is not None
    ) and stated_phase(sentence) is not None


# "Het werk is sinds april in uitvoering", "Het project zit in de verkenning": a first
# sentence that speaks of the unit's work without naming it again.
_THE_WORK = re.compile(r"[ \t\n]*+(?:het|dit)[ \t]+(?:project|werk)\b", re.IGNORECASE)


# "Kleilijn (verdubbeling X - Y)" in prose and "Kleilijn X - Y" as a table row: one proper
# name with a remark in brackets is the project another name opens with.
_REMARK = re.compile(r"\s*\([^()]*\)")


def _same_proper_name(name: str, other: str) -> bool:
    bare = _REMARK.sub("", name).strip()
    words = other.split()
    return (
        bare != name.strip()
        and len(bare.split()) == 1
        and len(bare) >= 5
        and bare[:1].isupper()
        and len(words) > 1
        and words[0].casefold() == bare.casefold()
    )
