"""Lines that start left of the bullet glyph above them: they end the bullet list.

An agenda that hangs its bullets under an indented heading ("   A1  Titel" over
"       – trekker: gemeente;") starts the next heading at the heading's indent, left of the
glyphs. A bullet that ends in an abbreviation ("– budget: p.m.", "… € 4 mln.") ends no
sentence, so without its indent the next heading would read as the bullet's wrapped text.
A wrapped bullet line sits at or right of its glyph; one further left is a line of its own.
Only indented lines count: an export that starts every wrapped line at the margin says
nothing by its indent.
"""

from __future__ import annotations

from .patterns import BULLET_GLYPH

__all__ = ["outdented_after_bullets"]


def outdented_after_bullets(text: str, lines: list[tuple[int, int]], kept: list[int]) -> set[int]:
    """Indexes of kept lines indented, but less than the glyph of the bullet above them."""
    found: set[int] = set()
    glyph_indent: int | None = None
    for index in kept:
        raw = text[lines[index][0] : lines[index][1]].expandtabs(8)
        content = raw.lstrip(" ")
        if not content.strip():
            glyph_indent = None  # a blank line ends the run the indents are compared in
            continue
        indent = len(raw) - len(content)
        if BULLET_GLYPH.match(content):
            glyph_indent = indent
        elif glyph_indent is not None and 0 < indent < glyph_indent:
            found.add(index)
            glyph_indent = None
    return found
