"""Actions of an agenda over label lines whose values stand in one column.

    Actie 4b  Fietsroute Kleidorp - Veenstad
        Wie:      gemeente Kleidorp, provincie
        Wanneer:  gereed eind 2031
        Geld:     € 3 mln

The labels are padded so that their values line up, as in a form: each padded line is one
thing agreed about the action (who does it, when, with what money), so each line is a
commitment, quoted with its label. A status line ("Stand:", "Status:") reports how far the
work is and agrees nothing. Label lines with a single space after the colon ("Wie: gemeente")
are the other layout of ``action_paragraphs``: there the action's title is its commitment.

An action whose only text says that nothing new is agreed ("Geen nieuwe afspraken; …") is
no agreement: its span is returned so that no other reader takes it as one.
"""

from __future__ import annotations

import re

from .action_paragraphs import action_bodies
from .agreement_record import Agreement, agreement_in
from .agreement_sentences import Commitment
from .owners import find_owner
from .patterns import NOTHING_AGREED
from .splitting import Document
from .structure import Structure
from .textutil import Spans, normalise_space

__all__ = ["aligned_actions"]

# "Actie 1a  Titel", "Maatregel B2: Titel": the word, a number with an optional letter, a title
_HEAD = re.compile(
    r"^[ \t]*(?i:actie|maatregel)[ \t]+"
    r"(?P<number>[A-H]?\d{1,2}(?:\.\d{1,2}){0,2}[a-h]?)[.:)]?[ \t]+"
    r"(?P<rest>[A-ZÀ-Ý][^\n]*)$",
    re.MULTILINE,
)
# "    Wanneer:  2031": a label (indented or not), its colon, a gap and a value
_LABEL_LINE = re.compile(
    r"^[ \t]*(?P<label>[A-Za-zÀ-ÿ]{2,15})[ \t]*:(?P<gap>[ \t]+)(?P<value>\S[^\n]*)$"
)
_STATUS = frozenset({"stand", "status"})
# "Titel Stand:    de verkenning loopt": a status label padded to the column, joined onto
# the heading line when the text was unwrapped; the title ends before it
_JOINED_STATUS = re.compile(r"[ \t](?i:stand|status)[ \t]*:[ \t]{2,}\S")
_WHO = frozenset({"wie", "trekker", "eigenaar"})
_MAX_NOTHING_LINES = 2  # "Geen nieuwe afspraken; de aanpak volgt uit …" wrapped once


def aligned_actions(
    text: str, document: Document, structure: Structure, covered: list[tuple[int, int]]
) -> tuple[list[Agreement], list[tuple[int, int]]]:
    """The actions of ``document`` over aligned label lines, and the spans of its actions
    that agree nothing (rules in the module docstring)."""
    taken = Spans(covered)
    heads = list(_HEAD.finditer(text, document.start, document.end))
    found: list[Agreement] = []
    empty: list[tuple[int, int]] = []
    for head, end in action_bodies(text, heads, document.end, taken):
        lines = [ln for ln in text[head.end() + 1 : end].split("\n") if ln.strip()]
        if not lines:
            continue
        if len(lines) <= _MAX_NOTHING_LINES and NOTHING_AGREED.match(lines[0].strip()):
            empty.append((head.start(), end))
            continue
        commitments = _aligned_lines(text, head.end() + 1, lines)
        if commitments:
            number = head.group("number")
            rest = head.group("rest")
            joined = _JOINED_STATUS.search(rest)
            title = normalise_space(rest[: joined.start()] if joined else rest)
            found.append(
                agreement_in(
                    document, structure, f"a{number}", number, title, commitments, head.start(), end
                )
            )
    return found, empty


def _aligned_lines(text: str, start: int, lines: list[str]) -> tuple[Commitment, ...]:
    """Each non-status line of ``lines`` as a commitment, when all of them are label lines
    with their values in one column and at least one label padded to reach it."""
    labels = [_LABEL_LINE.match(line) for line in lines]
    if len(lines) < 2 or not all(labels):
        return ()
    matches = [m for m in labels if m is not None]
    padded = any(len(m.group("gap")) >= 2 for m in matches)
    if len({m.start("value") for m in matches}) != 1 or not padded:
        return ()  # "Wie: gemeente" with one space: the title is the commitment (other layout)
    who = next((m.group("value") for m in matches if m.group("label").lower() in _WHO), "")
    owner = find_owner(who) if who else None
    found: list[Commitment] = []
    position = start
    for line, match in zip(lines, matches, strict=True):
        line_start = text.index(line, position)
        position = line_start + len(line)
        if match.group("label").lower() in _STATUS:
            continue
        body = normalise_space(line)
        found.append(Commitment(body, owner, (), line_start + match.start("label"), position))
    return tuple(found)
