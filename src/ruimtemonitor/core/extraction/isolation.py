"""Extract one untrusted file in a child process under limits: time, memory, size, zip contents.

A hostile file (a zip bomb, a 50 MB text that the analysis chews on for minutes, a PDF that
makes the parser allocate gigabytes) must cost the caller no more than the limits say. So
reading *and* the text analysis run in a reader process of their own: a fresh interpreter
(no database connections or threads inherited) that imports and warms the extraction code
once and then reads one file per request, with its address space capped while it does. The
caller kills it at the wall-time limit; a reader that was killed, crashed or ran out of
memory is replaced by a new one for the next file. Whatever goes wrong ends in one
``ExtractionError`` naming the file and the limit.

Why a long-lived reader and not a process per file: starting an interpreter costs 0.2 s,
and even a fork of a warm one costs 5-9 ms per letter in copied pages, where a warm
extraction of a letter takes 2-5 ms. Between files nothing of a file is kept but the
caches of compiled patterns and reference lists.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import ExtractionError
from .sources import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_ENTRIES,
    DEFAULT_MAX_UNPACKED_BYTES,
    DEFAULT_TIMEOUT_S,
)

__all__ = [
    "DEFAULT_MEMORY_BYTES",
    "IsolatedExtraction",
    "Limits",
    "extract_isolated",
    "start_reader",
]

# Address space of the child: python, pdfium and a long letter's analysis fit comfortably.
DEFAULT_MEMORY_BYTES = 2 * 1024**3


@dataclass(frozen=True, slots=True)
class Limits:
    """What one file may cost; every field is checked for every format."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout_s: float = DEFAULT_TIMEOUT_S
    memory_bytes: int = DEFAULT_MEMORY_BYTES
    max_unpacked_bytes: int = DEFAULT_MAX_UNPACKED_BYTES
    max_entries: int = DEFAULT_MAX_ENTRIES


@dataclass(frozen=True, slots=True)
class IsolatedExtraction:
    """What a caller needs of an ``Extraction``, carried back from the child as plain data."""

    data: dict[str, Any]
    original_text: str
    page_count: int
    timings: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return self.data


class _Reader:
    """The reader process and the pipes to it: one JSON request per line, one answer per line."""

    def __init__(self) -> None:
        self.owner = os.getpid()
        code = (
            "import sys, json; sys.path[:0] = json.loads(sys.argv[1]); "
            "from ruimtemonitor.core.extraction.isolation import _serve; _serve()"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, json.dumps([p for p in sys.path if p])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            close_fds=True,
        )
        self._buffer = b""

    def alive(self) -> bool:
        return self.owner == os.getpid() and self.process.poll() is None

    def request(self, payload: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(payload).encode() + b"\n")
        self.process.stdin.flush()

    def read(self, deadline: float | None) -> dict[str, Any] | None:
        """The reader's next answer, or None at the deadline; EOFError when it died."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                raise EOFError("the reader stopped")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def stop(self) -> int | None:
        """Kill the reader (if it still runs) and return its exit code."""
        if self.owner == os.getpid():
            if self.process.poll() is None:
                self.process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(5)
            for stream in (self.process.stdin, self.process.stdout):
                with contextlib.suppress(OSError):
                    stream.close()  # type: ignore[union-attr]
        return self.process.returncode


_lock = threading.Lock()
_reader: _Reader | None = None
STARTUP_TIMEOUT_S = 60.0


def extract_isolated(
    path: Path | str, limits: Limits | None = None, *, name: str = ""
) -> IsolatedExtraction:
    """Read and extract ``path`` in the limited reader process; raise ``ExtractionError`` when
    the file is unusable or when reading or analysing it goes over a limit."""
    limits = limits or Limits()
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExtractionError(path, f"cannot be read ({error.strerror or error})") from None
    if size > limits.max_bytes:  # refused before the reader sees it
        raise ExtractionError(
            path, f"is {size:,} bytes, over the size limit of {limits.max_bytes:,} bytes"
        )
    handle, result_path = tempfile.mkstemp(prefix="ruimtemonitor-extract-", suffix=".json")
    os.close(handle)
    try:
        with _lock:
            _run_in_reader(path, limits, name or str(path), result_path)
        try:
            message = json.loads(Path(result_path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise ExtractionError(path, _died(None, limits)) from None
    finally:
        Path(result_path).unlink(missing_ok=True)
    if message.get("error"):
        raise ExtractionError(path, str(message["error"]))
    return IsolatedExtraction(
        message["data"], message["text"], int(message["pages"]), message.get("timings", {})
    )


def start_reader() -> bool:
    """Start the reader now (a worker does at start), so the first file does not wait for
    it; False when it could not be started (the next file tries again)."""
    with _lock:
        return _ensure_reader() is not None


def _ensure_reader() -> _Reader | None:
    global _reader
    if _reader is None or not _reader.alive():
        _reader = _Reader()
        try:
            if _reader.read(time.monotonic() + STARTUP_TIMEOUT_S) is None:
                raise EOFError("the reader did not start in time")
        except (EOFError, OSError, ValueError):
            _reader.stop()
            _reader = None
    return _reader


def _run_in_reader(path: Path, limits: Limits, name: str, result_path: str) -> None:
    """Have the reader write its result for ``path``; raise when it did not in time."""
    global _reader
    reader = _ensure_reader()
    if reader is None:
        raise ExtractionError(
            path, "could not be extracted: the reader process could not be started"
        )
    try:
        reader.request(
            {"path": str(path), "name": name, "limits": asdict(limits), "result": result_path}
        )
        answer = reader.read(time.monotonic() + limits.timeout_s)
    except (EOFError, OSError, ValueError):
        answer = {"died": True}
    if answer is None or answer.get("died"):
        exitcode = reader.stop()
        _reader = None
        if answer is None:
            raise ExtractionError(
                path, f"took longer than {limits.timeout_s:g} s to extract and was stopped"
            )
        raise ExtractionError(path, _died(exitcode, limits))
    if answer.get("retire"):  # it left a memory error behind: the next file gets a fresh one
        reader.stop()
        _reader = None


def _serve() -> None:
    """The reader's loop: warm up, say "ready", then one request per line on stdin."""
    from .pipeline import extract_file
    from .samples import sample_names, sample_path

    answers = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not garble the answers
    with contextlib.suppress(ImportError):
        import pypdfium2  # noqa: F401
    # Warm the caches (compiled patterns, reference lists) before the first real file.
    for sample in sample_names():
        with contextlib.suppress(Exception):
            extract_file(sample_path(sample))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the caller; it closes stdin
    requests = sys.stdin.buffer
    answers.write(b'{"ready": true}\n')
    answers.flush()
    for line in requests:
        retire = _answer(json.loads(line))
        answers.write(json.dumps({"done": True, "retire": retire}).encode() + b"\n")
        answers.flush()
        if retire:
            return


def _died(exitcode: int | None, limits: Limits) -> str:
    return (
        f"could not be extracted: the reader stopped (exit code {exitcode}); the file may be "
        f"malformed or need more than the memory limit of {limits.memory_bytes:,} bytes"
    )


def _limit_memory(limit: int | None) -> None:
    """Cap this process's address space while it reads a file (``None``: lift the cap)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX; the wall-time limit still holds
        return
    with contextlib.suppress(ValueError, OSError):
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if limit is None:
            resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
        else:
            cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _answer(request: dict[str, Any]) -> bool:
    """Read one file under its limits and write the result file; True when this reader should
    retire (it ran out of memory, and a fresh process is the safe next step)."""
    limits = Limits(**request["limits"])
    memory = f"needs more than the memory limit of {limits.memory_bytes:,} bytes to extract"
    retire = False
    _limit_memory(limits.memory_bytes)
    try:
        data, text, pages, timings = _extract(Path(request["path"]), limits, request["name"])
        message: dict[str, Any] = {"data": data, "text": text, "pages": pages}
        message["timings"] = timings
        encoded = json.dumps(message, ensure_ascii=False)
    except ExtractionError as error:
        encoded = json.dumps({"error": error.problem})
    except MemoryError:
        encoded, retire = json.dumps({"error": memory}), True
    except RecursionError:
        encoded = json.dumps({"error": "is too complex to extract (RecursionError)"})
    except Exception as error:  # a bug, not a bad file: the traceback goes to the log
        import traceback

        traceback.print_exc()
        encoded = json.dumps(
            {
                "error": "could not be extracted because of an internal error "
                f"({type(error).__name__})"
            }
        )
    finally:
        data = text = message = None  # type: ignore[assignment]
        _limit_memory(None)
    Path(request["result"]).write_text(encoded, encoding="utf-8")
    return retire


def _extract(path: Path, limits: Limits, name: str) -> tuple[dict, str, int, dict]:
    from .pipeline import extract_source
    from .sources import read_source

    source = read_source(
        path,
        max_bytes=limits.max_bytes,
        timeout_s=limits.timeout_s,
        max_unpacked_bytes=limits.max_unpacked_bytes,
        max_entries=limits.max_entries,
        pdf_in_process=True,
    )
    extraction = extract_source(source, name=name)
    return (
        extraction.to_json(),
        extraction.original_text,
        extraction.page_count,
        dict(extraction.timings),
    )
