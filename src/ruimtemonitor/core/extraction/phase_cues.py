"""What a text says a project's parties are doing now, read as the phase it is in.

Kept apart from ``phases`` so that each cue has its reason beside it.
"""

from __future__ import annotations

import re

__all__ = ["IN_USE_SINCE", "STUDYING_NOW", "WORKING_SINCE"]

# "De beheerder onderzoekt (op verzoek van …) de mogelijkheden van een diepere geul",
# "Rijk en regio onderzoeken de haalbaarheid van …": a study of what could be done is under
# way, so the project is in its research phase ("onderzoek"), not yet in a verkenning.
STUDYING_NOW = re.compile(
    r"\b(?:onderzoekt|onderzoeken|bestudeert|bestuderen)\b(?:(?!\b(?:niet|geen)\b)[^.;]){0,60}?"
    r"\b(?:de|het)\s+(?:mogelijkhe(?:id|den)|haalbaarheid|opties|varianten)\b",
    re.IGNORECASE,
)

# "Het perron wordt sinds april 2026 verlengd", "Sinds maart worden de kades vernieuwd": a work
# being done to it since a time is under way, so the project is in its realisation. A study
# or talk since a time ("wordt sinds 2020 onderzocht") is no work and stays out.
_WORK_DONE = (
    r"(?:verlengd|verbreed|verdiept|verhoogd|opgehoogd|gebouwd|aangelegd|vernieuwd|vervangen|"
    r"gerenoveerd|versterkt|omgebouwd|uitgebreid|heringericht|gereconstrueerd|verbouwd|"
    r"gerealiseerd|uitgevoerd|gesaneerd|verplaatst)"
)
_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|voorjaar|zomer|najaar|winter)"
)
WORKING_SINCE = re.compile(
    rf"\b(?:wordt|worden)[ \t\n]+sinds[ \t\n]+(?:[\w-]+[ \t\n]+){{1,4}}?{_WORK_DONE}\b"
    rf"|\bsinds[ \t\n]+(?:[\w-]+[ \t\n]+){{1,3}}?(?:wordt|worden)[ \t\n]+"
    rf"(?:(?!niet\b|geen\b)[\w-]+[ \t\n]+){{1,6}}?{_WORK_DONE}\b",
    re.IGNORECASE,
)
# "De stalling is sinds 1 september 2018 in gebruik", "zijn sinds mei 2022 in gebruik": a work
# in use since a day or month is delivered. A year alone stays out ("de huidige brug is sinds
# 1962 in gebruik" speaks of the old work the project replaces), and so does a use "als" or
# "bij" something else.
# "De tunnel is sinds 2015 in gebruik.": a year alone does when a sentence opens with the
# work's plain noun (the heading's own work, named by its kind), no "huidige" or name before it.
IN_USE_SINCE = re.compile(
    rf"(?:\b(?:is|zijn)[ \t\n]+(?:(?:nu|inmiddels|al)[ \t\n]+)?(?:sinds|vanaf)[ \t\n]+"
    rf"(?:\d{{1,2}}[ \t\n]+)?{_MONTHS}(?:[ \t\n]+(?:19|20)\d\d)?"
    rf"|(?:^|(?<=[.;:][ \t\n]))(?-i:De|Het)[ \t\n]+(?-i:[a-z][a-z-]+)[ \t\n]+(?:is|zijn)"
    rf"[ \t\n]+(?:sinds|vanaf)[ \t\n]+(?:19|20)\d\d)"
    rf"[ \t\n]+in[ \t\n]+gebruik\b(?![ \t\n]+(?:als|bij|door|voor)\b)",
    re.IGNORECASE | re.MULTILINE,
)
