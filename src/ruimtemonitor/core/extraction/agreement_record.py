"""The agreement record, in a module of its own so that every layout module can build one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .agreement_sentences import Commitment
from .splitting import Document
from .structure import Structure
from .textutil import normalise_space

__all__ = ["Agreement", "agreement_in", "short_title"]


@dataclass(frozen=True, slots=True)
class Agreement:
    """An agreement; offsets are in the cleaned text."""

    identifier: str
    number: str | None
    title: str
    types: tuple[str, ...]
    departments: tuple[str, ...]
    chapter: str | None
    chapter_title: str
    document: str
    section: str | None
    commitments: tuple[Commitment, ...]
    remark: str
    start: int
    end: int
    warnings: tuple[str, ...] = ()
    previous_number: str | None = None


def agreement_in(
    document: Document,
    structure: Structure,
    tag: str,
    number: str | None,
    title: str,
    commitments: Iterable[Commitment],
    start: int,
    end: int,
    *,
    types: tuple[str, ...] = (),
    departments: tuple[str, ...] = (),
    chapter: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Agreement:
    """An agreement found at ``start`` in ``document``: every layout reader places its
    agreements in the innermost section there, so the section's title and identifier are
    taken here, and the fields a layout does not read keep their empty value; ``tag`` keeps
    its identifier apart from the document's other agreements ("a2.1" → "<document>.a2.1")."""
    section = structure.innermost(start, document.identifier)
    return Agreement(
        identifier=f"{document.identifier}.{tag}",
        number=number,
        title=title,
        types=types,
        departments=departments,
        chapter=chapter,
        chapter_title=section.title if section else "",
        document=document.identifier,
        section=section.identifier if section else None,
        commitments=tuple(commitments),
        remark="",
        start=start,
        end=end,
        warnings=warnings,
    )


def short_title(title: str) -> str:
    """A title of at most 160 characters, cut at a word: a register list shows one line."""
    title = normalise_space(title)
    if len(title) > 160:
        cut = title.rfind(" ", 0, 157)
        title = title[: cut if cut > 60 else 157] + " …"
    return title
