"""Document dates for the splitter: the shared Dutch date grammar, in the two forms it needs.

``parse_document_date`` reads a letterhead date ("12 juni 2025", "02-06-2025");
``DATE_WORDS`` finds such a date inside a title so it can be cut from the title.
"""

from __future__ import annotations

from ruimtemonitor.core.dutch import parse_date
from ruimtemonitor.core.dutch._date_grammar import FULL_DATE_RE as DATE_WORDS

__all__ = ["DATE_WORDS", "parse_document_date"]

parse_document_date = parse_date
