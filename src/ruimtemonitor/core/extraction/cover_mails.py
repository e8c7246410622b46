"""A document pasted under a cover e-mail that sends it.

An afsprakenlijst forwarded by e-mail can come as the mail ("Van:", "Verzonden:", "Aan:",
"Onderwerp:"), a cover sentence that sends the list ("Hierbij ontvangt u de definitieve
afsprakenlijst.") and then, under a full-width rule, the list itself: the mail is a
document of its own, dated by its "Verzonden:". A mail that says the list is its own text
("hieronder de tekst van de afsprakenlijst") and sets no rule between is one document.
"""

from __future__ import annotations

import re

from .cleaning import CleanText

__all__ = ["COVER_SENTENCE", "under_cover_mail"]

_SENT_HEADER = re.compile(r"^[ \t]*verzonden[ \t]*:", re.IGNORECASE | re.MULTILINE)
# "Hierbij ontvangt u de (definitieve) afsprakenlijst", "Bijgaand treft u het verslag": the
# sentence that sends the minutes.
COVER_SENTENCE = re.compile(
    r"^[ \t]*(?:hierbij|bijgaand)\s+(?:ontvangt\s+u|treft\s+u|(?:stuur|sturen|zend|zenden)\s+"
    r"(?:ik|wij|we)\s+u)\s+(?:de|het)\s+(?:[a-z]+\s+)?(?:afsprakenlijst|besluitenlijst|"
    r"verslag)\b",
    re.IGNORECASE | re.MULTILINE,
)
_RULE = re.compile(r"[ \t]*([-_=])\1{19,}[ \t]*")


def under_cover_mail(clean: CleanText, last: int, start: int) -> bool:
    """Whether the title line at ``start`` (cleaned text) opens a document pasted under a
    cover mail that runs from ``last``: the mail has a "Verzonden:" header and a cover
    sentence, and a rule (removed by the cleaner) stands right above the title."""
    cover = clean.text[last:start]
    if _SENT_HEADER.search(cover) is None or COVER_SENTENCE.search(cover) is None:
        return False
    source = clean.source.text
    at = clean.to_original(start, start)[0]
    above = [line for line in source[max(0, at - 400) : at].splitlines() if line.strip()]
    return bool(above) and _RULE.fullmatch(above[-1]) is not None
