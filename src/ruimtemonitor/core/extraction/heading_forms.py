"""Heading shapes that put the item's number somewhere other than in front.

Minutes exported from a form often print the subject first and the agenda number at the
right margin ("Onderwerp : Ringweg Noord          Agendapunt 3") or in brackets after it
("Ringweg Noord (agendapunt 3)"). The number still numbers the item, and the text before it
is the title; a leading "Onderwerp :" label is not part of it. An arrangement may set the
number after a dotted leader, as a contents list sets a page ("Stationsgebied Noord ........
afspraak 2"); there the word "afspraak" or "actie" may name it too.

An action table flattened with single spaces opens each row with a code ("K-1 Fietspad …",
"K-2 …"); a line that opens with such a code under another one is a row of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .markdown import wiki_heading
from .textutil import iter_lines

__all__ = [
    "HEADING_START",
    "ITEM_CODE",
    "TRAILING_NUMBER",
    "code_rows",
    "coded_rows_under",
    "figure_cells",
    "labelled_head",
    "marked_title",
    "runs_on",
    "set_off_heading",
    "trailing_heading",
    "trailing_number",
]

# "2.1 Titel", "Afspraak 3 …", and an ordering word with its letter or number set off by a
# gap, a dash or a colon ("Onderdeel C   Titel", "Agendapunt 4 – Titel", "Agendapunt 2a  Titel"
# for items sharing a number): a heading line, so the paragraph under it starting with a
# capital is not glued on.
HEADING_START = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+\S|Afspraak\s+\d"
    # "26-02  Titel": a year's two digits, a dash and the item's serial in it, set off by spaces
    r"|\d{2}-\d{2,3}[ \t]{2,}(?-i:[A-ZÀ-Ý])"
    r"|(?:onderdeel|onderwerp|agendapunt|actiepunt|punt|thema|item|nr\.?|nummer)[ \t]+"
    r"(?:(?-i:[A-Z])|\d{1,2}(?:\.\d{1,2})?(?-i:[a-h])?)[.:)]?(?:[ \t]{2,}|[ \t]*[–—:-][ \t]+)\S)",
    re.IGNORECASE,
)

_WORD = r"(?i:agendapunt|agenda[ \t]+punt|bespreekpunt|punt|item)"
_NUMBER = r"(?P<number>\d{1,2}(?:\.\d{1,2})?[a-h]?)"
_LED_WORD = rf"(?:{_WORD}|(?i:afspraak|actie))"
TRAILING_NUMBER = re.compile(
    r"^(?:(?i:onderwerp|titel|thema|betreft)[ \t]*:[ \t]*)?"
    r"(?P<title>[A-ZÀ-Ý0-9‘'\"“(][^\n]*?\S)"
    # at the right margin (a run of spaces, a tab or a bar), or in brackets after the title
    rf"(?:(?:[ \t]{{2,}}|\t|[ \t]*\|[ \t]*){_WORD}[ \t]*{_NUMBER}\.?"
    rf"|[ \t]*\({_WORD}[ \t]*{_NUMBER.replace('number', 'bracketed')}\)"
    # "Stationsgebied Noord ........ afspraak 2": after a dotted leader, as in a contents list
    rf"|(?<=[^\s.])[ \t]*+\.{{4,}}+[ \t]*+{_LED_WORD}[ \t]*{_NUMBER.replace('number', 'led')})"
    r"[ \t]*$"
)


def trailing_heading(line: str) -> bool:
    """Whether ``line`` has that shape; a look at its last characters first, since most lines
    are asked and few end in an agenda number."""
    tail = line[-24:].lower()
    if "punt" not in tail and "item" not in tail and "...." not in tail:
        return False
    return TRAILING_NUMBER.match(line.strip()) is not None


def trailing_number(line: str) -> tuple[str, str] | None:
    """Number and title of a heading whose agenda number follows its title, or None."""
    if not trailing_heading(line):
        return None
    match = TRAILING_NUMBER.match(line.strip())
    if match is None:
        return None
    title = match.group("title").strip(" \t:–—-")
    if not title or len(title.split()) > 16 or title.endswith((".", ";", ",")):
        return None
    return match.group("number") or match.group("bracketed") or match.group("led"), title


# "S-1", "WB-12", "M-3a": capitals, a dash and a number, then the row's first cell.
ITEM_CODE = re.compile(r"^[ \t]*(?P<code>[A-Z]{1,3}-\d{1,2}[a-z]?)[ \t]+(?=\S)")


def code_rows(above: str, line: str) -> bool:
    """True when ``line`` and the line ``above`` it both open with an item code: two rows of
    a table, never a row wrapped onto the next line."""
    return ITEM_CODE.match(line) is not None and ITEM_CODE.match(above) is not None


def coded_rows_under(
    header: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """The rows of each table in ``text[start:end]`` headed by a line that ``header`` matches:
    every line opening with an item code right under that line or under another such row,
    as (start, end, the code's match); a blank line or running text ends the table."""
    in_table = False
    for line_start, line_end in iter_lines(text, start, end):
        line = text[line_start:line_end]
        if header.match(line):
            in_table = True
            continue
        if not in_table:
            continue
        code = ITEM_CODE.match(line)
        if code is None:
            in_table = False
            continue
        yield line_start, line_end, code


# "A9 Oostweg - 3,5", "Kade Noord 15,0 6,0": a row of a money table flattened with single
# spaces ends in two or more figure cells (an empty cell written "-"), each a word of its own.
_FIGURE_CELL = re.compile(r"\d[\d.]*(?:,\d+)?|[-–—]|p\.m\.")


def figure_cells(line: str) -> bool:
    """True when ``line`` ends in figure cells: a table row, not a name on a line of its own.

    Read word by word from the end, so a long line costs only its last cells."""
    if line.endswith("\n"):
        line = line[:-1]
    end = len(line)
    cells, digit = 0, False
    while True:
        while end > 0 and line[end - 1] in " \t":
            end -= 1
        space = max(line.rfind(" ", 0, end), line.rfind("\t", 0, end))
        if space < 0 or not _FIGURE_CELL.fullmatch(line, space + 1, end):
            return cells >= 2 and digit
        cells += 1
        digit = digit or any(ch.isdigit() for ch in line[space + 1 : end])
        end = space


# "Onderdeel C   A1 Titel (…)", "Actiepunt 4  Titel", "Nr. 2 – Titel", "Thema B: Titel": the
# label word of an item with its number or letter heads a line of its own, however long.
_LABELLED_HEAD = re.compile(
    r"^(?i:afspraak|onderdeel|onderwerp|agendapunt|punt|actie(?:punt)?|maatregel|nr\.?|"
    r"nummer|item|thema|opgave)[ \t]+(?:[A-H]|\d{1,2})(?:[.:)]|[ \t]+[–—-])?[ \t]+[A-ZÀ-Ý0-9(]"
)


# "Verzoek 2 – Halte X (Y)", "Project 3 – Brug Z": a request letter or an overview numbers
# the works it is about with a word and a dash; the paragraph under it is no part of it.
_WORK_HEAD = re.compile(r"^(?i:verzoek|project|dossier)[ \t]+\d{1,2}[ \t]*[–—:][ \t]+[A-ZÀ-Ý0-9(]")

# "U26.03  Woningbouwlocatie Noord (1.200 woningen)", "BO-7.2  Fietsroute": an action code of
# capitals and a dotted number, apart from its title by two or more blanks.
_CODE_HEAD = re.compile(r"^[A-Z]{1,3}-?\d{1,4}(?:\.\d{1,3}){1,2}[ \t]{2,}[A-ZÀ-Ý0-9(]")


def labelled_head(line: str) -> bool:
    """Whether ``line`` opens with an item's label word and its number or letter, a numbered
    work, or an action code: a heading, however long, that runs on only after a connector."""
    stripped = line.strip()
    return any(
        pattern.match(stripped) is not None for pattern in (_LABELLED_HEAD, _WORK_HEAD, _CODE_HEAD)
    )


# "Afspraak 1: Het Rijk stelt € 5 mln beschikbaar voor de planuitwerking van de" over its
# wrapped rest: a numbered sentence, not a heading, however its number is written.
_NUMBERED_SENTENCE = re.compile(
    r"^(?:[A-Za-z]+\.?[ \t]+)?(?:\d{1,2}(?:\.\d{1,2}){0,3}|[A-H])[.:)]?[ \t]+(?:[–—-][ \t]+)?"
    r"(?:Het|De|Partijen|Wij|We|Rijk|Er)[ \t](?:\S+[ \t]+){4}"
)


def runs_on(line: str) -> bool:
    """Whether the text after a line's number (and its word) is a sentence of six words or
    more that opens with an article or a party, so that the line may wrap onto the next."""
    return _NUMBERED_SENTENCE.match(line.strip()) is not None


# "[ N99 Brug – Station ]" or ">> Kanaal X, sluis Y" on a line of its own: a press release or
# a council letter marks its subject headings with brackets or arrows instead of a number.
_MARKED_HEADING = re.compile(
    r"^(?:\[[ \t]*(?P<bracketed>[^\[\]\n]+?)[ \t]*\]|(?:>>|»|>>>)[ \t]*(?P<arrowed>[^\n]+?))[ \t]*$"
)


def marked_title(line: str) -> str | None:
    """The title of a heading set in brackets or after arrows, or None for any other line;
    a title must open with a capital or a digit and be no sentence (no end stop)."""
    match = _MARKED_HEADING.match(line.strip())
    if match is not None:
        title = (match.group("bracketed") or match.group("arrowed")).strip()
    else:
        title = _decorated_title(line)
    if title is None:
        return None
    if (
        not (title[:1].isupper() or title[:1].isdigit())
        or len(title) > 90
        or len(title.split()) > 12
        or title.endswith((".", ";", ",", ":", "?", "!"))
    ):
        return None
    return title


# "«Fietspad Oost»" or "▪▪ Spoorlijn X – Y" on a line of its own: guillemets round the title,
# or a doubled glyph before it (one glyph is a bullet of a list, two or three mark a heading).
_DECORATED_HEADING = re.compile(
    r"^(?:«[ \t]*+(?P<quoted>[^«»\n]*?[^«»\n \t])[ \t]*+»"
    r"|(?P<glyph>[▪■□◆◇♦●○►▸❖◾◼])(?P=glyph){1,2}[ \t]++(?P<led>[^\n]*?[^\n \t]))[ \t]*+$"
)


# "[B] Spoorlijn X - Y, elektrificatie": a capital in square brackets before the title; "10.45 u.
# Rondweg Z" in minutes: the clock time an item was discussed, before its title.
_MARK_BEFORE = re.compile(
    r"^(?:\[[A-H]\]|(?:[01]?\d|2[0-3])[.:][0-5]\d[ \t]*+u(?:ur)?\.?"
    # "<4>  Kade Oost (300 woningen)", "ZW-24-03  Kade Oost": a number in angle brackets, or a
    # region's code with the year and a serial set off by a wide gap
    r"|<\d{1,2}>(?=[ \t]++[A-ZÀ-Ý])|[A-Z]{1,4}-\d{2}-\d{2,3}(?=[ \t]{2,}+[A-ZÀ-Ý]))"
    r"[ \t]++(?P<led>[^\n]*?[^\n \t])[ \t]*+$"
)


def _decorated_title(line: str) -> str | None:
    """The title between guillemets, after a doubled glyph, a bracketed capital, a clock
    time, an angle-bracketed number or a region-year code, or None for any other line."""
    match = _DECORATED_HEADING.match(line.strip()) or _MARK_BEFORE.match(line.strip())
    if match is None:
        return None
    return (match.groupdict().get("quoted") or match.group("led")).strip()


def set_off_heading(line: str) -> bool:
    """Whether ``line`` is a heading whose end is marked, by an agenda number at its right, a
    closing guillemet ("«Fietspad Oost»") or a doubled glyph before a title that leaves no
    word hanging ("▪▪ Halte Zuid (300 woningen)"): the paragraph under it is never glued on."""
    if trailing_heading(line) or wiki_heading(line):
        return True
    title = _decorated_title(line)
    if title is None:
        return False
    last = title.rsplit(None, 1)[-1].lower()
    return line.strip().startswith("«") or not (
        title.endswith((",", "-", "–", "—", "/")) or last in _HANGING
    )


# Words a heading that wraps onto the next line ends with.
_HANGING = frozenset({"en", "of", "van", "de", "het", "een", "naar", "tot", "voor", "met", "in"})
