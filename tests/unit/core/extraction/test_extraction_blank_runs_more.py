"""More patterns that met long runs of blanks, compared with their plain forms.

A run of blanks after a landsdeel at a line's start, after a range word between two sums,
inside a row of action labels or between the parties of a commitment made the plain forms try
every split of the run. The hardened forms (possessive blanks, one gap where two stood side by
side, values read run by run, blanks made single before a split) must give what the plain
forms give; the plain forms are written out here and compared on random short texts, where
they are still fast.
"""

from __future__ import annotations

import random
import re

import pytest

from ruimtemonitor.core.dutch import _meeting_grammar, _meeting_rows, amounts, meetings
from ruimtemonitor.core.dutch._text import OPT_GAP
from ruimtemonitor.core.extraction import action_paragraphs, code_row_times, owners

pytestmark = pytest.mark.unit

_REGION = _meeting_grammar._REGION
_DATE = _meeting_grammar.DATE
_WEEKDAYS = r"(?:(?:ma|di|wo|do|vr|maandag|dinsdag|woensdag|donderdag|vrijdag)\.?[ \t]+)?"
_LABELS = action_paragraphs._LABELS
_ANY_KIND = _meeting_grammar._ANY_KIND
_LANDSDEEL = _meeting_grammar.LANDSDEEL
_GAP = _meeting_grammar.GAP

PLAIN = {
    "meeting table rows": (
        meetings._TABLE_ROW,
        re.compile(
            rf"^[ \t]*(?:(?:BO|BOL|BO[ \t]+MIRT)[ \t]+)?{_REGION}[ \t]*(?:[ \t]{{2,}}|\|[ \t]*)"
            rf"{_WEEKDAYS}{_DATE}",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    "meeting rows in figures": (
        _meeting_rows._ROW,
        re.compile(
            rf"^[ \t]*(?:(?:BO|BOL|BO[ \t]+MIRT)[ \t]+)?{_REGION}[ \t]*(?:[ \t]{{2,}}|\|[ \t]*)"
            rf"{_WEEKDAYS}"
            r"(?P<date>(?P<days>\d{1,2})(?P<sep>[-/.])(?P<nmonth>\d{1,2})(?P=sep)"
            r"(?P<year>(?:19|20)\d{2}))(?![\d-])",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    "landsdelen listed after a meeting": (
        _meeting_grammar._NAMED_LIST,
        re.compile(
            rf"\b{_ANY_KIND}{_GAP}(?P<first>{_LANDSDEEL})(?:-Nederland)?(?P<rest>(?:{_GAP}?"
            rf"(?:,|{_GAP}en)(?:{_GAP}het{_GAP}{_ANY_KIND})?{_GAP}{_LANDSDEEL}(?:-Nederland)?)+)",
            re.IGNORECASE,
        ),
    ),
    "a row of action labels": (
        action_paragraphs._ROW_OF_LABELS,
        re.compile(
            rf"^[ \t]*(?P<label>{_LABELS}|geld)[ \t]*:[ \t]*(?P<value>[^/|;·\n]*?)"
            rf"[ \t]*(?:[/|;·]|[ \t][–—][ \t])[ \t]*(?:{_LABELS}|geld)[ \t]*:",
            re.IGNORECASE,
        ),
    ),
    "two sums with a range word": (
        amounts._AMOUNT_RE,
        re.compile(
            amounts._AMOUNT_RE.pattern.replace(
                f"(?:(?P<cur2>[kKM]?{amounts._CURRENCY}){OPT_GAP})?(?P<n2>",
                f"(?P<cur2>[kKM]?{amounts._CURRENCY})?{OPT_GAP}(?P<n2>",
            ),
            re.VERBOSE,
        ),
    ),
    "a header with a when column": (
        code_row_times._ANY_HEADER,
        re.compile(
            r"^[ \t]*(?i:nr\.?|nummer|code)[ \t]+[^\n]*(?<![^ \t])(?i:gereed|wanneer|termijn|"
            r"planning)(?![^ \t\n])[^\n]*$",
            re.MULTILINE,
        ),
    ),
    "the year cell of a coded row": (
        code_row_times._YEAR_CELL,
        re.compile(
            r"(?<=[^\W\d_][ \t])(?P<y1>(?:19|20)\d{2})(?:[ \t]*[-–][ \t]*(?P<y2>(?:19|20)\d{2}))?"
            r"(?:[ \t]+(?:€[ \t]*)?(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:,\d+)?|p\.[ \t]?m\.?|n\.t\.b\.?|"
            r"n\.v\.t\.?|[-–]))?[ \t]*$"
        ),
    ),
}

PIECES = [
    " ", "  ", "\t", "   ", "\n", "Noord", "Oost", "Zuidwest", "BO MIRT", "BOL", "BO", "regio",
    "wo", "do.", "12-11-2031", "4/11/2031", "3 november 2031", "|", ",", " en ", "het BO MIRT",
    "wie", "Trekker", "geld", "wanneer", ":", "/", ";", "·", " – ", "gemeente", "A12–A20",
    "€", "€ 12", "€ 3,5 mln", " á ", " a ", " tot ", "14", "mln", "miljoen", "euro", "EUR", "x",
]  # fmt: skip
SHAPES = [
    "  Noord   wo 12-11-2031   Assen",
    "BO MIRT Oost | 4/11/2031",
    "Zuidwest  3 november 2031",
    "het BO MIRT Noord, Oost en Zuid op 3 november",
    "De BO's MIRT Noord en Oost vonden op 4 november plaats",
    "wie: gemeente X / wanneer: 2031 / geld: € 2 mln",
    "Trekker: provincie – Gereed: 2032",
    "€ 12 á 14 mln",
    "€ 3 tot € 5 miljoen",
    "EUR 2 a EUR 3 mln",
    "Nr  Actie  Trekker  Gereed  Middelen",
    "code wat wie wanneer",
    "K-2 Fietspad gemeente Noordstad 2027 450.000",
    "A-1 Onderzoek provincie 2026-2028 p.m.",
]


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    texts = []
    for _ in range(count):
        if rnd.random() < 0.5:
            texts.append("".join(rnd.choices(PIECES, k=rnd.randint(1, 16))))
            continue
        shape = re.sub(
            r"[ \t]+", lambda _m: rnd.choice([" ", "  ", "\t", "   "]), rnd.choice(SHAPES)
        )
        texts.append("".join(rnd.choices(PIECES, k=rnd.randint(0, 2))) + shape)
    return texts


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_a_hardened_pattern_finds_what_its_plain_form_finds(name: str) -> None:
    hardened, plain = PLAIN[name]
    assert hardened.pattern != plain.pattern  # the plain form really is the older one
    matched = 0
    for text in _texts(seed=len(name), count=5000):
        found = _matches(hardened, text)
        assert found == _matches(plain, text), repr(text)
        matched += bool(found)
        for start in range(0, len(text), 3):
            first, second = hardened.match(text, start), plain.match(text, start)
            assert (first and (first.span(), first.groupdict())) == (
                second and (second.span(), second.groupdict())
            ), repr(text)
    assert matched >= 30, f"only {matched} of the texts hold a match: the comparison says little"


def _plain_owner(text: str) -> str | None:
    match = owners._OWNER.match(text.strip())
    if not match:
        return owners.find_owner(text)
    parties = re.split(r"\s*(?:,|\ben\b)\s*", match.group("parties"))
    names = [owners._party_label(p) for p in parties if p.strip()]
    return " en ".join(dict.fromkeys(n for n in names if n)) or None


def test_the_parties_of_a_commitment_split_as_before_but_for_their_blanks() -> None:
    rnd = random.Random(7)
    pieces = ["Het Rijk", "de provincie Utrecht", " en ", ",", "  ", "\t", " ", "de gemeente",
              "Zeist", "draagt", " bij", "het  Rijk", "\n"]  # fmt: skip
    owned = 0
    for _ in range(4000):
        text = "".join(rnd.choices(pieces, k=rnd.randint(1, 10)))
        plain = _plain_owner(text)
        found = owners.find_owner(text)
        assert (found and " ".join(found.split())) == (plain and " ".join(plain.split())), text
        owned += found is not None
    assert owned >= 100
