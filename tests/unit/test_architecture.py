"""The layers hold: read from the source's imports (ast), so no module needs to be imported.

- the top-level packages of ``ruimtemonitor`` (apps and modules such as ``core``, ``web``,
  ``cli.py``) import each other without a cycle, also through imports inside functions;
- ``core`` is pure Python: no Django (nor a Django add-on) and no other ruimtemonitor package;
- ``common``, the lowest Django layer, builds on ``core`` only;
- no module is over 600 lines (migrations aside), so each concern has a room a reader can
  take in;
- every file the newcomers' table in ``docs/architecture.md`` names exists.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

import ruimtemonitor

PACKAGE = Path(ruimtemonitor.__file__).parent
DJANGO_FAMILY = {"django", "rest_framework", "drf_spectacular", "simple_history", "axes", "celery"}

Site = tuple[str, int]  # file (relative to the package) and line


def _imports(path: Path) -> list[tuple[str, int]]:
    """Absolute names of every module ``path`` imports, with the line; relative ones resolved."""
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    package = list(relative.parts[:-1])  # a module's package; an __init__'s own package
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                name = ".".join([*base, *([node.module] if node.module else [])])
            else:
                name = node.module or ""
            found.append((name, node.lineno))
    return found


def _top(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def package_graph() -> dict[str, dict[str, list[Site]]]:
    """Top-level package -> packages it imports -> where."""
    graph: dict[str, dict[str, list[Site]]] = defaultdict(lambda: defaultdict(list))
    for path in _sources():
        source = _top(path)
        for name, line in _imports(path):
            parts = name.split(".")
            if parts[0] == "ruimtemonitor" and len(parts) > 1 and parts[1] != source:
                graph[source][parts[1]].append((str(path.relative_to(PACKAGE)), line))
    return graph


def cycles(graph: dict[str, dict[str, list[Site]]]) -> list[list[str]]:
    """The strongly connected components with more than one package (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_imports_inside_functions_and_relative_ones() -> None:
    graph = package_graph()
    assert "core" in graph["web"]  # web imports core at the top of many modules
    assert "web" in graph["config"] or "api" in graph["config"]  # config/urls.py
    extraction = _imports(PACKAGE / "core" / "extraction" / "pipeline.py")
    assert any(name == "ruimtemonitor.core.extraction.entities" for name, _ in extraction)


def test_a_cycle_is_found() -> None:
    example = {"a": {"b": []}, "b": {"c": []}, "c": {"a": []}, "d": {"a": []}}
    assert cycles(example) == [["a", "b", "c"]]


def test_no_import_cycle_between_top_level_packages() -> None:
    graph = package_graph()
    found = cycles(graph)
    detail = [
        f"{source} -> {target}: {graph[source][target][0]}"
        for component in found
        for source in component
        for target in component
        if target in graph[source]
    ]
    assert not found, "import cycles between packages:\n" + "\n".join(detail)


@pytest.mark.parametrize("path", [p for p in _sources() if _top(p) == "core"], ids=str)
def test_core_imports_no_django_and_no_app(path: Path) -> None:
    wrong = [
        (name, line)
        for name, line in _imports(path)
        if name.split(".")[0] in DJANGO_FAMILY
        or (name.startswith("ruimtemonitor.") and not name.startswith("ruimtemonitor.core"))
    ]
    assert not wrong, f"{path.relative_to(PACKAGE)} imports {wrong}"


def test_common_builds_on_core_only() -> None:
    above = {k: v for k, v in package_graph()["common"].items() if k != "core"}
    assert not above, f"common imports packages above it: {above}"


MAX_MODULE_LINES = 600


def test_no_module_is_over_600_lines() -> None:
    sizes = {
        str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8").splitlines())
        for path in _sources()
    }
    over = {name: lines for name, lines in sizes.items() if lines > MAX_MODULE_LINES}
    assert not over, f"modules over {MAX_MODULE_LINES} lines: {over}"


def test_every_file_the_newcomers_table_names_exists() -> None:
    """docs/architecture.md's "Where to change what" names files; each must be there."""
    repo = Path(__file__).resolve().parents[2]
    doc = (repo / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = doc.split("## Where to change what", 1)[1].split("\n## ", 1)[0]
    named = re.findall(r"`([\w./*-]+/[\w./*-]*|[\w-]+\.py)`", table)
    assert len(named) >= 20, named
    missing = []
    for name in named:
        name = name.removesuffix("/")
        if name.startswith(("tests/", "benchmarks/", "docs/")):
            candidates = [repo / name]
        else:
            candidates = [repo / "src" / "ruimtemonitor" / name]
        if "/" not in name:  # a file named beside the previous path in its cell
            candidates = list((repo / "src" / "ruimtemonitor").rglob(name))
        if not any(c.exists() or list(c.parent.glob(c.name)) for c in candidates):
            missing.append(name)
    assert not missing, missing
