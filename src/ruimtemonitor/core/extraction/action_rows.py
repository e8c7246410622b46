"""Projects named by the titles of an action table whose cells hold a title over a sentence.

An agenda's table "Nr | Actie | Trekker | Gereed | Middelen" is a list of tasks: its rows
name no projects of their own. When the action cell holds a title line over the sentence of
what is done, wrapped inside the cell::

    K2  | Station Veenstad, fietsbrug     | provincie  | 2031     | € 4 mln
        | De provincie legt de brug aan.  |            |          |

the title names the work the action is about, a project when it names infrastructure or an
area; the sentence under it gives its phase ("… rondt de verkenning af").
"""

from __future__ import annotations

from .phases import project_phase
from .project_names import named_object
from .project_terms import Project, document_project
from .splitting import Document
from .table_rows import table_agreements
from .textutil import normalise_space

__all__ = ["action_row_projects"]


def action_row_projects(
    text: str, document: Document, found: list[Project], fallback: str | None
) -> list[Project]:
    """The works the titled rows of ``document``'s action tables name (module docstring)."""
    names = {normalise_space(p.name).casefold() for p in found}
    projects: list[Project] = []
    for row in table_agreements(text, document.start, document.end):
        name = normalise_space(row.title)
        if not row.titled or not named_object(name) or name.casefold() in names:
            continue
        names.add(name.casefold())
        at = text.find(row.title.split(" ", 1)[0], row.start, row.end)
        projects.append(
            document_project(
                document,
                f"action{row.start}",
                name,
                fallback,
                at if at >= 0 else row.start,
                row.end,
                phase=project_phase(row.commitment),
            )
        )
    return projects
