"""Short, readable quotations from PDF-extracted text for citations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ruimtemonitor.core.extraction.cleaning import clean
from ruimtemonitor.core.extraction.errors import ExtractionError
from ruimtemonitor.core.extraction.offsets import OffsetMap
from ruimtemonitor.core.extraction.sources import source_from_text

_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?:;](?=\s)|\n\s*\n\s*\n")
# In cleaned text a line break ends a paragraph, heading or bullet (wraps are joined); a
# full stop ends a sentence only before a capital, so "€ 1.145 mln. (prijspeil 2022)" holds.
_CLEAN_SENTENCE_END = re.compile(r"[.!?;](?=[ \t]+[A-ZÀ-Þ0-9“\"‘'•–-])|\n")


def tidy(text: str) -> str:
    """One line: PDF line breaks and hyphenated wraps joined, spaces collapsed."""
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    return _SPACE.sub(" ", text).strip()


def sentence_around(
    text: str, start: int, end: int, *, limit: int = 320, ends: re.Pattern[str] = _SENTENCE_END
) -> str:
    """The sentence of ``text`` that holds ``start:end``, shortened to ``limit`` characters."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    window_start = max(0, start - 600)
    before = [m.end() for m in ends.finditer(text, window_start, start)]
    begin = before[-1] if before else window_start
    after = ends.search(text, end, min(len(text), end + 600))
    finish = after.end() if after else min(len(text), end + 600)
    sentence = tidy(text[begin:finish])
    if len(sentence) <= limit:
        return sentence
    focus = tidy(text[start:end])
    found = sentence.find(focus[:40]) if focus else -1
    at = max(0, found - limit // 3)
    if at:  # begin at a clause the focus lies in, or else at a word
        clause = max(sentence.rfind("; ", 0, found), sentence.rfind(": ", 0, found))
        at = clause + 2 if 0 <= found - clause < limit * 2 // 3 else sentence.find(" ", at) + 1
    shown = sentence[at : at + limit]
    if at + limit < len(sentence) and " " in shown:
        shown = shown.rsplit(" ", 1)[0]  # end at a word
    return ("… " if at else "") + shown.rstrip(" ,;:") + " …"


@dataclass(frozen=True, slots=True)
class ReadableText:
    """A stored letter as a reader quotes it: page headers and footers, footnote bodies and
    link lines taken out, wrapped lines joined. A sentence interrupted by a page break or a
    footnote in the PDF's text reads as one sentence again."""

    text: str
    offsets: OffsetMap | None  # None: the text could not be cleaned and is quoted as stored

    @classmethod
    def of(cls, stored: str) -> ReadableText:
        try:
            cleaned = clean(source_from_text(stored))
        except ExtractionError:
            return cls(stored, None)
        return cls(cleaned.text, cleaned.offsets)

    def sentence(self, start: int, end: int, *, limit: int = 320) -> str:
        """The sentence holding the stored text's ``start:end``."""
        if self.offsets is None:
            return sentence_around(self.text, start, end, limit=limit)
        begin = self.offsets.to_clean(start)
        finish = max(begin, self.offsets.to_clean(end))
        return sentence_around(self.text, begin, finish, limit=limit, ends=_CLEAN_SENTENCE_END)


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
