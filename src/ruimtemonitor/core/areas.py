"""Which areas a record about one area concerns: the one rule of the register.

Areas nest (municipality → province → landsdeel) and also cooperate: a municipality is a
member of a region (Rhenen of Regio Foodvalley, though it lies in Utrecht) and a region of a
NOVEX area. A record anchored at area ``p`` (an agreement of ``p``'s arrangement, a project
lying in ``p``) is listed on area ``x``'s page when ``p`` is in ``reach(x)``:

- ``x`` itself and every area inside it (children and members, transitively): a province's
  page lists its municipalities' records, a landsdeel's its provinces';
- every partnership ``x`` takes part in (a region or NOVEX area it is a member of, and theirs):
  what is agreed for Regio Foodvalley or NOVEX Arnhem-Nijmegen-Foodvalley concerns Ede.

An enclosing area that governs (a province, a landsdeel) is *not* in the reach of its parts:
a province's 26 agreements are not all about Ede. Pure Python so the rule is tested alone;
``organisations.services.rebuild_reach`` stores it for the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = ["PARTNERSHIP_KINDS", "AreaNode", "reach"]

PARTNERSHIP_KINDS = frozenset({"regio", "novex"})


@dataclass(frozen=True)
class AreaNode:
    pk: int
    kind: str
    parent: int | None = None
    member_of: tuple[int, ...] = ()


def _closure(start: int, edges: Mapping[int, Iterable[int]]) -> set[int]:
    found, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in found:
                found.add(nxt)
                todo.append(nxt)
    return found


def reach(nodes: Iterable[AreaNode]) -> dict[int, set[int]]:
    """For every area, the areas whose records it lists (itself included); cycles are safe."""
    nodes = list(nodes)
    kinds = {node.pk: node.kind for node in nodes}
    inside: dict[int, list[int]] = {}  # outer -> inner (children and members)
    partnerships: dict[int, list[int]] = {}  # area -> partnerships it is a member of
    for node in nodes:
        if node.parent is not None:
            inside.setdefault(node.parent, []).append(node.pk)
        for outer in node.member_of:
            inside.setdefault(outer, []).append(node.pk)
            if kinds.get(outer) in PARTNERSHIP_KINDS:
                partnerships.setdefault(node.pk, []).append(outer)
    result = {}
    for node in nodes:
        result[node.pk] = _closure(node.pk, inside) | _closure(node.pk, partnerships)
    return result
