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
