"""The work a council proposal's decision point agrees to the design of.

"1. in te stemmen met het Voorlopig Ontwerp Stationsomgeving X:" names the one work the
proposal is about, after "Ontwerp"; the lettered lines under it ("a. een overdekte
fietsenstalling …", "b. een busstation …") list its parts, and a budget row that names a
part again ("Busstation;-;350;200;550") is a line of the work's budget, no project of its own.
"""

from __future__ import annotations

import re

from .project_names import named_object, same_project
from .project_terms import Project, document_project
from .splitting import Document

__all__ = ["decided_work"]

# "1.  in te stemmen met het Voorlopig Ontwerp X:", "a) vast te stellen het ontwerp van de Y;"
_DESIGN = re.compile(
    r"^[ \t]*(?:\d{1,2}|[a-z]|[IVX]{1,4})[.)][ \t]+(?:in[ \t]+te[ \t]+stemmen[ \t]+met|"
    r"vast[ \t]+te[ \t]+stellen)[ \t]+(?:het[ \t]+)?(?:(?:voorlopig|definitief)[ \t]+)?"
    r"ontwerp[ \t]+(?:(?:van|voor)[ \t]+(?:de|het)[ \t]+)?(?P<name>[^\n:;,.]+?)[ \t]*[:;.]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "a.  een busstation aan de noordzijde;": a lettered part under the decision point
_PART = re.compile(r"[ \t]*[a-z][.)][ \t]+(?P<part>[^\n]*)")
_REMARK = re.compile(r"\s*\([^()]*\)")


def decided_work(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """``found`` with the work a raadsvoorstel's decision point designs (module docstring),
    without the one-word parts its lettered lines list."""
    if document.kind != "raadsvoorstel":
        return found
    match = _DESIGN.search(text, document.start, document.end)
    if match is None:
        return found
    name = match.group("name").strip()
    name = name[:1].upper() + name[1:]
    if not named_object(name) or len(name.split()) > 8:
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
    ]
    if any(same_project(p.name, name) for p in out):
        return out
    start = match.start("name")
    work = document_project(document, "design", name, fallback, start, document.end)
    return sorted([*out, work], key=lambda p: p.start)
