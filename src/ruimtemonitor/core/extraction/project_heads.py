"""The number that opens an item's head, whatever word or shape it takes.

An item's head may open with a number in many shapes ("3.1", "1.1)", "1.b", "[A2]", "§ 2",
"b)", "IV.", "B2.", "(ii)", "1-a", "OZL.2") and after an ordering word ("Afspraak 2.3",
"Ad 4 –", "Actiepunt 2", "Onderdeel C", "Nr. 3", "Item 4"): the number orders the items, it
is no part of the name of what the item is about. A chapter's letter with an item's number
and a full stop ("A1. Opening") is such a number too, never a road (a road's number takes
no full stop before the name of its section). "Thema A:" is no ordering word: a head
labelled a theme names a theme.
"""

from __future__ import annotations

import re

__all__ = [
    "CODED_NUMBER",
    "ITEM_NUMBER",
    "bare_code",
    "groups_lettered",
    "groups_only",
    "two_sentences",
]

# "3.1", "1.1)", "1.b", "[A2]", "§ 2", "b)", "IV.", "Afspraak 2.3", "Ad 4 –": an item's number.
ITEM_NUMBER = re.compile(
    # "Actie R2", "Maatregel BT3": after an ordering word, a code of capitals and a number
    r"^[ \t]*(?:(?:actie|actiepunt|maatregel|opgave|onderdeel)[ \t]+(?-i:[A-Z]{1,3})\d{1,2}[a-z]?"
    r"(?:[.):]|(?=[ \t]))(?:[ \t]*[–—-](?=[ \t]))?[ \t]+(?=\S)|"
    r"(?:(?:afspraak|(?:agenda|actie)?punt|ad|art(?:ikel)?\.?|opgave|maatregel|actie"
    r"|onderdeel|onderwerp|nr\.?|nummer|item)[ \t]+)?(?:§[ \t]*)?"
    # "B2." (a chapter's letter and an item's number with a dot: a road takes no dot)
    r"(?:(?-i:[A-H])\d{1,2}\.(?=[ \t])|"
    # "II-a": an action lettered under a roman theme
    r"(?-i:[IVX]{1,4}-[a-h])(?=[ \t])|"
    # "(ii)", "1-a", "OZL.2": a roman number in brackets, a number and a letter, a code
    # "<3>": a number in angle brackets; "ZW-31-04": a region's code, a year and a number
    r"<\d{1,2}[a-h]?>|(?-i:[A-Z]{2,4})-\d{2}(?:\d{2})?-\d{1,3}(?=[ \t])|"
    r"\d{1,2}°|\([ivx]{1,4}\)|\d{1,2}-[a-h](?=[ \t])|(?-i:[A-Z]{1,4})\.\d{1,2}(?=[ \t])|"
    # "2 | Spoorlijn …": a number and a bar before the item's name
    r"\d{1,2}[ \t]\|(?=[ \t])|"
    r"\(\d{1,2}[a-h]?\)|\[[A-Z]?\d{1,3}\]|\([a-h]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?[a-h]?|[a-h]|[IVX]{1,4}(?:\.\d{1,2})?|[A-H]\.\d{1,2}(?:\.\d{1,2})?|[A-Z]{1,4}-\d{1,3})"
    r"(?:[.):]|(?=[ \t]))"
    r"(?:[ \t]*[–—-](?=[ \t]))?[ \t]+(?=\S))",
    re.IGNORECASE,
)

# "#2  N99 Rondweg", "U26.03  Woningbouwlocatie …", "BO-7.2  Fietsroute …": an item numbered
# with a hash, or an action code of capitals and a dotted number set apart by two blanks (a
# road's number takes no ".03"): the number orders the items, the name follows it.
CODED_NUMBER = re.compile(
    r"^[ \t]*(?:#\d{1,2}[.:)]?[ \t]+|[A-Z]{1,3}-?\d{1,4}(?:\.\d{1,3}){1,2}(?:[ \t]{2,}|\t))(?=\S)"
)

_BARE_CODE = re.compile(r"[A-Z]\d{1,3}")
# "De verkenning loopt sinds mei 2030. Partijen besluiten:": a sentence's end and the next
# sentence on one line is prose, whatever the line's length or its last mark.
_TWO_SENTENCES = re.compile(r"\b(?:[a-z]{3,}|\d{2,4})\.[ \t]{1,3}[A-Z][a-z]+[ \t][a-z]")


def two_sentences(line: str) -> bool:
    """Whether ``line`` ends one sentence and starts the next: prose, never an item's head."""
    return _TWO_SENTENCES.search(line) is not None


def bare_code(name: str) -> bool:
    """Whether ``name`` is a bare code of a letter and a number ("A1", "B2"), no name."""
    return _BARE_CODE.fullmatch(name) is not None


def groups_lettered(
    number: str,
    start: int,
    body: str,
    candidates: list[tuple[str, str | None, int, int, int, str]],
) -> bool:
    """Whether item ``number`` has no text of its own and the next item is lettered under it
    ("3" over "3a", "B" over "B1"): a heading that only groups the items that follow."""
    stem = number.rstrip(".)")
    if body.strip() or not stem:
        return False
    following = [c[1] for c in candidates if c[1] and c[2] > start]
    # "3" → "3a", "3.1"; "B" → "B1" (a bare digit after a digit is another number: "1" → "12")
    digits = r"\d{1,2}" if stem[-1:].isalpha() else r"\.\d{1,2}"
    return (
        bool(following)
        and re.fullmatch(
            rf"{re.escape(stem)}\.?[a-z]|{re.escape(stem)}{digits}", following[0].rstrip(".)")
        )
        is not None
    )


def groups_only(own: str) -> bool:
    """Whether the text a section holds before its first subsection only groups them: nothing,
    or the header row of the table its subsections fill ("Nr.  Onderwerp  Afspraak  Wie")."""
    lines = [line for line in own.split("\n") if line.strip()]
    return all(_HEADER_ROW.match(line) for line in lines)


# "Nr.\tOnderwerp\tAfspraak\tWie\tWanneer": column labels apart by tabs, bars or runs of
# spaces, words only (a row of values holds figures, a sentence runs on with single spaces).
_HEADER_ROW = re.compile(
    r"^[ \t]*[A-Za-zÀ-ÿ]+\.?(?:(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)[A-Za-zÀ-ÿ]+\.?){2,}[ \t|]*$"
)
