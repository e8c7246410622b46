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

__all__ = ["sent_after", "sent_label"]

# "Verzonden:  vrijdag 13 oktober 2023 16:42", "Sent: 13 October …": the label opens the line.
_SENT_LABEL = re.compile(r"[ \t]*(?:verzonden|sent|verstuurd)[ \t]*:[ \t]*", re.IGNORECASE)


def sent_label(text: str, start: int) -> bool:
    """Whether the time at ``start`` follows a "Verzonden:" label that opens its line: the day
    a mail went out, which is never a time still ahead."""
    line_start = text.rfind("\n", 0, start) + 1
    return _SENT_LABEL.fullmatch(text, line_start, start) is not None


def sent_after(day: dt.date | None, letter: dt.date | None) -> bool:
    """Whether the sent ``day`` falls after the ``letter`` date of the document it forwards."""
    return day is not None and letter is not None and day > letter
