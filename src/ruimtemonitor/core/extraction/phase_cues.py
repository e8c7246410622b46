"""What a text says a project's parties are doing now, read as the phase it is in.

Kept apart from ``phases`` so that each cue has its reason beside it.
"""

from __future__ import annotations

import re

__all__ = ["STUDYING_NOW"]

# "De beheerder onderzoekt (op verzoek van …) de mogelijkheden van een diepere geul",
# "Rijk en regio onderzoeken de haalbaarheid van …": a study of what could be done is under
# way, so the project is in its research phase ("onderzoek"), not yet in a verkenning.
STUDYING_NOW = re.compile(
    r"\b(?:onderzoekt|onderzoeken|bestudeert|bestuderen)\b(?:(?!\b(?:niet|geen)\b)[^.;]){0,60}?"
    r"\b(?:de|het)\s+(?:mogelijkhe(?:id|den)|haalbaarheid|opties|varianten)\b",
    re.IGNORECASE,
)
