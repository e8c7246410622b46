"""Numbered items that are agreements in lists of agreements ("3. A13/A16 Rotterdam", "A.1 …").

An afsprakenlijst numbers its items in any style (``1.``, ``A.1``, ``1.1``); the section tree
already holds them. An item is an agreement when its own text (up to its first sub-item)
says what Rijk and region agree — a formula ("spreken af", "komen overeen", "Afspraken:")
or, in an afsprakenlijst, a list of bullets — and it is not one of the procedural items of
a meeting (opening, minutes, any other business). A parent whose agreements all sit in its
sub-items is a heading, not an agreement. Outside an afsprakenlijst, an item whose only
formula is an "Afspraak: …" line is a theme holding that (unnumbered) agreement, and the
numbered agenda points of other minutes ("Verslag Stuurgroep …") are no agreements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .enumerated_runs import CODE_NUMBER
from .patterns import ANNOUNCING_FORMULA, agreement_formulas
from .splitting import Document
from .structure import Section, Structure
from .textutil import Spans
from .unit_commitments import rejects_unit

__all__ = [
    "ACTION_LABEL",
    "NUMBERED_ITEM_GENRES",
    "WHAT_LINE",
    "NumberedItem",
    "action_clauses",
    "numbered_clauses",
    "numbered_items",
]

NUMBERED_ITEM_GENRES = frozenset({"afsprakenlijst", "uitvoeringsagenda", "other"})
_PROCEDURAL = re.compile(
    r"^(?:opening|mededeling|vaststell|verslag|afsprakenlijst|agenda|rondvraag|sluiting|"
    r"afsluiting|aanwezig|inleiding|algemeen|ter\s+kennisname|ingekomen|vergaderschema|"
    r"terugblik|voortgang\s+afspraken|welkom|wat\s+verder\s+ter\s+tafel|vervallen\b|vervolg\s*$|"
    r"overig(?:e\s+(?:punten|zaken|onderwerpen))?\s*$|moties\b|toezeggingen\b)",
    re.IGNORECASE,
)
_CHAPTER = re.compile(r"\bafspraken\b", re.IGNORECASE)
# "1. Vaststelling verslag" over "• Het verslag … wordt vastgesteld.": written as a decision
# like every other item, the approval of the minutes is one of the list's agreements.
_MINUTES_APPROVED = re.compile(r"^(?:vaststelling\s+)?(?:verslag|afsprakenlijst)", re.I)
_ANNOUNCING_LINE = re.compile(
    r"^[^\n]{0,80}\b(?:spreken|komen|verklaren|zijn)\b[^.\n]{0,60}\bvolg(?:ende|t)\b"
    r"[^.\n]{0,40}:[ \t]*$"
    # "KOMEN OVEREEN:", "VERKLAREN:" on a line of their own under the signatories
    r"|^[ \t]*(?:en[ \t]+)?(?:partijen[ \t]+)?(?:komen[ \t]+(?:hierbij[ \t]+)?overeen|"
    r"verklaren(?:[ \t]+hierbij)?|spreken[ \t]+(?:hierbij[ \t]+)?af)[ \t]*:[ \t]*$"
    # "KOMEN HET VOLGENDE OVEREEN" in capitals on a line of its own, no colon
    r"|^[ \t]*(?:EN[ \t]+)?(?:PARTIJEN[ \t]+)?(?:KOMEN|VERKLAREN|SPREKEN)[ \t]+(?:HIERBIJ[ \t]+)?"
    r"HET[ \t]+VOLGENDE[ \t]+(?:OVEREEN|AF)[ \t]*+(?::[ \t]*+)?$"
    # "…; komen het volgende overeen:" run on after the last consideration
    r"|;[ \t]+(?:en[ \t]+)?(?:partijen[ \t]+)?(?:komen|verklaren|spreken)[ \t]+(?:hierbij[ \t]+)?"
    r"(?:het[ \t]+volgende[ \t]+)?(?:overeen|af)?[ \t]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SENTENCE = re.compile(r"[a-zà-ÿ)\d]\.(?:\s|$)")
_MINUTES = re.compile(r"\s*verslag\b", re.IGNORECASE)
_BULLET_FIRST = re.compile(r"\s*•")
# "Geen nadere afspraken.", "Hierover worden thans geen afspraken gemaakt.": nothing agreed
_NOTHING_AGREED = re.compile(
    r"\bgeen\s+(?:nadere|verdere|nieuwe|aanvullende)\s+afspraken\b"
    r"|\b(?:worden|wordt)\s+(?:(?:thans|nu|vooralsnog|nog|hierover)\s+){0,2}geen\s+afspra(?:ak|ken)"
    r"\s+gemaakt\b",
    re.I,
)
_LABEL = re.compile(r"^\s*(?:•\s*)?afspraak\s*:", re.IGNORECASE)
_AGREED_LABEL = re.compile(r"(?:^|(?<=[.;][ \t]))afgesproken[ \t]+is[ \t]*:", re.I | re.M)
_LIST_LINE = re.compile(r"^[ \t]*(?:•|[a-z][.)][ \t]|\((?:[a-z]|[ivx]{1,4})\)[ \t])", re.MULTILINE)
# "Artikel 3 Financiering", "Art. 3  Financiering" of a covenant whose parties "komen het
# volgende overeen".
_ARTICLE = re.compile(r"[ \t]*(?:artikel|art\.)[ \t]*(?:\d|[IVX]{1,4}\b)", re.IGNORECASE)
_CHAPTER_WORD = re.compile(r"[ \t]*(?:hoofdstuk|deel)\b", re.IGNORECASE)
# The articles that define terms or state the purpose agree nothing themselves.
# "Looptijd" over "Dit arrangement geldt tot 1 januari 2016.": the text's own term in one
# sentence, no undertaking of a party.
_OWN_TERM = re.compile(
    r"\s*(?:dit|deze)[ \t]+(?:arrangement|overeenkomst|convenant|afsprakenlijst|agenda)[ \t]+"
    # the sentence is the paragraph: a blank line or the end after it (a signing line may follow)
    r"(?:geldt|loopt|eindigt)\b[^.\n]{0,120}\.(?:[ \t]*\n[ \t]*\n|\s*$)",
    re.IGNORECASE,
)
_NO_AGREEMENT_ARTICLE = re.compile(
    r"^(?:begripsbepaling|begrippen|definitie|doel(?:stelling)?\b|citeertitel|slotbepaling)",
    re.IGNORECASE,
)


# "2.1 Water en natuur", "II.1 Water en natuur": a theme of a uitvoeringsagenda, not an action.
_THEME_NUMBER = re.compile(r"\d|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)(?:\.\d|\.?$)")
# A paragraph that closes a letter's list of items; it belongs to the letter, not the last item.
_CLOSING = re.compile(r"^(?:tot\s+slot|ten\s+slotte|tenslotte|afsluitend)\b", re.I | re.M)


@dataclass(frozen=True, slots=True)
class NumberedItem:
    """A numbered item that holds agreements; offsets are in the cleaned text."""

    number: str
    title: str
    document: str
    section: Section | None
    start: int
    header_end: int
    body_end: int
    end: int
    clause: bool = False
    headed: bool = False  # a title line over the action's sentences


def numbered_items(
    text: str, document: Document, structure: Structure, covered: list[tuple[int, int]]
) -> list[NumberedItem]:
    """The numbered items of ``document`` that are agreements (rules in the module docstring);
    ``covered``: the spans of this document's agreements found so far (blocks, table rows)."""
    # An arrangement written as a numbered list ("1. Woningbouw" over its bullets) has its
    # agreements there; one with "Afspraak 2.1" blocks has chapters there instead.
    listed = document.kind == "ruimtelijk_arrangement" and not covered
    if document.kind not in NUMBERED_ITEM_GENRES and not listed:
        return []
    if document.kind == "other" and _MINUTES.match(text, document.start, document.end):
        return []  # the agenda points of a steering group's minutes: what it agreed is in
        # their formula sentences, read as unnumbered agreements
    sections = list(structure.of(document.identifier))
    taken = Spans(covered)
    found: list[NumberedItem] = []
    first_child: dict[str, int] = {}
    for s in sections:  # sections come in order: a parent's first child is met first
        if s.parent is not None:
            first_child.setdefault(s.parent, s.start)
    own_ends = {s.identifier: first_child.get(s.identifier, s.end) for s in sections}
    if sections:  # "Tot slot spreken Rijk en regio af …" after the last item closes the letter
        last = sections[-1]
        closing = _CLOSING.search(text, last.heading_end, own_ends[last.identifier])
        if closing is not None:
            own_ends[last.identifier] = closing.start()
    announcing = {
        s.identifier
        for s in sections
        if ANNOUNCING_FORMULA.search(text, s.heading_end, own_ends[s.identifier])
    }
    agreed_articles = _ANNOUNCING_LINE.search(text, document.start, document.end)
    articled = agreed_articles is not None and any(_ARTICLE.match(text, s.start) for s in sections)
    for section in sections:
        if section.number is None or taken.contains(section.start):
            continue
        if _CHAPTER_WORD.match(text, section.start):
            continue  # "Hoofdstuk 4 Landelijk gebied": a chapter; its formula sentences are
            # unnumbered agreements
        if articled and agreed_articles is not None and section.start < agreed_articles.end():
            continue  # the preamble of articles: signatories and considerations agree nothing
        body_end = own_ends[section.identifier]
        if _ARTICLE.match(text, section.start) and agreed_articles is not None:
            if (
                section.start > agreed_articles.end()
                and not _NO_AGREEMENT_ARTICLE.match(section.title)
                and not rejects_unit(text[section.heading_end : body_end])
                and not _OWN_TERM.match(text, section.heading_end, body_end)
            ):  # "In deze overeenkomst wordt verstaan onder …": definitions agree nothing
                found.append(_item(section, document, body_end, clause=True))
            continue
        if section.parent in announcing and (
            _LIST_LINE.search(text, section.heading_end, body_end)
            or _SENTENCE.search(text, section.heading_end, body_end)
        ):
            # "De partners spreken af de volgende maatregelen uit te voeren." over "3.1 …",
            # "3.2 …": each announced item is an agreement, formula or not.
            found.append(_item(section, document, body_end))
            continue
        if section.identifier in announcing and not _LIST_LINE.search(
            text, section.heading_end, body_end
        ):
            continue  # the lead-in that announces the items below, no agreement itself
        if document.kind == "uitvoeringsagenda" and _THEME_NUMBER.match(section.number):
            continue  # "2.1 Water en natuur": a theme of the agenda; a formula sentence in
            # it is an unnumbered agreement, its actions ("A1", "A.2") are numbered ones
        if _PROCEDURAL.match(section.title) and not (
            _MINUTES_APPROVED.match(section.title)
            and (
                _BULLET_FIRST.match(text, section.heading_end, body_end)
                # "Verslag …" over "Het verslag wordt vastgesteld. Afgesproken is: …": the
                # minutes adopted, then a thing agreed under a label
                or _AGREED_LABEL.search(text, section.heading_end, body_end)
            )
        ):
            continue  # opening, rondvraag; the minutes approved in prose are no agreement
        if _NOTHING_AGREED.search(text, section.heading_end, body_end):
            continue  # "Geen nadere afspraken.": the item reports, it agrees nothing
        if taken.starts_within(section.heading_end, body_end):
            continue  # a chapter over "Afspraak 2.1 …" blocks, not an agreement itself
        body = text[section.heading_end : body_end]
        matches = agreement_formulas(body)
        formulas = len(matches)
        if (
            document.kind != "afsprakenlijst"
            and matches
            and all(_LABEL.match(m.group()) for m in matches)
        ):
            continue  # "2.2 Zeetoegang …" over "Afspraak: IenW …": a theme holding a labelled
            # agreement, which is read as an unnumbered one
        if (
            document.kind == "other"
            and matches
            and _after_prose(body, matches[0])
            and not _mostly_agreeing(text, sections, section, own_ends)
        ):
            continue  # "4. Financiën" over what the Rijk reserves, then "Rijk en regio komen
            # overeen dat …" among chapters that agree nothing: a chapter of a text that is no
            # list of agreements; its formula sentence is an unnumbered agreement
        # "OZL.1  Fonds …" over its bullets: an action coded like its neighbours agrees them.
        coded = CODE_NUMBER.fullmatch(section.number) is not None
        agreed = formulas > 0 or (
            (document.kind == "afsprakenlijst" or listed or coded) and bool(_LIST_LINE.search(body))
        )
        if not agreed:
            continue
        if document.kind != "afsprakenlijst" and (formulas > 1 or _CHAPTER.search(section.title)):
            continue  # a chapter of agreements ("4 Afspraken tussen Rijk en regio"), not one
        found.append(_item(section, document, body_end))
    return found


def _mostly_agreeing(
    text: str, sections: list[Section], section: Section, own_ends: dict[str, int]
) -> bool:
    """Whether most numbered items beside ``section`` state a formula, as in a list of
    agreements with background before each, unlike chapters of a report or decision."""
    siblings = [s for s in sections if s.parent == section.parent and s.number is not None]
    agreeing = sum(
        1 for s in siblings if agreement_formulas(text[s.heading_end : own_ends[s.identifier]])
    )
    return agreeing * 2 > len(siblings)


def _after_prose(body: str, formula: re.Match[str]) -> bool:
    """Whether a sentence of prose precedes the formula, which announces no list."""
    if _SENTENCE.search(body, 0, formula.start()) is None:
        return False
    line_end = body.find("\n", formula.end())
    rest = body[formula.end() : line_end if line_end >= 0 else len(body)]
    return not rest.rstrip().endswith(":")


def _item(
    section: Section, document: Document, body_end: int, *, clause: bool = False
) -> NumberedItem:
    assert section.number is not None
    return NumberedItem(
        number=section.number.rstrip("."),
        title=section.title.strip(" –—-:"),
        document=document.identifier,
        section=section,
        start=section.start,
        header_end=section.heading_end,
        body_end=body_end,
        end=body_end,
        clause=clause,
    )


# "1.1 De provincie accommodeert tot en met 2030 …": an article of an agreement written as
# a numbered sentence, not a heading.
_CLAUSE = re.compile(
    r"^[ \t]*(?P<number>\d{1,2}\.\d{1,2})\.?[ \t]+(?P<text>[A-ZÀ-Ý][^\n]*)$", re.MULTILINE
)


def numbered_clauses(
    text: str, document: Document, structure: Structure, covered: list[tuple[int, int]]
) -> list[NumberedItem]:
    """Numbered sentences under a lead-in that announces them ("Komen het volgende
    overeen:" over "1. Wonen" over "1.1 De provincie …", "1.2 Het Rijk …"): each is an
    agreement, titled and committed by its own sentence."""
    if document.kind not in NUMBERED_ITEM_GENRES and document.kind != "ruimtelijk_arrangement":
        return []
    lead = _ANNOUNCING_LINE.search(text, document.start, document.end)
    if lead is None:
        return []
    # "Artikel 3 - Financiering" over "3.1 …", "3.2 …": leden of the article, not agreements.
    articles = [
        (section.start, section.end)
        for section in structure.of(document.identifier)
        if _ARTICLE.match(text, section.start)
    ]
    taken = Spans(covered + articles)
    headings = {section.start for section in structure.of(document.identifier)}
    found: list[NumberedItem] = []
    for match in _CLAUSE.finditer(text, lead.end(), document.end):
        if taken.contains(match.start()) or match.start("number") in headings:
            continue  # inside an "Afspraak" block or an article, or a numbered heading
        end = _clause_end(text, match.end(), document.end)
        if not text[match.start() : end].rstrip().endswith((".", ";")):
            continue  # a heading ("2.1 Water en natuur"), not a sentence
        found.append(
            NumberedItem(
                number=match.group("number"),
                title=" ".join(match.group("text").split())[:160],
                document=document.identifier,
                section=None,
                start=match.start(),
                header_end=match.start("text"),
                body_end=end,
                end=end,
                clause=True,
            )
        )
    return found if len(found) >= 2 else []


def _clause_end(text: str, start: int, limit: int) -> int:
    """A clause runs on over its wrapped lines, up to a blank line or the next numbered line."""
    end = start
    while end < limit:
        next_end = text.find("\n", end + 1)
        next_end = limit if next_end < 0 or next_end > limit else next_end
        line = text[end + 1 : next_end]
        if not line.strip() or re.match(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.)\s", line):
            break
        end = next_end
    return end


# "A.1  Rijk en gemeente stellen een ontwikkelovereenkomst op." over "Trekker: …  Wanneer: …":
# an action of an agenda, numbered with a capital letter.
_ACTION = re.compile(
    r"^[ \t]*(?:(?P<word>(?i:actie|maatregel))[ \t]+)?"  # "Actie 2  Walstroom Oostkade"
    r"(?P<number>[A-H][.-]?\d{1,2}|(?(word)\d{1,2}[a-z]?|(?!)))[.:]?[ \t]+"
    r"(?P<text>[A-ZÀ-Ý][^\n]*)$",
    re.MULTILINE,
)
_TITLE_OVER_SENTENCES = re.compile(r"[^\n]*[^.:;,\s][ \t]*\n[ \t]*[A-ZÀ-Ý][^\n]*\.[^\n]*(?:\n|$)")
ACTION_LABEL = re.compile(
    r"^[ \t]*(?:trekker|eigenaar|wie|wat|wanneer|planning|termijn|gereed|deadline|geld|middelen|"
    r"kosten|budget|financiering)[ \t]*:",
    re.IGNORECASE,
)
# "→ Trekker: …; Planning: …" (the cleaner writes the arrow as "•"): a label line marked by
# an arrow or a bullet, as much the action's label line as one without it.
_MARKED_LABEL = re.compile(r"^[ \t]*[•>→][ \t]*(?=\S)")
# "Wat: De provincie stelt … op.": the line of an action's label block that says what is done.
WHAT_LINE = re.compile(r"^[ \t]*wat[ \t]*:[ \t]*", re.IGNORECASE | re.MULTILINE)


def action_clauses(
    text: str, document: Document, structure: Structure, covered: list[tuple[int, int]]
) -> list[NumberedItem]:
    """Actions written as numbered sentences ("A.1  De gemeente legt het plan ter inzage.")
    with their owner and time on label lines ("Trekker:", "Wanneer:"): each is an agreement,
    titled and committed by its own sentence. A letter-numbered heading without such lines
    and not a sentence is a section, read elsewhere."""
    if document.kind not in NUMBERED_ITEM_GENRES:
        return []
    taken = Spans(covered)
    headings = {section.start for section in structure.of(document.identifier)}
    found: list[NumberedItem] = []
    for match in _ACTION.finditer(text, document.start, document.end):
        if taken.contains(match.start()):
            continue
        end, labelled, block_end = _action_end(text, match.end(), document.end)
        if match.start("number") in headings and not labelled:
            continue  # "A1 Gebiedsproces Gelderse Vallei": a heading over its paragraph
        sentence = text[match.start("text") : end].rstrip()
        if not (labelled or (document.kind == "uitvoeringsagenda" and sentence.endswith("."))):
            continue
        # "A.2  Ringweg Oostkant" over "De verkenning loopt. Het Rijk legt …": a title line
        # over the action's sentences, not the first line of one sentence
        headed = labelled and _TITLE_OVER_SENTENCES.match(sentence) is not None
        title = match.group("text").strip() if headed else sentence
        found.append(
            NumberedItem(
                number=match.group("number"),
                title=" ".join(title.split())[:160],
                document=document.identifier,
                section=None,
                start=match.start(),
                header_end=match.end("text") if headed else match.start("text"),
                headed=headed,
                body_end=end,
                end=block_end if labelled else end,
                clause=True,
            )
        )
    return found if len(found) >= 2 else []


def _action_end(text: str, start: int, limit: int) -> tuple[int, bool, int]:
    """The end of an action's sentence (its wrapped lines), whether label lines follow, and
    the end of the action's block (up to a blank line or the next action)."""
    end = start
    labelled = False
    position = start
    sentence_first: bool | None = None  # an unmarked line straight under the title
    while position < limit:
        next_end = text.find("\n", position + 1)
        next_end = limit if next_end < 0 or next_end > limit else next_end
        line = text[position + 1 : next_end]
        if not line.strip() or _ACTION.match(line):
            break
        # a marked label line counts under a sentence ("Titel" over "De gemeente bouwt …"
        # over "→ Trekker: …"); when marked lines start straight under the title ("→ Wat:
        # …", "→ Wie: …") they are the action's own text, read by other rules
        mark = _MARKED_LABEL.match(line)
        if sentence_first is None:
            sentence_first = mark is None
        marked = mark is not None and ACTION_LABEL.match(line[mark.end() :]) is not None
        if ACTION_LABEL.match(line) or (marked and sentence_first):
            labelled = True
        elif not labelled:
            end = next_end
        position = next_end
    return end, labelled, position
