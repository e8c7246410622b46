"""A general agreement reader: agreements from what every layout shares, not from one layout.

Every batch of letters brought a layout of agreements the layout rules had not met. What
the layouts share is a structural unit (a numbered item in any numbering style: "1.", "1)",
"(1)", "I.", "A.", "A.1", "1.a", "1 –", "§ 2", "Afspraak 3", "ARTIKEL 2 —"; or a short
heading line over a paragraph) whose body states undertakings of named parties. This module
finds the units of a document of an agreement-making genre; ``unit_commitments`` decides
whether a unit's body agrees anything and reads its commitments. A heading over sub-units,
background, considerations and definitions agree nothing and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from .action_blocks import with_actions
from .agreement_record import Agreement, agreement_in, short_title
from .agreement_sentences import Commitment
from .formula_units import formula_passages
from .items import Line, lines_in
from .owned_actions import owned_action
from .patterns import BULLET_GLYPH, LETTER_START, NOTHING_AGREED
from .splitting import Document
from .structure import Structure
from .textutil import normalise_space, once_per_extraction, sentence_spans
from .unagreed_items import unagreed_item
from .unit_commitments import (
    agreement_reviews,
    is_undertaking,
    rejects_unit,
    reports_phase,
    unit_commitments,
)
from .unit_heads import Head, is_sentence, labelled_runs, lettered_head, numbered_head, paired

__all__ = [
    "GENERAL_GENRES",
    "Unit",
    "general_agreements",
    "number_style",
    "units_of",
    "with_general",
]

# Genres whose letters make agreements; letters to parliament or a council only report them.
GENERAL_GENRES = frozenset(
    {"afsprakenlijst", "ruimtelijk_arrangement", "uitvoeringsagenda", "other"}
)

# "Aldus overeengekomen", "Ondertekening", "Met vriendelijke groet": the end of what is agreed.
_CLOSING = re.compile(
    r"^\s*(?:aldus\s+(?:overeengekomen|vastgesteld|ondertekend)|ondertekening\b|"
    r"met\s+vriendelijke\s+groet|hoogachtend|bijlagen?\s*[:\d]|namens\b)",
    re.IGNORECASE,
)
# "Datum: …", "Kenmerk …", "Pagina 2 van 5": letterhead and page furniture, never a heading.
_FURNITURE = re.compile(
    r"^(?:datum|kenmerk|ons\s+kenmerk|uw\s+kenmerk|pagina|onderwerp|betreft|aan|van|cc|"
    r"versie|status|bijlage|contactpersoon|telefoon|e-mail)\b",
    re.IGNORECASE,
)
# Meeting procedure and the frame of a text: headings that never agree anything themselves
# ("Rondvraag", "Inleiding", "Monitoring en bijsturing", "Afspraken" over a list or table of
# them), and "Ad 3 –", which returns to an item agreed above.
_FRAME_TITLE = re.compile(
    r"^(?:opening|sluiting|rondvraag|mededelingen|aanwezig|afwezig|vaststelling\s+(?:van\s+)?"
    r"(?:de\s+)?agenda|inleiding|samenvatting|toelichting|achtergrond|aanleiding|algemeen|"
    r"uitkomsten|financi[eë]n|financi[eë]le\s+gevolgen|monitoring|looptijd|ondertekening|afsluiting|"
    r"slot(?:bepalingen?|opmerkingen)?|bijlagen?|inhoud(?:sopgave)?|deelnemers|aanwezigen|doel(?:stelling)?|"
    r"ad\s+\d)\b|.*\brondvraag\b|(?:(?:gemaakte|overige)\s+)?(?:afspraken|besluiten|vervolg)\s*$"
    # "Overig", "Vervolg", "Moties en toezeggingen", "Scope van de verkenning", "Besluit"
    r"|(?:overig(?:e\s+(?:punten|zaken|onderwerpen))?|besluit)\s*$|(?:moties|toezeggingen|scope)\b",
    re.IGNORECASE,
)
# "Trekker: …", "Gereed ....... 2027": an action's label block; an action titled "Monitoring"
# is an action all the same.
_OWNER_LABEL = re.compile(
    r"^[ \t]*(?:trekker|eigenaar|gereed|wanneer|termijn)[ \t]*(?::|\.{3,})", re.I | re.M
)
# "Afspraken: …": a passage opened by a label over what it announces.
_LABEL_LEAD = re.compile(r"^(?i:afspra(?:ak|ken)|besluit(?:en)?|actie(?:s)?)[ \t]*:[ \t]")
# "o  ", "•  ", "–  ": a bullet mark right before a commitment.
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[•◦▪o*–—-][ \t]+\Z")
_ENUMERATED_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+\Z")
_BULLET_AT = re.compile(r"[ \t]*[•◦▪*–—-][ \t]")
_CLOSING_TITLE = re.compile(r"^(?:tot\s+)?slot(?:bepalingen?|opmerkingen)?\s*$", re.I)  # "Slot"
# "b", "iii": a top-level item lettered or in lower-case roman, as minutes mark agenda points.
_LOWER_MARK = re.compile(r"[a-z]|i{2,3}|iv|vi{1,3}|ix")
# "Aangehouden.", "Vervallen (…)" opening a unit's body: the item is held over or lapsed.
_HELD_OVER = re.compile(r"\s*(?:aangehouden|vervallen)\b", re.IGNORECASE)
# "(was 2.2)", "(nieuw)" before a title: a note on the number, no part of the title.
_NOTE = re.compile(
    r"^\((?:was|voorheen|eerder|oud|nieuw|gewijzigd|aangepast)\b[^)\n]{0,20}\)[ \t]*",
    re.IGNORECASE,
)
# "Nr.  2.1" over "Titel  Woningbouw …": a unit written as a block of labels.
_NUMBER_LABEL = re.compile(
    r"^(?i:nr|nummer|no|afspraaknummer|actienummer|afspraak\s+nr|actie\s+nr)\.?"
    r"(?:[ \t]*+:[ \t]++|[ \t]++)"  # the blanks whole: a run of thousands is not cut every way
    r"(?P<number>[A-Z]?[.-]?\d{1,2}(?:[.-]\d{1,2}){0,2}[a-z]?)[ \t]*$"
)
_TITLE_LABEL = re.compile(
    r"^(?i:titel|onderwerp|naam|project)(?:[ \t]*+:[ \t]++|[ \t]++)(?P<title>\S.*)$"
)
# "1.", "1)", "(1)", "3.1" under an article: how a list numbers its items, where a numbered
# sentence under a heading of another style is an item of that heading, not a unit.
_LIST_STYLES = frozenset({"9.", "9)", "(9)", "(9))", "9"})
_PLACE_AND_DATE = re.compile(r",[ \t]*\d{1,2}[ \t]+[^\W\d_]+[ \t]+(?:19|20)\d\d$")
# "Geachte …", "PERSBERICHT" opening a line, or "Provincie X      PERSBERICHT" in the
# letterhead's right column: a letter to someone or a press release.
_SALUTATION = re.compile(
    r"^[ \t]*(?:Geachte?\b|PERSBERICHT\b|Persbericht\b)|"
    r"\S[ \t]{3,}(?:PERSBERICHT|Persbericht|NIEUWSBERICHT|Nieuwsbericht)[ \t]*$",
    re.MULTILINE,
)
_CONFIRMS = re.compile(
    r"\bbevestig(?:t|en|ing)?\b[^.\n]{0,40}\bafspraken\b|\bafspraken\b[^.\n]{0,30}\bbevestig",
    re.IGNORECASE,
)
# Words a text that agrees anything uses somewhere: a progress report or a note without any
# of them reports what parties do, it agrees nothing.
_AGREEING = re.compile(
    r"\bafspr|\bafgesproken\b|\bovereen(?:gekomen|komen|komst|stemming)?\b|\bconvenant|"
    r"\bintentieverklaring|\bverklaren\b|\bspr(?:e|a)ken\b[^.\n]{0,80}\baf\b|\bverbinden\s+zich",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[A-Za-zÀ-ÿ]+")


@dataclass(frozen=True, slots=True)
class Unit:
    """A structural unit: its number (None for a heading line), title and body span."""

    number: str | None
    title: str
    start: int
    title_start: int
    body_start: int
    end: int
    sentence_title: bool  # the number's line is itself a sentence ("1. Het Rijk draagt …")


def general_agreements(
    text: str,
    document: Document,
    structure: Structure,
    covered: list[tuple[int, int]],
    known: set[tuple[str, str]] | None = None,
) -> list[Agreement]:
    """Agreements of the units of ``document`` that no span in ``covered`` overlaps, then the
    formula sentences outside them (in a theme, under a heading, in running text).

    ``known`` holds the number styles (``number_style``) of the agreements other rules read
    from the document (None when there are none): a document mostly numbers its agreements
    one way, so then a unit numbered another way is added only when most of it is undertaken
    (any numbered unit when they read only unnumbered ones), and no unnumbered heading is."""
    if document.kind not in GENERAL_GENRES or (
        document.kind == "other"
        and _SALUTATION.search(text, document.start, document.end)
        and not _CONFIRMS.search(text, document.start, min(document.end, document.start + 3000))
    ):
        # a letter to someone ("Geacht college") or a press release reports agreements, it
        # makes none, unless it confirms them ("Met deze brief bevestig ik die afspraken")
        return []
    if document.kind == "other" and not _AGREEING.search(text, document.start, document.end):
        return []
    shapes = {k for k in known if k[1]} if known else None
    found: list[Agreement] = []
    taken = list(covered)
    for unit in units_of(text, document, structure):
        if any(s < unit.end and unit.start < e for s, e in taken):
            continue
        if known is not None and unit.number is None:
            continue
        other_style = bool(
            shapes and unit.number and number_style(text, unit.start, unit.number) not in shapes
        )
        if document.kind == "uitvoeringsagenda" and _theme(text, unit):
            continue  # a NOVEX agenda's arabic-numbered sections are themes, not actions
        if unit.number is None and formula_passages(text, unit.body_start, unit.end):
            continue  # a heading over "Rijk en regio spreken af …": the formula is the agreement
        begin = unit.title_start if unit.sentence_title else unit.body_start
        if rejects_unit(unit.title) or (
            _FRAME_TITLE.match(unit.title) and not _OWNER_LABEL.search(text, begin, unit.end)
        ):
            continue  # a frame heading, unless an action's owner and date are set under it
        if _HELD_OVER.match(text, unit.body_start, unit.end):
            continue  # "Aangehouden. De provincie bespreekt …": the item waits, agrees nothing
        if NOTHING_AGREED.match(text[unit.body_start : unit.end].lstrip()):
            continue  # "Geen besluiten. De dienst presenteert …": what follows is news
        if unagreed_item("", text[unit.body_start : unit.end]):
            continue  # "… Het Rijk honoreert dit niet. Geen afspraken.": asked, not agreed
        commitments = unit_commitments(text, begin, unit.end)
        if not commitments and shapes and unit.number and not other_style:
            commitments = agreement_reviews(text, begin, unit.end)  # "5) Evaluatie" over …
        if not commitments and unit.number and document.kind == "uitvoeringsagenda":
            commitments = owned_action(text, begin, unit.end)  # "[trekker · 2027 · …]"
        if commitments:  # "Actie: …" label lines under the item's formula sentence
            commitments = with_actions(text, begin, unit.end, commitments)
        if not commitments or (other_style and not _mostly_agreed(text, begin, unit, commitments)):
            continue
        title = unit.title if unit.number is not None or not unit.sentence_title else ""
        end = max(unit.end, commitments[-1].end)
        found.append(
            _agreement(document, structure, unit.number, title, unit.start, end, commitments)
        )
        taken.append((unit.start, end))
    for start, end in _free(document.start, document.end, taken):
        for p_start, p_end, commitments in formula_passages(text, start, end):
            title = text[p_start : commitments[0].start] if commitments[0].start > p_start else ""
            found.append(_agreement(document, structure, None, title, p_start, p_end, commitments))
    found.sort(key=lambda a: a.start)
    return found


def _mostly_agreed(text: str, begin: int, unit: Unit, commitments: list[Commitment]) -> bool:
    """A unit numbered otherwise than the agreements the layout rules read (an action list
    "A1 …" after "Afspraak 1 …") is one of them when most of what it says is undertaken; a
    section of the region's own plans with one undertaking among its remarks is not."""
    said = len(sentence_spans(text, begin, unit.end))
    return len(commitments) * 2 >= said


def with_general(
    text: str,
    document: Document,
    structure: Structure,
    covered: list[tuple[int, int]],
    found: list[Agreement],
) -> list[Agreement]:
    """The agreements the layout rules ``found`` in a document plus the general reader's.

    A numbered unit that holds an unnumbered formula passage the layout rules read ("(2)
    Spoorlijn …" over "Rijk en regio spreken af: …") is the agreement, with the passage's
    items among its commitments; a formula passage of the general reader that a layout rule
    read already is left to that rule."""
    kept_found = _without_empty(text, document, structure, found)
    gone = {a.start for a in found if a not in kept_found}
    covered = [span for span in covered if span[0] not in gone]
    found = kept_found
    numbered = [a for a in found if a.number is not None]
    loose = [a for a in found if a.number is None]
    # a lead-in over items may be the body of a numbered unit; a single formula sentence in
    # a numbered agenda item of minutes stays an agreement of its own
    # ("Afspraken: i. …" over one item is a lead-in too)
    leads = [
        a
        for a in loose
        if len(a.commitments) > 1 or a.title.rstrip().endswith(":") or _LABEL_LEAD.match(a.title)
    ]
    known = {number_style(text, a.start, a.number or "") for a in found} or None
    trimmed = _trimmed(text, document, structure, numbered)
    starts = {start for start, _ in trimmed}
    spans = [span for span in covered if span[0] not in starts] + trimmed
    added = general_agreements(text, document, structure, spans, known)
    kept = []
    for agreement in added:
        inside = [
            a
            for a in loose
            if agreement.start <= a.start
            and a.end <= agreement.end
            and (a in leads or _one_of(text, a, agreement, document.kind))
        ]
        if agreement.number is None:
            if not any(a.start < agreement.end and agreement.start < a.end for a in loose):
                kept.append(agreement)
        elif all(
            a.start >= agreement.end or a.end <= agreement.start or a in inside for a in loose
        ):
            kept.append(agreement)
            loose = [a for a in loose if a not in inside]
    return numbered + loose + kept


def _without_empty(
    text: str, document: Document, structure: Structure, found: list[Agreement]
) -> list[Agreement]:
    """The layout rules' agreements less the numbered items they read without commitments or
    type whose unit is a frame heading or says it agrees nothing ("Afspraak 5 - Rondvraag",
    "Afspraak 4 - …" over "Geen nieuwe afspraken"): a heading numbered like an agreement
    does not make one; and less the commitments that only report a phase."""
    ordered = units_of(text, document, structure)
    units = {(u.start, u.number): u for u in ordered}
    after = {(u.start, u.number): v for u, v in pairwise(ordered)}
    dropped = []
    for agreement in found:
        unit = units.get((agreement.start, agreement.number))
        if agreement.number is None or agreement.types or unit is None:
            continue
        below = after.get((unit.start, unit.number))
        if (
            below is not None
            and below.number
            and _within(below.number, unit.number or "")
            and not text[unit.body_start : below.start].strip()
        ):
            # a chapter heading ("1   Wonen") right over its items ("1.a …"): the items are
            # the agreements, not the chapter
            dropped.append(agreement)
            continue
        # up to where the layout rule ended the item: a theme's closing remark under its last
        # action ("Geen nieuwe afspraken over …") is no part of that action
        body = text[unit.body_start : min(unit.end, max(agreement.end, unit.body_start))].lstrip()
        if not agreement.commitments and (
            _FRAME_TITLE.match(unit.title) or NOTHING_AGREED.search(body[:200])
        ):
            dropped.append(agreement)
        elif unagreed_item(unit.title, body):
            # "Afspraak 5: … (achtergrond)" over what happened, closed by "Geen afspraken.";
            # "Afspraak 1: Opening" over the minutes adopted in prose: no formula, no agreement
            dropped.append(agreement)
        elif _FRAME_TITLE.match(unit.title) and NOTHING_AGREED.match(body):
            # a frame heading whose body opens by saying nothing was agreed ("Rondvraag" over
            # "Er zijn geen nieuwe afspraken gemaakt. De regio meldt …"): what follows is news
            dropped.append(agreement)
        elif (
            _CLOSING_TITLE.match(unit.title) or _frame_chapter(text, unit, ordered)
        ) and formula_passages(text, unit.body_start, unit.end):
            # a closing section ("4  Slot") or a frame chapter ("3.  MONITORING") that agrees
            # by formula: the formula sentence is the agreement, unnumbered, as the general
            # reader reads it
            dropped.append(agreement)
    kept = []
    for agreement in found:
        if agreement in dropped:
            continue
        # a bullet that only reports the phase ("Het project is in realisatie; …") is
        # background, not a commitment
        commitments = tuple(c for c in agreement.commitments if not reports_phase(c.text))
        if commitments and commitments != agreement.commitments:
            agreement = replace(agreement, commitments=commitments)
        kept.append(agreement)
    return kept


def _frame_chapter(text: str, unit: Unit, ordered: list[Unit]) -> bool:
    """ "3.  MONITORING", "4  Financiën": a chapter of the frame, its title in capitals or
    its number following a chapter's, and no agreement's; no action's owner is set under it."""
    return (
        _FRAME_TITLE.match(unit.title) is not None
        and (unit.title.isupper() or _after_a_chapter(text, unit, ordered))
        and not _OWNER_LABEL.search(text, unit.body_start, unit.end)
    )


# "3", "12", "III", "IV": a plain number, arabic or in capital roman numerals.
_PLAIN_NUMBER = re.compile(r"\d{1,2}|[IVX]{1,5}")


def _after_a_chapter(text: str, unit: Unit, ordered: list[Unit]) -> bool:
    """ "3  Monitoring" after "2  Afspraken" over "2.1", "2.2" or "(1)", "(2)", "III. Financiën"
    after "II. AFSPRAKEN" over "1.", "2.": a plain number that follows a chapter of items
    numbered otherwise is a chapter's, whatever the case of its title (in a list of agenda
    items "1. Opening", "2. Financiën" no item lies between)."""
    if not _PLAIN_NUMBER.fullmatch((unit.number or "").rstrip(".")):
        return False
    mark = _mark(text, unit)
    between = False
    for other in reversed(ordered):
        if other.start >= unit.start:
            continue
        if _mark(text, other) == mark:
            return between and _PLAIN_NUMBER.fullmatch((other.number or "").rstrip(".")) is not None
        between = True
    return False


def _mark(text: str, unit: Unit) -> str:
    """ "(9)" for "(1)  …", "9" for "3.  …" and "4  …", "R" for "III.  …": how a unit's number
    is marked."""
    mark = text[unit.start : unit.title_start].strip().rstrip(".")
    return re.sub(r"\d+", "9", re.sub(r"\b[IVX]{1,5}\b", "R", mark))


def _one_of(text: str, loose: Agreement, unit: Agreement, kind: str = "") -> bool:
    """A formula sentence the layout rules read on its own that is a bullet among a numbered
    unit's undertakings ("o  Het Rijk en de regio spreken af …"), or the one undertaking of
    an arrangement's numbered item, belongs to it; one in running text of minutes stays."""
    said = {normalise_space(c.text): c.start for c in unit.commitments}
    starts = [said.get(normalise_space(c.text)) for c in loose.commitments]
    if not starts or any(at is None for at in starts):
        return False
    if unit.number and (
        kind in {"ruimtelijk_arrangement", "afsprakenlijst"} or _LOWER_MARK.fullmatch(unit.number)
    ):
        return True  # "XX-05  Titel" over "Rijk en provincie komen overeen …" and what follows,
        # as an item of a list of agreements numbered in a style the structure knows is read
    if all(_ENUMERATED_BEFORE.search(text, max(0, at - 40), at) for at in starts if at is not None):
        return True  # "1. Partijen komen overeen …" numbered under the unit: one of its items
    if unit.number and "\n" not in text[unit.start : loose.start]:
        return True  # "3. N99 Rondweg. Partijen spreken af …": on the item's own line
    return len(unit.commitments) > len(loose.commitments) and all(
        at is not None and _bulleted(text, at) for at in starts
    )


def _bulleted(text: str, at: int) -> bool:
    """A commitment at ``at`` is a bullet: its mark right before it or where it starts."""
    return bool(_BULLET_BEFORE.search(text, 0, at) or _BULLET_AT.match(text, at))


def _trimmed(
    text: str, document: Document, structure: Structure, numbered: list[Agreement]
) -> list[tuple[int, int]]:
    """The spans of numbered agreements, each cut at the next unit numbered the same way or
    at a numbered heading of another style that is none of its sub-units: a layout rule may
    let "II" run on over "III", or "Afspraak 2" over an action list "A1 …", "A2 …" below
    it, which are then agreements of their own."""
    heads = [
        (u.start, u.number, number_style(text, u.start, u.number))
        for u in units_of(text, document, structure)
        if u.number and not u.sentence_title
    ]
    spans = []
    for agreement in numbered:
        number = agreement.number or ""
        style = number_style(text, agreement.start, number)
        end = min(
            (
                start
                for start, other, shape in heads
                if agreement.start < start < agreement.end
                and other != number
                and (shape == style or not _within(other, number))
            ),
            default=agreement.end,
        )
        spans.append((agreement.start, end))
    return spans


def _within(number: str, parent: str) -> bool:
    """ "2.1" or "2a" under "2": a sub-unit of the agreement, not a unit after it."""
    return number.startswith(parent) and len(number) > len(parent)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``start``–``end`` that no span in ``taken`` covers."""
    free = []
    cursor = start
    for s, e in sorted(taken):
        if e <= cursor or s >= end:
            continue
        if s > cursor:
            free.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < end:
        free.append((cursor, end))
    return free


def _agreement(
    document: Document,
    structure: Structure,
    number: str | None,
    title: str,
    start: int,
    end: int,
    commitments: list[Commitment],
) -> Agreement:
    title = normalise_space(title) or commitments[0].text
    if number is None and title.rstrip().endswith(":"):
        title = f"{title} {commitments[0].text}"  # "Rijk en regio spreken af: het Rijk …"
    return agreement_in(
        document, structure, f"g{start}", number, short_title(title), commitments, start, end
    )


def number_style(text: str, start: int, number: str) -> tuple[str, str]:
    """How a number is written, not which it is: the word before it and its shape
    ("Afspraak 5.2" → ("afspraak", "9.9"), "A.12 …" → ("", "A.9"))."""
    word = (
        re.match(
            rf"[ \t]*([A-Za-z]{{2,}}\.?)[ \t]*\(?{re.escape(number)}", text[start : start + 40]
        )
        if number
        else None
    )
    roman = re.sub(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)(?![A-Za-z])", "r", number)
    shape = re.sub(r"[A-Z]", "A", re.sub(r"\d+", "9", roman))
    return (word.group(1).lower() if word else "", shape)


# "Actie 1.1", "Maatregel 2", "Actiepunt 3": a number with the word of an action is no theme's.
_ACTION_WORD = re.compile(r"[ \t]*(?:actie|maatregel|afspraak|besluit)\w*[ \t]+\d", re.IGNORECASE)


_CHAPTER_WORD = re.compile(r"(?:hoofdstuk|deel|paragraaf|bijlage)\b", re.IGNORECASE)
# "Thema A: Wonen", "Opgave 2 – Water": a theme of the agenda, however it is numbered.
_THEME_WORD = re.compile(r"[ \t]*(?:thema|opgave)[ \t]+(?:\d|[A-H]\b)", re.IGNORECASE)


def _theme(text: str, unit: Unit) -> bool:
    if _ACTION_WORD.match(text, unit.start):
        return False
    if _THEME_WORD.match(text, unit.start):
        return True
    return re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", unit.number or "") is not None


@once_per_extraction
def units_of(text: str, document: Document, structure: Structure) -> list[Unit]:
    """The units of a document: a unit runs from its heading to the next heading that opens a
    unit, a section of the structure, or a closing formula."""
    lines = lines_in(text, document.start, document.end)
    heads: list[Head] = []
    runs = labelled_runs(lines)  # "Actiepunt 1", "Actiepunt 2": a label word numbering items
    numbered_at = {  # the structure's numbered items; a chapter ("Hoofdstuk 4 …") is none
        s.start: s
        for s in structure.of(document.identifier)
        if s.number and not _CHAPTER_WORD.match(text, s.start)
    }
    stops: list[int] = [s.start for s in structure.of(document.identifier)]
    parent_style: str | None = None
    parent_number: str | None = None
    previous: Line | None = None
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        following = lines[index + 1] if index + 1 < len(lines) else None
        if _CLOSING.match(stripped):
            stops.append(line.start)
            parent_style = None
        elif (label := _NUMBER_LABEL.match(stripped)) is not None:
            title_line = _TITLE_LABEL.match(following.text.strip()) if following else None
            title = title_line.group("title").strip() if title_line else ""
            heads.append((line, label.group("number"), title, False))
            parent_style = "label"
        elif (lettered := lettered_head(line, following)) is not None:
            heads.append((line, lettered[0], lettered[1], False))
            parent_style, parent_number = "a.", lettered[0]
        elif (head := numbered_head(line, previous)) is not None:
            number, title, style = head
            sentence = is_sentence(title)
            # "1.1 De provincie …" under "1. Wonen" is a unit of its own; "3.1 Het Rijk …"
            # under "Artikel 3 Bijdragen" is a lid of the article
            child = (
                parent_number is not None
                and parent_style not in {"artikel", "art."}
                and number.startswith(f"{parent_number}.")
            )
            listed = style in _LIST_STYLES or (parent_style in {"artikel", "art."} and not child)
            if (
                (sentence or parent_style == "a.")
                and listed
                and parent_style not in (None, style)
                and not child
            ):
                pass  # "1. Het Rijk draagt …" under "Artikel 2 Bijdragen": an item of it
            else:
                heads.append((line, number, title, sentence))
                if not sentence:
                    parent_style, parent_number = style, number
        elif index in runs:
            number, title, style = runs[index]
            heads.append((line, number, title, is_sentence(title)))
            parent_style, parent_number = style, number
        elif (known := numbered_at.get(line.start + len(line.text) - len(stripped))) is not None:
            # "(A) Titel", "1-a Titel", "Nr. 2 Titel": an item the structure knows by its run
            heads.append((line, known.number or "", known.title, False))
            parent_style, parent_number = "section", known.number
        elif _heading_line(line, previous, following):
            heads.append((line, None, stripped, False))
            parent_style = "heading"
        previous = line
    heads = paired(heads)
    units: list[Unit] = []
    boundaries = sorted({h[0].start for h in heads} | set(stops) | {document.end})
    for line, number, title, sentence in heads:
        end = next((b for b in boundaries if b > line.start), document.end)
        title = _NOTE.sub("", title) or title
        title_start = line.start + max(line.text.find(title[:20]), 0)
        if sentence:
            stop = re.search(r"\.\s", title)
            if stop and stop.start() <= 70 and not is_undertaking(title[: stop.start()]):
                title = title[: stop.start()]
        units.append(Unit(number, title, line.start, title_start, line.end, end, sentence))
    return units


def _heading_line(line: Line, previous: Line | None, following: Line | None) -> bool:
    """A short unnumbered line over a paragraph: a capital first letter, no closing mark, a
    blank line above it, text right under it, and no undertaking of its own."""
    stripped = line.text.strip()
    if following is None or following.blank_before or not line.blank_before:
        return False
    words = _WORDS.findall(stripped)
    if not (1 <= len(words) <= 9) or len(stripped) > 70:
        return False
    if not stripped[:1].isupper() or stripped.endswith((".", ",", ";", ":")):
        return False
    if BULLET_GLYPH.match(stripped) or _FURNITURE.match(stripped) or LETTER_START.match(stripped):
        return False
    if "  " in stripped or "|" in stripped or "\t" in stripped or is_undertaking(stripped):
        return False  # a table row, or a sentence without its full stop
    if _PLACE_AND_DATE.search(stripped):
        return False  # "Den Haag, 19 april 2010": where and when a letter was written
    return previous is not None
