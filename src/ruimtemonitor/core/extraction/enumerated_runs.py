"""Numbered items known by their run ("Afspraak A" … "Afspraak E", "Nr. 1" … "Nr. 5",
"Onderdeel A" … "Onderdeel D", "1-a", "1-b", "2-a", "A/1", "A/2", "B/1", "(i)" … "(v)", "OZL.1",
"OZL.2").

Letters number their items in ever new styles. Rather than one rule per style, a line that
starts with an enumerator (an optional label word and a token of letters, digits or roman
numerals joined by "." or "-", or in brackets) heads an item when other lines of the same
shape carry the next values: A, B, C; 1, 2, 3; i, ii, iii; 1-a, 1-b, 2-a; OZL.1, OZL.2. A
lone enumerator is a road, a code or a footnote, never an item. Whether such an item agrees
anything is decided by the usual rules on its own text (a formula, or bullets).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CODE_NUMBER", "run_headings", "sub_letter_headings"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_ENUMERATED = re.compile(
    r"^(?:(?P<word>(?i:afspraak|nr\.?|no\.|nummer|agendapunt|onderdeel|onderwerp|punt|actie|"
    r"maatregel|item))[ \t]*)?"
    # "(1)", "(2)" are the leden of an article or items read by their own reader: not here
    r"(?:\((?P<bracket>[ivx]{1,4}|[a-h]|[A-H])\)"
    # "<1>", "<2>": a number between angle brackets
    r"|<(?P<angle>\d{1,2})>"
    # "1 |", "2 |": a number and a bar, as in a table's first column
    r"|(?P<barred>\d{1,2})[ \t]{0,2}\|(?=[ \t])"
    # "NW-22-01", "ZO-24-02": a region's letters, the year's two digits and the item's serial
    r"|(?P<yearcode>[A-Z]{2,4}-\d{2}-\d{2,3})"
    # "I-1", "II-2": an item numbered within its roman chapter by a dash; "Z-1", "Z-2": a
    # region's one letter, a dash and the serial, set off from its title by a wide gap (not
    # "K-1 Fietsroute … 2032 450.000", a table row)
    r"|(?P<code>[A-Z]{2,4}[.-]\d{1,2}|[A-Z]-\d{1,2}(?=[ \t]{2}))"
    r"|(?P<pair>\d{1,2}-[a-h])"
    # "I-a", "I-b", "II-a": an action lettered within its roman theme by a dash
    r"|(?P<romanpair>(?:I{1,3}|IV|VI{0,3}|IX|X)-[a-h](?=[ \t]{2}))"
    # "A/1", "A/2", "B/1": a section's letter, a slash and the item's number in it
    r"|(?P<slash>[A-H]/\d{1,2})"
    # "26-01", "26-02": a year's two digits, a dash and the item's serial number in that year
    r"|(?P<serial>\d{2}-\d{2,3})"
    r"|(?P<plain>[A-H]|\d{1,2})"
    # "I     OPENING", "II    BEREIKBAARHEID": a capital roman number over a title in capitals
    r"|(?P<roman>I{1,3}|IV|VI{0,3}|IX)(?=[ \t]{2,}[A-ZÀ-Ý]))"
    r"(?![\w.-]\w)(?P<close>[.:)/]?)[ \t]+(?:[–—-][ \t]+)?"
    r"(?P<title>[A-ZÀ-Ý(][^\n\t]{1,100})$"
)
_TOKENS = (
    "bracket",
    "angle",
    "barred",
    "yearcode",
    "code",
    "pair",
    "romanpair",
    "slash",
    "serial",
    "plain",
    "roman",
)
# "• Wat: …", "Trekker: …" under an action: its label block is read by the action reader.
_LABEL_BLOCK = re.compile(r"^(?:•[ \t]*)?(?:wat|wie|trekker|eigenaar)[ \t]*:", re.IGNORECASE)
# "(v) Vervallen (opgenomen in deel 1).": a lapsed item keeps its place in the run.
_LAPSED = re.compile(r"vervallen\b", re.IGNORECASE)
# "OZL.1", "AG-2": an action code of letters and a number.
CODE_NUMBER = re.compile(r"[A-Z]{2,4}[.-]\d{1,2}")


def _shape_and_value(match: re.Match[str]) -> tuple[str, tuple[int, ...]] | None:
    word = (match.group("word") or "").lower().rstrip(".")
    if match.group("bracket"):
        token = match.group("bracket")
        if token in _ROMAN:
            return f"{word}(r)", (_ROMAN[token],)
        if token.isupper():  # "(A) Titel", "(B) Titel"
            return f"{word}(A)", (ord(token) - 64,)
        return f"{word}(a)", (ord(token) - 96,)
    if match.group("angle"):
        return f"{word}<9>", (int(match.group("angle")),)
    if match.group("barred"):
        if "|" in match.group("title"):
            return None  # "1 | Kade | 2026": a row of a table drawn with bars
        return f"{word}9|", (int(match.group("barred")),)
    if match.group("yearcode"):
        prefix, number = match.group("yearcode").rsplit("-", 1)
        return f"{word}{prefix}-", (int(number),)
    if match.group("code"):
        prefix, number = re.split(r"(?=\d)", match.group("code"), maxsplit=1)
        return f"{word}{prefix}", (int(number),)
    if match.group("pair"):
        number, letter = match.group("pair").split("-")
        return f"{word}9-a", (int(number), ord(letter) - 96)
    if match.group("romanpair"):
        roman, letter = match.group("romanpair").split("-")
        return f"{word}R-a", (_ROMAN[roman.lower()], ord(letter) - 96)
    if match.group("slash"):
        letter, number = match.group("slash").split("/")
        return f"{word}A/9", (ord(letter) - 64, int(number))
    if match.group("serial"):
        year, number = match.group("serial").split("-")
        return f"{word}{year}-99", (int(number),)
    if match.group("roman"):
        title = match.group("title")
        if word or match.group("close") or not title.isupper():
            return None  # "II Woningbouw": a road or a name, not a chapter in capitals
        return "R", (_ROMAN[match.group("roman").lower()],)
    plain = match.group("plain")
    if not word and plain.isupper() and match.group("close") in {")", "."}:
        return f"A{match.group('close')}", (ord(plain) - 64,)  # "A) Opening", "B) Titel"
    if not word and plain.isdigit() and match.group("close") == "/":
        return "9/", (int(plain),)  # "2/ Woningbouw", "3/ Spoor …": a number with a slash
    if not word:
        return None  # a bare "B" or "3" is a road, a column or read as a heading elsewhere
    return (f"{word}9", (int(plain),)) if plain.isdigit() else (f"{word}A", (ord(plain) - 64,))


def _follows(previous: tuple[int, ...], value: tuple[int, ...]) -> bool:
    if len(value) == 1:
        return value[0] == previous[0] + 1
    return value == (previous[0], previous[1] + 1) or value == (previous[0] + 1, 1)


def run_headings(lines: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Index → (number, title) of the lines that head items of a consistent run: at least
    two lines of one shape, the first valued 1 (or A, i), each the next of the one before."""
    by_shape: dict[str, list[tuple[int, tuple[int, ...], str, str]]] = {}
    # "1/ Opening en verslag: vastgesteld." written as a sentence: the first item of a run
    # whose next items are headings ("2/ Woningbouw …", "3/ Spoor …") all the same
    openers: dict[str, tuple[int, tuple[int, ...], str, str]] = {}
    for index, line in enumerate(lines):
        match = _ENUMERATED.match(line)
        if match is None or line.endswith((";", ",", ":")):
            continue  # "(b) De gemeente:" over its tasks: a list item, not a heading
        if line.endswith(".") and not _LAPSED.match(match.group("title")):
            # "(a) Het Rijk draagt … bij.": a sentence of a list, not a heading
            shaped = _shape_and_value(match)
            if shaped is not None and shaped[1] == (1,) and shaped[0] not in by_shape:
                number = next(g for g in (match.group(k) for k in _TOKENS) if g)
                openers[shaped[0]] = (index, shaped[1], number, match.group("title").strip())
            continue
        if index + 1 < len(lines) and _LABEL_BLOCK.match(lines[index + 1]):
            continue
        shaped = _shape_and_value(match)
        if shaped is None:
            continue
        number = next(g for g in (match.group(k) for k in _TOKENS) if g)
        by_shape.setdefault(shaped[0], []).append(
            (index, shaped[1], number, match.group("title").strip())
        )
    found: dict[int, tuple[str, str]] = {}
    for shape, items in by_shape.items():
        run: list[tuple[int, tuple[int, ...], str, str]] = []
        opener = openers.get(shape)
        if opener is not None and items[0][1] == (2,) and opener[0] < items[0][0]:
            run = [opener]  # the sentence "1/ …" opens the run of "2/", "3/" …
        for item in [*items, None]:
            if item is not None and run and _follows(run[-1][1], item[1]):
                run.append(item)
                continue
            if len(run) >= 2 + bool(run and run[0] is opener):
                found.update({index: (number, title) for index, _, number, title in run})
            run = [item] if item is not None and item[1][-1] == 1 else []
    return found


# "b.  N12 Westrade - Oostrade, rotonde": a sub-item lettered in lower case, titled like a
# heading (a capital, no closing mark) on its own line over its text.
_SUB_LETTER = re.compile(r"^(?P<number>[a-h])[.)][ \t]+(?P<title>[A-ZÀ-Ý0-9(][^\n]{1,90})$")
_SUB_TITLE_WORDS = 12


def sub_letter_headings(
    lines: Sequence[str], blank_before: Sequence[bool], headings: Sequence[bool]
) -> dict[int, tuple[str, str]]:
    """Index → (letter, title) of the lines heading sub-items "a.", "b.", "c." of a grouping
    item: the "a." line right under a numbered heading (``headings``) that has no text of its
    own, each next letter further on before the next numbered heading, every one titled
    like a heading and over a line of its own text (no list of short lines)."""
    found: dict[int, tuple[str, str]] = {}
    for index in range(1, len(lines)):
        if not headings[index - 1] or blank_before[index]:
            continue
        run: list[tuple[int, str, str]] = []
        for cursor in range(index, len(lines)):
            if headings[cursor]:
                break
            match = _SUB_LETTER.match(lines[cursor])
            if match is None:
                continue
            if match.group("number") != "abcdefgh"[len(run)]:
                break
            title = match.group("title").strip()
            body = lines[cursor + 1] if cursor + 1 < len(lines) else ""
            if (
                title.endswith((".", ";", ",", ":"))
                or len(title.split()) > _SUB_TITLE_WORDS
                or not body
                or blank_before[cursor + 1]
                or _SUB_LETTER.match(body)
                or headings[cursor + 1]
            ):
                break
            run.append((cursor, match.group("number"), title))
        if run and run[0][0] == index and len(run) >= 2:
            found.update({i: (letter, title) for i, letter, title in run})
    return found
