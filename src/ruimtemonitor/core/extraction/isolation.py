"""Extract one untrusted file in a child process under limits: time, memory, size, zip contents.

A hostile file (a zip bomb, a 50 MB text that the analysis chews on for minutes, a PDF that
makes the parser allocate gigabytes) must cost the caller no more than the limits say. So
reading *and* the text analysis run in a child process forked from a small, pre-imported
server process (like ``multiprocessing``'s forkserver, without re-running the caller's main
module: cheap per file, no database connections or threads inherited). The child caps its
own address space and CPU time; the parent kills it at the wall-time limit. Whatever goes
wrong ends in one ``ExtractionError`` naming the file and the limit.
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


class _Zygote:
    """A small server process with the extraction code imported, forking one child per file.

    Starting a fresh interpreter and importing the analysis costs about 0.2 s; forking a
    process that already has it costs milliseconds. The server is single-threaded and holds
    no database connection, so forking it is safe (forking a threaded worker is not).
    """

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
        """The server's next message, or None at the deadline."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                raise EOFError("the extraction server stopped")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def close(self) -> None:
        if self.owner == os.getpid() and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)


_lock = threading.Lock()
_zygote: _Zygote | None = None


def extract_isolated(
    path: Path | str, limits: Limits | None = None, *, name: str = ""
) -> IsolatedExtraction:
    """Read and extract ``path`` in a limited child; raise ``ExtractionError`` when it is
    unusable or when reading or analysing it goes over a limit."""
    limits = limits or Limits()
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ExtractionError(path, f"cannot be read ({error.strerror or error})") from None
    if size > limits.max_bytes:  # refused before a child is even started
        raise ExtractionError(
            path, f"is {size:,} bytes, over the size limit of {limits.max_bytes:,} bytes"
        )
    handle, result_path = tempfile.mkstemp(prefix="ruimtemonitor-extract-", suffix=".json")
    os.close(handle)
    try:
        with _lock:
            exitcode, timed_out = _run_in_child(path, limits, name or str(path), result_path)
        if timed_out:
            raise ExtractionError(
                path, f"took longer than {limits.timeout_s:g} s to extract and was stopped"
            )
        try:
            message = json.loads(Path(result_path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise ExtractionError(path, _died(exitcode, limits)) from None
    finally:
        Path(result_path).unlink(missing_ok=True)
    if message.get("error"):
        raise ExtractionError(path, str(message["error"]))
    return IsolatedExtraction(
        message["data"], message["text"], int(message["pages"]), message.get("timings", {})
    )


def _run_in_child(
    path: Path, limits: Limits, name: str, result_path: str
) -> tuple[int | None, bool]:
    """(exit code, timed out) of one child the server forks for ``path``."""
    global _zygote
    if _zygote is None or not _zygote.alive():
        _zygote = _Zygote()
    zygote = _zygote
    try:
        zygote.request(
            {"path": str(path), "name": name, "limits": asdict(limits), "result": result_path}
        )
        started = zygote.read(time.monotonic() + 30)
        if started is None or "pid" not in started:
            raise EOFError("the extraction server did not answer")
        pid = int(started["pid"])
        finished = zygote.read(time.monotonic() + limits.timeout_s)
        if finished is None:  # over time: the server reaps it and reports its end
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            zygote.read(time.monotonic() + 30)
            return None, True
        return finished.get("exit"), False
    except (EOFError, OSError, ValueError):
        zygote.close()
        _zygote = None
        raise ExtractionError(
            path, "could not be extracted: the extraction server stopped unexpectedly"
        ) from None


def _serve() -> None:
    """The server loop: one JSON request per line on stdin, two answers (pid, exit) on stdout."""
    from .pipeline import extract_file
    from .samples import sample_names, sample_path

    with contextlib.suppress(ImportError):
        import pypdfium2  # noqa: F401
    # Warm the caches (compiled patterns, reference lists) once, so that every child inherits
    # them: a cold child spends 70 ms on what a warm one does in 3 ms.
    for sample in sample_names():
        with contextlib.suppress(Exception):
            extract_file(sample_path(sample))
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the parent; it closes stdin
    for line in requests:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        answers.write(json.dumps({"pid": pid}).encode() + b"\n")
        answers.flush()
        _, status = os.waitpid(pid, 0)
        answers.write(json.dumps({"exit": os.waitstatus_to_exitcode(status)}).encode() + b"\n")
        answers.flush()


def _died(exitcode: int | None, limits: Limits) -> str:
    if exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
        return f"took longer than {limits.timeout_s:g} s to extract and was stopped"
    return (
        f"could not be extracted: the reader stopped (exit code {exitcode}); the file may be "
        f"malformed or need more than the memory limit of {limits.memory_bytes:,} bytes"
    )


def _limit_resources(limits: Limits) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX; the wall-time limit still holds
        return
    for which, value in (
        (resource.RLIMIT_AS, limits.memory_bytes),
        (resource.RLIMIT_CPU, int(limits.timeout_s) + 2),
        (resource.RLIMIT_CORE, 0),
    ):
        try:
            _soft, hard = resource.getrlimit(which)
            cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(which, (cap, hard))
        except (ValueError, OSError):  # pragma: no cover - platform refuses
            pass


def _child(request: dict[str, Any]) -> None:
    """Runs in the forked child: limits first, then read and analyse, then the result file."""
    status = 1
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)  # the server's answers to the parent must stay clean
        limits = Limits(**request["limits"])
        _limit_resources(limits)
        memory = f"needs more than the memory limit of {limits.memory_bytes:,} bytes to extract"
        try:
            data, text, pages, timings = _extract(Path(request["path"]), limits, request["name"])
            message: dict[str, Any] = {"data": data, "text": text, "pages": pages}
            message["timings"] = timings
        except ExtractionError as error:
            message = {"error": error.problem}
        except MemoryError:
            message = {"error": memory}
        except RecursionError:
            message = {"error": "is too complex to extract (RecursionError)"}
        except Exception as error:  # a bug, not a bad file: the traceback goes to the log
            import traceback

            traceback.print_exc()
            message = {
                "error": "could not be extracted because of an internal error "
                f"({type(error).__name__})"
            }
        try:
            encoded = json.dumps(message, ensure_ascii=False)
        except MemoryError:
            encoded = json.dumps({"error": memory})
        Path(request["result"]).write_text(encoded, encoding="utf-8")
        status = 0
    finally:
        os._exit(status)  # never return into the server's loop


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
