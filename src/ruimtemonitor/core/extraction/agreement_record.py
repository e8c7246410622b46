"""The agreement record, in a module of its own so that every layout module can build one."""

from __future__ import annotations

from dataclasses import dataclass

from .agreement_sentences import Commitment

__all__ = ["Agreement"]


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
