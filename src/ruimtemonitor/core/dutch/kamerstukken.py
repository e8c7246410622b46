"""Parliamentary papers, motions and commitments as letters cite them.

Footnotes cite Kamerstukken in several styles ("Kamerstuk 36 600-A, nr. 53", "Tweede Kamer,
vergaderjaar 2024-2025, 36592, nr. 17", "(36600 nr. A-63)"); all of them resolve to the
identifier officielebekendmakingen.nl uses, ``kst-{dossier}[-{suffix}]-{nr}``, so a motion
reported "afgedaan" in a later letter can be linked to the one it answers. Motions and
commitments ("de motie van het lid Veltman", "toezegging aan rapporteur Veltman") are
found with the member names as written and the footnote number glued to them, which
points at the Kamerstuk in the footnote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ruimtemonitor.core.dutch._text import GAP, LOWER, OPT_GAP, UPPER, collapse_spaces

__all__ = ["KamerstukMatch", "MotionMatch", "find_kamerstukken", "find_motions", "parse_kamerstuk"]


@dataclass(frozen=True, slots=True)
class KamerstukMatch:
    """A cited Kamerstuk; ``text[start:end] == as_written``; ``kst_id`` like ``kst-36600-A-30``."""

    start: int
    end: int
    as_written: str
    kst_id: str


@dataclass(frozen=True, slots=True)
class MotionMatch:
    """A motion or commitment; ``kind`` is ``motie`` or ``toezegging``.

    ``member`` is the member(s) as written, whitespace folded ("Grinwis en Vedder",
    "Heutink c.s."), or ``None`` when the text names none ("per motie", "toezegging aan de
    Kamer"). ``footnote`` is the footnote number glued to the names ("Veltman17" -> "17");
    it is outside the span, so ``text[start:end] == as_written`` still holds.
    """

    start: int
    end: int
    as_written: str
    kind: str
    member: str | None
    footnote: str | None = None


# --- Kamerstukken ------------------------------------------------------------------------

_SP = r"[ \u00a0]"
# "36 600", "36600", "36.600": the dossier number, its thousands apart or not.
_DOSSIER = rf"(?P<dossier>\d{{2}}(?:{_SP}|\.)?\d{{3}})(?!\d)"
# "-A", " A", "-XII", " XXII"; after a hyphen also a number ("21 501-33"); upper case only.
_SUFFIX = (
    rf"(?:{_SP}?-{_SP}?(?P<suffix>[A-Z]{{1,6}}|\d{{1,3}})(?![\w])"
    rf"|{_SP}(?P<suffix2>[A-Z]{{1,6}})(?![\w]))?"
)
_NUMBER = (
    # "(36 200 A, motie nr. 41)", "(33 400-A; nr. 63)": a semicolon or the kind before "nr."
    rf"[,;]?{OPT_GAP}(?:(?:[Mm]otie|[Aa]mendement){_SP})?(?:[Nn]r|[Nn]o|[Nn]ummer)s?\.?{OPT_GAP}"
    r"(?:(?P<nr_letter>[A-Z]{1,3})-)?(?P<nr>\d{1,5})(?!\d)"
)
_KAMERSTUK_RE = re.compile(
    rf"""
    (?<![\w-])
    (?: [Kk]st-(?P<kst>\d{{4,6}}(?:-[A-Z0-9]{{1,6}})?-[A-Z]?\d{{1,5}})(?![\w-])
      # "Kamerstuk 35570-A-10"; "Kamerstuk 31 200 XII/33" with a slash before the number
      | [Kk]amerstuk(?:ken)?{GAP}(?P<hd>\d{{2}}{_SP}?\d{{3}})(?:-|{_SP}(?=[A-Z]))
            (?:(?P<hs>[A-Z]{{1,6}})[-/])?(?P<hn>\d{{1,5}})(?![\w-])
      # "(36600-A-12)", "[36200-A-15]": the identifier's own three parts in brackets, the letter
      # required; also with a thousands dot ("(35.570-A-9)") or blanks for hyphens ("(34300 A 18)")
      | (?<=[(\[])(?P<bd>\d{{2}}\.?\d{{3}})(?P<bsep>-|{_SP})(?P<bs>[A-Z]{{1,6}})(?P=bsep)
            (?P<bn>\d{{1,5}})(?=[)\]])
      # "(33 750-A, 47)": dossier and letter, a comma and the number, without "nr."
      # "(TK 2008-2009, 31 700-A, 58)": "TK" and the session year may lead
      | (?<=[(\[])(?:(?:TK|[Kk]st\.?){_SP}(?:\d{{4}}[-–/]\d{{2,4}},{_SP})?)?
            (?P<cd>\d{{2}}{_SP}?\d{{3}})(?:{_SP}|-)(?P<cs>[A-Z]{{1,6}}),{_SP}
            (?!(?:19|20)\d{{2}}\W)(?P<cn>\d{{1,5}})(?=[)\]])
      # "stuk 33 750-A/29", "stuk 31 200-XII-8": a bare "stuk" with the letter required
      | (?<![\w-])[Ss]tuk{GAP}(?P<td>\d{{2}}{_SP}?\d{{3}})(?:{_SP}|-)(?P<ts>[A-Z]{{1,6}})[-/]
            (?P<tn>\d{{1,5}})(?![\w-])
      # "(32 123 A-38)", "(36 410-A-44)", "(TK 33 750 A-17)": the same with the dossier's
      # thousands apart, a blank before the letter, "TK"/"kst." in front, or "A - 70" spaced
      | (?<=\()(?:(?:TK|[Kk]st\.?){_SP})?(?P<sd>\d{{2}}{_SP}\d{{3}}|\d{{5}})(?:{_SP}|-)
            (?P<ss>[A-Z]{{1,6}}){_SP}?-{_SP}?(?P<sn>\d{{1,5}})(?=[);,])
      # "nr. 37 bij Kamerstuk 33 000 A", "nr. 12 van kamerstuk 35570-XII", "nr. 8 in dossier
      # 34 775 A": the number first, then the Kamerstuk it belongs to, its letter optional
      | [Nn]r\.?{GAP}(?P<xn>\d{{1,5}}){GAP}(?:bij|van|uit|in|onder){GAP}(?:het{GAP})?
            (?:[Kk]amerstuk(?:ken)?|dossier){GAP}(?P<xd>\d{{2}}(?:{_SP}|\.)?\d{{3}})(?!\d)
            (?:(?:{_SP}|-)(?P<xs>[A-Z]{{1,6}}))?(?![\w-])
      # "motie nr. 18 (36 200-A)": the number first, then dossier and letter in brackets
      | [Nn]r\.?{GAP}(?P<yn>\d{{1,5}}){_SP}?\((?P<yd>\d{{2}}{_SP}?\d{{3}})(?:{_SP}|-)
            (?P<ys>[A-Z]{{1,6}})\)
      # "(nr. 35 570 XII-31)": "nr." first, then dossier, suffix and number, the suffix required
      | [Nn]r\.?{GAP}(?P<nd>\d{{2}}{_SP}?\d{{3}})(?:{_SP}|-)(?P<ns>[A-Z]{{1,6}})-(?P<nn>\d{{1,5}})
            (?![\w-])
      | (?: [Kk]amerstuk(?:ken)?(?:{GAP}I{{1,2}})?(?:{GAP}\d{{4}}(?:[/-]\d{{2,4}})?)?,?{GAP}
          | (?:Tweede|TK){GAP}[Kk]amer,?{GAP}(?:vergaderjaar{GAP})?
            \d{{4}}\s?[-–/]\s?\d{{2,4}},?{GAP}
        )?
        {_DOSSIER}{_SUFFIX}{_NUMBER}
    )
    """,
    re.VERBOSE,
)


def _kst_id(match: re.Match[str]) -> str:
    if match.group("kst"):
        return "kst-" + match.group("kst")
    if match.group("hd"):  # "Kamerstuk 35570-A-10", as the identifier is written on its own
        dossier = re.sub(r"\D", "", match.group("hd"))
        parts = [dossier, match.group("hs"), match.group("hn")]
        return "kst-" + "-".join(part for part in parts if part)
    if match.group("bd"):
        dossier = match.group("bd").replace(".", "")
        return "kst-" + "-".join([dossier, match.group("bs"), match.group("bn")])
    if match.group("cd"):
        dossier = re.sub(r"\D", "", match.group("cd"))
        return "kst-" + "-".join([dossier, match.group("cs"), match.group("cn")])
    if match.group("td"):
        dossier = re.sub(r"\D", "", match.group("td"))
        return "kst-" + "-".join([dossier, match.group("ts"), match.group("tn")])
    if match.group("sd"):
        dossier = re.sub(r"\D", "", match.group("sd"))
        return "kst-" + "-".join([dossier, match.group("ss"), match.group("sn")])
    if match.group("xd"):
        dossier = re.sub(r"\D", "", match.group("xd"))
        parts = [dossier, match.group("xs"), match.group("xn")]
        return "kst-" + "-".join(part for part in parts if part)
    if match.group("yd"):
        dossier = re.sub(r"\D", "", match.group("yd"))
        return "kst-" + "-".join([dossier, match.group("ys"), match.group("yn")])
    if match.group("nd"):
        dossier = re.sub(r"\D", "", match.group("nd"))
        return "kst-" + "-".join([dossier, match.group("ns"), match.group("nn")])
    dossier = re.sub(r"\D", "", match.group("dossier"))
    suffix = match.group("suffix") or match.group("suffix2") or match.group("nr_letter")
    parts = [dossier, suffix, match.group("nr")] if suffix else [dossier, match.group("nr")]
    return "kst-" + "-".join(parts)


def find_kamerstukken(text: str) -> list[KamerstukMatch]:
    """Every Kamerstuk citation in ``text`` with its ``kst-…`` identifier.

    A bare "36600 nr. 17" counts (the raadsinformatiebrief cites that way); a zaak or
    document number ("Kamerstuk 2024Z17535") has no kst identifier and is left out.
    """
    return [
        KamerstukMatch(m.start(), m.end(), m.group(), _kst_id(m))
        for m in _KAMERSTUK_RE.finditer(text)
    ]


def parse_kamerstuk(as_written: str) -> str | None:
    """ "Kamerstuk 36 600-A, nr. 30" -> "kst-36600-A-30"; ``None`` when no citation is in it."""
    match = _KAMERSTUK_RE.search(as_written)
    return _kst_id(match) if match else None


# --- motions and commitments -------------------------------------------------------------

_NAME_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*"
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|het|'t|in|op|von|la|le|du|da)"
_PERSON = rf"{_NAME_WORD}(?:{GAP}(?:{_PARTICLE}{GAP}){{0,3}}{_NAME_WORD}){{0,3}}"
_AUDIENCE = r"(?:het\s+lid|de\s+leden|(?:de\s+)?rapporteurs?|de\s+heer|mevrouw)"


def _members(tag: str) -> str:
    """Member names ("Grinwis en Vedder", "Heutink c.s.") and a glued footnote number."""
    return (
        rf"(?P<{tag}_member>{_PERSON}(?:(?:{GAP}?,{GAP}|{GAP}en{GAP}){_PERSON}){{0,5}}"
        rf"(?:{GAP}c\.s\.)?)(?:\.?(?P<{tag}_fn>\d{{1,3}})(?![\d\w]))?"
    )


_TAGS = ("mo", "tz", "tg", "aan")
_MOTION_RE = re.compile(
    rf"""
    (?<![\w-])
    (?: (?P<motie>[Mm]otie(?:s)?)(?: {GAP}van{GAP}(?:{_AUDIENCE}{GAP})? | - | {GAP} )
            {_members("mo")}
      | (?P<toez>[Tt]oezegging(?:en)?)(?:{GAP}(?!aan\b)[{LOWER}]+){{0,5}}{GAP}aan{GAP}
            (?: {_AUDIENCE}{GAP}{_members("tz")} | (?P<house>(?:de|uw){GAP}Kamer)(?![\w]) )
      | (?P<toegezegd>[Tt]oegezegd){GAP}aan{GAP}{_AUDIENCE}{GAP}{_members("tg")}
      | (?P<aan>[Aa]an){GAP}{_AUDIENCE}{GAP}{_members("aan")}{GAP}(?:is|zijn)(?![\w])
            [^.;]{{0,160}}?toegezegd
      | (?P<per>[Pp]er{GAP}motie)(?![\w])
    )
    """,
    re.VERBOSE,
)


def find_motions(text: str) -> list[MotionMatch]:
    """Motions and commitments with the member names as written (see ``MotionMatch``).

    Recognised: "motie van het lid X", "motie van de leden A en B (c.s.)", "motie van X c.s.",
    "motie-X"/"motie X", "toezegging (…) aan het lid/rapporteur X", "toegezegd aan de leden
    …", "Aan het lid X is … toegezegd", "toezegging aan de Kamer", "per motie".
    """
    found: list[MotionMatch] = []
    for m in _MOTION_RE.finditer(text):
        kind = "motie" if (m.group("motie") or m.group("per")) else "toezegging"
        tag = next((t for t in _TAGS if m.group(f"{t}_member")), None)
        member = collapse_spaces(m.group(f"{tag}_member")) if tag else None
        footnote = m.group(f"{tag}_fn") if tag else None
        end = m.end(f"{tag}_member") if tag and tag != "aan" else m.end()
        found.append(MotionMatch(m.start(), end, text[m.start() : end], kind, member, footnote))
    return found
