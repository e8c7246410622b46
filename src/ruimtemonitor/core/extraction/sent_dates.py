"""The day an e-mail forwarded the document it carries.

A list of agreements sent on under an e-mail header ("Van: …", "Verzonden: vrijdag 13 oktober
2023 16:42", "Onderwerp: …") is dated by its meeting; the e-mail's "Verzonden:" day after that
meeting is something that happened since (as a list's adoption date after the meeting is), so
it is an event. Where the "Verzonden:" day is the document's own date (a council letter that
heads itself so) or lies before it, it says nothing new.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["sent_after"]

# "Verzonden:  vrijdag 13 oktober 2023 16:42", "Sent: 13 October …": the label opens the line.
_SENT_LABEL = re.compile(r"[ \t]*(?:verzonden|sent|verstuurd)[ \t]*:[ \t]*", re.IGNORECASE)


def sent_after(text: str, start: int, day: dt.date | None, letter: dt.date | None) -> bool:
    """Whether the time at ``start`` is the "Verzonden:" day of an e-mail header and falls
    after the ``letter`` date of the document it forwards."""
    if day is None or letter is None or day <= letter:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _SENT_LABEL.fullmatch(text, line_start, start) is not None
