"""Euro amounts as Dutch letters write them: "€ 1.145 mln.", "circa € 475 mln.", "€ 310 tot € 620".

Money is the first thing a programme controller checks, so values are exact ``Decimal``
euros (never float) and every match keeps its offsets into the text. Only numbers that
carry a currency (``€``, ``EUR`` before, or ``euro`` after) are amounts: page numbers,
years, percentages and counts of homes never are. Dutch notation: ``.`` groups
thousands, ``,`` is the decimal mark; a ``.`` followed by exactly one or two digits
("€ 2.5 mld") is read as a decimal point, because thousands groups always have three.

The grammar is one compiled regex, applied in a single pass; see docs/dutch-values.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

from ruimtemonitor.core.dutch._text import GAP, OPT_GAP
from ruimtemonitor.core.dutch.number_words import (
    NUMBER_WORD,
    THOUSANDS_WORD,
    is_number_word,
    number_word_value,
)

__all__ = ["AmountMatch", "find_amounts"]


@dataclass(frozen=True, slots=True)
class AmountMatch:
    """One amount; ``text[start:end] == as_written`` (qualifier included, footnote digits not).

    ``values_eur`` has one value, or two for a range ("€ 310 tot € 620 mln."). ``qualifier``
    is the normalised lower-case word before the amount ("circa", "maximaal", "ruim" …).
    ``vat`` ("incl"/"excl") and ``price_level`` (a year) are filled when a parenthesis right
    after the amount says so ("(incl. btw)", "(prijspeil 2022)"); they are outside the span.
    """

    start: int
    end: int
    as_written: str
    values_eur: tuple[Decimal, ...]
    qualifier: str | None = None
    vat: str | None = None
    price_level: int | None = None

    @property
    def is_range(self) -> bool:
        return len(self.values_eur) == 2


# --- grammar ---------------------------------------------------------------------------

# Thousands-grouped, plain with decimal comma, or a "." plus one or two digits (decimal).
# A number in words counts only before a scale word: "één miljoen euro", "elf miljard".
# "tussen zes en acht miljoen": the first end of a range in words takes the scale of the second.
_WORD_SCALE = r"[ \t\n]+(?:miljoen|miljard)(?![^\W\d_])"
_WORD_NUMBER = (
    rf"{NUMBER_WORD}(?={_WORD_SCALE}|[ \t\n]+(?:en|tot|à|a|-|–)[ \t\n]+{NUMBER_WORD}{_WORD_SCALE})"
    # "tweehonderdduizend euro": thousands in one word count only before the currency
    rf"|{THOUSANDS_WORD}(?=[ \t\n]+(?:[Ee]uro|EUR)(?![^\W\d_]))"
)
# "€ 2 500 000": after a currency sign, groups of three digits may stand apart by spaces.
_SPACED = r"\d{1,3}(?:[ \u00a0]\d{3}){1,4}(?:,\d{1,2})?(?![\d]|[.,]\d)"
# "€ 2½ mln", "12½ miljoen": a vulgar fraction glued to the whole number is its decimals.
_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
_NUMBER = rf"""
    (?: \d{{0,12}}[½¼¾]
      | \d{{1,3}}(?:\.\d{{3}}){{1,5}}(?:,\d{{1,6}})?
      | \d{{1,12}}(?:,\d{{1,6}})?
      | \d{{1,12}}\.\d{{1,2}}
      | {_WORD_NUMBER}
    )(?![\d]|[.,]\d)
"""
# The end of a scale word: no letter follows, but a footnote digit glued to it may ("€ 40 mln³");
# superscript digits are word characters that are no decimal digits.
_NO_LETTER = r"(?![^\W\d_¹²³⁰⁴-⁹])"
# Scans read "mln" as "mIn", "m1n", "min" or "rnln", and "miljoen" as "mi1joen" or
# "rniljoen"; "min." counts only after a currency sign ("€ 45 min."), never bare (minutes).
_UNIT = (
    r"(?:(?:m|rn)[lI1i]n\.?|(?:m|rn)i[lI1]joen|(?:m|rn)[lI1]d\.?|mrd\.?|(?:m|rn)i[lI1]jard|"
    r"dzd\.?|duizend|mio\.?|M(?:io|ln|ld|rd)\.?)"  # "EUR 12,6 Mio": a capital scale word too
    rf"{_NO_LETTER}"
)
# After a currency sign a lone letter scales too: "€ 12,5 M", "€ 300K" (not an initial: "K. ").
# "EUR 12,5m": a lower-case "m" glued to the number is a million too (never "m2" or "m³").
_CURRENCY_UNIT = rf"(?:{_UNIT}|[MKk](?![^\W\d_]|\.[ \t]*[^\W\d_])|(?<=\d)m(?![^\W_]|[²³]))"
# A scale glued to the sign, before the number ("k€ 4.800", "MEUR 12") or after it ("12 M€").
_SCALED_SIGN = r"(?:[kKM](?:€|EUR(?![^\W\d_])))"
_QUALIFIER = r"""(?i:
      ca\.|ca|circa|ongeveer|ruim|bijna|maximaal|minimaal|hooguit
    | tot[ ]maximaal|tot[ ]ten[ ]hoogste|tot|ten[ ]minste|tenminste|meer[ ]dan|minder[ ]dan
)(?![^\W\d_])"""
# "€ 4 a 5 miljoen": a plain "a" for "à", as typed without the accent; "€ 12 á 14 mln": the
# accent the wrong way.
# "€ 2 resp. 3 mln": two sums on one scale, listed like a range's two ends.
_SEPARATOR = r"(?:tot[ ]en[ ]met|tot|t/m|resp(?:ectievelijk|\.)|-|–|—|à|[aá](?![^\W\d_]))"
_CURRENCY = r"(?:€|EUR(?![^\W\d_]))"
_DASH_OR = r"(?:,-{1,2}|,=)?"

# "2024\tk€ 750": the scaled sign belongs to the figure after it, unless that is a year.
_NOT_BEFORE_FIGURE = r"(?![ ]?(?!(?:19|20)\d\d\b)\d)"

_AMOUNT_RE = re.compile(
    rf"""
    (?<![\w€.,])
    (?: (?P<qual>{_QUALIFIER}){GAP}
      | (?P<between>(?i:tussen)){GAP}(?:(?i:de){GAP})? )?
    (?:
        # € 2,5 mld. | € 310 tot € 620 mln. | € 310 - 620 miljoen | € -1.200.000 (a dekking row)
        (?P<cur1>(?P<pre>[kKM])?{_CURRENCY}){OPT_GAP}(?:[-−–](?=\d))?(?P<n1>{_SPACED}|{_NUMBER})
        (?:{OPT_GAP}(?P<u1>{_CURRENCY_UNIT})|{_DASH_OR})
        (?: {OPT_GAP}(?P<sep>(?(between)(?i:en)|{_SEPARATOR})){OPT_GAP}
            # one gap before the second currency sign, another only after it: two gaps side by
            # side would try every split of a long run of blanks
            (?:(?P<cur2>[kKM]?{_CURRENCY}){OPT_GAP})?(?P<n2>{_SPACED}|{_NUMBER})
            (?:{OPT_GAP}(?P<u2>{_CURRENCY_UNIT})|{_DASH_OR})
        )?
      |
        # 3 miljoen euro | 20.000 euro | 310 tot 620 miljoen euro
        (?P<b1>{_NUMBER})(?:{OPT_GAP}(?P<bu1>{_UNIT}))?
        (?: {OPT_GAP}(?P<bsep>(?(between)(?i:en)|{_SEPARATOR})){OPT_GAP}
            (?P<b2>{_NUMBER})(?:{OPT_GAP}(?P<bu2>{_UNIT}))? )?
        {OPT_GAP}(?:(?P<euro>[Ee]uro|EUR)(?![^\W\d_])|(?P<keuro>{_SCALED_SIGN}){_NOT_BEFORE_FIGURE})
    )
    """,
    re.VERBOSE,
)

# "7,5 miljard beschikbaar", "een afkoopsom van 12,5 miljoen": a scale word makes a number
# money in these letters even without "€" or "euro", unless a unit of something else follows.
_SCALE = (
    r"(?:(?:m|rn)i[lI1]joen|(?:m|rn)i[lI1]jard|(?:m|rn)[lI1]n\.?|(?:m|rn)[lI1]d\.?|mrd\.?|mio\.?)"
    rf"{_NO_LETTER}"
)
# Counts of things, compounds too ("treinreizen", "vliegbewegingen", "reizigerskilometers"),
# and units of energy, volume and freight ("kWh", "m³", "TEU").
_NOT_MONEY = (
    r"(?i:[^\W\d_]*(?:inwoners|mensen|woningen|huishoudens|reizigers|passagiers|bezoekers|"
    r"bewoners|gebruikers|ritten|reizen|bewegingen|verplaatsingen|kilometers?|containers|"
    r"voertuigen|vrachtwagens|auto'?s|bomen|banen|arbeidsplaatsen|dieren|kippen|varkens|koeien|"
    r"stuks|tonnen|liters?)|ton|kuub|m3|m²|m2|m³|km|hectare|ha|vierkante|kilo|keer|jaar|TEU|"
    r"[kMG]Wh?|euro|EUR)(?![^\W\d_])"
)
_BARE_RE = re.compile(
    rf"""
    (?<![\w€.,])
    (?:(?P<qual>{_QUALIFIER}){GAP}|(?P<between>(?i:tussen)){GAP}(?:(?i:de){GAP})?)?
    (?P<b1>{_NUMBER})(?:{OPT_GAP}(?P<bu1>{_SCALE}))?
    (?:{OPT_GAP}(?P<bsep>(?(between)(?i:en)|{_SEPARATOR})){OPT_GAP}(?P<b2>{_NUMBER})
       {OPT_GAP}(?P<bu2>{_SCALE}))?
    (?!{OPT_GAP}{_NOT_MONEY})
    """,
    re.VERBOSE,
)
_SCALE_ANCHOR = re.compile(
    r"(?<![^\W\d_])(?:(?:m|rn)i[lI1]joen|(?:m|rn)i[lI1]jard|(?:m|rn)[lI1]n|(?:m|rn)[lI1]d|mrd|mio)"
    r"(?![^\W\d_])"
)

# A parenthesis right after an amount that says what the number includes.
_AFTER_RE = re.compile(
    r"""[ \t]*\((?:
        (?P<vat>incl(?:\.|usief)|excl(?:\.|usief))\s*(?:btw|BTW)
      | prijspeil\s+(?P<level>(?:19|20)\d{2})
    )""",
    re.VERBOSE,
)

_MULTIPLIERS = {
    "mln": 6,
    "min": 6,
    "mio": 6,
    "k": 3,
    "K": 3,
    "M": 6,
    "m": 6,
    "miljoen": 6,
    "mld": 9,
    "mrd": 9,
    "miljard": 9,
    "dzd": 3,
    "duizend": 3,
}
_MULTIPLIERS.update({"Mio": 6, "Mln": 6, "Mld": 9, "Mrd": 9})
_QUALIFIER_WORDS = {
    "ca": "circa",
    "ca.": "circa",
    "tenminste": "ten minste",
    "tot maximaal": "maximaal",
    "tot ten hoogste": "maximaal",
}
_YEAR_LIKE = re.compile(r"(?:19|20)\d{2}")


def _number(written: str) -> Decimal:
    """A Dutch-notation number as an exact Decimal (no unit applied)."""
    in_words = number_word_value(written)
    if in_words is not None:
        return in_words
    written = "".join(written.split())  # "2 500 000": groups apart by spaces
    if written[-1:] in _FRACTIONS:
        return Decimal(written[:-1] or "0") + _FRACTIONS[written[-1]]
    if "," in written:
        whole, fraction = written.split(",", 1)
        return Decimal(f"{whole.replace('.', '')}.{fraction}")
    if re.fullmatch(r"\d+\.\d{1,2}", written):
        return Decimal(written)
    return Decimal(written.replace(".", ""))


def _scale(value: Decimal, unit: str | None) -> Decimal:
    if unit:
        key = unit.rstrip(".").replace("rn", "m").replace("I", "l").replace("1", "l")
        value = value.scaleb(_MULTIPLIERS[key])
    with localcontext() as ctx:
        ctx.prec = 60
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()


def _range_is_real(n1: str, u1: str | None, cur2: str | None, n2: str, u2: str | None) -> bool:
    """Whether "A sep B" is one range rather than an amount followed by, say, "tot 2030"."""
    if cur2:
        return True
    if u2 and not u1:
        return True
    if not u1 and not u2:
        return not _YEAR_LIKE.fullmatch(n2) and _number(n2) >= _number(n1)
    return False


def _values(
    n1: str, u1: str | None, n2: str, u2: str | None, resp: bool = False
) -> tuple[Decimal, Decimal]:
    """Both ends of a range; a unit written once ("€ 310 tot € 620 mln.") applies to both
    when the bare numbers are on one scale (310 <= 620), never to "€ 20.000 tot € 2 mln.";
    after "resp." ("€ 7 resp. 2,5 mln") always."""
    shared = u1 or (u2 if resp or _number(n1) <= _number(n2) else None)
    return _scale(_number(n1), shared), _scale(_number(n2), u2 or u1)


_UNIT_OF_TABLE = re.compile(r"(?<![^\W\d_])[x×][ \t]*(?:(?:€|EUR)[ \t]*)?$")
# "(in € 1.000)", "(bedragen in € 1 mln)": a unit of one, a thousand or a million alone in
# the brackets of a caption.
_UNIT_IN_CAPTION = re.compile(r"\((?:bedragen[ \t]+)?in[ \t]*(?:(?:€|EUR)[ \t]*)?$", re.IGNORECASE)
_UNIT_ONE = re.compile(r"1(?:\.000){0,2}")
_CAPTION_CLOSE = re.compile(r"[ \t]*(?:[),;]|[ \t]prijspeil)", re.IGNORECASE)
_BY_TO = re.compile(r"(?<![^\W\d_])met[ \t\n]+$", re.IGNORECASE)


def _increment(text: str, match: re.Match[str]) -> bool:
    """ "verhoogt haar bijdrage met € 12,5 mln. tot € 37,5 mln.": a change and the new total,
    two amounts, not a range."""
    groups = match.groupdict()
    sep = groups.get("sep") or groups.get("bsep") or ""
    if "cur1" in groups:  # both ends written in full: "€ 12,5 mln. tot € 37,5 mln."
        whole = bool(groups["cur1"] and groups["cur2"] and (groups["u1"] or not groups["u2"]))
    else:  # "met 2 miljoen tot 10 miljoen"
        whole = bool(groups["bu2"])
    return (
        whole
        and sep.lower() == "tot"
        and not match.group("qual")
        and _BY_TO.search(text, max(0, match.start() - 8), match.start()) is not None
    )


def _qualifier(match: re.Match[str]) -> str | None:
    written = match.group("qual")
    if not written:
        return None
    key = " ".join(written.lower().split())
    return _QUALIFIER_WORDS.get(key, key)


def _caption_unit(text: str, number: str, start: int, end: int) -> bool:
    """ "(bedragen in € 1 mln)": the number is the unit of a table's caption."""
    return bool(
        _UNIT_ONE.fullmatch(number)
        and _UNIT_IN_CAPTION.search(text, max(0, start - 20), start)
        and _CAPTION_CLOSE.match(text, end)
    )


def _build(text: str, match: re.Match[str]) -> AmountMatch | None:
    if match.group("cur1"):
        n1, u1, sep = match.group("n1"), match.group("u1"), match.group("sep")
        n2, u2, cur2 = match.group("n2"), match.group("u2"), match.group("cur2")
        first_end = match.end("u1") if u1 else match.end("n1")
        if match.group("pre") and not (u1 or u2):
            # "k€ 4.800", "M€ 12 - 15": the sign's scale, written once for a range
            u1, u2 = (None, match.group("pre")) if n2 else (match.group("pre"), None)
    else:
        n1, u1, sep = match.group("b1"), match.group("bu1"), match.group("bsep")
        n2, u2, cur2 = match.group("b2"), match.group("bu2"), None
        first_end = match.end()
        if match.group("keuro") and not (u1 or u2):
            # "4.800 k€": thousands of euros, as project pages write them; a range writes
            # the unit once, after its second end ("200 tot 300 k€")
            scale = match.group("keuro")[0]
            u1, u2 = (None, scale) if n2 else (scale, None)
    start, end = match.start(), match.end()
    if _UNIT_OF_TABLE.search(text, max(0, start - 8), start):
        return None  # "(bedragen x € 1 mln.)": the unit of a table, not a sum
    if not n2 and _caption_unit(text, n1, start, end):
        return None  # "(in € 1.000)"
    if sep and _increment(text, match):
        values, end = (_scale(_number(n1), u1),), first_end
    elif sep and _range_is_real(n1, u1, cur2, n2, u2):
        values: tuple[Decimal, ...] = _values(n1, u1, n2, u2, sep.lower().startswith("resp"))
    elif sep and match.group("cur1"):
        values, end = (_scale(_number(n1), u1),), first_end
    elif sep:
        return None  # "2025 tot 2030 euro" and the like: not an amount we can trust
    else:
        values = (_scale(_number(n1), u1),)
    if match.group("between") and len(values) == 1:
        start = match.start("cur1") if match.group("cur1") else match.start("b1")
    vat = level = None
    after = _AFTER_RE.match(text, end)
    if after:
        vat = after.group("vat")[:4].lower() if after.group("vat") else None
        level = int(after.group("level")) if after.group("level") else None
    return AmountMatch(start, end, text[start:end], values, _qualifier(match), vat, level)


# Every amount contains one of these; the grammar then runs only at the few word starts just
# before it (a qualifier, a number, the sign itself) instead of at every word of the text.
_ANCHOR_RE = re.compile("€|EUR|[Ee]uro")
_WORD_RE = re.compile(r"(?<![\w€.,])(?:\d|[^\W\d_]+)")
_FIRST_WORDS = frozenset(
    [
        "ca",
        "circa",
        "ongeveer",
        "ruim",
        "bijna",
        "maximaal",
        "minimaal",
        "hooguit",
        "tot",
        "ten",
        "tenminste",
        "meer",
        "minder",
        "tussen",
    ]
)
_WINDOW = (
    80  # characters before the currency where an amount may start ("310 tot 620 miljoen euro")
)


def _bare_amounts(text: str, taken: list[AmountMatch]) -> list[AmountMatch]:
    """Amounts with a scale word but no currency, outside the amounts already found."""
    # The amounts already found are in order and apart: one pointer walks them with the
    # anchors (a scan of all of them per anchor grew with the square of the text).
    spans = sorted((a.start, a.end) for a in taken)
    pointer = 0
    found: list[AmountMatch] = []
    done = 0
    for anchor in _SCALE_ANCHOR.finditer(text):
        at = anchor.start()
        while pointer < len(spans) and spans[pointer][1] <= at:
            pointer += 1
        inside = any(s <= at < e for s, e in spans[pointer : pointer + 2])
        if at < done or inside:
            continue
        starts = [
            word.start()
            for word in _WORD_RE.finditer(text, max(done, at - 40), at)
            if word.group().isdigit()
            or word.group().lower() in _FIRST_WORDS
            or is_number_word(word.group())
            or word.group()[0] in _FRACTIONS  # "¾ miljoen euro": the glyph is a word character
        ]
        for start in starts:
            match = _BARE_RE.match(text, start)
            if match is None or match.end() <= at:
                continue
            n1, u1, n2, u2 = (match.group(g) for g in ("b1", "bu1", "b2", "bu2"))
            if not u1 and not (n2 and not _YEAR_LIKE.fullmatch(n1) and _number(n2) >= _number(n1)):
                continue  # a bare number before the scale word is only a range's first end
            done = match.end()
            if _UNIT_OF_TABLE.search(text, max(0, start - 8), start) or (
                not n2 and _caption_unit(text, n1, start, match.end())
            ):
                break  # "(bedragen x € 1 mln.)", "(bedragen in € 1 mln)"
            if _increment(text, match):
                values, end = (_scale(_number(n1), u1),), match.end("bu1")
                done = match.end("bsep")
            elif match.group("bsep") and n2 and _number(n2) >= _number(n1):
                values: tuple[Decimal, ...] = _values(
                    n1, u1, n2, u2, match.group("bsep").lower().startswith("resp")
                )
                end = match.end()
            else:
                values, end = (_scale(_number(n1), u1),), match.end("bu1")
            found.append(
                AmountMatch(
                    match.start(), end, text[match.start() : end], values, _qualifier(match)
                )
            )
            break
    return found


# "ruim twee ton": a ton is a hundred thousand euros when a number in words counts it and
# no weight follows ("twee ton CO2", "anderhalve ton zand"); "40 ton" in digits is a weight.
_TONS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
         "zeven": 7, "acht": 8, "negen": 9, "anderhalve": Decimal("1.5"),
         "een halve": Decimal("0.5")}  # fmt: skip
# "drie à vier ton", "twee tot drie ton": a range of tons writes the word once, after its second
# end; "tweeënhalve ton" is two and a half.
_TON_COUNT = (
    r"(?i:een[ \t\n]+halve|anderhalve"
    r"|(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:ën|en)halve"
    r"|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
)
_TON_RE = re.compile(
    rf"(?<![\w€.,])(?:(?P<qual>{_QUALIFIER}){GAP})?"
    rf"(?:(?P<lo>{_TON_COUNT})[ \t\n]+(?:à|á|a|tot|of)[ \t\n]+)?(?P<n>{_TON_COUNT})"
    r"[ \t\n]+ton(?![^\W\d_])(?![ \t\n]*(?i:co2|co₂|\w*uitstoot|stikstof|zand|grond|staal|"
    r"afval|vracht|gewicht|per|aan|materiaal|\w*stof))"
)


# "de schermen kosten circa 6 ton": a single digit before "ton" is money only when the clause
# before it speaks of costs or contributions (a lorry "van 6 ton" is a weight).
_DIGIT_TON_RE = re.compile(
    rf"(?<![\w€.,])(?:(?P<qual>{_QUALIFIER}){GAP})?(?P<n>[1-9](?:,\d{{1,2}})?)"
    + _TON_RE.pattern[_TON_RE.pattern.index(r"[ \t\n]+ton") :]
)
_COST_CUE = re.compile(
    r"\b(?:kost(?:en|te|ten)?|bedraagt|bedragen|\w*bijdrage|\w*budget|subsidie|geraamd|"
    r"raming|investering|meerkosten|meer-?\s*werk|tekort)\b[^.;:!?]*$",
    re.IGNORECASE,
)


# "geld: een ton per jaar", "een bijdrage van twee ton per jaar": a count of tons a year is
# money where the clause before it speaks of costs or funds (not "drie ton per jaar CO2").
_TON_PER_YEAR_RE = re.compile(
    r"(?<![\w€.,])(?P<n>(?i:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen))[ \t\n]+ton"
    r"(?=[ \t\n]+per[ \t\n]+jaar\b(?![ \t\n]*(?i:co2|co₂|\w*uitstoot|stikstof)))"
)
_FUNDS_CUE = re.compile(
    r"\b(?:kost(?:en|te|ten)?|bedraagt|bedragen|\w*bijdrage|\w*budget|subsidie|geraamd|"
    r"raming|investering|(?:geld|middelen|financiering)[ \t]*:)[^.;!?|]*$",
    re.IGNORECASE,
)


def _ton_count(written: str) -> Decimal:
    word = " ".join(written.casefold().split())
    if word not in _TONS:  # "tweeënhalve", "vierenhalve": a whole count and a half
        whole = word.removesuffix("halve")[:-2]
        return Decimal(_TONS[whole]) + Decimal("0.5")
    return Decimal(_TONS[word])


def _ton_amounts(text: str) -> list[AmountMatch]:
    """ "ruim twee ton": hundreds of thousands of euros in the spoken way of council letters."""
    found: list[AmountMatch] = []
    for match in _TON_PER_YEAR_RE.finditer(text):
        if _FUNDS_CUE.search(text, max(0, match.start() - 80), match.start()):
            value = _scale(Decimal(_TONS[match.group("n").casefold()]).scaleb(5), None)
            found.append(AmountMatch(match.start(), match.end(), match.group(), (value,), None))
    for match in _TON_RE.finditer(text):
        values = tuple(
            _scale(_ton_count(match.group(name)).scaleb(5), None)
            for name in ("lo", "n")
            if match.group(name)
        )
        if len(values) == 2 and values[0] >= values[1]:
            continue  # "vijf of twee ton" is no range
        found.append(
            AmountMatch(match.start(), match.end(), match.group(), values, _qualifier(match))
        )
    for match in _DIGIT_TON_RE.finditer(text):
        if _COST_CUE.search(text, max(0, match.start() - 80), match.start()):
            value = _scale(_number(match.group("n")).scaleb(5), None)
            found.append(
                AmountMatch(match.start(), match.end(), match.group(), (value,), _qualifier(match))
            )
    return found


# "een verzoek om 500 mille": "mille" after a number is thousands of euros in spoken Dutch
# ("2,5 pro mille" and "per mille" are shares and have no number right before the word).
_MILLE_RE = re.compile(
    rf"(?<![\w€.,])(?:(?P<qual>{_QUALIFIER}){GAP})?(?P<n>[1-9]\d{{0,2}}(?:,\d)?)[ \t]+mille"
    r"(?![^\W\d_])"
)


def _mille_amounts(text: str) -> list[AmountMatch]:
    found: list[AmountMatch] = []
    for match in _MILLE_RE.finditer(text):
        value = _scale(_number(match.group("n")).scaleb(3), None)
        found.append(
            AmountMatch(match.start(), match.end(), match.group(), (value,), _qualifier(match))
        )
    return found


def find_amounts(text: str) -> list[AmountMatch]:
    """Every euro amount in ``text``, in order, with exact Decimal values and offsets."""
    found = _currency_amounts(text)
    found.extend(_bare_amounts(text, found))
    if " ton" in text:
        found.extend(_ton_amounts(text))
    if "mille" in text:
        found.extend(_mille_amounts(text))
    return _shared_scales(text, _words_joined(text, sorted(found, key=lambda a: a.start)))


# "zes miljoen vijfhonderdduizend euro": millions and thousands in words are one sum.
_MILLIONS_IN_WORDS = re.compile(rf"{NUMBER_WORD}[ \t\n]+miljoen", re.IGNORECASE)
_THOUSANDS_IN_WORDS = re.compile(rf"{THOUSANDS_WORD}[ \t\n]+euro", re.IGNORECASE)


def _words_joined(text: str, found: list[AmountMatch]) -> list[AmountMatch]:
    out: list[AmountMatch] = []
    for amount in found:
        last = out[-1] if out else None
        if (
            last is not None
            and _MILLIONS_IN_WORDS.fullmatch(last.as_written)
            and _THOUSANDS_IN_WORDS.fullmatch(amount.as_written)
            and text[last.end : amount.start].strip(" \t\n") == ""
            and len(last.values_eur) == len(amount.values_eur) == 1
        ):
            value = last.values_eur[0] + amount.values_eur[0]
            written = text[last.start : amount.end]
            out[-1] = replace(last, end=amount.end, as_written=written, values_eur=(value,))
            continue
        out.append(amount)
    return out


# "€ 1,2 en € 3,4 miljoen", "€ 12, € 8 en € 5 mln": sums listed together write the scale once.
_PLAIN_SUM = re.compile(r"(?:€|EUR)[ \t]*(?P<n>\d{1,3}(?:,\d{1,2})?)")
_LIST_GAP = re.compile(r"[ \t\n]*(?:,|en|of)[ \t\n]*")
_SCALED_END = re.compile(r"(?:€|EUR)[ \t]*[\d.,]+[ \t\n]*(?P<unit>\S+?)\.?$")


def _shared_scales(text: str, found: list[AmountMatch]) -> list[AmountMatch]:
    """A plain sum below a thousand before a scaled one in a list takes its scale."""
    carried: str | None = None  # the scale a plain sum took from the one after it
    for index in range(len(found) - 2, -1, -1):
        first, second = found[index], found[index + 1]
        plain = _PLAIN_SUM.fullmatch(first.as_written)
        scaled = _SCALED_END.fullmatch(second.as_written)
        unit = carried or (scaled.group("unit") if scaled else "")
        unit = unit.replace("rn", "m").replace("I", "l").replace("1", "l")
        carried = None
        if plain is None or len(second.values_eur) != 1 or _MULTIPLIERS.get(unit, 0) < 6:
            continue
        if not _LIST_GAP.fullmatch(text, first.end, second.start):
            continue
        value = _scale(_number(plain.group("n")), unit)
        found[index] = replace(first, values_eur=(value,))
        carried = unit
    return found


def _currency_amounts(text: str) -> list[AmountMatch]:
    found: list[AmountMatch] = []
    done = 0
    for anchor in _ANCHOR_RE.finditer(text):
        at = anchor.start()
        if at < done:
            continue
        starts = [
            word.start()
            for word in _WORD_RE.finditer(text, max(done, at - _WINDOW), at)
            if word.group().isdigit()
            or word.group().lower() in _FIRST_WORDS
            or is_number_word(word.group())
            or word.group()[0] in _FRACTIONS  # "¾ miljoen euro": the glyph is a word character
        ]
        glued = (at - 1,) if at and text[at - 1] in "kKM" else ()  # "k€ 4.800", "MEUR 12"
        for start in (*starts, *glued, at):
            match = _AMOUNT_RE.match(text, start)
            if match is None or match.end() <= at:
                continue
            amount = _build(text, match)
            # after "met € X tot", the new total is read on its own
            done = match.end("sep") if _increment(text, match) else match.end()
            if amount is not None:
                found.append(amount)
            break
    return found
