"""Agreements an arrangement ties to the region only by pointing at them under a heading that
names one of the region's areas (an annex of "raakvlakken" per area).

The letter lists them by title with the pointer as its source, not in full: the pointer says
the agreement matters for the region, the agreement's own text says nothing about it. An
agreement of the region's own arrangement is the region's business in full and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ruimtemonitor.core.letters.model import Citation
from ruimtemonitor.core.letters.quotes import first_words, tidy
from ruimtemonitor.register.area_references import ReferencedArea, referenced_areas
from ruimtemonitor.register.models import Arrangement

if TYPE_CHECKING:
    from ruimtemonitor.reports.facts import Collector

__all__ = ["Pointer", "pointers_to_region"]

_BULLETS = "-–—−•·*▪❖ \t"


@dataclass(frozen=True)
class Pointer:
    heading: str  # the heading the pointer stands under, as written
    citation: Citation  # the pointer's line, quoted


def pointers_to_region(collector: Collector, arrangements: list[Arrangement]) -> dict[int, Pointer]:
    """Agreement id -> the first pointer under a heading naming an area of the region, for
    the arrangements that are not the region's own."""
    found: dict[int, Pointer] = {}
    per_file: dict[int, list[ReferencedArea]] = {}
    for arrangement in arrangements:
        document = arrangement.document
        if document is None or arrangement.area_id in collector.area_ids:
            continue
        root_id = document.parent_id or document.pk
        if root_id not in per_file:
            per_file[root_id] = referenced_areas(document)
        text = collector.root_text(document)
        for item in per_file[root_id]:
            if (
                item.document_id != document.pk
                or item.area_id not in collector.area_ids
                or item.agreement_id in found
            ):
                continue
            ref = item.reference
            quote = first_words(tidy(text[ref.block_start : ref.block_end]).lstrip(_BULLETS))
            page = text.count("\f", 0, ref.block_start) + 1 if "\f" in text else None
            citation = collector.cite(document, ref.block_start, ref.block_end, page, quote=quote)
            heading = tidy(ref.heading)
            found[item.agreement_id] = Pointer(
                heading, replace(citation, locator=f"onder „{heading}”")
            )
    return found
