"""Printed motions: the Kamerstuk of a motion as the Tweede Kamer prints it.

"36 800 A    Vaststelling van de begrotingsstaten …" heads the print with the dossier number
(and its letter or roman chapter), and each motion opens with "Nr. 23    MOTIE VAN HET LID …"
(or "… VAN DE LEDEN …"). The dossier and the number make its Kamerstuk ("kst-36800-A-23");
the sentences of the motion ("verzoekt de regering …") name no motion themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .splitting import Document

__all__ = ["printed_motions"]

# "36 800 A    Vaststelling …", "29 385    Regels …": the dossier line, its title after a gap.
_DOSSIER = re.compile(
    r"^[ \t]{0,8}(?P<digits>\d{2}[ .]?\d{3})(?:[ \t](?P<part>[A-Z]{1,2}|[IVXL]{1,6}))?"
    r"(?:[ \t]{2,}|\t)[^\W\d_]",
    re.MULTILINE,
)
# "Nr. 23      MOTIE VAN HET LID DIJKHUIS C.S.": the number of the piece and its heading.
_MOTION_HEAD = re.compile(
    r"^[ \t]{0,8}(?:Nr|NR|No)\.?[ \t]*(?P<number>\d{1,4})(?:[ \t]{2,}|\t)[ \t]*"
    r"(?P<head>(?:GEWIJZIGDE[ \t]+)?MOTIE[ \t]+VAN[ \t]+(?:HET[ \t]+LID|DE[ \t]+LEDEN)"
    # the member's name in capitals; cleaning may have joined the motion's words to the line
    r"[ \t]+(?P<member>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,8}))(?![^\W\d_])",
    re.MULTILINE,
)


def printed_motions(
    text: str, document: Document, found: list[Any], make: Callable[..., Any]
) -> list[Any]:
    """Each printed motion of ``document`` not yet among ``found``, made by ``make`` (module
    doc)."""
    out: list[Any] = []
    for head in _MOTION_HEAD.finditer(text, document.start, document.end):
        dossiers = list(_DOSSIER.finditer(text, 0, head.start()))
        if not dossiers:
            continue
        dossier = dossiers[-1]
        digits = re.sub(r"\D", "", dossier.group("digits"))
        part = f"-{dossier.group('part')}" if dossier.group("part") else ""
        kamerstuk = f"kst-{digits}{part}-{int(head.group('number'))}"
        if any(item.kamerstuk == kamerstuk for item in found):
            continue
        member = head.group("member").strip().title()
        start, end = head.start("head"), head.end("head")
        out.append(make("motie", kamerstuk, member, text[start:end], document, start, end))
    return out
