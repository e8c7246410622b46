"""A minister's own promise to parliament, as a letter to the Kamer words it.

"Hiermee kom ik mijn toezegging na", "de toezegging die ik in het debat deed", "Zoals aan uw
Kamer toegezegd …": the writer names the promise as their own or as made to "u", without the
verb forms ("ik heb toegezegd", "ik zeg u toe") the sentence reading looks for first. A
promise another party made ("De provincie heeft toegezegd …") is none of these.
"""

from __future__ import annotations

import re

__all__ = ["is_own_promise"]

_OWN_PROMISE = re.compile(
    r"\b(?:mijn|onze)\s+(?:eerdere\s+)?toezegging\b"
    r"|\btoezegging\s+(?:aan\s+(?:u|uw\s+kamer)|die\s+(?:ik|wij|we)|van\s+mijn\s+kant)\b"
    r"|\bzoals\s+(?:(?:ik\s+)?(?:aan\s+)?(?:u|uw\s+kamer)\s+)?(?:eerder\s+)?(?:is\s+)?toegezegd\b"
    r"|\b(?:u|uw\s+kamer)\s+(?:is\s+)?toegezegd\b"
    # "kom ik de toezegging na", "doe ik hiermee de toezegging gestand", "voldoe ik aan de …"
    r"|\b(?:kom|doe|voldoe)\s+(?:ik|wij|we)\s+(?:(?:hiermee|daarmee|ook|graag)\s+)?(?:aan\s+)?"
    r"(?:de|een)\s+toezegging\b",
    re.IGNORECASE,
)


def is_own_promise(sentence: str) -> bool:
    """Whether the sentence names the writer's own promise, or one made to the Kamer ("u")."""
    return _OWN_PROMISE.search(sentence) is not None
