"""Items that the heading rules do not see: labelled blocks and one-paragraph actions.

An arrangement or agenda may give each item as a block of labelled lines ("Nr.   2.1" over
"Titel   A12 Ede – Grijsoord" over "Type …", "Afspraak …"), or an action as one paragraph
("3B  Snelfietsroute Oost. Wat: … Wie: … Wanneer: …"). Neither puts the item's name on a
heading line of its own. These candidates go through the same tests as headings
(``projects._projects_of``): a title that names a work is a project, a theme is not. A
block that says it lapsed ("Vervallen; opgenomen in …") reports on nothing.
"""

from __future__ import annotations

import re

from .splitting import Document
from .textutil import iter_lines

__all__ = ["Candidate", "block_candidates", "lapsed"]

# (title, number, start of the title, end of the title line, end of the item, identifier)
Candidate = tuple[str, str | None, int, int, int, str]

# "Nr.   2.1", "Nummer: A.3", "Nr 4": the number label that opens a labelled block.
_LABEL_GAP = r"(?:[ \t]*+:[ \t]++|[ \t]++)"  # "Nr.   2.1", "Nr: 2.1", "Nr :  2.1"
_NUMBER_LABEL = re.compile(
    rf"^[ \t]*(?:nr|nummer|no)\.?{_LABEL_GAP}(?P<number>[A-Z]?[.-]?\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}"
    r"[a-z]?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "Titel   Woningbouw Oost", "Onderwerp: Spoorlijn X - Y": the block's title label. Around a
# run of thousands of blanks these label patterns take the blanks whole and end a title only
# after a non-blank, so the run is not cut every way (the same matches as the plain forms).
_TITLE = r"(?P<title>\S[^\n]*?)(?<![ \t])[ \t]*+$"
_TITLE_LABEL = re.compile(
    rf"^[ \t]*(?:titel|onderwerp|naam|project){_LABEL_GAP}{_TITLE}",
    re.IGNORECASE | re.MULTILINE,
)
# "Nr. 2.1  |  Titel: Spoorlijn X - Y": number and title labelled on one line.
_NUMBER_AND_TITLE = re.compile(
    rf"^[ \t]*(?:nr|nummer|no)\.?{_LABEL_GAP}(?P<number>[A-Z]?[.-]?\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}"
    rf"[a-z]?)[ \t]++(?:[|·–—-][ \t]*+)?(?:titel|onderwerp){_LABEL_GAP}{_TITLE}",
    re.IGNORECASE | re.MULTILINE,
)
# "Vervallen;", "Komt te vervallen.", "(vervallen)": an item that no longer holds.
_LAPSED = re.compile(r"^[ \t]*\(?(?:komt[ \t]+te[ \t]+)?vervallen\b", re.IGNORECASE | re.MULTILINE)
_TITLE_REACH = 2  # the title label follows the number within this many lines

# "2A  Titel van de actie. Wat: … Wie: … Wanneer: …": an item number, its title up to the first
# full stop (or a spaced dash or bar), and a labelled field right after it on the same line.
_INLINE_ACTION = re.compile(
    r"^[ \t]*(?P<number>(?:[A-Z][.-]?)?\d{1,2}(?:\.\d{1,2}){0,2}[A-Za-z]?)[.)]?[ \t]+"
    r"(?P<title>[A-Z0-9][^\n]{2,100}?)(?:\.|[ \t]+[–—|-])[ \t]+"
    r"(?:wat|wie|wanneer|trekker|actie|doel|geld|middelen|planning|gereed)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


def lapsed(body: str) -> bool:
    """Whether an item's text opens by saying it lapsed ("Vervallen; opgenomen in …")."""
    return _LAPSED.match(body.lstrip("\n")) is not None


def block_candidates(text: str, document: Document) -> list[Candidate]:
    """Titles of labelled blocks and of one-paragraph actions in ``document``."""
    return (
        _labelled_blocks(text, document)
        + _inline_actions(text, document)
        + _label_lines(text, document)
    )


# "Besluit 3  Rondweg Noord", "Afspraak B-2  Haven Oost", "Punt 4: Station Zuid": an ordering
# word with its number on a line of its own, then the item's name; a bullet under it keeps the
# heading rules from seeing it, so a run of two or more such lines heads the items.
_LABEL_LINE = re.compile(
    r"^[ \t]*(?P<number>(?:besluit|afspraak|punt|agendapunt|besluitpunt)[ \t]+"
    r"(?:[A-Z]{1,2}[.-]?)?\d{1,2}[a-z]?)[ \t]*[:.–—-]?[ \t]+"
    r"(?P<title>[A-Z0-9][^\n.;:]{2,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _label_lines(text: str, document: Document) -> list[Candidate]:
    found = list(_LABEL_LINE.finditer(text, document.start, document.end))
    if len(found) < 2:
        return []
    out: list[Candidate] = []
    for position, line in enumerate(found):
        end = found[position + 1].start() if position + 1 < len(found) else document.end
        identifier = f"{document.identifier}.lbl{line.start()}"
        out.append((line["title"], line["number"], line.start(), line.end(), end, identifier))
    return out


def _labelled_blocks(text: str, document: Document) -> list[Candidate]:
    lines = list(iter_lines(text, document.start, document.end))
    opened: list[tuple[int, str, int, int, str]] = []  # line index, number, title span, title
    for index, (start, end) in enumerate(lines):
        both = _NUMBER_AND_TITLE.match(text, start, end)
        if both is not None:
            opened.append((index, both["number"], both.start("title"), end, both["title"]))
            continue
        number = _NUMBER_LABEL.match(text, start, end)
        if number is None:
            continue
        for below in range(index + 1, min(len(lines), index + 1 + _TITLE_REACH)):
            titled = _TITLE_LABEL.match(text, lines[below][0], lines[below][1])
            if titled is not None:
                title_start = titled.start("title")
                opened.append(
                    (below, number.group("number"), title_start, lines[below][1], titled["title"])
                )
                break
    out: list[Candidate] = []
    for position, (index, number, start, heading_end, title) in enumerate(opened):
        end = opened[position + 1][2] if position + 1 < len(opened) else document.end
        following = next((text[s:e] for s, e in lines[index + 1 :] if text[s:e].strip()), "")
        if _LAPSED.match(following):
            continue
        out.append((title, number, start, heading_end, end, f"{document.identifier}.nr{start}"))
    return out


def _inline_actions(text: str, document: Document) -> list[Candidate]:
    found = list(_INLINE_ACTION.finditer(text, document.start, document.end))
    out: list[Candidate] = []
    for position, action in enumerate(found):
        end = found[position + 1].start() if position + 1 < len(found) else document.end
        blank = text.find("\n\n", action.end(), end)
        end = blank if blank >= 0 else end
        start, title_end = action.start("title"), action.end("title") + 1
        identifier = f"{document.identifier}.act{start}"
        out.append((action["title"], action["number"], start, title_end, end, identifier))
    return out
