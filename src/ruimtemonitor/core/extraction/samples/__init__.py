"""Small hand-written sample documents (with gold files) that ship with the package.

They are our own texts in the genres the product reads — a mini Ruimtelijk
Arrangement, a mini MIRT-brief, a mini raadsinformatiebrief and a bundle — so
tests, the evaluation script and the demo work without the shared corpus.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["sample_names", "sample_path"]


def sample_names() -> tuple[str, ...]:
    """Names of the sample texts (without extension), each with a ``<name>.gold.json``."""
    folder = resources.files(__package__)
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt")))


def sample_path(name: str, suffix: str = ".txt") -> Path:
    """Path of a sample text (``suffix=".gold.json"`` for its gold file)."""
    return Path(str(resources.files(__package__).joinpath(name + suffix)))
