"""A polite HTTP client for the open-data services: one place for time-outs, retries and pace.

The Tweede Kamer and KOOP serve everyone from shared machines; a register that syncs every
night must not hammer them. So every request waits its turn (``requests_per_second``),
identifies itself (``user_agent``), gives up after ``timeout_s``, and retries a 5xx answer or a
time-out a few times with growing pauses. Anything else that goes wrong becomes one
``SourceError`` that names the address, so a run can say exactly which response was broken.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from ruimtemonitor import __version__

__all__ = ["ClientSettings", "PoliteClient", "SourceError"]

DEFAULT_USER_AGENT = (
    f"Ruimtemonitor/{__version__} (+https://github.com/ruimtemonitor; open-data sync)"
)
RETRY_STATUSES = frozenset({500, 502, 503, 504})


class SourceError(Exception):
    """A request or response that cannot be used; ``url`` is the address that failed."""

    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        self.problem = problem
        super().__init__(f"{url}: {problem}")


@dataclass(frozen=True)
class ClientSettings:
    """How to talk to one service; every field has a safe default."""

    base_url: str
    timeout_s: float = 30.0
    retries: int = 3
    backoff_s: float = 1.0  # pause before the first retry; doubled for each next one
    requests_per_second: float = 2.0
    user_agent: str = DEFAULT_USER_AGENT
    max_bytes: int = 50 * 1024 * 1024  # a letter larger than this is refused, not read


@dataclass
class PoliteClient:
    """GET with pacing, retries and one error type; use as a context manager."""

    settings: ClientSettings
    sleep: Callable[[float], None] = time.sleep
    transport: httpx.BaseTransport | None = None
    requests_made: int = 0
    _last: float = field(default=0.0, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self._client = httpx.Client(
            timeout=self.settings.timeout_s,
            headers={"User-Agent": self.settings.user_agent},
            follow_redirects=True,
            transport=self.transport,
        )

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def url(self, path: str) -> str:
        """``path`` relative to the base URL; a full address is checked to stay on its host."""
        base = self.settings.base_url.rstrip("/") + "/"
        absolute = urljoin(base, path) if path else self.settings.base_url
        if urlsplit(absolute).netloc != urlsplit(base).netloc:
            raise SourceError(absolute, f"refusing to follow a link away from {base}")
        return absolute

    def get(self, path: str, *, params: dict[str, str] | None = None) -> httpx.Response:
        """The response to a GET; raises ``SourceError`` once retries are used up."""
        url = self.url(path)
        attempt = 0
        while True:
            attempt += 1
            asked: float | None = None  # a Retry-After the service sent with a 503
            self._wait_turn()
            try:
                response = self._client.get(url, params=params)
            except httpx.TimeoutException:
                problem = f"no answer within {self.settings.timeout_s:g} s"
                retry = True
            except httpx.HTTPError as exc:
                problem = f"cannot be reached ({type(exc).__name__}: {exc})"
                retry = isinstance(exc, httpx.TransportError)
            else:
                shown = str(response.url)
                if response.status_code in RETRY_STATUSES:
                    problem, retry = f"the service answered {response.status_code}", True
                    asked = _retry_after(response)
                elif response.status_code >= 400:
                    raise SourceError(shown, f"the service answered {response.status_code}")
                elif len(response.content) > self.settings.max_bytes:
                    raise SourceError(shown, "the response is larger than the limit")
                else:
                    return response
            if not retry or attempt > self.settings.retries:
                tries = f" after {attempt} attempts" if attempt > 1 else ""
                raise SourceError(_with_params(url, params), problem + tries)
            pause = self.settings.backoff_s * 2 ** (attempt - 1)
            self.sleep(max(pause, asked) if asked is not None else pause)

    def _wait_turn(self) -> None:
        """At most ``requests_per_second``: sleep until the previous request is long enough ago."""
        rate = self.settings.requests_per_second
        with self._lock:
            if rate > 0:
                wait = self._last + 1.0 / rate - time.monotonic()
                if wait > 0:
                    self.sleep(wait)
            self._last = time.monotonic()
            self.requests_made += 1


MAX_RETRY_AFTER_S = 120.0


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds a 503 asks to wait (``Retry-After: 30``), capped; ``None`` when not given."""
    value = response.headers.get("Retry-After", "").strip()
    return min(float(value), MAX_RETRY_AFTER_S) if value.isdigit() else None


def _with_params(url: str, params: dict[str, str] | None) -> str:
    return str(httpx.URL(url, params=params)) if params else url
