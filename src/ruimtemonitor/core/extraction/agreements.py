"""Stage 5: agreements and their commitments, with owners and normalised departments.

Numbered agreements come from the "Afspraak N.M" blocks; their commitments are
the top-level bullets after the block's own lead-in ("Rijk en provincie spreken
af:"), not bullets quoting an earlier meeting ("… hebben Rijk en GO
afgesproken:"). Unnumbered agreements are lead-ins outside any block and
sentences such as "Afgesproken is dat …" or "Rijk en regio hebben afgesproken …".
"""

from __future__ import annotations

import os
import re

from .action_blocks import with_actions
from .action_paragraphs import action_paragraphs
from .agreement_record import Agreement, agreement_in
from .agreement_sentences import (
    LABEL,
    Commitment,
    formula_sentences,
    numbered_leden,
    stated_sentences,
    undertakings,
)
from .aligned_actions import aligned_actions
from .bracket_items import number_formula_items
from .code_rows import code_row_agreements
from .formula_units import items_below
from .general_agreements import general_agreements, with_general
from .genres import makes_agreements
from .item_preambles import (
    clause_over_table,
    marked_lines,
    paragraph_after,
    stated_before_items,
)
from .items import Item, bullet_level, enumerated_items, items_in, lines_in
from .labelled_blocks import labelled_agreements, labelled_spans
from .numbered_items import (
    ACTION_LABEL,
    NUMBERED_ITEM_GENRES,
    WHAT_LINE,
    NumberedItem,
    action_clauses,
    numbered_clauses,
    numbered_items,
)
from .owners import find_owner, normalise_departments, opens_with_party, sentence_owner
from .patterns import (
    ANNOUNCING_FORMULA,
    BULLET_GLYPH,
    ENUMERATOR,
    agreement_formulas,
)
from .row_agreements import row_agreements
from .sentence_items import sentence_items
from .splitting import Document
from .structure import AfspraakBlock, Structure
from .subject_rows import subject_row_agreements
from .textutil import normalise_space, sentence_spans
from .unagreed_items import without_unagreed
from .unit_commitments import unit_commitments

__all__ = [
    "Agreement",
    "Commitment",
    "find_agreements",
    "find_owner",
    "normalise_departments",
]

_LEAD_IN_PRESENT = re.compile(
    r"(?:\bspreken\b[^.:\n]{0,80}\baf\b|\bkomen\b[^.:\n]{0,80}\bovereen\b)[^.\n]{0,40}:\s*$"
    r"|^\s*(?:afspraak|afspraken)\s*:\s*$",
    re.IGNORECASE,
)
_LEAD_IN_DAT = re.compile(
    r"(?:\bspreken\b[^.:\n]{0,80}\baf\b|\bkomen\b[^.:\n]{0,80}\bovereen\b)[ \t]+dat[ \t]*$",
    re.IGNORECASE,
)
_LEAD_IN_ANY = re.compile(
    r"(?:\bspr(?:e|a)ken\b[^.:\n]{0,80}\baf\b|\bafgesproken|\bafspraken\b[^.:\n]{0,60}\bop)[^.\n]{0,60}:\s*$",
    re.IGNORECASE,
)
_LAPSED = re.compile(r"\s*(?:vervallen|komt\s+te\s+vervallen)\b", re.IGNORECASE)
# "Rondvraag", "Rondvraag en sluiting" as an agreement block's whole title.
_ANY_OTHER_BUSINESS = re.compile(
    r"[ \t]*+(?:[-–—:][ \t]*+)?rondvraag(?:[ \t]+en[ \t]+sluiting)?[ \t.]*$", re.IGNORECASE
)
# "(i) slopen …", "b. bouwen …": the mark of a sub-item, no part of its text.
_SUB_MARK = re.compile(r"^(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s+")


def find_agreements(
    text: str, documents: tuple[Document, ...], structure: Structure
) -> tuple[Agreement, ...]:
    """All agreements of the bundle: numbered blocks and items, then unnumbered passages."""
    numbered_of: dict[str, list[Agreement]] = {}  # per document: no scan of all per document
    sections = {s.identifier: s for s in structure.sections}
    agreeing = {d.identifier for d in documents if makes_agreements(text, d.kind, d.start, d.end)}
    kinds = {d.identifier: d.kind for d in documents}
    # Per document, so each document's steps look at its own spans only (linear in the bundle).
    blocks: dict[str, list[tuple[int, int]]] = {}
    numbers: dict[str, set[str]] = {}
    for block in structure.blocks:
        if _LAPSED.match(text, block.header_end, block.end) or _LAPSED.match(block.title):
            pass  # "Vervallen; deze afspraak is afgerond.": a lapsed number agrees nothing,
            # also when the word stands as its title ("Afspraak 4.2  Vervallen (…)")
        elif _ANY_OTHER_BUSINESS.match(block.title):
            pass  # "Afspraak 5 - Rondvraag": questions asked and answered, nothing agreed
        elif block.document in agreeing:
            signed = kinds[block.document] == "ruimtelijk_arrangement"
            numbered_of.setdefault(block.document, []).append(
                _numbered(text, block, sections.get(block.section or ""), signed)
            )
            numbers.setdefault(block.document, set()).add(block.number)
        blocks.setdefault(block.document, []).append((block.start, block.end))
    mode = os.environ.get("RUIMTEMONITOR_AGREEMENTS", "")  # "general" or "layouts" alone
    if mode == "general":
        numbered_of = {}
    agreements: list[Agreement] = []
    block_starts = {b.start for b in structure.blocks}  # once: per document it grew squared
    for document in documents:
        if document.identifier not in agreeing:
            continue
        if mode == "general":
            agreements.extend(general_agreements(text, document, structure, []))
            continue
        mine = numbered_of.pop(document.identifier, [])
        covered = list(blocks.get(document.identifier, ()))
        mine.extend(labelled_agreements(text, document, structure))  # "Nr. / Titel" forms
        covered.extend(labelled_spans(text, document))
        aligned, empty = aligned_actions(text, document, structure, covered)  # "Wie:   …"
        mine.extend(aligned)
        covered.extend([(a.start, a.end) for a in aligned] + empty)
        for action in action_paragraphs(text, document, structure, covered):  # "1A  … Wat: …"
            mine.append(action)
            covered.append((action.start, action.end))
        for row in code_row_agreements(text, document, structure, covered):  # "S-1 … gemeente …"
            mine.append(row)
            covered.append((row.start, row.end))
        if document.kind in NUMBERED_ITEM_GENRES or document.kind == "ruimtelijk_arrangement":
            numbered = numbers.get(document.identifier, set())
            mine.extend(row_agreements(text, document, structure, numbered, covered))
            mine.extend(subject_row_agreements(text, document, structure, covered))
        for item in numbered_clauses(text, document, structure, covered):
            mine.append(_from_item(text, item))
            covered.append((item.start, item.end))
        for item in action_clauses(text, document, structure, covered):
            mine.append(_from_item(text, item))
            covered.append((item.start, item.end))
        for item in numbered_items(text, document, structure, covered):
            mine.append(_from_item(text, item))
            covered.append((item.start, item.end))
        mine.extend(_unnumbered(text, document, structure, covered, block_starts))
        if mode != "layouts":  # what no layout rule read: the general reader's units
            mine = with_general(text, document, structure, covered, mine)
        agreements.extend(mine)
    if mode != "general":  # "2.3 Rijk en regio stellen … op." among "2.1 Titel" items
        agreements = sentence_items(
            text, tuple(d for d in documents if d.identifier in agreeing), agreements
        )
    agreements = number_formula_items(text, agreements)  # "(6) Titel" over "Afgesproken …"
    agreements = without_unagreed(agreements)  # "✗ … is besproken maar niet overeengekomen."
    agreements.sort(key=lambda a: a.start)
    return tuple(agreements)


def _commitments_after_lead_in(
    text: str, start: int, end: int, default_owner: str | None
) -> tuple[list[Commitment], str | None]:
    """Top-level items after the lead-in (present tense preferred); owner from the lead-in."""
    lines = lines_in(text, start, end)
    lead = None
    for pattern in (_LEAD_IN_PRESENT, _LEAD_IN_ANY):
        lead = next((line for line in lines if pattern.search(line.text.strip())), None)
        if lead is not None:
            break
    owner = default_owner
    body_start = start
    if lead is not None:
        body_start = lead.end
        lead_owner = find_owner(lead.text.strip())
        owner = lead_owner or default_owner
    following = [
        line
        for line in lines_in(text, body_start, end)
        if line.text.lstrip().startswith("•")
        or ENUMERATOR.match(line.text)
        or not line.text.rstrip().endswith(":")
    ]
    starts_with_item = bool(following) and following[0].text.lstrip().startswith("•")
    lettered = enumerated_items(text, body_start, end)
    if lettered and following and following[0].start == lettered[0].start:
        # "Afspraken: a) … b) …", with any bullets as their sub-items; also straight under a
        # numbered item's title ("2.1 Stikstof en de Peel" over "a) LNV en …").
        items = lettered
    elif (
        lettered
        and lead is None
        and not any(line.text.lstrip().startswith("•") for line in following)
    ):
        # "3.1 Sloeboog" over a sentence of background, then "a) Het Rijk neemt …": the
        # lettered items are what is agreed, the prose above them is context.
        items = lettered
    else:
        # the items stand at the level of the first one: under a lead-in that is a bullet
        # itself ("• Rijk en regio spreken af:" over "  • de gemeente …") one level deeper
        level = (bullet_level(following[0].text) or 0) if starts_with_item else 0
        items = items_in(text, body_start, end, level) if starts_with_item or lead is None else []
    commitments = [c for item in items for c in _item_commitments(text, item, owner)]
    if items and lead is None:  # "Rijk en regio spreken af dat de gemeente … opstelt." or
        # "Besluit:" over a sentence, above the bullets: it agrees a thing itself
        commitments[:0] = stated_before_items(text, start, items[0].start)
    if not commitments and lead is not None:
        paragraph = paragraph_after(text, lead.end, end)
        over_table = clause_over_table(text, lead.start, lead.end, paragraph, owner)
        if over_table is not None:  # "Afgesproken wordt dat … betalen:" over a table
            commitments.append(over_table)
            paragraph = None
        if paragraph is not None:
            p_start, p_end = paragraph
            mark = _SUB_MARK.match(text[p_start:p_end])  # "Afspraken:" over one "i. …"
            p_start += mark.end() if mark else 0
            commitments.append(
                Commitment(
                    normalise_space(text[p_start:p_end]),
                    find_owner(text[p_start:p_end], owner),
                    (),
                    p_start,
                    p_end,
                )
            )
    return commitments, owner


def _commitment(item: Item, owner: str | None) -> Commitment:
    return Commitment(item.text, find_owner(item.text, owner), item.sub_items, item.start, item.end)


# "De gemeente Zwolle en de provincie Overijssel:", "Het Rijk:": names of parties only.
_PARTY_WORD = re.compile(
    r"^(?:de|het|en|rijk|regio|provincies?|gemeenten?|waterschappen?|partijen|beide|"
    r"ministeries?|[A-ZÀ-Ý][\w'’.-]*)$"
)


# "…; daarbij geldt:", "…. Hierbij geldt:": a finished clause, then a lead-in to sub-bullets.
_CLAUSE_BEFORE_LEAD_IN = re.compile(r"\w[;.][ \t]++[^;.:\n]{1,40}:$")
# "zorgt voor:", "draagt bij aan:": a lead-in that stops at its preposition is incomplete.
_OPEN_PREPOSITIONS = frozenset({"voor", "aan", "over", "op", "met", "om", "tot", "naar", "bij"})
# "Rijk € 240 mln;", "regio: EUR 3,5 miljoen": a party's share of a sum, no verb, no task.
_SHARE_ONLY = re.compile(
    r"^[^\d€:;]{2,40}?:?[ \t]*(?:€|EUR)[ \t]*[\d.,]+[ \t]*(?:mln|mld|miljoen|miljard)?\.?"
    r"[ \t]*[;,.]?$",
    re.I,
)


def _item_commitments(text: str, item: Item, owner: str | None) -> list[Commitment]:
    """A bullet is one commitment; a bullet that only names parties over sub-bullets
    ("• De gemeente en de provincie:" over "o starten …", "o rapporteren …") agrees nothing
    itself: each sub-bullet is a commitment of those parties. So does a bullet whose
    sub-bullets each name their own party ("– de regio legt een fonds aan:" over "o de
    provincie stort …", "o de gemeente draagt … bij"): it is shared out among them."""
    words = item.text.rstrip(":").split()
    subs = [_SUB_MARK.sub("", sub) for sub in item.sub_items]
    if not (subs and item.text.endswith(":")):
        return [_commitment(item, owner)]
    if len(subs) >= 2 and all(opens_with_party(sub) for sub in subs):
        if all(_SHARE_ONLY.match(sub) for sub in subs):
            return [_commitment(item, owner)]  # "… wordt gedekt:" over "o Rijk € 90 mln;" …
        parties = find_owner(item.text.rstrip(":"), owner)
    elif (
        len(subs) >= 2
        and len(words) <= 8
        and words[-1].lower() in _OPEN_PREPOSITIONS
        and opens_with_party(item.text)
    ):
        # "• De gemeente zorgt voor:" over "- de aanpassing …", "- een voorstel …": a
        # party's lead-in that breaks off at a preposition; each sub-bullet completes it
        parties = find_owner(item.text.rstrip(":"), owner)
    elif len(words) > 10 or not all(_PARTY_WORD.match(word) for word in words):
        return [_commitment(item, owner)]
    else:
        parties = find_owner(item.text.rstrip(":"))
        if parties is None:  # "• Voorwaarden:": a heading over its items, not a party
            return [_commitment(item, owner)]
    # "Rijk en regio dragen een tekort …; daarbij geldt:": a whole clause of its own before
    # the lead-in is a commitment too, over those of its sub-bullets
    found = [_commitment(item, owner)] if _CLAUSE_BEFORE_LEAD_IN.search(item.text) else []
    cursor = item.text_end
    for sub in subs:
        begin = text.find(sub.split(" ", 1)[0], cursor, item.end)
        begin = cursor if begin < 0 else begin
        line_end = text.find("\n", begin, item.end)
        cursor = item.end if line_end < 0 else line_end
        found.append(Commitment(sub, find_owner(sub, parties), (), begin, cursor))
    return found


def _numbered(text: str, block: AfspraakBlock, chapter: object, signed: bool = False) -> Agreement:
    """An "Afspraak N.M" block; ``signed``: of an arrangement, which Rijk and province sign,
    so a sentence on what a municipality does there is background to what they agree."""
    departments, warnings = normalise_departments(block.departments_as_written)
    commitments, _owner = _commitments_after_lead_in(
        text, block.header_end, block.end, "Rijk en provincie"
    )
    if not commitments:  # "Rijk en provincie spreken af dat …" in one sentence
        commitments = formula_sentences(
            text, block.header_end, block.end, follow=True, paragraph=True
        )
    if not commitments:  # agreed in prose: "IenW neemt de voorkeursbeslissing in 2027.":
        # the sentences that say who does what by when or for how much, and those in which a
        # party binds itself without a time or a sum ("Partijen zullen … samen uitvoeren.")
        timed = undertakings(text, block.header_end, block.end)
        bound = unit_commitments(text, block.header_end, block.end)
        commitments = (timed or bound) if signed else _merged(timed, bound)
    notes = list(warnings)
    if not block.types:
        notes.append(f"Afspraak {block.number} has no type line")
    if not commitments:
        notes.append(f"Afspraak {block.number} has no commitments")
    return Agreement(
        identifier=f"{block.document}.a{block.number}",
        number=block.number,
        title=block.title,
        types=block.types,
        departments=departments,
        chapter=block.chapter,
        chapter_title=getattr(chapter, "title", ""),
        document=block.document,
        section=block.section,
        commitments=tuple(commitments),
        remark=block.remark,
        start=block.start,
        end=block.end,
        warnings=tuple(notes),
        previous_number=block.previous_number,
    )


def _merged(first: list[Commitment], second: list[Commitment]) -> list[Commitment]:
    """Two readings of one passage's sentences, each sentence once, in the text's order."""
    seen = {c.start for c in first}
    return sorted(first + [c for c in second if c.start not in seen], key=lambda c: c.start)


def _from_item(text: str, item: NumberedItem) -> Agreement:
    """An agreement from a numbered item of an afsprakenlijst or agenda."""
    what = WHAT_LINE.search(text, item.body_end, item.end) if item.clause else None
    below = _below_labels(text, item) if what is None else None
    marked = [
        ln for ln in lines_in(text, item.header_end, item.body_end) if ln.text.lstrip()[:1] == "•"
    ]
    if item.headed and marked:  # "B.1  Titel" over "De verkenning loopt." and bullets
        # ("> de provincie neemt …"): the bullets are what is agreed, the prose is context
        items = items_in(text, marked[0].start, item.body_end, bullet_level(marked[0].text) or 0)
        commitments = [c for it in items for c in _item_commitments(text, it, None)]
    elif item.headed:  # "A.2  Titel" over "De verkenning loopt. Het Rijk legt … voor."
        commitments = undertakings(text, item.header_end, item.body_end) or stated_sentences(
            text, item.header_end, item.body_end
        )
    elif what is not None:  # "A-01  Titel" over "Wie: … / Wanneer: …" and "Wat: De provincie …"
        commitments = stated_sentences(text, what.end(), item.end)
    elif below is not None:  # "A1. Titel" over "Trekker: … — Gereed: …" and its sentence
        commitments = stated_sentences(text, *below)
    else:
        commitments, _owner = _commitments_after_lead_in(
            text, item.header_end, item.body_end, "Rijk en regio"
        )
    if not commitments and item.clause:  # "Artikel 3 - Financiering" over "3.1 …", "3.2 …"
        commitments = numbered_leden(text, item.header_end, item.body_end)
    if not commitments and item.clause:  # "1.1 De provincie stelt …": the clause itself
        # up to the paragraph's end: "Aldus overeengekomen …" after the last article is none
        paragraph = paragraph_after(text, item.header_end, item.body_end)
        c_start, c_end = paragraph or (item.header_end, item.body_end)
        clause = normalise_space(text[c_start:c_end])
        commitments = [Commitment(clause, find_owner(clause), (), c_start, c_end)]
        # "De verkenning loopt. De partijen komen overeen dat …": background, then the formula
        agreed = formula_sentences(text, c_start, c_end, follow=True, paragraph=True)
        if agreed and text[c_start : agreed[0].start].strip():
            commitments = agreed
    if not commitments:
        commitments = formula_sentences(
            text, item.header_end, item.body_end, follow=True, paragraph=True
        )
        if commitments:  # "Partijen komen overeen …." over "i. het Rijk stelt … beschikbaar.":
            # the items marked under the formula are what it agrees as well, one alone too
            line_end = text.find("\n", commitments[-1].end, item.body_end)
            if line_end >= 0:
                commitments += marked_lines(text, line_end + 1, item.body_end)
    if not (item.headed or what or below):  # "Actie: …" label lines under its formula
        commitments = with_actions(text, item.header_end, item.body_end, commitments)
    section = item.section
    chapter = item.number.split(".", 1)[0]
    return Agreement(
        identifier=f"{item.document}.a{item.number}",
        number=item.number,
        title=item.title,
        types=(),
        departments=(),
        chapter=chapter if chapter != item.number else None,
        chapter_title="",
        document=item.document,
        section=section.identifier if section else None,
        commitments=tuple(commitments),
        remark="",
        start=item.start,
        end=item.end,
        warnings=() if commitments else (f"{item.number} has no commitments",),
    )


def _below_labels(text: str, item: NumberedItem) -> tuple[int, int] | None:
    """The lines under an action's label rows, when the action's own line is a heading
    ("A1. Aansluiting station", no sentence): they say what is done."""
    if not item.clause or item.end <= item.body_end:
        return None
    if text[item.header_end : item.body_end].rstrip().endswith("."):
        return None  # "A.1 De gemeente legt het plan ter inzage.": the action is its sentence
    lines = lines_in(text, item.body_end, item.end)
    labelled = [i for i, line in enumerate(lines) if ACTION_LABEL.match(line.text)]
    if not labelled or labelled[-1] + 1 >= len(lines):
        return None
    return lines[labelled[-1] + 1].start, lines[-1].end


def _unnumbered(
    text: str,
    document: Document,
    structure: Structure,
    covered: list[tuple[int, int]],
    block_starts: set[int],
) -> list[Agreement]:
    found: list[Agreement] = []
    spans = [span for span in covered if document.start <= span[0] < document.end]
    taken = _Sweep(spans)
    lines = lines_in(text, document.start, document.end)
    for position, line in enumerate(lines):
        stripped = line.text.strip()
        following = lines[position + 1] if position + 1 < len(lines) else None
        formula = _LEAD_IN_PRESENT.search(stripped) or (
            # "Rijk en provincie spreken af dat" over bullets: a lead-in without its colon
            following is not None
            and BULLET_GLYPH.match(following.text.lstrip())
            and _LEAD_IN_DAT.search(stripped)
        )
        if not formula or taken.inside(line.start):
            continue
        if following is None or following.start in block_starts:
            continue  # the lead-in introduces numbered agreements
        end = _passage_end(lines, position, document.end)
        next_section = min(
            (s.start for s in structure.of(document.identifier) if s.start > line.start),
            default=end,
        )
        end = min(end, next_section)
        # The lead-in may end a paragraph: the agreement starts at its own sentence.
        cut = max(
            stripped.rfind(". ", 0, formula.start()), stripped.rfind("; ", 0, formula.start())
        )
        lead = stripped[cut + 2 :] if cut >= 0 else stripped
        start = (
            line.start + (len(line.text) - len(line.text.lstrip())) + (cut + 2 if cut >= 0 else 0)
        )
        commitments, _ = _commitments_after_lead_in(text, line.start, end, find_owner(lead))
        if not commitments:
            continue
        found.append(
            _passage(
                document,
                structure,
                start,
                commitments[-1].end,  # the lead-in and what it agrees, not what follows
                commitments,
                lead.lstrip("• "),
            )
        )
        spans.append((line.start, commitments[-1].end))
        taken.add(line.start, commitments[-1].end)
    taken = _Sweep(spans)
    for sent_start, sent_end in _sentences(text, document):
        sentence = text[sent_start:sent_end]
        if (
            taken.inside(sent_start)
            or not agreement_formulas(sentence)
            or sentence.rstrip().endswith(":")
            or ANNOUNCING_FORMULA.search(sentence)  # "… spreken af de volgende maatregelen …"
        ):
            continue
        owner = sentence_owner(sentence)
        label = LABEL.match(sentence)  # "Afspraak: het Rijk …": the label is no part of it
        begin = sent_start + (label.end() if label else 0)
        commitments = [
            Commitment(
                normalise_space(text[begin:sent_end].lstrip("• ")), owner, (), begin, sent_end
            )
        ]
        below = items_below(text, (sent_start, sent_end), document.end) if label else []
        if below:
            # "Afspraak: Rijk en provincie bouwen … samen." over bullets: the bullets are
            # the commitments, the sentence titles them
            taken.add(sent_start, below[-1].end)
            title = commitments[0].text
            found.append(
                _passage(document, structure, sent_start, below[-1].end, below, title=title)
            )
            continue
        if label is not None:
            # "Afspraak: Rijk en provincie monitoren … De eerste monitor verschijnt in …":
            # the label heads its whole paragraph, each sentence a commitment.
            line_end = text.find("\n", sent_end)
            line_end = document.end if line_end < 0 else min(line_end, document.end)
            for more_start, more_end in sentence_spans(text, sent_end, line_end):
                if text[more_start:more_end].strip():
                    more = text[more_start:more_end]
                    commitments.append(
                        Commitment(
                            normalise_space(more), sentence_owner(more), (), more_start, more_end
                        )
                    )
                    sent_end = more_end
            taken.add(sent_start, sent_end)
        found.append(_passage(document, structure, sent_start, sent_end, commitments))
    return found


def _passage_end(lines: list, position: int, default: int) -> int:
    for line in lines[position + 1 :]:
        stripped = line.text.strip()
        if line.blank_before and not stripped.startswith("•") and not stripped.startswith("  "):
            return line.start
    return default


def _sentences(text: str, document: Document) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line in lines_in(text, document.start, document.end):
        spans.extend(sentence_spans(text, line.start, line.end))
    return spans


def _passage(
    document: Document,
    structure: Structure,
    start: int,
    end: int,
    commitments: list[Commitment],
    lead: str = "",
    title: str = "",
) -> Agreement:
    section = structure.innermost(start, document.identifier)
    first = commitments[0].text if commitments else ""
    with_lead = lead.rstrip().endswith(":") or _LEAD_IN_DAT.search(lead)
    title = title or normalise_space(f"{lead} {first}" if lead and with_lead else first)
    if len(title) > 160:
        cut = title.rfind(" ", 0, 157)
        title = title[: cut if cut > 60 else 157] + " …"
    chapter = section.number.split(".")[0] if section and section.number else None
    return agreement_in(
        document, structure, f"u{start}", None, title, commitments, start, end, chapter=chapter
    )


class _Sweep:
    """Whether offsets, asked in increasing order, fall inside any of a set of spans.

    Linear in the number of spans however many offsets are asked: a large bundle has
    thousands of lines and hundreds of agreements.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._next = 0
        self._reach = -1

    def inside(self, offset: int) -> bool:
        while self._next < len(self._spans) and self._spans[self._next][0] <= offset:
            self._reach = max(self._reach, self._spans[self._next][1])
            self._next += 1
        return offset < self._reach

    def add(self, start: int, end: int) -> None:
        """A span found at the current position (its start is the offset just asked)."""
        self._reach = max(self._reach, end)
