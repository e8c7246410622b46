"""Projects in layouts the heading rules do not read: subject tables, item numbers, subjects.

An afsprakenlijst or agenda exported as a table ("Nr.<TAB>Onderwerp<TAB>Afspraak<TAB>Trekker",
"Nr;Actie;Omschrijving;Trekker;Gereed;Budget") names one subject per row beside the text
agreed about it: a subject that names a work is a project, the row's text gives its phase.
Item numbers that are no part of a name ("II.3", "A-01", "# " of a Markdown heading) are
left out of a title; an address row of a letterhead is no heading; a council proposal that
asks a credit for one work ("Herinrichting stationsplein Doesburg, krediet") is about that
project.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .drawn_tables import drawn_row_cells, undrawn
from .phases import project_phase, stated_phase
from .project_names import named_object
from .project_sites import housing_site
from .project_tables import name_key, repeats_found
from .project_terms import (
    CATEGORY,
    CITY_PAIR,
    INFRA,
    NOT_A_PROJECT,
    PROGRAMME,
    Project,
    document_project,
    names_area,
    region_at,
    region_marks,
)
from .splitting import Document
from .textutil import iter_lines, normalise_space, once_per_extraction

__all__ = [
    "address_row",
    "credit_subject_project",
    "field_line",
    "named_like_a_project",
    "strip_item_number",
    "subject_table_projects",
    "subject_table_spans",
]

# "II.3 Zuidelijke Ringweg" (an item of a roman chapter), "A-01  Voorkeursbeeld …" (an
# action number with a dash; "U-2  Fietsroute …" of an uitvoeringsagenda, before a capital),
# "## A12 Ede – Grijsoord" (a Markdown heading): the number or mark before the name is no part
# of it; so is "Art. 3  " of a covenant's abbreviated article.
_ITEM_NUMBER = re.compile(
    r"^(?:(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\d{1,2}\.?[ \t]+"
    r"|Art\.[ \t]*\d{1,2}[.:]?[ \t]+(?:[–—-][ \t]+)?"
    # "IV    RONDVRAAG", "II.  Bereikbaarheid": a section's roman number, then a dot or a gap,
    # before a title in capitals too
    r"|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)(?:\.[ \t]+|[ \t]{2,}|\t)(?=[A-Z])"
    r"|[A-H]-\d{1,2}\.?[ \t]+|[I-Z]-\d{1,2}\.?[ \t]+(?=[A-Z])"
    # "A1. Opening", "B2. Spoorzone X": a chapter's letter and the item's number with a dot,
    # no road (a road's number takes no full stop before its name)
    r"|[A-H]\d{1,2}\.[ \t]+(?=[A-Z])"
    # "A1.1  Energie-infrastructuur …", "B12.3 Spoorlijn …": a chapter's letter with an
    # action's number in that chapter (a road's number has no ".1")
    r"|[A-Z]{1,2}\d{1,2}\.\d{1,2}[a-z]?\.?[ \t]+(?=[A-Z0-9])"
    # "NHN-02  Marinehaven …": a code of capitals, a dash and digits ("GH-3.1  Station …": with
    # the action's number in its theme; "ZW-31-04  Sluis …": with the year between)
    r"|[A-Z]{2,4}-(?:\d{2}(?:\d{2})?-)?\d{1,3}(?:\.\d{1,2})?\.?[ \t]+(?=[A-Z])"
    # "A/2  N470 …", "B/1  Transformatie …": a section's letter, a slash and the item's number
    r"|[A-Z]/\d{1,2}[ \t]+(?=[A-Z])"
    r"|#{1,6}[ \t]+"
    # "II-a Spoorlijn …", "III-b Woningbouw …": an action lettered under a roman theme
    r"|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)-[a-z][.:]?[ \t]+(?=[A-ZÀ-Ý])"
    # "III Groene …", "IV  Netcongestie …": a roman item number without a dot, before a capital
    r"|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[ \t]+(?=[A-ZÀ-Ý][a-zà-ÿ])"
    # "L2  Waddenkust …", "W1 Woningbouwlocatie …": a theme's letter and the item's number; not
    # a road's letter (A, E, N)
    r"|[B-DF-MO-Z]\d{1,2}[a-z]?[ \t]+(?=[A-Z])"
    # "W.1  Woningbouw …", "K.3  Fietsroute …": a theme's letter, a dot and the action's number
    r"|[A-Z]\.\d{1,2}[ \t]+(?=[A-Z])"
    # "Actie 2.1  Fietsroute …", "Actie R2  Spoor …": an action's word and number or code
    r"|(?:[Aa]ctie|[Mm]aatregel)[ \t]+(?:[A-Z]{1,3}\.?)?\d{1,2}(?:\.\d{1,2})?[a-z]?[.:]?[ \t]+"
    r"(?:[–—-][ \t]+)?)"
)


def strip_item_number(title: str) -> str:
    """The title without an item number or heading mark that is no part of the name."""
    return _ITEM_NUMBER.sub("", title, count=1)


# "De Voorzitter van de Tweede Kamer      Plesmanweg 1-6": the addressee and the sender's
# address side by side in a letterhead; a street with its number or a postcode is no project.
_ADDRESS_CELL = re.compile(
    r"\b(?:postbus[ \t]+\d|\d{4}[ \t]?[A-Z]{2}\b)"
    r"|^[A-Z][\w'’-]*(?:weg|straat|plein|laan|kade|gracht|hof|singel|markt)[ \t]+\d{1,4}"
    r"(?:[-–]\d{1,4})?[a-z]?(?:,[ \t]*(?:'s[ \t-]*)?[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)?$"
    r"|^(?:aan[ \t]+)?(?:de[ \t]+)?voorzitter\b",
    re.IGNORECASE,
)
_CELLS = re.compile(r"[ \t]{2,}|\t|[ \t]*\|[ \t]*")


def address_row(title: str) -> bool:
    """Whether a heading is a row of the address block (an addressee or a street address)."""
    cells = [c.strip() for c in _CELLS.split(title) if c.strip()]
    return len(cells) >= 2 and any(_ADDRESS_CELL.search(c) for c in cells)


# "Soort: procesafspraak · Departementen: IenW", "Trekker: X — Gereed: 2026", "Type:
# uitvoeringsafspraak     Departementen: IenW": labelled fields side by side on one line,
# parted by a middle dot, bullet, dash, bar or a gap (a heading's spaces are joined to one).
_FIELD = r"[A-Z][a-z]+(?:[ \t][a-z]+)?:[ \t]+\S"
_FIELD_LINE = re.compile(rf"^{_FIELD}(?:[^\n]*?[ \t][·•|—–]|[^\n:]*?)[ \t]+{_FIELD}")


def field_line(title: str) -> bool:
    """Whether a heading is a line of labelled fields (an item's data), not a name."""
    return _FIELD_LINE.match(title.strip()) is not None


# --- subject tables ---------------------------------------------------------------------

_NUMBER_HEAD = re.compile(r"^(?:nr|nummer|no|#)\.?$", re.I)
_SUBJECT_HEAD = re.compile(r"^(?:onderwerp|actie|project|titel|agendapunt|maatregel)$", re.I)
_TEXT_HEAD = re.compile(
    r"^(?:afspraak|afspraken|omschrijving|toelichting|besluit|inhoud|wat)$", re.I
)
# "2a", "12", "A3", "1.2", "W2", "ABC-4", "3/": the row number or code in the first cell.
_ROW_NUMBER = re.compile(r"^(?:[A-Z]{1,4}[.-]?)?\d{1,2}(?:\.\d{1,2})?[a-z]?[./]?$")
# A row about the meeting itself, not about a work.
_PROCEDURE = re.compile(
    r"^(?:vaststelling|opening|verslag|mededeling|agenda|rondvraag|sluiting|w\.v\.t\.?)", re.I
)


# "Opstellen plan van aanpak stationsgebied": an action cell that is a task (an infinitive
# followed by common nouns only), not the name of a work.
_TASK = re.compile(r"^[A-Z][a-z]+en[ \t]+(?!\S*[A-Z])[a-z][^A-Z]*$")


@dataclass(frozen=True, slots=True)
class _Row:
    subject: str
    start: int  # where the subject cell stands
    said: str  # the row's other text (agreement, description, wrapped lines)
    end: int
    # the subject cell with its wrapped lines ("Woningbouwlocatie" over "Kleidorp-Noord"),
    # to judge whether it names a work; empty when the row has no drawn grid
    whole: str = ""


_SPACED = "  "  # cells apart by runs of spaces


def _split(line: str, separator: str) -> list[str]:
    line = undrawn(line).strip().strip("|")  # "│ 2 │ …" of a box table as "| 2 | …"
    if separator == _SPACED:
        return [c.strip() for c in re.split(r"[ \t]{2,}", line)]
    return [c.strip() for c in line.split(separator)]


def _header(line: str) -> tuple[str, int] | None:
    """The separator and subject column of a subject table's header, if ``line`` is one."""
    for separator in ("\t", ";", "|", _SPACED):
        cells = _split(line, separator)
        if len(cells) < 3:
            continue
        subject = next((i for i, c in enumerate(cells) if _SUBJECT_HEAD.match(c)), None)
        if (
            _NUMBER_HEAD.match(cells[0])
            and subject is not None
            and subject > 0
            and any(_TEXT_HEAD.match(c) for c in cells[subject + 1 :])
        ):
            return separator, subject
    return None


@once_per_extraction
def _tables(text: str, document: Document) -> list[tuple[int, int, str, int, int]]:
    """(header start, table end, separator, subject column, width) of each subject table.
    A table ends at a blank line not followed by another row, at the next header, or at a
    numbered line that is no row (a footnote body "1 Prijspeil 2023" under the table)."""
    found: list[tuple[int, int, str, int, int]] = []
    lines = list(iter_lines(text, document.start, document.end))
    index = 0
    while index < len(lines):
        start, end = lines[index]
        header = _header(text[start:end])
        if header is None:
            index += 1
            continue
        separator, subject = header
        width = len(_split(text[start:end], separator))
        stop = index + 1
        while stop < len(lines):
            raw = text[lines[stop][0] : lines[stop][1]]
            line = raw.strip()
            cells = _split(line, separator)
            if not line and _row_follows(text, lines, stop + 1, separator, subject):
                stop += 1  # "1.  Knooppunt …", a blank line, "2.  Spoorlijn …": rows set apart
                continue
            if (
                not line
                or _header(line) is not None
                or (
                    separator != ";"
                    and not raw[:1].isspace()  # "    10 april 2014": a wrapped cell
                    and _ROW_NUMBER.match(line.split()[0])
                    and not (len(cells) > subject and _ROW_NUMBER.match(cells[0]))
                )
            ):
                break
            stop += 1
        found.append((start, lines[stop - 1][1], separator, subject, width))
        index = stop
    return found


def _row_follows(
    text: str, lines: list[tuple[int, int]], index: int, separator: str, subject: int
) -> bool:
    """Whether line ``index`` opens another row of the table (a number, then the cells)."""
    if index >= len(lines):
        return False
    cells = _split(text[lines[index][0] : lines[index][1]].strip(), separator)
    return len(cells) > subject + 1 and _ROW_NUMBER.match(cells[0]) is not None


def subject_table_spans(text: str, document: Document) -> list[tuple[int, int]]:
    """Spans of subject tables, whose rows the general row rules leave alone."""
    return [(start, end) for start, end, *_ in _tables(text, document)]


def _rows(text: str, document: Document) -> list[_Row]:
    rows: list[_Row] = []
    for start, end, separator, subject, width in _tables(text, document):
        body_start = text.find("\n", start, end)
        if body_start < 0:
            continue
        if separator == ";":
            rows.extend(_semicolon_rows(text, body_start + 1, end, subject, width))
        else:
            columns = [m.start() for m in _COLUMN.finditer(text, start, body_start)]
            rows.extend(_line_rows(text, body_start + 1, end, separator, subject, columns, start))
    return rows


def _semicolon_rows(text: str, start: int, end: int, subject: int, width: int) -> list[_Row]:
    """Rows of a table exported with semicolons: every row has ``width - 1`` of them, also
    when an export joined two rows on one line (the last cell and the next number merge)."""
    cells, offsets = _quoted_split(text[start:end])
    rows: list[_Row] = []
    step = width - 1
    first = 0
    while first + width - 1 < len(cells):
        name = cells[first + subject]
        said = " ".join(cells[first + subject + 1 : first + width])
        at = start + offsets[first + subject] + len(name) - len(name.lstrip())
        if name.strip().startswith('"'):  # '"Knooppunt X (A6/A7)"': the name inside its quotes
            at += 1
            name = name.strip().strip('"')
        last = first + width - 1
        rows.append(_Row(name, at, said, start + offsets[last] + len(cells[last])))
        first += step
    return rows


def _quoted_split(text: str) -> tuple[list[str], list[int]]:
    """The cells of a ";" export and where each starts; a ";" inside a quoted cell
    ('"Rijk en regio komen overeen …; de regio draagt …"') splits nothing."""
    cells: list[str] = []
    offsets = [0]
    quoted = False
    for at, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == "\n":
            quoted = False  # an unclosed quote never runs into the next row
        elif char == ";" and not quoted:
            cells.append(text[offsets[-1] : at])
            offsets.append(at + 1)
    cells.append(text[offsets[-1] :])
    return cells, offsets


# A header cell of a table aligned with spaces: where its column starts.
_COLUMN = re.compile(r"(?:^|(?<=[ \t]{2}))\S", re.MULTILINE)


def _aligned_subject(line: str, columns: list[int], subject: int) -> tuple[str, str] | None:
    """The subject cell and the rest of a row of a table aligned with spaces, cut where the
    header's columns start ("4    Verkenning Oostkant Hoorn Rijk en regio …": one space
    only between two cells); None when the row does not keep the header's alignment."""
    if subject + 1 >= len(columns):
        return None
    left, right = columns[subject], columns[subject + 1]
    if len(line) <= right:
        return None
    for at in (left, right):
        if not (line[at - 1].isspace() or line[at].isspace()):
            return None
    return line[left:right].strip(), line[right:].strip()


def _line_rows(
    text: str,
    start: int,
    end: int,
    separator: str,
    subject: int,
    columns: list[int] | None = None,
    header_start: int = 0,
) -> list[_Row]:
    """Rows of a tab-, bar- or space-separated table: a line whose first cell is a row number
    opens a row; lines without one hold its wrapped cells."""
    offsets = [c - header_start for c in columns or []]
    rows: list[_Row] = []
    current: list[str] = []
    name = whole = ""
    at = row_end = -1
    for line_start, line_end in iter_lines(text, start, end):
        line = text[line_start:line_end]
        cells = _split(line, separator)
        if len(cells) > subject and _ROW_NUMBER.match(cells[0]):
            if at >= 0:
                rows.append(_Row(name, at, " ".join(current), row_end, whole))
            name = cells[subject]
            current = cells[subject + 1 :]
            drawn = drawn_row_cells(text, line_start, end) if separator == "|" else None
            whole = ""
            if drawn is not None and len(drawn) == len(cells):  # a drawn grid's wrapped cells
                whole, current = drawn[subject], drawn[subject + 1 :]
            if separator == _SPACED and (aligned := _aligned_subject(line, offsets, subject)):
                name, rest = aligned
                current = [rest]
            at = text.find(name, line_start, line_end) if name else line_start
        elif at >= 0 and not whole:  # a drawn row has read its wrapped lines already
            current.append(line.strip())
        row_end = line_end
    if at >= 0:
        rows.append(_Row(name, at, " ".join(current), row_end, whole))
    return rows


def named_like_a_project(name: str) -> bool:
    """A subject cell that names a work: infrastructure, an area, a programme, or a proper
    name (a later word capitalised, or a place joined to a compass word: "Haven-Noord"); not
    common nouns joined by "en" after the first word ("Banenafspraak haven en zorg")."""
    words = name.split()
    if "en" in words[1:] and not any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return False  # "Banenafspraak haven en zorg": common nouns joined, a theme
    proper = any(w[:1].isupper() for w in words[1:]) or bool(re.match(r"^[A-Z][\w'’]+-[A-Z]", name))
    return bool(
        INFRA.search(name)
        or CITY_PAIR.match(name)
        or PROGRAMME.match(name)
        or names_area(name)
        or (proper and name[:1].isupper())
    )


def subject_table_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """The subjects of a subject table that name works, one project per subject (two rows
    "2a" and "2b" on one subject give one), the phase from what the rows say of it."""
    names = {normalise_space(p.name).casefold() for p in found}
    keys = [name_key(p.name) for p in found]
    marks = region_marks(text, document)
    out: list[Project] = []
    said: dict[str, list[str]] = {}
    for row in _rows(text, document):
        name = normalise_space(row.subject).strip(" –—-:")
        key = name.casefold()
        said.setdefault(key, []).append(row.said)
        if (
            not name
            or key in names
            or repeats_found(name, keys)
            or len(name.split()) > 10
            or _PROCEDURE.match(name)
            or _TASK.match(name)
            or (NOT_A_PROJECT.match(name) and not housing_site(name))
            or CATEGORY.match(name)
            or not named_like_a_project(normalise_space(row.whole) or name)
        ):
            continue
        names.add(key)
        keys.append(name_key(name))
        out.append(
            document_project(
                document,
                f"subject{row.start}",
                name,
                region_at(marks, row.start) or fallback,
                row.start,
                row.end,
            )
        )
    return [
        replace(
            p,
            phase=_led_by_phase(p.name)
            or project_phase(" ".join(said[normalise_space(p.name).casefold()])),
        )
        for p in out
    ]


# "Verkenning Oostkant Hoorn", "MIRT-onderzoek Knooppunt Venlo": a study named after its phase.
_PHASE_LEAD = re.compile(
    r"^(?:MIRT-)?(onderzoek|verkenning|planuitwerking)\s+(?=(?-i:[A-Z0-9]))", re.I
)


def _led_by_phase(name: str) -> str | None:
    match = _PHASE_LEAD.match(name)
    return match.group(1).lower() if match else None


# --- a council proposal asking a credit for one work -------------------------------------

# "Herinrichting stationsplein Doesburg, krediet", "Kredietaanvraag Spoorzone Ede fase 2",
# "Krediet snelfietsroute Arnhem - Zevenaar en bijdrage": the work a credit is asked for.
_CREDIT_AFTER = re.compile(r"^(?P<name>[^,;:]{6,80}?),[ \t]*(?:aanvullend[ \t]+)?krediet\b", re.I)
# "Uitvoeringskrediet reconstructie Rondweg-Oost met fietstunnel en …": the step in the
# credit's word, the work before "met" and the parts it lists.
_CREDIT_BEFORE = re.compile(
    r"^(?:aanvullend[ \t]+)?(?:uitvoerings|voorbereidings|investerings|realisatie|bouw)?"
    r"krediet(?:aanvraag|voorstel)?[ \t]+(?:voor[ \t]+(?:de|het)[ \t]+)?"
    r"(?P<name>[^,;:]{6,120}?)"
    r"(?:[ \t]+en[ \t]+(?:bijdrage|cofinanciering)\b.*|[ \t]+(?:met|inclusief)[ \t]+.*)?$",
    re.I,
)
# "RAADSVOORSTEL" at the head of a document: a council proposal, whatever genre it was read as.
_PROPOSAL_HEAD = re.compile(r"\b(?:RAADSVOORSTEL|Raadsvoorstel)\b")


# "planuitwerking (van de)", "ombouw van de": the step the credit pays for, before the work.
_STEP_LEAD = re.compile(
    r"^(?:(?:voorbereiding|planuitwerking|verkenning|uitvoering|realisatie)(?:[ \t]+van)?|"
    r"(?:ombouw|aanleg|aanpassing|reconstructie|verbreding)[ \t]+van)[ \t]+(?:de[ \t]+|het[ \t]+)?",
    re.I,
)


def _first_work(name: str) -> str:
    """ "planuitwerking aansluiting A9 X-Noord en ontsluiting bedrijventerrein Y" → the first
    work that names infrastructure, without the step before it ("aansluiting A9 X-Noord")."""
    lead = _STEP_LEAD.match(name)
    work = name[lead.end() :] if lead and INFRA.search(name[lead.end() :]) else name
    first = work.split(" en ", 1)[0]
    return first if " en " in work and INFRA.search(first) else work


def credit_subject_project(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """A raadsvoorstel without another project whose subject asks a credit for a work that
    names infrastructure: the proposal is about that project."""
    title = normalise_space(document.title or "")
    proposal = document.kind == "raadsvoorstel" or (
        document.kind == "other"
        and _PROPOSAL_HEAD.search(text, document.start, min(document.end, document.start + 200))
    )
    if not proposal or found or not title:
        return []
    match = _CREDIT_AFTER.match(title) or _CREDIT_BEFORE.match(title)
    if match is None:
        return _contributed_works(text, document, title, fallback)
    name = _first_work(match.group("name").strip())
    if not INFRA.search(name) or len(name.split()) > 8:
        return []
    start = text.find(name, document.start, document.end)
    name = name[:1].upper() + name[1:]
    start = document.start if start < 0 else start
    return [document_project(document, "credit", name, fallback, start, document.end)]


# "Bijdrage aan de MIRT-verkenning X en aan het fietsparkeren Y": a council proposal that
# contributes to one or more works, each after "aan de"/"voor het", the study first if named.
_CONTRIBUTION = re.compile(
    r"^(?:gemeentelijke[ \t]+)?(?:bijdrage|bijdragen|krediet|cofinanciering)[ \t]+(?:aan|voor)"
    r"[ \t]+(?:de[ \t]+|het[ \t]+)?",
    re.IGNORECASE,
)
_NEXT_WORK = re.compile(r"[ \t]+en[ \t]+(?:aan|voor)[ \t]+(?:de[ \t]+|het[ \t]+)?", re.I)
_STUDY = re.compile(
    r"^(?P<study>MIRT-(?:verkenning|planuitwerking|onderzoek)|verkenning|planuitwerking)"
    r"[ \t]+(?:(?:van|naar)[ \t]+(?:de[ \t]+|het[ \t]+)?)?",
    re.IGNORECASE,
)


def _contributed_works(
    text: str, document: Document, title: str, fallback: str | None
) -> list[Project]:
    """The works a subject contributes to that name an object ("… aan de MIRT-verkenning A6
    X - Y en aan het fietsparkeren station Z" → "A6 X - Y") when a sentence of the proposal
    states the phase the work is in now ("de verkenning is daarmee gestart"); a work still
    to start, or described in lower case ("het fietsparkeren …"), is none."""
    lead = _CONTRIBUTION.match(title)
    if lead is None:
        return []
    out: list[Project] = []
    sentences = re.split(r"(?<=[.;])\s+", text[document.start : document.end])
    for part in _NEXT_WORK.split(title[lead.end() :]):
        study = _STUDY.match(part)
        name = part[study.end() :] if study else part
        if not named_object(name) or len(name.split()) > 8:
            continue
        words = {name.split()[0].casefold()}
        if study is not None:
            words.add(study.group("study").casefold().removeprefix("mirt-"))
        phase = next(
            (
                said
                for sentence in sentences
                if any(word in sentence.casefold() for word in words)
                and (said := stated_phase(sentence)) is not None
            ),
            None,
        )
        if phase is None:
            continue
        start = text.find(name.split()[0], document.start, document.end)
        start = document.start if start < 0 else start
        out.append(
            document_project(
                document, f"work{len(out)}", name, fallback, start, document.end, phase=phase
            )
        )
    return out
