"""Project pages and the project a heading or item makes.

A MIRT project page (or a page of no known genre whose head labels one phase) is one
project: its name is the line at its head that names infrastructure or the line above its
labels, its region the labelled one or the province it names.
"""

from __future__ import annotations

import re

from .patterns import CELL_SEPARATOR
from .phases import labelled_phase, project_phase, side_phase
from .project_layouts import strip_item_number
from .project_terms import (
    CATEGORY,
    CITY_PAIR,
    INFRA,
    PAUSED,
    Project,
    default_region,
    milestones,
    province_region,
    region_name,
)
from .splitting import Document

__all__ = ["make_project", "one_phase_label", "page_project"]


def make_project(
    text: str,
    identifier: str,
    title: str,
    region: str | None,
    start: int,
    heading_end: int,
    end: int,
    document: Document,
) -> Project:
    body = text[heading_end:end]
    return Project(
        identifier=f"{identifier}.project",
        name=" ".join(title.split()).strip(" –—-:"),
        region=region,
        phase=project_phase(body),
        paused=bool(PAUSED.search(title) or PAUSED.search(body[:400])),
        parent=None,
        document=document.identifier,
        section=identifier,
        milestones=tuple(milestones(text, heading_end, end)),
        start=start,
        end=end,
    )


def one_phase_label(text: str, document: Document) -> bool:
    """A page of no known genre whose head labels one phase ("Fase: Realisatie", "➢ Fase"
    over "Realisatie") is the page of that one project, as a MIRT project page is."""
    body = text[document.start : document.end]
    labels = [
        m
        for m in _PAGE_LABEL.finditer(body)
        if re.match(r"\W*(?:project)?fase", m.group().strip(" |"), re.I)
    ]
    side = side_phase(body)
    if side is not None and not labels:
        return side[0] < 1500  # "Huidige fase" over "Planuitwerking" in a side column
    return (
        len(labels) == 1
        and side is None
        and labels[0].start() < 1500
        and labelled_phase(body[labels[0].start() :][:200]) is not None
    )


_PAGE_NAME = re.compile(
    r"^[ \t|]*(?:project(?:naam)?|naam)[ \t]*[:|][ \t]*(?P<name>[^\n|]*[^\s|])[ \t|]*$", re.I | re.M
)
_PAGE_REGION = re.compile(
    r"^[ \t|]*(?:[•➢▪►][ \t]*)?(?:MIRT[- ]?regio|regio|landsdeel)"
    r"(?:[ \t]*[:|][ \t]*|[ \t]{2,}|[ \t]*\n[ \t]*)"
    r"(?P<name>[^\n|]+)",
    re.I | re.M,
)


def page_project(text: str, document: Document) -> Project:
    """A MIRT project page: the whole document is one project."""
    body = text[document.start : document.end]
    named = _PAGE_NAME.search(body)
    name = named.group("name") if named else _page_title(body) or document.title or ""
    labelled = _PAGE_REGION.search(body)
    region = None
    if labelled:
        words = re.sub(r"(?i)^(?:regio|mirt[- ]regio)\s+", "", labelled.group("name").strip())
        region = region_name(re.split(r"[\s,(]", words)[0].replace("-Nederland", ""))
    region = region or default_region(text, document)
    if region is None:
        region = province_region(body)
    start = document.start
    return make_project(
        text, document.identifier, name, region, start, start, document.end, document
    )


_PAGE_LABEL = re.compile(
    r"^[ \t|]*(?:[•➢▪►][ \t]*)?"
    r"(?:(?:huidige[ \t]+)?(?:project)?fase|MIRT[- ]?regio|projectnummer|status)"
    r"(?:[ \t]*[:|]|[ \t]{2,}\S|[ \t]*\n|[ \t]{0,3}[—–][ \t])"
    # "Regio — Noordwest", "Fase — planuitwerking": a dash leads the label to its value
    r"|^[ \t]*(?:regio|opdrachtgever|dossiernr\.?)[ \t]{0,3}[—–][ \t]",
    re.I | re.M,
)
_CHROME = re.compile(
    r"[›»>]|^MIRT[- ](?:overzicht|projectenoverzicht)\b|\bprojectenboek\b|^home\b|"
    r"deel\s+deze\s+pagina|"
    r"\bprint\b|download|cookie|^https?://|^www\.|\b(?:bijgewerkt|gewijzigd|wijziging|geprint|"
    r"peildatum)\b|^\|"
    # "[Home] [Projecten] [Oost] [Wegen]": a navigation bar of bracketed links
    r"|^\[[^\[\]\n]{1,40}\][ \t]{0,3}\[",
    re.I,
)


# "Opwaardering Kanaal X (datum laatste wijziging 15-06-2012)": the page's date in brackets
# after its title (an export joins them on one line) is no part of the name.
_DATED_NOTE = re.compile(
    r"[ \t]*\((?=[^()]*\b(?:bijgewerkt|gewijzigd|wijziging|peildatum|stand\s+van)\b)"
    r"[^()]*\)[ \t]*$",
    re.I,
)
# "Vaarweg Eemshaven – Noordzee verdieping van de vaargeul …": the capitalised name, then a
# subtitle in lower case that an export joined to it.
_SUBTITLED = re.compile(
    r"^(?P<name>[A-Z0-9][\w'’./-]*(?:[ \t]+(?:[A-Z0-9][\w'’./-]*|[–—-]|op|aan|den|de)){1,6})"
    r"[ \t]+(?!(?:op|aan|den|de)\b)[a-z]"
)


# "A99 STAD - KNOOPPUNT X Projectnummer 12.03.456 | Stand per …": the page's number label that
# the cleaner joined to the title line in capitals is no part of the name.
_JOINED_LABEL = re.compile(r"(?<=\S)[ \t]+(?:projectnummer|projectcode|dossiernummer)\b.*$", re.I)
_BRACKET_AFTER = re.compile(r"[ \t]+\([^()\n]*\)$")
# "Projectnummer ... = OV-12-034", "Fase ........ planuitwerking", "Budget = € 4 mln": a label
# led to its value by dots or an equals sign, a line of the page's data block, no title.
_LEADER_LABEL = re.compile(r"^[^\W\d_][\w/ -]{0,40}?(?:\.{3,}|…|[ \t]=[ \t])")
# "──────" (a rule drawn with box characters) above and below a page's title: the cleaner may
# join the breadcrumb, the rule and the title into one line, so a rule parts lines as a break.
_BOX_RULE = re.compile(r"[─━═]{5,}|\n")


def _page_title(body: str) -> str:
    """The project name above a page's labels, past the site's title and breadcrumb; a line
    of its own at the head that names infrastructure ("A4 Delft-Schiedam" under "Wegen
    Projectnummer …", above "Provincie   Utrecht") goes first."""
    label = _PAGE_LABEL.search(body)
    for line in _BOX_RULE.split(body[:800]):
        line = _DATED_NOTE.sub("", strip_item_number(line.strip()))
        line = _JOINED_LABEL.sub("", line)  # "A99 X - Y Projectnummer 12.34 | Stand per …"
        subtitled = _SUBTITLED.match(line)
        if subtitled is not None and len(line.split()) > 8:
            line = subtitled.group("name")  # "Vaarweg X – Y verdieping van de vaargeul …"
        if (
            line
            and len(line) <= 80
            and len([c for c in CELL_SEPARATOR.split(line) if c]) == 1
            and ":" not in line
            and not line.endswith((".", ",", ";"))
            and not _CHROME.search(line)
            and not _LEADER_LABEL.match(line)
            and not _PAGE_LABEL.match(line)  # "Regio — Noordwest": a key line, no title
            # "Spoor X - Y (Programma Z)": a corridor named after its ends, a remark after it
            and (INFRA.search(line) or CITY_PAIR.match(_BRACKET_AFTER.sub("", line)))
            and not CATEGORY.match(line)
            # "A99/A9 STAD NOORD - KNOOPPUNT X - AANSLUITING Y": a spaced dash is no word
            and sum(1 for word in line.split() if word not in ("-", "–", "—")) <= 8
        ):
            return line
    head = body[: label.start()] if label else body[:600]
    lines = [
        line.strip()
        for line in head.splitlines()
        if line.strip()
        and not _CHROME.search(line.strip())
        and len(line.strip()) <= 100
        and ":" not in line
        and not line.strip().endswith((".", ",", ";"))
        # "Provincie    Noord-Brabant": a label and its value apart by a gap, no title
        and len([c for c in CELL_SEPARATOR.split(line.strip()) if c]) == 1
    ]
    if not lines:
        return ""
    # Above the labels the name is the last line; a page without labels opens with it.
    return lines[-1] if label else lines[0]
