"""Child process that turns one PDF into page texts, so a hostile PDF cannot hang or crash us.

Run as ``python -m ruimtemonitor.core.extraction.pdfworker PATH``. It prints one
JSON object on stdout: ``{"pages": [...]}`` or ``{"error": CODE, "detail": ...}``.
The parent (``sources.read_source``) kills it after its time limit; here we also
cap CPU time and address space so a PDF bomb dies on its own.
"""

from __future__ import annotations

import json
import sys

__all__ = ["extract_pages", "main"]

# Address-space cap for the child: generous for real letters, fatal for decompression bombs.
MEMORY_LIMIT_BYTES = 2 * 1024**3


def _limit_resources(cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX
        return
    for limit, value in (
        (resource.RLIMIT_AS, MEMORY_LIMIT_BYTES),
        (resource.RLIMIT_CPU, cpu_seconds),
    ):
        try:
            _soft, hard = resource.getrlimit(limit)
            cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(limit, (cap, hard))
        except (
            ValueError,
            OSError,
        ):  # pragma: no cover - platform refuses; the parent still times out
            pass


def extract_pages(path: str) -> dict[str, object]:
    """Read every page's text with pypdfium2; map pdfium's failures to stable error codes."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        code = "encrypted" if "password" in message or "security" in message else "corrupt"
        return {"error": code, "detail": str(error)}
    pages: list[str] = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            try:
                pages.append(textpage.get_text_range())
            finally:
                textpage.close()
                page.close()
    except pdfium.PdfiumError as error:
        return {"error": "corrupt", "detail": str(error)}
    finally:
        document.close()
    return {"pages": pages}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        print(json.dumps({"error": "usage", "detail": "pdfworker PATH [CPU_SECONDS]"}))
        return 2
    _limit_resources(int(args[1]) if len(args) == 2 else 30)
    try:
        result = extract_pages(args[0])
    except MemoryError:
        result = {"error": "memory", "detail": "the PDF needs more memory than allowed"}
    except Exception as error:  # any library failure is reported, never raised
        result = {"error": "corrupt", "detail": f"{type(error).__name__}: {error}"}
    sys.stdout.write(json.dumps(result, ensure_ascii=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
