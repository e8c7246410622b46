"""The extraction pipeline: an explicit, ordered list of small steps, each with a typed result.

read → clean → split → structure → agreements → references → projects →
entities. Each step reads what earlier steps left in the context and adds its
own result; ``STEPS`` is the whole story, in order, so a newcomer can see what
happens to a letter without reading every module.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ruimtemonitor.core.dutch.dates import IMPOSSIBLE_DATE_NOTE

from .agreements import find_agreements
from .cleaning import clean
from .contract import Extraction
from .entities import find_entities
from .errors import ExtractionError
from .projects import find_projects
from .references import find_references
from .retold_rows import without_retold_rows
from .sources import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_S, SourceText, read_source, source_from_text
from .splitting import split_documents
from .structure import parse_structure
from .textutil import readings_kept
from .timeline import split_times

__all__ = ["STEPS", "Step", "extract_file", "extract_source", "extract_text"]


@dataclass(slots=True)
class _Context:
    source: SourceText
    results: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    run: Callable[[_Context], Any]


def _clean(ctx: _Context) -> Any:
    return clean(ctx.source)


def _split(ctx: _Context) -> Any:
    return split_documents(ctx.results["clean"])


def _structure(ctx: _Context) -> Any:
    return parse_structure(ctx.results["clean"].text, ctx.results["documents"])


def _agreements(ctx: _Context) -> Any:
    found = find_agreements(
        ctx.results["clean"].text, ctx.results["documents"], ctx.results["structure"]
    )
    for agreement in found:
        ctx.warnings.extend(f"{agreement.identifier}: {w}" for w in agreement.warnings)
    return found


def _references(ctx: _Context) -> Any:
    found = find_references(
        ctx.results["clean"].text, ctx.results["documents"], ctx.results["agreements"]
    )
    ctx.warnings.extend(f"{r.document}: {r.warning}" for r in found if r.warning)
    return found


def _projects(ctx: _Context) -> Any:
    structure = ctx.results["structure"]
    return find_projects(
        ctx.results["clean"].text, ctx.results["documents"], structure, structure.blocks
    )


def _entities(ctx: _Context) -> Any:
    found = find_entities(ctx.results["clean"], ctx.results["documents"])
    # a commitment both listed in a table and told in a sentence is one
    return replace(found, parliamentary=without_retold_rows(found.parliamentary))


def _time(ctx: _Context) -> Any:
    entities = ctx.results["entities"]
    ctx.warnings.extend(
        f"{doc}: {match.deadline.as_written!r} is not a date; read as the whole month"
        for match, doc in entities.deadlines
        if match.note == IMPOSSIBLE_DATE_NOTE
    )
    return split_times(
        ctx.results["clean"], ctx.results["documents"], entities.deadlines, entities.meetings
    )


STEPS: tuple[Step, ...] = (
    Step("clean", _clean),
    Step("documents", _split),
    Step("structure", _structure),
    Step("agreements", _agreements),
    Step("references", _references),
    Step("projects", _projects),
    Step("entities", _entities),
    Step("time", _time),
)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while one text is read: the steps build millions of
    small objects without cycles, and the collector's passes over them grew the time of a 10 MB
    bundle faster than its size (a tenth more). Whoever paused it starts it again."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def extract_source(source: SourceText, *, name: str = "") -> Extraction:
    """Run every step on an already-read source."""
    ctx = _Context(source)
    # a document's tables, region lines, units: read once, not per step
    with _collector_paused(), readings_kept():
        for step in STEPS:
            began = time.perf_counter()
            try:
                ctx.results[step.name] = step.run(ctx)
            except ExtractionError:
                raise
            except (RecursionError, MemoryError) as error:
                raise ExtractionError(
                    source.path or name or None,
                    f"is too complex to extract (step {step.name}: {type(error).__name__})",
                ) from None
            ctx.timings[step.name] = time.perf_counter() - began
    return Extraction(
        name=name or source.path,
        clean=ctx.results["clean"],
        documents=ctx.results["documents"],
        structure=ctx.results["structure"],
        agreements=ctx.results["agreements"],
        references=ctx.results["references"],
        projects=ctx.results["projects"],
        entities=ctx.results["entities"],
        timeline=ctx.results["time"],
        warnings=tuple(ctx.warnings),
        timings=dict(ctx.timings),
    )


def extract_text(text: str, *, name: str = "<text>") -> Extraction:
    """Extract from text in memory (form feeds mark pages); bad text raises ``ExtractionError``."""
    return extract_source(source_from_text(text, path=name), name=name)


def extract_file(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    name: str = "",
) -> Extraction:
    """Read and extract one file (PDF, DOCX, HTML or text); bad files raise ``ExtractionError``.

    ``name`` is how the file is called in the output (an upload's original name); default: path.
    """
    source = read_source(Path(path), max_bytes=max_bytes, timeout_s=timeout_s)
    return extract_source(source, name=name or str(path))
