"""A letter as Markdown: for e-mail, a wiki, or pasting into the region's own template."""

from __future__ import annotations

import re

from ruimtemonitor.core.dutch import format_date
from ruimtemonitor.core.letters.model import Letter

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def escape(text: str) -> str:
    """Document text is untrusted: Markdown syntax in it must stay text."""
    return _SPECIAL.sub(r"\\\1", text)


def _refs(numbers: list[int]) -> str:
    return "".join(f"[^{n}]" for n in numbers)


def render(letter: Letter) -> str:
    lines = [f"# {escape(letter.title)}", ""]
    lines += [f"**Van:** {escape(letter.sender)}  ", f"**Datum:** {format_date(letter.date)}  "]
    lines += [f"**Onderwerp:** {escape(letter.subject)}", ""]
    if letter.contact:
        lines += [f"**Contact:** {escape(letter.contact)}", ""]
    if letter.salutation:
        lines += [escape(letter.salutation), ""]
    for section in letter.sections:
        lines += [f"{'#' * section.level} {escape(section.heading)}", ""]
        for paragraph in section.paragraphs:
            prefix = "- " if paragraph.bullet else ""
            lines += [prefix + escape(paragraph.text) + _refs(paragraph.citations), ""]
    if letter.closing:
        lines += [escape(line) + "  " for line in letter.closing.splitlines()] + [""]
    for name, function in letter.signatories:
        lines += ["", escape(name) + "  "] + ([escape(function) + "  "] if function else [])
    if letter.citations:
        lines += ["", "---", ""]
        for number, citation in enumerate(letter.citations, start=1):
            where = escape(citation.label())
            link = f" <{citation.url}>" if citation.url else ""
            lines.append(f"[^{number}]: {where}: “{escape(citation.quote)}”{link}")
    return "\n".join(lines).rstrip() + "\n"
