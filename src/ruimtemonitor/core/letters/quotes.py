"""Short, readable quotations from PDF-extracted text for citations."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?:;](?=\s)|\n\s*\n\s*\n")


def tidy(text: str) -> str:
    """One line: PDF line breaks and hyphenated wraps joined, spaces collapsed."""
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    return _SPACE.sub(" ", text).strip()


def sentence_around(text: str, start: int, end: int, *, limit: int = 320) -> str:
    """The sentence of ``text`` that holds ``start:end``, shortened to ``limit`` characters."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    window_start = max(0, start - 600)
    before = [m.end() for m in _SENTENCE_END.finditer(text, window_start, start)]
    begin = before[-1] if before else window_start
    after = _SENTENCE_END.search(text, end, min(len(text), end + 600))
    finish = after.end() if after else min(len(text), end + 600)
    sentence = tidy(text[begin:finish])
    if len(sentence) <= limit:
        return sentence
    focus = tidy(text[start:end])
    at = max(0, sentence.find(focus[:40]) - limit // 3) if focus else 0
    return ("… " if at else "") + sentence[at : at + limit].rstrip() + " …"


def first_words(text: str, limit: int = 200) -> str:
    text = tidy(text)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


# A heading of the regional points of an arrangement ("Regionale aandachtspunten: Foodvalley
# regio") begins a region's own paragraph and ends the one before it.
REGIONAL_HEADING = re.compile(r"Regionale\s+aandachtspunten\s*:[^\n]*", re.IGNORECASE)
_LOCATOR = re.compile(
    r"^[ \t]*(?:(?P<agreement>Afspraak\s+\d+(?:\.\d+)+)|(?P<section>\d+(?:\.\d+)+)\.?[ \t]+\S)",
    re.MULTILINE,
)


_BULLET = re.compile(r"^[-–•❖]\s+")


def cut_at_heading(quote: str) -> str:
    """A quotation starts after a bullet sign and stops where the next region's points begin."""
    quote = _BULLET.sub("", quote)
    match = REGIONAL_HEADING.search(quote)
    if match is None or match.start() == 0:
        return quote
    return quote[: match.start()].rstrip(" ,;") + (" …" if quote.endswith("…") else "")


def locate(text: str, offset: int, floor: int = 0) -> str:
    """The numbered part of a letter an offset lies in, as a reader looks it up in a file
    without pages: "afspraak 4.6", "paragraaf 2.4.1"; empty when nothing is numbered."""
    found = None
    for match in _LOCATOR.finditer(text, max(0, floor), min(len(text), max(0, offset) + 40)):
        if match.start() > offset:
            break
        found = match
    if found is None:
        return ""
    if found.group("agreement"):
        return "afspraak " + found.group("agreement").split()[-1]
    return "paragraaf " + found.group("section")


def regional_paragraph(text: str, start: int, end: int, at: int) -> tuple[str, int, int] | None:
    """The regional heading before ``at`` inside ``start:end`` and its paragraph, up to the next
    regional heading or a blank line: (heading, paragraph start, paragraph end)."""
    heading = None
    for match in REGIONAL_HEADING.finditer(text, start, min(end, len(text))):
        if match.start() <= at:
            heading = match
    if heading is None or at - heading.end() > 80:  # the name must be in or right after it
        return None
    body_start = heading.end()
    following = REGIONAL_HEADING.search(text, body_start, end)
    stop = following.start() if following else end
    blank = re.search(r"\n[ \t]*\n(?=[ \t]*\S)", text[body_start:stop].lstrip("\n \t"))
    lead = len(text[body_start:stop]) - len(text[body_start:stop].lstrip("\n \t"))
    if blank:
        stop = body_start + lead + blank.start()
    return tidy(heading.group(0)), body_start + lead, stop
