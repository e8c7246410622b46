"""What may stand right under a lettered item's heading, so the heading opens an item.

Minutes that letter their items ("b. Ringweg Oost") put under the heading a first numbered
commitment ("1) Het Rijk …"), a sentence of context, or a formula lead-in on its own line
("Afgesproken wordt:") over the numbered commitments. Any of these shows that the line above
is a heading and not a lettered commitment of the item before it.
"""

from __future__ import annotations

import re

from .patterns import BULLET_GLYPH

__all__ = ["opens_item_body"]

_FIRST_NUMBERED = re.compile(r"1[.)][ \t]+[A-Z]")
# The first line of a paragraph ("De planuitwerking loopt; het ontwerp …"): a sentence begun
# ("loopt. Afgesproken …") or a line of several words running on below.
_SENTENCE_INSIDE = re.compile(r"[.;:][ \t]+[A-Z]")
_PARAGRAPH_WORDS = 6


def opens_item_body(body: str) -> bool:
    """Whether ``body``, the line under a lettered heading, opens that item's body."""
    body = body.strip()
    if _FIRST_NUMBERED.match(body) or BULLET_GLYPH.match(body):
        return True  # a first numbered commitment, or the first bullet of the item's list
    if not body[:1].isupper():
        return False
    if body.endswith((".", ";", ":")) or len(body) > 90 or _SENTENCE_INSIDE.search(body):
        return True
    return len(body.split()) >= _PARAGRAPH_WORDS
