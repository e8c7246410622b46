"""Small hand-written sample documents (with gold files) that ship with the package.

They are our own texts in the genres the product reads — a mini Ruimtelijk
Arrangement, a mini MIRT-brief, a mini raadsinformatiebrief and a bundle — so
tests, the evaluation script and the demo work without the shared corpus. Beside them,
``minimal_docx`` builds the smallest Word document the reader opens, for the tests and the
benchmark of the reader's limits (a zip bomb is that document with a large part of zeros).
"""

from __future__ import annotations

import zipfile
from importlib import resources
from pathlib import Path

__all__ = ["minimal_docx", "sample_names", "sample_path"]

_DOCUMENT_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Afspraak 1.1 Zoetwater</w:t></w:r></w:p></w:body></w:document>"
)
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def sample_names() -> tuple[str, ...]:
    """Names of the sample texts (without extension), each with a ``<name>.gold.json``."""
    folder = resources.files(__package__)
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt")))


def sample_path(name: str, suffix: str = ".txt") -> Path:
    """Path of a sample text (``suffix=".gold.json"`` for its gold file)."""
    return Path(str(resources.files(__package__).joinpath(name + suffix)))


def minimal_docx(path: Path, *, padding_mb: int = 0, extra_entries: int = 0) -> Path:
    """Write a valid one-paragraph DOCX ("Afspraak 1.1 Zoetwater") to ``path``, optionally with
    a part of ``padding_mb`` MB of zeros (a bomb: it packs to about a thousandth) or with
    ``extra_entries`` empty parts; the files that prove the reader's limits are built, not
    committed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", _DOCUMENT_XML)
        if padding_mb:
            with archive.open("word/media/padding.bin", "w", force_zip64=True) as part:
                block = bytes(1024 * 1024)
                for _ in range(padding_mb):
                    part.write(block)
        for number in range(extra_entries):
            archive.writestr(f"word/media/{number}.txt", "")
    return path
