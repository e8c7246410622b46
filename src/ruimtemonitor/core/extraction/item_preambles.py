"""What an item states above its list of commitments, and the paragraph after a lead-in.

An item of a list of agreements often opens with a sentence or a labelled paragraph before
its bullets: a formula sentence that agrees a thing itself ("Rijk en regio spreken af dat de
gemeente … opstelt." over "— VRO draagt … bij."), or a decision under a label of its own
("Besluit:" over "De provincie start …", then "Actiepunten:" over bullets). Those are
commitments beside the bullets. A lead-in that only announces the list ("… spreken af dat:",
"Wat spreken we af?", "… spreken het volgende af") agrees nothing itself, unless a table
follows it ("Afgesproken wordt dat BZK en de gemeente de sanering samen betalen:" over the
shares in cells): the cells are no sentences, the lead-in's own clause is what is agreed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .agreement_sentences import Commitment, formula_sentences
from .items import lines_in
from .labelled_paragraphs import labelled_paragraph
from .owners import find_owner
from .patterns import ANNOUNCING_FORMULA, CELL_SEPARATOR, agreement_formulas, is_structural
from .textutil import normalise_space

__all__ = ["clause_over_table", "marked_lines", "paragraph_after", "stated_before_items"]

# "i. ", "a) ", "(2) ": the mark of an item under a paragraph.
_MARK = re.compile(r"^(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s+")

# "Besluit:", "Conclusie:", "Afspraak:" on a line of their own: a label over what is decided.
_LABEL_LINE = re.compile(
    r"^(?:afspraak|afspraken|besluit|besluiten|conclusie|conclusies)[ \t]*:[ \t]*$", re.I
)


def stated_before_items(text: str, start: int, items_start: int) -> list[Commitment]:
    """The commitments stated between an item's heading (``start``) and its first listed
    item: formula sentences that agree a thing themselves and labelled paragraphs."""
    found = [
        c
        for c in formula_sentences(text, start, items_start)
        if not c.text.endswith((":", "?", " dat")) and not ANNOUNCING_FORMULA.search(c.text)
    ]
    seen = {c.start for c in found}
    for line in lines_in(text, start, items_start):
        if not _LABEL_LINE.match(line.text.strip()):
            continue
        paragraph = paragraph_after(text, line.end, items_start)
        if paragraph is None or paragraph[0] in seen:
            continue
        said = normalise_space(text[paragraph[0] : paragraph[1]])
        if said.endswith(":") or _LABEL_LINE.match(said):
            continue  # "Besluit:" right over "Actiepunten:": the label stands alone
        found.append(Commitment(said, find_owner(said), (), paragraph[0], paragraph[1]))
    # "Afspraak: BZK draagt … bij. De eerste nieuwbouw wordt … opgeleverd." over the bullets:
    # each sentence of the labelled paragraph is a commitment
    labelled = labelled_paragraph(text, start, items_start)
    found = [
        c for c in found if not any(c.start < m.end and m.start < c.end for m in labelled)
    ] + labelled
    return sorted(found, key=lambda c: c.start)


def paragraph_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The paragraph that starts at the first line after ``start``: up to a blank line, or a
    heading or short line after a finished sentence."""
    lines = lines_in(text, start, end)
    if not lines:
        return None
    first = lines[0]
    last = first
    for line in lines[1:]:
        stripped = line.text.strip()
        ends_sentence = last.text.rstrip().endswith((".", ";", ":"))
        if line.blank_before or (
            ends_sentence
            and (is_structural(stripped) or (len(stripped) < 70 and not stripped.endswith(".")))
        ):
            break
        last = line
    return first.start, last.end


def clause_over_table(
    text: str,
    lead_start: int,
    lead_end: int,
    paragraph: tuple[int, int] | None,
    owner: str | None,
) -> Commitment | None:
    """The lead-in's own clause as the commitment when the paragraph under it is a table and
    the clause says something after its formula (module docstring); else None."""
    if paragraph is None or not _is_table(text, *paragraph):
        return None
    lead = text[lead_start:lead_end]
    found = agreement_formulas(lead)
    if not found:
        return None
    cut = lead.rfind(". ", 0, found[0].start())
    begin = cut + 2 if cut >= 0 else len(lead) - len(lead.lstrip())
    said = lead[begin:].strip()
    if len(lead[found[0].end() :].strip(" :").split()) < 4:
        return None  # "Rijk en regio spreken af:" over a table: a bare lead-in
    return Commitment(said, find_owner(said, owner), (), lead_start + begin, lead_end)


def _is_table(text: str, start: int, end: int) -> bool:
    """Every line of ``text[start:end]`` (two at least) holds three cells or more, apart by
    tabs, bars or runs of spaces."""
    lines = [line for line in text[start:end].split("\n") if line.strip()]
    return len(lines) >= 2 and all(
        len([cell for cell in CELL_SEPARATOR.split(line.strip()) if cell]) >= 3 for line in lines
    )


def marked_lines(text: str, start: int, end: int) -> list[Commitment]:
    """The items marked "i.", "a)", "1." right under a paragraph, up to a blank line, each
    with the lines its unfinished text wraps onto; the mark is no part of the commitment."""
    found: list[Commitment] = []
    for line in lines_in(text, start, end):
        mark = _MARK.match(line.text.strip())
        if line.blank_before:
            break  # the items stand right under the paragraph, up to a blank line
        if mark is not None:
            at = line.start + len(line.text) - len(line.text.lstrip()) + mark.end()
            found.append(Commitment(normalise_space(text[at : line.end]), None, (), at, line.end))
        elif found and not found[-1].text.endswith((".", ";")):  # its text wraps
            said = normalise_space(f"{found[-1].text} {line.text}")
            found[-1] = Commitment(said, None, (), found[-1].start, line.end)
        else:
            break
    return [replace(c, owner=find_owner(c.text)) for c in found]
