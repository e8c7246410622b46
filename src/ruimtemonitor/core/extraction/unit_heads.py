"""The head lines of the general reader's units: a numbered heading in any style, a
lower-case lettered heading over its numbered commitments, and which of them number items.

A unit opens at a line that numbers it ("1.", "1)", "(1)", "I.", "A.", "A.1", "A-01", "1a",
"1 –", "§ 2", "Afspraak 3", "ARTIKEL 2 —", "Art. 3"); this module reads such a line's
number, title and numbering style, so that ``general_agreements`` can cut a document into
units whatever its layout.
"""

from __future__ import annotations

import re

from .item_bodies import opens_item_body
from .items import Line
from .patterns import BULLET_GLYPH, DOT_LEADER

__all__ = ["Head", "is_sentence", "labelled_runs", "lettered_head", "numbered_head", "paired"]

# A heading line, its number (None for an unnumbered heading), its title, whether a sentence.
Head = tuple[Line, str | None, str, bool]

# A numbered heading in any style: the number (group "number") as written without its word,
# brackets or trailing dot, and the heading text (group "title").
_NUMBERED = re.compile(
    r"^[ \t]*(?:(?P<word>(?i:afspraak|actie|artikel|art\.|maatregel|besluit|agendapunt|punt|ad))"
    r"[ \t]+|§[ \t]*|(?P<hash>#)(?=\d))?"  # "#2  Titel": an item numbered with a hash
    r"(?P<open>[(\[])?"
    r"(?P<number>\d{1,2}(?:\.\d{1,2}){0,2}(?:\.?[a-z](?![a-z]))?|[A-Z]{2,4}-\d{1,3}(?:\.\d{1,2})?(?![\d/-])|[A-Z]/\d{1,2}(?![\d/.])|[A-Z](?:[.-]?\d{1,2}(?:\.\d{1,2})?)?"
    r"|\d{1,2}[A-Z](?![A-Za-z])|(?:I{1,3}|IV|VI{0,3}|IX|X)(?:\.\d{1,2})?)"
    r"(?(open)[)\]])(?P<close>[.):°]?)"
    r"(?:[ \t]*[–—-](?=[ \t]))?(?P<gap>[ \t]+)(?P<title>\S.*)$"
)


# "b. Railterminal Oost" over "1. Het Rijk …": items lettered in lower case with their
# commitments numbered under them, the reverse of the usual nesting.
# "ii.  Kadebrug": minutes numbered in lower-case roman numerals likewise.
_LETTERED = re.compile(
    r"^[ \t]*(?P<number>[a-z]|(?:i{2,3}|iv|vi{1,3}|ix))[.)][ \t]+(?P<title>[A-Z0-9]\S.*)$"
)
_MAX_LETTERED_WORDS = 10


def lettered_head(line: Line, following: Line | None) -> tuple[str, str] | None:
    """The letter and title of a lower-case lettered heading after a blank line, over its
    first numbered commitment or a sentence."""
    match = _LETTERED.match(line.text.rstrip())
    if match is None or following is None or following.blank_before or not line.blank_before:
        return None
    title = match.group("title").strip()
    if is_sentence(title) or title.endswith((",", ":")) or len(title.split()) > _MAX_LETTERED_WORDS:
        return None
    if not opens_item_body(following.text):
        return None  # the body: a first numbered commitment, a sentence or a lead-in
    return match.group("number"), title


def paired(heads: list[Head]) -> list[Head]:
    """A bare "A12 Titel" is a road, not an action, unless its neighbour continues it; a
    bare "I  Titel" is the first of items numbered in roman only when an "II" follows."""
    numbers = {head[1] for head in heads if head[1]}
    kept = []
    for head in heads:
        bare = re.fullmatch(r"([A-Z])(\d{1,2})", head[1] or "")
        if bare and not _neighbours(bare.group(1), int(bare.group(2)), numbers):
            continue
        if head[1] == "I" and _BARE_ONE.match(head[0].text) and "II" not in numbers:
            continue
        kept.append(head)
    return kept


# "I   Stationsgebied …": a roman one without a dot or bracket, as a list "I", "II", "III"
# numbers its items when the titles stand in a column after the numbers.
_BARE_ONE = re.compile(r"^[ \t]*I[ \t]+\S")


def _neighbours(letter: str, value: int, numbers: set[str]) -> bool:
    return f"{letter}{value - 1}" in numbers or f"{letter}{value + 1}" in numbers


def numbered_head(line: Line, previous: Line | None) -> tuple[str, str, str] | None:
    """The number, title and numbering style of a numbered heading line."""
    stripped = line.text.strip()
    if BULLET_GLYPH.match(stripped) or DOT_LEADER.search(stripped):
        return None  # a bullet, or a line of a table of contents
    match = _NUMBERED.match(stripped)
    if match is None:
        return None
    number, title = match.group("number"), match.group("title").strip()
    word, close = match.group("word") or match.group("hash"), match.group("close")
    lower = not title[:1].isupper() and not title[:1].isdigit()
    if lower and word is None and not (match.group("open") or close):
        return None
    if re.fullmatch(r"[a-z]", number):
        return None  # "a) …": a sub-item
    if not word and not close and not match.group("open"):
        # "2 Woningbouw": a bare number is a heading only on a line of its own, after a
        # finished line: "12 woningen worden …" may be a wrapped line.
        gap = match.group("gap")
        tabular = len(gap) >= 2 or "\t" in gap or not number.isdigit()  # "2.1 …", "1A  …"
        if (is_sentence(title) and not tabular) or not _after_break(line, previous):
            return None
        if not title[:1].isupper():
            return None
    if re.fullmatch(r"\d{3,}", number) or (number.isdigit() and int(number) == 0):
        return None
    if re.fullmatch(r"[A-Z]", number) and not close and not word and number != "I":
        # "A Titel" without a dot is a word, not a number ("I" see ``paired``); after a
        # label word ("Afspraak V - Titel", "Afspraak B  Titel") the letter numbers the item
        return None
    style = _style(word, number, match.group("open") or "", close)
    return number.replace("-", "-"), title, style


def _style(word: str | None, number: str, bracket: str, close: str) -> str:
    if word:
        return word.lower()
    roman = re.sub(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)", "R", number)
    shape = re.sub(r"[A-Z]", "A", re.sub(r"\d+", "9", roman))
    if bracket == "[":
        return f"[{shape}]{close}"  # "[A1] …": an action in square brackets
    return f"({shape}){close}" if bracket else f"{shape}{close}"


def _after_break(line: Line, previous: Line | None) -> bool:
    if previous is None or line.blank_before:
        return True
    return previous.text.rstrip().endswith((".", ":", ";", "!", "?")) or _short(previous.text)


def _short(text: str) -> bool:
    return len(text.strip()) <= 60 and not text.rstrip().endswith(",")


def is_sentence(title: str) -> bool:
    """A title that is a sentence (ends in a full stop or a semicolon, or runs long)."""
    return title.rstrip().endswith((".", ";")) or len(title) > 90


# "Actiepunt 1  Titel", "Opgave B: Titel", "Besluitpunt 3 – Titel": a label word of any kind
# numbering its items; what makes it a head is the run, not the word.
_LABELLED = re.compile(
    r"^[ \t]*(?P<word>[A-Z][a-z]{2,15}|[A-Z]{3,16})[ \t]+(?P<number>\d{1,2}|[A-H])"
    r"(?P<close>[.:)])?(?:[ \t]+[–—-])?[ \t]+(?P<title>[A-ZÀ-Ý0-9(‘'\"“][^\n]*)$"
)
# Words that number parts of a text or of a project, never its items of agreement.
# Nor do words that number alternatives weighed against each other ("Variant A", "Scenario
# 2") or the questions of a letter.
_NO_ITEM_WORD_LIST = (
    "bijlage bijlagen hoofdstuk paragraaf deel tabel figuur kaart fase pagina blz versie lid "
    "artikel kamerstuk motie week dag jaar kwartaal ronde tranche variant scenario alternatief "
    "optie vraag antwoord"
)
_NO_ITEM_WORDS = frozenset(_NO_ITEM_WORD_LIST.split())


def labelled_runs(lines: list[Line]) -> dict[int, tuple[str, str, str]]:
    """Index → (number, title, style) of the lines headed by a label word and a number or a
    capital ("Actiepunt 1", "Actiepunt 2"; "Opgave A", "Opgave B") when the same word numbers
    at least two lines in a run from 1 (or A), each the next of the one before."""
    by_word: dict[str, list[tuple[int, int, str, str]]] = {}
    for index, line in enumerate(lines):
        match = _LABELLED.match(line.text)
        if match is None or match.group("word").lower() in _NO_ITEM_WORDS:
            continue
        number = match.group("number")
        value = int(number) if number.isdigit() else ord(number) - 64
        kind = "9" if number.isdigit() else "A"
        title = match.group("title").strip()
        by_word.setdefault(f"{match.group('word').lower()} {kind}", []).append(
            (index, value, number, title)
        )
    found: dict[int, tuple[str, str, str]] = {}
    for key, items in by_word.items():
        run: list[tuple[int, int, str, str]] = []
        for item in [*items, None]:
            if item is not None and run and item[1] == run[-1][1] + 1:
                run.append(item)
                continue
            if len(run) >= 2:
                style = key.split(" ", 1)[0]
                found.update({index: (number, title, style) for index, _, number, title in run})
            run = [item] if item is not None and item[1] == 1 else []
    return found
