"""Dutch cardinal numbers written in words, one to nine hundred ninety-nine.

Letters write round sums in words ("elf miljoen euro", "vijftien miljoen", "tweeëntwintig
miljard"); a closed list of a dozen words missed every number outside it. Dutch writes a
cardinal below a thousand as one word built from a small grammar: units, the teens, tens,
"<unit>en<ten>" ("vijfentwintig", with a diaeresis after e: "tweeëntwintig") and a leading
"<unit>honderd" ("driehonderdvijftig"). The regex ``NUMBER_WORD`` matches that grammar and
``number_word_value`` reads it back; "een half" and "anderhalf" stay as the fractions.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["NUMBER_WORD", "THOUSANDS_WORD", "is_number_word", "number_word_value"]

_UNITS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9,
}  # fmt: skip
_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip
_FRACTIONS = {
    "een half": Decimal("0.5"),
    "anderhalf": Decimal("1.5"),
    "een kwart": Decimal("0.25"),
    "driekwart": Decimal("0.75"),
}
# "tweeënhalf", "vier en een half", "twee en een kwart": a whole number and a fraction.
_AND_A_PART = {"half": Decimal("0.5"), "kwart": Decimal("0.25")}


def _alternatives(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _alternatives(_UNITS)
_BELOW_100 = (
    rf"(?:(?:{_UNIT})(?:en|ën)(?:{_alternatives(_TENS)})|{_alternatives(_TENS)}"
    rf"|{_alternatives(_TEENS)}|{_UNIT})"
)
# Case-insensitive group for use inside other patterns; the caller sets the boundaries.
_WHOLE = rf"(?:(?:(?:{_UNIT})?honderd(?:en)?)?{_BELOW_100}|(?:{_UNIT})?honderd)"
NUMBER_WORD = (
    r"(?i:een[ \t\n]+(?:half|kwart)|anderhalf|driekwart"
    rf"|{_WHOLE}(?:(?:en|ën)half|[ \t\n]+en[ \t\n]+een[ \t\n]+(?:half|kwart))?)"
)
# "tweehonderdduizend", "vijftigduizend", "duizend": thousands in one word, for sums in euros.
THOUSANDS_WORD = rf"(?i:{_WHOLE}?duizend)"


def _below_100(word: str) -> int | None:
    for table in (_UNITS, _TEENS, _TENS):
        if word in table:
            return table[word]
    for unit, value in _UNITS.items():  # "zevenentachtig": the joint is not the first "en"
        for joint in ("ën", "en"):
            tens = word.removeprefix(unit + joint)
            if tens != word and tens in _TENS:
                return value + _TENS[tens]
    return None


def number_word_value(written: str) -> Decimal | None:
    """ "elf" -> 11, "driehonderdvijftig" -> 350, "een half" -> 0.5; ``None`` for no number."""
    word = " ".join(written.casefold().split())
    if word in _FRACTIONS:
        return _FRACTIONS[word]
    for suffix, fraction in _AND_A_PART.items():
        head = word.removesuffix(suffix)
        if head == word:
            continue
        whole = next(
            (head.removesuffix(j) for j in (" en een ", "ën", "en") if head.endswith(j)), ""
        )
        value = number_word_value(whole) if whole and " " not in whole else None
        if value is not None and (suffix == "half" or head.endswith(" ")):
            return value + fraction
    head, sep, rest = word.partition("duizend")
    if sep and not rest and head != word:
        thousands = number_word_value(head) if head else Decimal(1)
        return thousands * 1000 if thousands is not None else None
    if not word or " " in word:
        return None
    head, sep, rest = word.partition("honderd")
    if not sep:
        value = _below_100(word)
        return Decimal(value) if value is not None else None
    hundreds = _UNITS.get(head) if head else 1
    if hundreds is None:
        return None
    if rest.startswith("en") and _below_100(rest[2:]) is not None:
        rest = rest[2:]  # "honderdenvijf"
    tail = _below_100(rest) if rest else 0
    return Decimal(hundreds * 100 + tail) if tail is not None else None


def is_number_word(word: str) -> bool:
    """Whether a single word is a Dutch cardinal ("elf", "vijfentwintig", "honderd")."""
    return number_word_value(word) is not None
