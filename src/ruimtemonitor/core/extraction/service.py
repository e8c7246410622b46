"""The public facade of the extraction core: what the CLI, ingest jobs and the web call.

Everything else in this package is an implementation detail that may move.
"""

from __future__ import annotations

from .contract import CONTRACT_VERSION, Extraction
from .errors import ExtractionError
from .evaluation import Evaluation, evaluate, load_gold
from .isolation import IsolatedExtraction, Limits, extract_isolated, start_reader
from .pipeline import STEPS, extract_file, extract_text
from .samples import sample_names, sample_path
from .sources import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_S, SourceText, read_source

__all__ = [
    "CONTRACT_VERSION",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT_S",
    "STEPS",
    "Evaluation",
    "Extraction",
    "ExtractionError",
    "IsolatedExtraction",
    "Limits",
    "SourceText",
    "evaluate",
    "extract_file",
    "extract_isolated",
    "extract_text",
    "load_gold",
    "read_source",
    "sample_names",
    "sample_path",
    "schema",
    "start_reader",
]


def schema() -> dict:
    """The JSON Schema (draft 2020-12) of ``Extraction.to_json()``."""
    import json
    from importlib import resources

    return json.loads(
        resources.files(__package__).joinpath("extraction.schema.json").read_text("utf-8")
    )
