"""A table of meetings whose dates are written in figures, one landsdeel a row.

      Regio              Datum        Plaats
      Noordwest          04-11-2031   Haarlem
      Noord              11-11-2031   Assen

Each row opens with a landsdeel (a meeting's name may go before it) and gives, in the next
column (two blanks or more, or a bar), a date in figures ("04-11-2031", "4/11/2031",
"4.11.2031"), a short weekday before it if any. ``meetings`` takes the kind of meeting from the
row or from the text just above the table, as it does for rows with the month in words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ruimtemonitor.core.dutch._meeting_grammar import _REGION

__all__ = ["figure_date_rows"]

_ROW = re.compile(
    rf"^[ \t]*+(?:(?:BO|BOL|BO[ \t]+MIRT)[ \t]+)?{_REGION}(?:[ \t]{{2,}}+|[ \t]*+\|[ \t]*+)"
    r"(?:(?:ma|di|wo|do|vr|maandag|dinsdag|woensdag|donderdag|vrijdag)\.?[ \t]++)?"
    r"(?P<date>(?P<days>\d{1,2})(?P<sep>[-/.])(?P<nmonth>\d{1,2})(?P=sep)"
    r"(?P<year>(?:19|20)\d{2}))(?![\d-])",
    re.IGNORECASE | re.MULTILINE,
)


def figure_date_rows(text: str) -> Iterator[re.Match[str]]:
    """Each row of a table of landsdelen with their dates in figures."""
    return _ROW.finditer(text)
