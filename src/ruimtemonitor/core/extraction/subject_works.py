"""The works a council letter's subject names, when the letter reports on them.

A raadsvoorstel or raadsinformatiebrief often gives no heading to the work it is about: its
subject line names it ("Bijdrage aan de reconstructie N99 X - Y, deel Z", "Bijdrage aan de
spoorlijn X - Y (reactivering …)"). A work the subject names is a project when the letter
reports on it — a sentence states the phase it is in now and names the work (by its road
number, else by its name), or names no road at all when the subject names one work only ("De
verkenning is in januari gestart") — or when a budget row names it by its road number alone
("Krediet N99", "Parallelwegen N99"): that row is a budget line of the work, no project of
its own. A work the letter only asks money for, whose phase it does not state, stays none.
"""

from __future__ import annotations

import re

from .phases import stated_phase
from .project_names import capitalised, cut_name, named_object, object_word, same_project
from .project_terms import Project, document_project
from .splitting import Document
from .textutil import normalise_space

__all__ = ["subject_works"]

_COUNCIL = frozenset({"raadsvoorstel", "raadsinformatiebrief"})
# "Gemeentelijke bijdrage aan", "Krediet voor", "Cofinanciering van": what the proposal asks
_LEAD = re.compile(
    r"^(?:(?:gemeentelijke|aanvullende)\s+)?(?:bijdragen?|krediet(?:aanvraag)?|cofinanciering)"
    r"\s+(?:(?:aan|voor|van)\s+)?",
    re.IGNORECASE,
)
# "… N99 X - Y en de fietsroute Z", "…; bijdrage aan …": the parts naming one work each
_PARTS = re.compile(r"\s+en\s+(?:(?:aan|voor)\s+)?(?=(?:de|het)\s)|;\s*", re.IGNORECASE)
_ROAD = re.compile(r"(?<![\w-])[AN]\d{1,3}(?![\w])")
_MOST_SKIPPED = 4  # "de aanpak van", "Voortgang van de": the words before the work
_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


def _work(part: str) -> str | None:
    """The name of the work ``part`` of a subject names, from the first word on which a
    named object starts ("de reconstructie N99 X - Y", "Voortgang N99 X - Y" → "N99 X - Y"),
    or None; after a capitalised word only a road or a kind of object starts one, and a bare
    road number ("Voortgang A12") names no work with its section."""
    words = part.split()
    for skip in range(min(_MOST_SKIPPED, len(words) - 1) + 1):
        first = words[skip]
        if first[:1].islower() and not object_word(first):
            continue  # "reconstructie", "aanpak": what is done to the work
        name = cut_name(" ".join(words[skip:]))[0]
        if any(w[:1].isupper() for w in words[:skip]) and not (
            _ROAD.match(name) or object_word(first)
        ):
            continue  # after "Uitkomsten Bestuurlijk Overleg" only a road or an object's kind
        if not _ROAD.fullmatch(name) and named_object(capitalised(name)):
            return name
    return None


def _keys(name: str) -> list[str]:
    """What names a work in a sentence: its road numbers, else its name without a remark in
    brackets ("spoorlijn X - Y"), a place alone being shared by other works."""
    return _ROAD.findall(name) or [_REMARK.sub("", name).strip()]


_REMARK = re.compile(r"\s*\([^()]*\)")


def _names(sentence: str, keys: list[str]) -> bool:
    return any(
        re.search(rf"(?<![\w-]){re.escape(key)}(?![\w])", sentence, re.IGNORECASE) for key in keys
    )


def _folded(name: str) -> str:
    return " ".join(re.sub(r"[–—-]", " ", _REMARK.sub("", name)).casefold().split())


def _known(name: str, found: list[Project]) -> bool:
    """A work already found under a name the subject's words hold, or that holds them
    ("A1 X-Zuid" in "aansluiting A1 X-Zuid / Y")."""
    work = _folded(name)
    return any(
        same_project(p.name, name) or (known := _folded(p.name)) in work or work in known
        for p in found
    )


def _budget_rows(road: str, document: Document, found: list[Project]) -> list[Project]:
    """Rows naming the work by its road number alone, after a word or two ("Krediet N99")."""
    row = re.compile(rf"(?:[A-Za-z][a-z]+\s+){{1,3}}{re.escape(road)}")
    return [p for p in found if p.section == document.identifier and row.fullmatch(p.name.strip())]


def subject_works(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """``found`` with the works the subject of a council letter names (module docstring)."""
    title = normalise_space(document.title or "")
    if document.kind not in _COUNCIL or not title:
        return found
    lead = _LEAD.match(title)
    parts = _PARTS.split(title[lead.end() if lead else 0 :])
    body = text[document.start : document.end]
    sentences = _SENTENCE_END.split(body)
    out = list(found)
    for index, part in enumerate(parts):
        name = _work(part)
        if name is None or _known(name, out):
            continue
        keys = _keys(name)
        if len(re.findall(re.escape(keys[0]), body, re.IGNORECASE)) < 2:
            continue  # named in the subject only
        phases = [
            said
            for sentence in sentences
            if (said := stated_phase(sentence)) is not None
            and (
                _names(sentence, keys)
                # a sentence naming nothing speaks of the subject's one work
                or not (len(parts) > 1 or _ROAD.search(sentence))
            )
        ]
        rows = _budget_rows(keys[0], document, out) if _ROAD.fullmatch(keys[0]) else []
        if not phases and not rows:
            continue
        start = text.find(name, document.start, document.end)
        start = document.start if start < 0 else start
        out = [p for p in out if p not in rows]
        out.append(
            document_project(
                document,
                f"subject{index}",
                name,
                fallback,
                start,
                document.end,
                phase=phases[0] if phases else None,
            )
        )
    return out
