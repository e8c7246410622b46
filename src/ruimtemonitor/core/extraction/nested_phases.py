"""A project's phase that the text of a project nested in its span states is that one's.

A unit read from a section that runs on over the next item ("II-a Station X" over "II-b N99,
fietsoversteek Y … is sinds juni in uitvoering") takes the phase its body says; when a project
headed inside that span has the same phase and the unit's own text up to that head says
another phase or none, the unit's phase is what its own text says.
"""

from __future__ import annotations

import dataclasses

from .phases import project_phase
from .project_terms import Project

__all__ = ["without_nested_phases"]


def without_nested_phases(text: str, found: list[Project]) -> list[Project]:
    """``found`` with the phase of a unit that runs over a nested project read from its own text."""
    out: list[Project] = []
    for project in found:
        if project.phase is None:
            out.append(project)
            continue
        head_end = text.find("\n", project.start, project.end)
        nested = [
            other.start
            for other in found
            if other is not project
            and other.phase == project.phase
            and head_end >= 0
            and head_end < other.start < project.end
        ]
        if nested:
            own = project_phase(text[head_end : min(nested)])
            if own != project.phase:
                project = dataclasses.replace(project, phase=own)
        out.append(project)
    return out
